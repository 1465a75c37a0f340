"""The Russian edition, built: every page in both editions, the same anchors, honest fallback, links between them."""

from __future__ import annotations

import logging
import posixpath
import re
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup, Tag
from mkdocs.config import load_config

from macros import build
from macros.index import Entry
from macros.layout import localized
from macros.model import Exhibitor, Translation, WorkingGroup
from macros.overlay import field_states, texts
from macros.site import load_site

from ..support import MINI_DOCS, MINI_NAV, ROOT, build_site, one, page, site_pages, soup

SITE_PATH = "/c2c-summit/"
"""The path of site_url in mkdocs.yml (checked below): absolute links start with it."""


def test_site_path_is_site_urls() -> None:
    assert urlsplit(str(load_config(str(ROOT / "mkdocs.yml"))["site_url"])).path == SITE_PATH


@pytest.fixture(scope="module")
def mini_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mini site: `groups/alpha.ru.md` translates a few fields; no other page has a Russian file."""
    return build_site(tmp_path_factory.mktemp("mini-editions"), docs_dir=str(MINI_DOCS), nav=MINI_NAV)


def english_pages(site: Path) -> list[str]:
    return [path for path in site_pages(site) if path != "404.html" and not path.startswith("ru/")]


def heading_ids(document: BeautifulSoup) -> list[str]:
    article = one(document, "article")
    return [str(tag["id"]) for tag in article.find_all(re.compile(r"^h[1-6]$")) if tag.has_attr("id")]


def anchor_ids(document: BeautifulSoup) -> list[str]:
    return [str(tag["id"]) for tag in one(document, "article").select(".c2c-anchor[id]")]


def test_every_english_page_has_a_russian_page(site: Path) -> None:
    pages = english_pages(site)
    assert len(pages) > 30
    for path in pages:
        russian = soup(site / "ru" / path / "index.html")
        assert russian.html is not None
        assert russian.html["lang"] == "ru", path
        assert soup(site / path / "index.html").html["lang"] == "en"  # type: ignore[index]


RUSSIAN_ONLY_IDS = {"russian-edition"}
"""Headings only the Russian edition has: the About page's note on the editors' Russian names."""


def test_headings_and_row_anchors_are_the_same_in_both_editions(site: Path) -> None:
    """So a link to `page#id` lands on the same heading or table row in either edition."""
    for path in english_pages(site):
        english, russian = soup(site / path / "index.html"), soup(site / "ru" / path / "index.html")
        assert [i for i in heading_ids(russian) if i not in RUSSIAN_ONLY_IDS] == heading_ids(english), path
        assert anchor_ids(russian) == anchor_ids(english), path


def test_russian_navigation_lists_each_page_once(site: Path) -> None:
    """mkdocs-static-i18n builds twice on one config: a nav expanded twice would list pages twice.

    From `ru/x/` the Russian nav's relative links are those of the English nav from `x/`, each as often.
    """
    for path in ("", "groups/public-health/", "about/", "marketplace/"):
        russian = one(soup(site / "ru" / path / "index.html"), "nav.md-nav--primary")
        english = one(soup(site / path / "index.html"), "nav.md-nav--primary")
        links = Counter(_target(path, str(a["href"])) for a in russian.find_all("a", href=_page_link))
        assert len(links) > 20, path
        assert links == Counter(_target(path, str(a["href"])) for a in english.find_all("a", href=_page_link)), path


def _target(page_dir: str, href: str) -> str:
    """Where a link from the built page in `page_dir` (e.g. `ru/about/`) leads, as a path in the site."""
    path = urlsplit(href).path
    if path.startswith("/"):
        return path.removeprefix(SITE_PATH)
    return (posixpath.normpath(posixpath.join(page_dir or ".", path)) + "/").removeprefix("./")


def _page_link(href: str | None) -> bool:
    """A link to a page (not to a heading of this one, which the nav lists for the current page)."""
    return href is not None and not href.startswith("#")


def _alternates(document: BeautifulSoup, page_dir: str) -> dict[str, str]:
    links = document.select('link[rel="alternate"][hreflang]')
    return {str(link["hreflang"]): _target(page_dir, str(link["href"])) for link in links}


def test_each_page_names_its_other_edition_and_the_switcher_keeps_the_page(site: Path) -> None:
    for path in english_pages(site):
        expected = {"en": path, "ru": f"ru/{path}"}
        english, russian = soup(site / path / "index.html"), soup(site / "ru" / path / "index.html")
        assert _alternates(english, path) == expected, path
        assert _alternates(russian, f"ru/{path}") == expected, path
        switcher = russian.select(".md-select a[hreflang]")
        assert {str(a["hreflang"]): _target(f"ru/{path}", str(a["href"])) for a in switcher} == expected, path


def test_the_sitemap_lists_both_editions(site: Path) -> None:
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    urls = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert any("/ru/groups/public-health/" in url for url in urls)
    assert any(url.endswith("/groups/public-health/") and "/ru/" not in url for url in urls)
    assert 'hreflang="ru"' in sitemap


def test_untranslated_fields_are_shown_in_english_inside_lang_en(mini_site: Path) -> None:
    """Every field without a translation that the Russian page shows, it shows inside an element in English."""
    index = load_site(MINI_DOCS)
    checked = 0
    entries: list[Entry[WorkingGroup] | Entry[Exhibitor]] = [*index.groups, *index.exhibitors]
    for entry in entries:
        translation = index.pages.get(localized(entry.path, "ru"))
        fields = translation.fields if isinstance(translation, Translation) else {}
        states = field_states(entry.model, fields)
        article = one(page(mini_site / "ru", entry.path), "article")
        english = " | ".join(" ".join(tag.get_text(" ").split()) for tag in article.select('[lang="en"]'))
        shown = " ".join(article.get_text(" ").split())
        for path, text in texts(entry.model):
            flat = " ".join(text.split())
            if states[path] == "missing" and flat in shown:
                assert flat in english, (entry.path, path)
                checked += 1
        assert all(tag["lang"] == "en" for tag in article.select(".c2c-foreign"))
    assert checked > 10


def test_a_page_without_a_russian_file_is_marked_english(mini_site: Path) -> None:
    """`status.md` has no `status.ru.md`: under /ru/ it is shown in English, and says so to screen readers."""
    article = one(page(mini_site / "ru", "status.md"), "article")
    wrapper = article.find("div", attrs={"lang": "en"}, recursive=False) or article.find("div", attrs={"lang": "en"})
    assert isinstance(wrapper, Tag)
    assert wrapper.h1 is not None
    generated = one(page(mini_site / "ru", "groups/alpha.md"), "article")
    assert generated.find("div", attrs={"lang": "en"}) is None  # a generated page is in the build's language
    assert one(generated, "h1").get_text(strip=True).rstrip("¶") == "Группа Альфа"


def test_a_translated_page_edits_the_file_that_holds_its_text(mini_site: Path) -> None:
    russian = page(mini_site / "ru", "groups/alpha.md")
    edit = one(russian, 'a.md-content__button[href*="/edit/"]')
    assert str(edit["href"]).endswith("docs/groups/alpha.ru.md")
    untranslated = page(mini_site / "ru", "groups/beta.md")
    assert str(one(untranslated, 'a.md-content__button[href*="/edit/"]')["href"]).endswith("docs/groups/beta.md")


def test_out_of_date_translations_are_marked_and_explained(mini_site: Path) -> None:
    article = one(page(mini_site / "ru", "groups/alpha.md"), "article")
    stale = article.select(".c2c-stale")
    assert [tag.get_text(strip=True) for tag in stale] == ["Устаревший перевод сводки."]
    note = one(article, ".admonition")
    assert note.find("a", href=re.compile(r"contribute/#translating$")) is not None


def test_the_content_is_read_and_checked_once_for_both_languages(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    build.forget_index()  # another test may have built the same files in this process
    with caplog.at_level(logging.INFO, logger="mkdocs.plugins.c2c"):
        build_site(tmp_path / "site", docs_dir=str(MINI_DOCS), nav=MINI_NAV)
    reused = [record for record in caplog.records if "Reusing the content checked" in record.getMessage()]
    assert len(reused) == 1
    assert (tmp_path / "site/ru/groups/alpha/index.html").is_file()


def test_russian_file_names_stay_out_of_urls(site: Path) -> None:
    assert not list(site.rglob("*.ru"))
    assert not list(site.rglob("*.ru.md"))
    assert localized("groups/x.md", "ru") == "groups/x.ru.md"
