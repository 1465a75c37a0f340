"""The macros the site's own pages may call, and what arguments each takes: known without importing a renderer.

The check (`checks.py`) needs only this; `render.MACROS` maps the same names to the functions, and
`tests/unit/test_render.py` checks that the two agree.
"""

from __future__ import annotations

from typing import Final, Literal

ArgumentKind = Literal["source", "priority"]

MACRO_NAMES: Final[tuple[str, ...]] = (
    "cite",
    "priority_link",
    "counts",
    "group_table",
    "status_table",
    "open_questions",
    "priority_table",
    "theme_list",
    "theme_sections",
    "exhibitor_table",
    "source_table",
    "full_report",
    "timeline",
    "glossary",
    "exhibitor_names",
    "group_glance",
    "headline_priorities",
    "record_views",
    "data_files_table",
    "data_fields",
    "overview_matrix",
    "overview_compact",
    "updates_list",
    "translation_status",
)
"""Every macro; all but those in `ARGUMENTS` take no argument."""

ARGUMENTS: Final[dict[str, tuple[ArgumentKind, int, int]]] = {
    "cite": ("source", 1, 20),
    "priority_link": ("priority", 1, 1),
}
"""name -> (the kind of id each argument is, least and most arguments)."""
