"""The overview matrices: working groups × themes and working groups × exhibitors, as accessible tables.

A cell holds one mark per row of the record that justifies it, each a link to that row: a priority's row on
its group's page (`groups/<group>.md#<priority>`) or the exhibitor's page. A mark says how the link is known
in text, not colour alone: `●` sourced, `○` editorial, and `?` after it when the row it rests on is uncertain;
a visually hidden phrase spells it out for screen readers. Tables are HTML with `markdown` attributes
(md_in_html), so MkDocs still rewrites and checks every link; text goes through `esc`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ..index import Entry, SiteIndex
from ..layout import THEMES_PAGE
from ..model import Priority, Ref, WorkingGroup
from . import bounded
from .headings import heading
from .markdown import Here, esc

SOURCED, EDITORIAL, UNCERTAIN = "●", "○", "?"

MATRIX_COLUMNS_MAX = 30
"""Up to this many columns (and `MATRIX_CELLS_MAX` cells) a matrix is a table; beyond, a list per group.

A table's size is groups × columns whatever the record links: at 100x content, groups × exhibitors would be
a million cells. The lists hold only the links, so they grow with the record (like `NAV_PAGES_MAX`).
"""
MATRIX_CELLS_MAX = 3000


@dataclass(frozen=True)
class Mark:
    """One row that justifies a cell: where it is, what it is, and how the link is known."""

    target: str
    """Path in docs/ with an optional `#anchor`."""
    label: str
    """What the row is (already escaped), for the link's hidden text."""
    relation: str
    uncertain: bool


def _mark(here: Here, mark: Mark) -> str:
    words = here.t
    symbol = SOURCED if mark.relation == "sourced" else EDITORIAL
    visible = symbol + (UNCERTAIN if mark.uncertain else "")
    spoken = words[f"matrix_{mark.relation}"] + (f", {words['matrix_uncertain']}" if mark.uncertain else "")
    path, _, anchor = mark.target.partition("#")
    return f'[{visible}<span class="c2c-sr"> {spoken}: {mark.label}</span>]({here.link(path, anchor or None)})'


Cells = dict[str, list[Mark]]
"""A row's non-empty cells: column id -> marks (a row holds only the links the record makes)."""


# Over 40 lines: one accessible table, header row then body rows, written out as HTML in order.
def _table(here: Here, caption: str, columns: Sequence[tuple[str, str, str]], rows: Sequence[tuple[str, Cells]]) -> str:
    """An HTML table (md_in_html) after its title: column headers (scope=col), row headers (scope=row), cells of marks.

    `columns` are (id, title, link). Too large a matrix is a list instead: each group with a link, then each
    column it links to and the marks.
    """
    words = here.t
    if len(columns) > MATRIX_COLUMNS_MAX or len(columns) * len(rows) > MATRIX_CELLS_MAX:
        position = {column[0]: number for number, column in enumerate(columns)}
        items = []
        for header, cells in rows:
            linked = [
                f"[{columns[position[key]][1]}]({columns[position[key]][2]}) "
                + " ".join(_mark(here, m) for m in cells[key])
                for key in sorted(cells, key=position.__getitem__)
            ]
            if linked:
                items.append(f"- {header}: " + "; ".join(linked))
        return f"**{esc(caption)}**\n\n" + ("\n".join(items) or f"*{words['matrix_none']}*") + "\n"
    lines = [
        f"**{esc(caption)}**\n",  # md_in_html cannot hold a <caption>: a visible title here, the name on the table
        f'<div class="c2c-matrix-box" role="region" tabindex="0" '
        f'aria-label="{esc(caption)} ({words["matrix_region"]})" markdown="block">',
        f'<table class="c2c-matrix" aria-label="{esc(caption)}" markdown="block">',
        '<thead markdown="block">',
        '<tr markdown="block">',
        f'<th scope="col" markdown="span">{words["matrix_corner"]}</th>',
        *(f'<th scope="col" markdown="span">[{title}]({link})</th>' for _, title, link in columns),
        "</tr>",
        "</thead>",
        '<tbody markdown="block">',
    ]
    for header, cells in rows:
        lines.append('<tr markdown="block">')
        lines.append(f'<th scope="row" markdown="span">{header}</th>')
        lines += [
            f'<td markdown="span">{" ".join(_mark(here, mark) for mark in cells.get(key, []))}</td>'
            for key, _, _ in columns
        ]
        lines.append("</tr>")
    lines += ["</tbody>", "</table>", "</div>"]
    return "\n".join(lines) + "\n"


