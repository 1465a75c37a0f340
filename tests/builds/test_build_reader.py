"""Build tests of issue 11 (readers first): the home page, plain words, glossary terms and citations,
on the real site."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup, Tag
from bs4.element import NavigableString

from macros.index import Entry, SiteIndex
from macros.render.finish import term_forms

from ..support import one, page, parent, soup

INSIDER_WORDS = ("recovered", "stored copy", "stored copies", "dossier", "the record holds")
"""Words about how the site was assembled, which readers should not meet (issue 11)."""
CONTRIBUTOR_PAGES = ("contribute/index.html", "reference/index.html")
"""Pages for contributors, which may speak of the record and its data (in every edition: `ru/` + these too)."""


def pages(site: Path) -> list[Path]:
    return sorted(file for file in site.rglob("index.html") if file.parent != site / "404")


def article(file: Path) -> Tag:
    found = soup(file).select_one("article")
    assert isinstance(found, Tag), file
    return found


def reading_text(element: Tag) -> Iterator[NavigableString]:
    """Text a reader sees in the article, outside code and outside `<abbr>`."""
    for text in element.find_all(string=True):
        if text.find_parent(["code", "pre", "abbr", "script", "style"]) is None:
            yield text


def test_home_page_is_about_the_summit_and_names_every_group(site: Path, index: SiteIndex) -> None:
    home = page(site, "index.md")
    first = home.select_one("article p")
    assert first is not None
    assert "June 23–24, 2010" in first.get_text()
    assert "Washington" in first.get_text()
    hrefs = [str(a["href"]) for a in home.select("article a[href]")]
    for group in index.groups:
        assert f"groups/{group.id}/" in hrefs, group.id
    for group in index.groups:
        if any(not p.uncertain for p in group.model.priorities):
            assert any(href.startswith(f"groups/{group.id}/#") for href in hrefs), group.id
    for exhibitor in index.exhibitors:
        assert f"marketplace/{exhibitor.id}/" in hrefs, exhibitor.id
    follow_ups = home.select_one(".c2c-counts a[href^='timeline/']")
    assert follow_ups is not None
    assert "follow-ups" in follow_ups.get_text()
    text = article(site / "index.html").get_text(" ", strip=True)
    assert "eight" not in text.split()
    assert "Clinton" in text
    assert "October 2010" in text
    assert text.index("Why it mattered") < text.index("What is known, and what is not")


def test_marketplace_counts_come_from_the_data(site: Path, index: SiteIndex) -> None:
    text = article(site / "marketplace" / "index.html").get_text(" ", strip=True)
    reported = index.marketplace.reported_count if index.marketplace else 0
    assert f"IREX counts {reported} exhibiting organizations; {len(index.exhibitors)} are known by name" in text
    assert "eight" not in text.split()


def test_no_reader_page_speaks_of_how_the_site_was_assembled(site: Path) -> None:
    checked = 0
    for file in pages(site):
        if file.relative_to(site).as_posix().removeprefix("ru/") in CONTRIBUTOR_PAGES:
            continue
        text = article(file).get_text(" ", strip=True).lower()
        for word in INSIDER_WORDS:
            assert word not in text, (file.relative_to(site).as_posix(), word)
        checked += 1
    assert checked > 25


def test_every_glossary_term_is_explained_wherever_it_appears(site: Path, index: SiteIndex) -> None:
    assert index.glossary
    explained = {
        locale: {form: term.text for term in index.edition(locale).glossary for form in term_forms(term)}
        for locale in ("en", "ru")
    }  # the Russian edition explains the same terms in Russian
    forms = explained["en"]
    patterns = {form: re.compile(rf"\b{re.escape(form)}\b") for form in forms}
    seen: set[str] = set()
    for file in pages(site):
        body = article(file)
        for text in reading_text(body):
            for form, pattern in patterns.items():
                assert not pattern.search(text), (file.relative_to(site).as_posix(), form, str(text)[:80])
        words = explained["ru" if file.relative_to(site).as_posix().startswith("ru/") else "en"]
        for abbr in body.find_all("abbr"):
            assert " ".join(words[abbr.get_text()].split()) == abbr["title"], abbr
            seen.add(abbr.get_text())
    assert {"IREX", "C2C", "UNCAC", "USSD", "NFPCC", "NGOs", "peer-to-peer", "third sector"} <= seen


def test_every_citation_marker_resolves_on_its_page(site: Path) -> None:
    markers = 0
    for file in pages(site):
        document = soup(file)
        body = article(file)
        assert "\u27e6" not in body.get_text(), file
        for marker in body.select("a.c2c-cite"):
            href = str(marker["href"])
            assert href.startswith("#cite-"), (file, href)
            target = document.find(id=href[1:])
            assert target is not None, (file.relative_to(site).as_posix(), href)
            assert target.find_parent("li") is not None
            assert re.fullmatch(r"\[\d+\]", marker.get_text()), marker
            markers += 1
    assert markers > 200


def test_no_paragraph_ends_in_a_list_of_sources(site: Path) -> None:
    for file in pages(site):
        for paragraph in article(file).find_all(["p", "li"]):
            assert not re.search(r"\(Sources?: ", paragraph.get_text()), file


def test_free_pages_list_their_sources_at_the_foot(site: Path) -> None:
    for src in ("index.md", "about.md", "themes.md", "timeline.md", "groups/index.md", "marketplace/index.md"):
        headings = page(site, src).select("article h2")
        assert headings[-1].get_text(strip=True).rstrip("¶") == "Sources", src


def test_an_uncertain_exhibitor_is_flagged_wherever_it_appears(site: Path, index: SiteIndex) -> None:
    uncertain = [e for e in index.exhibitors if e.model.uncertain]
    assert uncertain
    for src in ("marketplace/index.md", "report.md"):
        for exhibitor in uncertain:
            link = page(site, src).select_one(f"article table a[href$='{exhibitor.id}/']")
            assert link is not None, (src, exhibitor.id)
            assert parent(link, "tr").select_one(".c2c-uncertain") is not None, (src, exhibitor.id)
    for exhibitor in uncertain:
        assert page(site, exhibitor.path).select_one("article .c2c-uncertain") is not None


def test_timeline_links_every_follow_up_to_its_row_and_keeps_later_items_apart(site: Path, index: SiteIndex) -> None:
    document = page(site, "timeline.md")
    later = document.find(id="later")
    assert isinstance(later, Tag)
    for group in index.groups:
        for number, item in enumerate(group.model.follow_ups, start=1):
            link = document.select_one(f"article a[href='../groups/{group.id}/#follow-up-{number}']")
            assert link is not None, (group.id, number)
            after_later = later in link.find_all_previous("h2")
            assert after_later == (item.kind == "later"), (group.id, number)
            assert parent(link, "li").select_one("a.c2c-cite") is not None
    for group in index.groups:
        rows = page(site, group.path).select("article .c2c-anchor[id^='follow-up-']")
        assert len(rows) == len(group.model.follow_ups)


def test_elena_baibarina_is_not_shown_as_a_co_chair(site: Path) -> None:
    document = page(site, "groups/public-health.md")
    co_chairs = document.find(id="co-chairs")
    assert isinstance(co_chairs, Tag)
    assert co_chairs.find_next_sibling("table") is None or "Baibarina" not in str(co_chairs.find_next_sibling("table"))
    status = page(site, "status.md").select_one("article table a[href$='public-health/']")
    assert status is not None
    assert parent(status, "tr").find_all("td")[1].get_text(strip=True) == "Not recorded"


def test_thin_pages_have_no_empty_sections(site: Path, index: SiteIndex) -> None:
    entries: list[Entry[Any]] = [*index.groups, *index.exhibitors]
    for entry in entries:
        body = one(page(site, entry.path), "article")
        assert body.find(string=re.compile(r"No source in the record")) is None, entry.path
        assert not body.select("td:empty"), entry.path


def test_abbreviations_are_not_in_the_search_index_twice(site: Path) -> None:
    """Search indexes each page's `data-pagefind-body` (macros/search.py): no `*[IREX]: ...` definition shows there."""
    for file in sorted(site.rglob("index.html")):
        for body in soup(file).select("[data-pagefind-body]"):
            assert "*[IREX]" not in body.get_text(), file


def test_glossary_page_lists_every_term(site: Path, index: SiteIndex) -> None:
    rows = page(site, "glossary.md").select("article table tbody tr")
    assert len(rows) == len(index.glossary)
    assert isinstance(BeautifulSoup("", "lxml"), BeautifulSoup)
