"""The overview matrices (macros/render/matrix.py) in the built site: accessible tables whose every mark is a link
to the row that justifies it, and says in text whether the link is sourced, editorial or uncertain."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import Tag

from macros.index import SiteIndex
from macros.render import Here, matrix
from macros.site import load_site

from ..support import MINI_DOCS, attr, one, soup

MATRIX_PAGES = ("overview/index.html", "index.html")


def matrices(site: Path, page: str) -> list[Tag]:
    return soup(site / page).select("article table.c2c-matrix")


def target_of(site: Path, page: str, href: str) -> tuple[Path, str]:
    parts = urlsplit(href)
    folder = (site / page).parent
    path = (folder / parts.path).resolve() if parts.path else (site / page).resolve()
    if path.is_dir():
        path = path / "index.html"
    return path, parts.fragment


def test_the_overview_has_both_matrices_and_home_the_compact_one(site: Path, index: SiteIndex) -> None:
    overview = matrices(site, "overview/index.html")
    assert len(overview) == 2
    assert len(matrices(site, "index.html")) == 1
    themes, exhibitors = overview
    assert len(themes.select("tbody tr")) == len(index.groups)
    assert len(themes.select("thead th")) == len(index.themes) + 1
    assert len(exhibitors.select("thead th")) == len(index.exhibitors) + 1


def test_headers_have_scopes_and_every_row_a_row_header(site: Path) -> None:
    for page in MATRIX_PAGES:
        for table in matrices(site, page):
            assert table.get("aria-label")
            assert all(th.get("scope") == "col" for th in table.select("thead th"))
            for row in table.select("tbody tr"):
                header = row.find(["th", "td"])
                assert header is not None
                assert header.name == "th"
                assert header.get("scope") == "row"
            box = table.parent
            assert box is not None
            assert "c2c-matrix-box" in box.get_attribute_list("class")
            assert box.get("tabindex") == "0"
            assert box.get("aria-label")


def test_every_mark_links_to_an_existing_row(site: Path) -> None:
    checked = 0
    for page in MATRIX_PAGES:
        for table in matrices(site, page):
            for link in table.select("td a"):
                path, fragment = target_of(site, page, attr(link, "href"))
                assert path.is_file(), link["href"]
                if fragment:
                    target = soup(path).find(id=fragment)
                    assert target is not None, link["href"]
                    assert target.find_parent("tr") is not None, f"{link['href']}: a table row"
                checked += 1
    assert checked >= 10


def expected_marks(index: SiteIndex) -> dict[tuple[str, str], list[str]]:
    """(group name, column title) -> the relation of each justifying row, from the index."""
    marks: dict[tuple[str, str], list[str]] = {}
    for group in index.groups:
        for priority in group.model.priorities:
            for ref in priority.themes:
                marks.setdefault((group.model.name, index.themes[ref.id].title), []).append(ref.relation)
            for ref in priority.exhibitors:
                marks.setdefault((group.model.name, index.exhibitor(ref.id).model.name), []).append(ref.relation)
    for exhibitor in index.exhibitors:
        for ref in exhibitor.model.groups:
            marks.setdefault((index.group(ref.id).model.name, exhibitor.model.name), []).append(ref.relation)
    return marks


def test_each_cell_shows_the_links_of_the_record_with_their_relation(site: Path, index: SiteIndex) -> None:
    seen: dict[tuple[str, str], list[str]] = {}
    for table in matrices(site, "overview/index.html"):
        columns = [th.get_text(strip=True) for th in table.select("thead th")]
        for row in table.select("tbody tr"):
            group = one(row, "th").get_text(strip=True)
            for column, cell in zip(columns[1:], row.find_all("td"), strict=True):
                for link in cell.find_all("a"):
                    symbol = str(link.contents[0]).strip()
                    spoken = one(link, ".c2c-sr").get_text()
                    relation = "sourced" if symbol.startswith(matrix.SOURCED) else "editorial"
                    assert symbol[0] in (matrix.SOURCED, matrix.EDITORIAL)
                    assert spoken.strip().startswith(relation), spoken
                    seen.setdefault((group, column), []).append(relation)
    expected = expected_marks(index)
    assert {key: sorted(value) for key, value in seen.items()} == {k: sorted(v) for k, v in expected.items()}
    assert any("editorial" in relations for relations in seen.values())


def test_the_legend_explains_every_symbol(site: Path) -> None:
    for page in MATRIX_PAGES:
        text = one(soup(site / page), "article").get_text()
        for symbol, word in (
            (matrix.SOURCED, "sourced"),
            (matrix.EDITORIAL, "editorial"),
            (matrix.UNCERTAIN, "uncertain"),
        ):
            assert f"{symbol} {word}" in text or f"{symbol} after a mark" in text, (page, symbol)


def test_uncertain_rows_and_sourced_links_get_their_own_marks(tmp_path: Path) -> None:
    """The real record has only editorial links: the mini site has a sourced one, and here an uncertain priority
    (alpha-second) gets a theme too."""
    docs = Path(shutil.copytree(MINI_DOCS, tmp_path / "docs"))
    alpha = docs / "groups" / "alpha.md"
    text = alpha.read_text(encoding="utf-8")
    marker = "    note: The date is unclear.\n"
    assert marker in text
    alpha.write_text(
        text.replace(marker, marker + "    themes:\n      - id: technology\n        relation: editorial\n")
    )
    mini = load_site(docs)
    here = Here("overview.md")
    themes, exhibitors = matrix.themes_matrix(mini, here), matrix.exhibitors_matrix(mini, here)
    assert (
        f'[{matrix.EDITORIAL}{matrix.UNCERTAIN}<span class="c2c-sr"> editorial, uncertain: priority Second</span>]'
        in themes
    )
    assert f'[{matrix.EDITORIAL}<span class="c2c-sr"> editorial: priority First' in themes
    assert f'[{matrix.SOURCED}<span class="c2c-sr"> sourced: priority First' in exhibitors
    assert "<script>" not in themes + exhibitors


def test_a_matrix_too_large_for_a_table_becomes_a_list_of_the_links(monkeypatch: pytest.MonkeyPatch) -> None:
    """At 100x content groups × exhibitors would be a million cells: beyond the limit, only the links are listed."""
    mini = load_site(MINI_DOCS)
    here = Here("overview.md")
    table = matrix.exhibitors_matrix(mini, here)
    assert "<table" in table
    monkeypatch.setattr(matrix, "MATRIX_COLUMNS_MAX", 1)
    listed = matrix.exhibitors_matrix(mini, here)
    assert "<table" not in listed
    marks = [line for line in listed.splitlines() if line.startswith("- ")]
    assert len(marks) == len(
        [g for g in mini.groups if mini.group_exhibitors.get(g.id) or any(p.exhibitors for p in g.model.priorities)]
    )
    for mark in re.findall(r"\]\(([^)]*#[^)]*)\)", table):
        assert mark in listed
    assert "<script>" not in listed


def test_the_home_page_shows_only_a_link_when_the_matrix_is_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    mini = load_site(MINI_DOCS)
    assert "<table" in matrix.overview_compact(mini, Here("index.md"))
    monkeypatch.setattr(matrix, "MATRIX_CELLS_MAX", 1)
    compact = matrix.overview_compact(mini, Here("index.md"))
    assert compact.strip().startswith("[")
    assert "(overview.md)" in compact
    assert "<table" not in compact
