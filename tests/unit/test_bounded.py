"""Aggregate pages past their limits (`macros/render/bounded.py`): a bounded index in both languages.

The limits are patched down to 0 on the mini site, so each renderer takes its bounded form; at the normal
limits the golden files of test_render.py and test_render_ru.py hold the full forms.
"""

from __future__ import annotations

import re

import pytest

from macros.index import SiteIndex
from macros.render import MACROS, Here, bounded
from macros.site import load_site

from ..support import MINI_DOCS

LIMITS = (
    "PRIORITIES_MAX",
    "THEME_LINKS_MAX",
    "REPORT_ENTRIES_MAX",
    "TIMELINE_ENTRIES_MAX",
    "OVERVIEW_MARKS_MAX",
    "HOME_ITEMS_MAX",
    "EXHIBITORS_MAX",
    "SOURCE_PAGES_MAX",
    "TRANSLATION_ROWS_MAX",
)
LOCALES = ("en", "ru")
TOO_LARGE = {"en": re.compile(r"\btoo (large|many)\b"), "ru": re.compile("слишком")}
"""Words of the sentence that says the record is too large for one page, in each language."""


@pytest.fixture(scope="module")
def index() -> SiteIndex:
    return load_site(MINI_DOCS)


@pytest.fixture
def low_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in LIMITS:
        monkeypatch.setattr(bounded, name, 0)


def render(index: SiteIndex, macro: str, page: str, locale: str) -> str:
    return MACROS[macro](index.edition(locale), Here(page, locale=locale))


def links(markdown: str) -> list[str]:
    return re.findall(r"\]\(([^)]*)\)", markdown)


@pytest.mark.parametrize("locale", LOCALES)
def test_priorities_page_past_its_limit_lists_each_group_with_a_link_to_its_priorities(
    index: SiteIndex, low_limits: None, locale: str
) -> None:
    out = render(index, "priority_table", "priorities.md", locale)
    assert len(TOO_LARGE[locale].findall(out.splitlines()[0])) == 1
    assert "groups/alpha.md#priorities" in links(out)
    assert "alpha-first" not in out  # no priority row: they are on the group's page
    expected = {"en": "2 priorities", "ru": "2 приоритета"}[locale]
    assert expected in out.splitlines()[0]


@pytest.mark.parametrize("locale", LOCALES)
def test_themes_page_past_its_limit_keeps_each_theme_section_with_counts(
    index: SiteIndex, low_limits: None, locale: str
) -> None:
    out = render(index, "theme_sections", "themes.md", locale)
    assert TOO_LARGE[locale].search(out.splitlines()[0])
    assert "{#technology}" in out
    assert "{#outreach}" in out
    counts = {
        "en": "1 priority of 1 working group carries this theme",
        "ru": "С этой темой 1 приоритет у 1 рабочей группы",
    }
    assert counts[locale] in out
    assert "groups/alpha.md" in links(out)
    assert "alpha-first" not in out


def test_a_theme_past_the_group_limit_gives_only_its_counts(
    index: SiteIndex, low_limits: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bounded, "THEME_GROUPS_MAX", 0)
    out = render(index, "theme_sections", "themes.md", "en")
    assert "1 priority of 1 working group carries this theme.\n" in out
    assert "groups/alpha.md" not in links(out)


@pytest.mark.parametrize("locale", LOCALES)
def test_timeline_past_its_limit_keeps_the_milestones_and_links_each_groups_follow_ups(
    index: SiteIndex, low_limits: None, locale: str
) -> None:
    out = render(index, "timeline", "timeline.md", locale)
    assert "{#the-c2c-process}" in out
    assert "{#later}" in out
    assert "index.md" in links(out)  # the summit milestone
    assert "groups/alpha.md#what-followed" in links(out)
    assert "follow-up-1" not in out
    expected = {"en": "2 follow-ups", "ru": "2 события"}[locale]
    assert f"[{expected}](groups/alpha.md#what-followed)" in out
    assert TOO_LARGE[locale].search(out)


@pytest.mark.parametrize("locale", LOCALES)
def test_overview_past_its_limit_gives_each_theme_its_counts(index: SiteIndex, low_limits: None, locale: str) -> None:
    out = render(index, "overview_matrix", "overview.md", locale)
    assert TOO_LARGE[locale].search(out.splitlines()[0])
    assert "<table" not in out
    assert "●" not in out
    assert "themes.md#technology" in links(out)
    assert "priorities.md" in links(out)