def _group_header(here: Here, index: SiteIndex, group_id: str) -> str:
    group = index.group(group_id)
    return here.entry_link(group)


def _priority_mark(here: Here, group: Entry[WorkingGroup], priority: Priority, ref: Ref) -> Mark:
    words = here.t
    return Mark(
        f"{group.path}#{priority.id}",
        f"{words['matrix_via_priority']} {esc(priority.title)}",
        ref.relation,
        priority.uncertain,
    )


def themes_matrix(index: SiteIndex, here: Here) -> str:
    """Groups × themes: each cell marks the group's priorities tagged with the theme."""
    words = here.t
    columns = [(theme.id, esc(theme.title), here.link(THEMES_PAGE, theme.id)) for theme in index.themes.values()]
    rows = []
    for group in index.groups:
        cells: Cells = defaultdict(list)
        for priority in group.model.priorities:
            for ref in priority.themes:
                cells[ref.id].append(_priority_mark(here, group, priority, ref))
        rows.append((_group_header(here, index, group.id), cells))
    return _table(here, words["matrix_themes_caption"], columns, rows)


def exhibitors_matrix(index: SiteIndex, here: Here) -> str:
    """Groups × exhibitors: each cell marks the exhibitor's link to the group, then the group's priorities naming it."""
    words = here.t
    columns = [(entry.id, esc(entry.model.name), here.link(entry.path)) for entry in index.exhibitors]
    rows = []
    for group in index.groups:
        cells: Cells = defaultdict(list)
        for backref in index.group_exhibitors.get(group.id, []):
            exhibitor = index.exhibitor(backref.source_id)
            label = f"{words['matrix_via_exhibitor']} {esc(exhibitor.model.name)}"
            cells[exhibitor.id].append(Mark(exhibitor.path, label, backref.ref.relation, False))
        for priority in group.model.priorities:
            for ref in priority.exhibitors:
                cells[ref.id].append(_priority_mark(here, group, priority, ref))
        rows.append((_group_header(here, index, group.id), cells))
    return _table(here, words["matrix_exhibitors_caption"], columns, rows)


def legend(here: Here) -> str:
    return here.t["matrix_legend"] + "\n"


def overview_matrix(index: SiteIndex, here: Here) -> str:
    """The overview page: both matrices, each after its heading, with the legend (past a limit: `bounded`)."""
    t = here.t
    if bounded.too_many_marks(index):
        return bounded.overview_index(index, here)
    return "\n".join(
        [
            legend(here),
            heading(here, "##", "themes"),
            themes_matrix(index, here),
            heading(here, "##", "exhibitors"),
            exhibitors_matrix(index, here),
            t["editorial_explained"] + "\n",
        ]
    )


def overview_compact(index: SiteIndex, here: Here) -> str:
    """The home page's version: groups × themes and the legend, then a link to the full overview.

    When groups × themes is too large for a table, the home page shows only the link (the overview lists them).
    """
    words = here.t
    if len(index.themes) > MATRIX_COLUMNS_MAX or len(index.themes) * len(index.groups) > MATRIX_CELLS_MAX:
        return f"[{words['matrix_full']}]({here.link('overview.md')})\n"
    return "\n".join(
        [themes_matrix(index, here), legend(here), f"[{words['matrix_full']}]({here.link('overview.md')})\n"]
    )
