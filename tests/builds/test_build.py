"""Integration: build the real site (and a small fixture site) with --strict, then read the HTML."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag

from macros.index import SiteIndex
from macros.model import Cited

from ..support import MINI_DOCS, MINI_NAV, attr, build_site, by_id, links_that_miss, one, page, parent


@pytest.fixture(scope="module")
def mini_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(tmp_path_factory.mktemp("mini"), docs_dir=str(MINI_DOCS), nav=MINI_NAV)


def section_after(document: BeautifulSoup, heading_id: str) -> list[Tag]:
    """The elements between the h2 with `heading_id` and the next h2."""
    heading = document.find(id=heading_id)
    assert isinstance(heading, Tag), heading_id
    elements = []
    for sibling in heading.find_next_siblings():
        if sibling.name == "h2":
            break
        elements.append(sibling)
    return elements


def links_in(elements: list[Tag]) -> list[str]:
    return [str(a["href"]) for element in elements for a in element.find_all("a", href=True)]


def test_ten_working_group_pages(site: Path, index: SiteIndex) -> None:
    assert len(index.groups) == 10
    for group in index.groups:
        document = page(site, group.path)
        assert document.h1 is not None
        assert document.h1.get_text(strip=True).rstrip("¶") == group.model.name


def test_each_group_table_holds_exactly_its_priorities(site: Path, index: SiteIndex) -> None:
    for group in index.groups:
        if not group.model.priorities and not group.model.priorities_note:
            assert page(site, group.path).find(id="priorities") is None, group.id
            continue
        section = section_after(page(site, group.path), "priorities")
        anchors = [span["id"] for element in section for span in element.select("table .c2c-anchor")]
        assert anchors == [priority.id for priority in group.model.priorities], group.id


def test_every_internal_link_lands_on_a_page_and_an_anchor(site: Path) -> None:
    checked, missed = links_that_miss(site)
    assert missed == []
    assert checked > 200


def test_group_and_exhibitor_links_are_symmetric(site: Path, index: SiteIndex) -> None:
    pairs = 0
    for exhibitor in index.exhibitors:
        from_exhibitor = links_in(section_after(page(site, exhibitor.path), "related-working-groups"))
        for ref in exhibitor.model.groups:
            assert f"../../groups/{ref.id}/" in from_exhibitor
            from_group = links_in(section_after(page(site, index.group(ref.id).path), "related-exhibitors"))
            assert f"../../marketplace/{exhibitor.id}/" in from_group
            pairs += 1
    assert pairs >= 8


def test_every_editorial_link_is_marked_as_such(site: Path, index: SiteIndex) -> None:
    for exhibitor in index.exhibitors:
        rows = [
            row
            for element in section_after(page(site, exhibitor.path), "related-working-groups")
            for row in element.select("tbody tr")
        ]
        assert len(rows) == len(exhibitor.model.groups)
        for row, ref in zip(rows, exhibitor.model.groups, strict=True):
            assert (row.select_one(".c2c-editorial") is not None) == (ref.relation == "editorial")


def test_priority_and_exhibitor_backlinks_are_symmetric(mini_site: Path) -> None:
    group = page(mini_site, "groups/alpha.md")
    cells = parent(by_id(group, "alpha-first"), "tr").find_all("td")
    assert [a["href"] for a in cells[3].find_all("a") if "marketplace" in a["href"]] == ["../../marketplace/gadget/"]
    exhibitor = page(mini_site, "marketplace/gadget.md")
    assert "../../groups/alpha/#alpha-first" in links_in(section_after(exhibitor, "related-priorities"))
    other = page(mini_site, "marketplace/widget.md")
    assert other.find(id="related-priorities") is None


def test_home_page_counts_come_from_the_data(site: Path, index: SiteIndex) -> None:
    counts = {
        one(item, "a").get_text(strip=True): int(one(item, ".c2c-count").get_text())
        for item in page(site, "index.md").select(".c2c-counts li")
    }
    assert counts["working groups"] == 10
    uncertain = sum(1 for entry in index.priorities.values() if entry.priority.uncertain)
    assert uncertain
    assert counts[f"priorities recorded, {uncertain} of them uncertain"] == len(index.priorities)
    assert len(index.priorities) == sum(len(g.model.priorities) for g in index.groups)
    assert counts["groups with at least one recorded priority"] == sum(1 for g in index.groups if g.model.priorities)
    reported = index.marketplace.reported_count if index.marketplace else 0
    assert counts[f"Innovation Marketplace exhibitors identified, of {reported} reported"] == len(index.exhibitors)
    follow_ups = [item for g in index.groups for item in g.model.follow_ups]
    summit = [i for i in follow_ups if i.kind == "follow-up" and i.relation == "sourced"]
    editorial = [i for i in follow_ups if i.kind == "follow-up" and i.relation == "editorial"]
    later = [i for i in follow_ups if i.kind == "later"]
    assert counts["follow-ups of the summit, as their sources say"] == len(summit)
    assert counts["other events placed with a group by the editors"] == len(editorial)
    assert counts["later developments, not credited to the summit by their sources"] == len(later)
    assert len(summit) + len(editorial) + len(later) == len(follow_ups)


def test_record_status_has_one_true_row_per_group(site: Path, index: SiteIndex) -> None:
    rows = page(site, "status.md").select("article table")[0].select("tbody tr")
    assert len(rows) == len(index.groups)
    for row, group in zip(rows, index.groups, strict=True):
        cells = [cell.get_text(" ", strip=True) for cell in row.find_all("td")]
        assert cells[0] == group.model.name
        assert cells[1] == recorded(group.model.co_chairs)
        assert cells[2] == recorded(group.model.participants)
        assert cells[3] == recorded(group.model.priorities)
        kinds = [
            "later" if i.kind == "later" else "editorial" if i.relation == "editorial" else "summit"
            for i in group.model.follow_ups
        ]
        assert cells[4].split(" ")[0] == (str(kinds.count("summit")) if kinds else "Not")


def recorded(items: Sequence[Cited]) -> str:
    """`Not recorded`, `3 recorded` or `4 recorded, 3 uncertain`: a count keeps its uncertainty."""
    if not items:
        return "Not recorded"
    uncertain = sum(1 for item in items if item.uncertain)
    return f"{len(items)} recorded" + (f", {uncertain} uncertain" if uncertain else "")


def test_priorities_page_lists_every_priority_linking_to_its_row(site: Path, index: SiteIndex) -> None:
    links = [str(a["href"]) for a in page(site, "priorities.md").select("article table tbody tr td:nth-of-type(2) a")]
    expected = [f"../groups/{entry.group.id}/#{priority_id}" for priority_id, entry in index.priorities.items()]
    assert links == expected


def test_pages_with_nothing_recorded_say_so_and_invite_contributions(site: Path, index: SiteIndex) -> None:
    empty = [g for g in index.groups if not g.model.priorities and not g.model.co_chairs]
    assert empty
    for group in empty:
        article = one(page(site, group.path), "article")
        unknown = one(article, ".c2c-unknown").get_text(" ", strip=True)
        assert "who co-chaired the group" in unknown
        assert "which priorities it drafted" in unknown
        assert (article.find(id="co-chairs") is None) == (group.model.co_chairs_note is None)
        assert "how to contribute" in article.get_text(" ", strip=True)


def test_every_source_is_cited_with_its_address(site: Path, index: SiteIndex) -> None:
    sources = page(site, "sources.md")
    for source_id, source in index.sources.items():
        assert parent(by_id(sources, source_id), "tr").find("a", href=source.url) is not None


def test_every_group_page_has_its_own_description(site: Path, index: SiteIndex) -> None:
    descriptions = [attr(one(page(site, group.path), 'meta[name="description"]'), "content") for group in index.groups]
    assert len(set(descriptions)) == len(descriptions)
