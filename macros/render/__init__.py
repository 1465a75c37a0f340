"""Pure rendering: Markdown from the index, for the page being rendered.

Every function takes the index and `Here` (the page being rendered and its locale) and returns Markdown:
`markdown.py` holds the primitives (escaping, links, citations, tables), `pages.py` the generated group and
exhibitor pages, `tables.py` the macros' tables, `summary.py` and `timeline.py` the home page's and the
timeline's parts, `report.py` the full report, and `finish.py` the last step of every page (numbered citations,
glossary tooltips). `MACROS` is what the site's own pages may call.
"""

from __future__ import annotations

from collections.abc import Callable

from . import summary
from .coverage import translation_status
from .finish import finish_page, glossary_table
from .markdown import Citations, Here, attr, esc, format_date, table
from .opendata import DATA_MACROS
from .pages import exhibitor_page, group_page, page_end, priority_anchor
from .report import full_report
from .tables import (
    cite,
    counts,
    exhibitor_table,
    group_table,
    marketplace_table,
    open_questions,
    priority_link,
    priority_table,
    source_table,
    status_table,
    theme_list,
    theme_sections,
)
from .timeline import timeline_page

MacroFunction = Callable[..., str]

MACROS: dict[str, MacroFunction] = {
    "cite": cite,
    "priority_link": priority_link,
    "counts": counts,
    "group_table": group_table,
    "status_table": status_table,
    "open_questions": open_questions,
    "priority_table": priority_table,
    "theme_list": theme_list,
    "theme_sections": theme_sections,
    "exhibitor_table": exhibitor_table,
    "source_table": source_table,
    "full_report": full_report,
    "timeline": timeline_page,
    "glossary": glossary_table,
    "exhibitor_names": summary.exhibitor_names,
    "group_glance": summary.group_glance,
    "headline_priorities": summary.headline_priorities,
    "record_views": summary.record_views,
}
"""The macros the site's own pages may call: name -> function(index, here, *args)."""
MACROS.update(DATA_MACROS)
MACROS["translation_status"] = translation_status

__all__ = [
    "MACROS",
    "Citations",
    "Here",
    "attr",
    "esc",
    "exhibitor_page",
    "finish_page",
    "format_date",
    "group_page",
    "marketplace_table",
    "page_end",
    "priority_anchor",
    "table",
]
