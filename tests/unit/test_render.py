"""Renderers against golden files: a small content tree in, exact Markdown out.

Regenerate the expected files after an intended change with `UPDATE_GOLDEN=1 pytest tests/test_render.py`,
then read the diff.
"""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest

from macros import render
from macros.index import SiteIndex
from macros.render import Here
from macros.site import load_site

from ..support import MINI, MINI_DOCS, ROOT

REPO_URL = "https://github.com/example/c2c"
"""The `repo_url` the golden pages are rendered with (the help boxes' form and edit links start with it)."""
EXPECTED = MINI / "expected"


@pytest.fixture(scope="module")
def index() -> SiteIndex:
    return load_site(MINI_DOCS)


CASES: dict[str, tuple[str, Callable[[SiteIndex, Here], str]]] = {
    "group_page_alpha": ("groups/alpha.md", lambda i, h: render.group_page(i, h, i.group("alpha"))),
    "group_page_beta": ("groups/beta.md", lambda i, h: render.group_page(i, h, i.group("beta"))),
    "exhibitor_page_gadget": ("marketplace/gadget.md", lambda i, h: render.exhibitor_page(i, h, i.exhibitor("gadget"))),
    "exhibitor_page_widget": ("marketplace/widget.md", lambda i, h: render.exhibitor_page(i, h, i.exhibitor("widget"))),
    "cite": ("index.md", lambda i, h: render.MACROS["cite"](i, h, "report", "blog")),
    "priority_link": ("index.md", lambda i, h: render.MACROS["priority_link"](i, h, "alpha-first")),
    "counts": ("index.md", render.MACROS["counts"]),
    "theme_list": ("index.md", render.MACROS["theme_list"]),
    "group_table": ("groups/index.md", render.MACROS["group_table"]),
    "status_table": ("status.md", render.MACROS["status_table"]),
    "open_questions": ("status.md", render.MACROS["open_questions"]),
    "priority_table": ("priorities.md", render.MACROS["priority_table"]),
    "theme_sections": ("themes.md", render.MACROS["theme_sections"]),
    "exhibitor_table": ("marketplace/index.md", render.MACROS["exhibitor_table"]),
    "source_table": ("sources.md", render.MACROS["source_table"]),
    "full_report": ("report.md", render.MACROS["full_report"]),
    "timeline": ("timeline.md", render.MACROS["timeline"]),
    "glossary": ("glossary.md", render.MACROS["glossary"]),
    "exhibitor_names": ("index.md", render.MACROS["exhibitor_names"]),
    "group_glance": ("index.md", render.MACROS["group_glance"]),
    "headline_priorities": ("index.md", render.MACROS["headline_priorities"]),
    "record_views": ("index.md", render.MACROS["record_views"]),
    "data_files_table": ("data.md", render.MACROS["data_files_table"]),
    "data_fields": ("data.md", render.MACROS["data_fields"]),
    "overview_matrix": ("overview.md", render.MACROS["overview_matrix"]),
    "overview_compact": ("index.md", render.MACROS["overview_compact"]),
    "updates_list": ("updates.md", render.MACROS["updates_list"]),
    "translation_status": ("status.md", render.MACROS["translation_status"]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_renderer_output_matches_golden_file(index: SiteIndex, name: str) -> None:
    page, function = CASES[name]
    output = function(index, Here(page, repo_url=REPO_URL, edit_uri="edit/main/docs/"))
    expected = EXPECTED / f"{name}.md"
    if os.environ.get("UPDATE_GOLDEN"):
        expected.parent.mkdir(parents=True, exist_ok=True)
        expected.write_text(output, encoding="utf-8")
    assert output == expected.read_text(encoding="utf-8")


def test_every_macro_has_a_golden_case() -> None:
    assert set(render.MACROS) <= set(CASES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain words", "plain words"),
        ("a | b", "a &#124; b"),
        ("<script>x</script>", "&#60;script&#62;x&#60;/script&#62;"),
        ("*bold* _it_ `code`", "&#42;bold&#42; &#95;it&#95; &#96;code&#96;"),
        ("line one\nline two", "line one line two"),
        ("[x](javascript:alert(1))", "&#91;x&#93;&#40;javascript&#58;alert&#40;1&#41;&#41;"),
        ("{{ config }}", "&#123;&#123; config &#125;&#125;"),
        ("1. not a list", "1&#46; not a list"),
        ("Общественная палата 🇷🇺", "Общественная палата 🇷🇺"),
    ],
)
def test_esc_makes_text_literal_and_table_safe(text: str, expected: str) -> None:
    assert render.esc(text) == expected


def test_links_are_relative_to_the_current_page() -> None:
    here = Here("groups/alpha.md")
    assert here.link("marketplace/gadget.md") == "../marketplace/gadget.md"
    assert here.link("groups/beta.md", "beta-x") == "beta.md#beta-x"
    assert here.link("groups/alpha.md", "alpha-first") == "#alpha-first"
    assert Here("index.md").link("sources.md", "report") == "sources.md#report"


def test_the_registry_the_check_uses_names_exactly_the_macros() -> None:
    from macros import registry

    assert list(registry.MACRO_NAMES) == list(render.MACROS)
    assert set(registry.ARGUMENTS) <= set(render.MACROS)


def test_the_check_loads_no_renderer() -> None:
    """`python -m macros check` imports the content model and the checks, not Babel or the renderers."""
    import subprocess
    import sys

    code = (
        "import sys, macros.site, macros.cli; "
        "print(sorted(m for m in sys.modules if m.startswith(('babel', 'macros.render'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert result.stdout.strip() == "[]"


def test_csv_cells_a_spreadsheet_would_run_as_formulas_are_written_as_text() -> None:
    from macros.export.files import _cell

    assert _cell('=HYPERLINK("https://evil.example")') == '\'=HYPERLINK("https://evil.example")'
    assert [_cell(text) for text in ("+1", "-x", "@SUM(A1)", "plain", "a=b")] == [
        "'+1",
        "'-x",
        "'@SUM(A1)",
        "plain",
        "a=b",
    ]
    assert _cell(-3) == "-3"  # numbers are numbers


def test_every_macro_renders_in_a_locale_without_translations(index: SiteIndex) -> None:
    """Reader words come from labels.py alone, which falls back to English (dates still follow the locale)."""
    for name, function in render.MACROS.items():
        if name not in ("cite", "priority_link"):
            output = function(index, Here("index.md", locale="de"))  # German: no labels, no plural forms
            assert output.strip(), name
            assert output == function(index, Here("index.md")) or name in ("timeline", "full_report", "updates_list")