@pytest.mark.parametrize("locale", LOCALES)
def test_full_report_past_its_limit_keeps_its_overview_and_links_each_section(
    index: SiteIndex, low_limits: None, locale: str
) -> None:
    out = render(index, "full_report", "report.md", locale)
    first = out.splitlines()[0]
    assert TOO_LARGE[locale].search(first)
    expected = {"en": "(2 working groups and 2 exhibitors)", "ru": "(2 рабочие группы и 2 экспонента)"}[locale]
    assert expected in first
    assert "{#summit-overview}" in out
    assert "{#the-working-groups}" in out
    assert "{#innovation-marketplace}" in out
    for page in ("groups/alpha.md", "groups/beta.md", "marketplace/gadget.md", "marketplace/widget.md"):
        assert page in links(out)
    assert "{#group-alpha}" not in out
    assert "{#co-chairs}" not in out


HOME = {
    "group_glance": ("groups/index.md", {"en": "2 working groups", "ru": "2 рабочие группы"}),
    "headline_priorities": ("priorities.md", {"en": "2 priorities", "ru": "2 приоритета"}),
    "exhibitor_names": ("marketplace/index.md", {"en": "2 exhibitors", "ru": "2 экспонента"}),
    "record_views": ("status.md", {"en": "2 working groups", "ru": "2 рабочие группы"}),
}
"""The home page's lists: where each bounded sentence links, and the count it gives."""


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("macro", sorted(HOME))
def test_home_page_lists_past_their_limit_are_one_sentence_linking_to_the_list(
    index: SiteIndex, low_limits: None, macro: str, locale: str
) -> None:
    out = render(index, macro, "index.md", locale)
    target, number = HOME[macro]
    assert len(out.strip().splitlines()) == 1
    assert TOO_LARGE[locale].search(out)
    assert number[locale] in out
    assert target in links(out)
    assert "groups/alpha.md" not in links(out)


@pytest.mark.parametrize("locale", LOCALES)
def test_marketplace_table_past_its_limit_is_a_list_of_every_exhibitor(
    index: SiteIndex, low_limits: None, locale: str
) -> None:
    out = render(index, "exhibitor_table", "marketplace/index.md", locale)
    assert TOO_LARGE[locale].search(out.splitlines()[0])
    assert links(out) == ["gadget.md", "widget.md"]
    assert "|" not in out


@pytest.mark.parametrize("locale", LOCALES)
def test_sources_past_their_limit_count_the_generated_pages_that_cite_them(
    index: SiteIndex, low_limits: None, locale: str
) -> None:
    out = render(index, "source_table", "sources.md", locale)
    assert TOO_LARGE[locale].search(out.splitlines()[0])
    assert '<span id="report"' in out  # every source keeps its row and anchor
    assert not any(link.startswith(("groups/", "marketplace/gadget", "marketplace/widget")) for link in links(out))
    assert {"en": "3 working group and exhibitor pages", "ru": "3 страницы рабочих групп и экспонентов"}[locale] in out


@pytest.mark.parametrize("locale", LOCALES)
def test_translation_status_past_its_limit_lists_only_the_pages_with_russian_text(
    index: SiteIndex, low_limits: None, locale: str
) -> None:
    out = render(index, "translation_status", "status.md", locale)
    assert links(out) == ["groups/alpha.md"]
    assert {"en": "13 pages with no Russian text", "ru": "(13 страниц)"}[locale] in out
    with pytest.MonkeyPatch.context() as patch:  # the summary counts every page, listed or not
        patch.setattr(bounded, "TRANSLATION_ROWS_MAX", 10_000)
        full = render(index, "translation_status", "status.md", locale)
    assert out.split("\n\n", 1)[0] == full.split("\n\n", 1)[0]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    ("macro", "page"),
    [
        ("priority_table", "priorities.md"),
        ("theme_sections", "themes.md"),
        ("timeline", "timeline.md"),
        ("overview_matrix", "overview.md"),
        ("full_report", "report.md"),
        ("group_glance", "index.md"),
        ("headline_priorities", "index.md"),
        ("exhibitor_names", "index.md"),
        ("record_views", "index.md"),
        ("exhibitor_table", "marketplace/index.md"),
        ("source_table", "sources.md"),
        ("translation_status", "status.md"),
    ],
)
def test_at_the_normal_limits_the_mini_site_is_listed_in_full(
    index: SiteIndex, macro: str, page: str, locale: str
) -> None:
    out = render(index, macro, page, locale)
    assert not TOO_LARGE[locale].search(out)
