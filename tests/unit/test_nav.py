"""The nav lists a section's group or exhibitor pages only while there are at most `NAV_PAGES_MAX` of them."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from macros.nav import NAV_PAGES_MAX, expand_nav

NAV = [{"Home": "index.md"}, {"Working groups": ["groups/index.md"]}, {"Marketplace": ["marketplace/index.md"]}]


def index_with(groups: int, exhibitors: int) -> Any:
    return SimpleNamespace(
        groups=[SimpleNamespace(path=f"groups/g{n}.md") for n in range(groups)],
        exhibitors=[SimpleNamespace(path=f"marketplace/e{n}.md") for n in range(exhibitors)],
    )


def test_sections_list_their_pages_up_to_the_limit() -> None:
    nav = expand_nav(NAV, index_with(NAV_PAGES_MAX, 2))
    assert nav[1]["Working groups"] == ["groups/index.md"] + [f"groups/g{n}.md" for n in range(NAV_PAGES_MAX)]
    assert nav[2]["Marketplace"] == ["marketplace/index.md", "marketplace/e0.md", "marketplace/e1.md"]


def test_a_larger_section_is_its_index_page_alone() -> None:
    nav = expand_nav(NAV, index_with(NAV_PAGES_MAX + 1, 2))
    assert nav[1]["Working groups"] == ["groups/index.md"]
    assert nav[2]["Marketplace"] == ["marketplace/index.md", "marketplace/e0.md", "marketplace/e1.md"]


def test_expanding_twice_adds_nothing() -> None:
    """A second build on the same config (one per language, or `mkdocs serve`) must not list a page twice."""
    index = index_with(3, 2)
    once = expand_nav(NAV, index)
    assert expand_nav(once, index) == once
