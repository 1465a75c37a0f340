"""The overview matrices: working groups × themes and working groups × exhibitors, as accessible tables.

A cell holds one mark per row of the record that justifies it, each a link to that row: a priority's row on
its group's page (`groups/<group>.md#<priority>`) or the exhibitor's page. A mark says how the link is known
in text, not colour alone: `●` sourced, `○` editorial, and `?` after it when the row it rests on is uncertain;
a visually hidden phrase spells it out for screen readers. Tables are HTML with `markdown` attributes
(md_in_html), so MkDocs still rewrites and checks every link; text goes through `esc`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .index import THEMES_PAGE, SiteIndex
from .labels import labels
from .render import Here, esc

SOURCED, EDITORIAL, UNCERTAIN = "●", "○", "?"

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "sourced": "sourced",
        "editorial": "editorial",
        "uncertain": "uncertain",
        "legend": (
            f"**Legend:** {SOURCED} sourced: a cited source states the link. {EDITORIAL} editorial: the editors "
            f"infer the link; no source states it. {UNCERTAIN} after a mark: the row it rests on is uncertain "
            "(see its note). Each mark links to the row that justifies it. An empty cell: the record holds no link."
        ),
        "themes_caption": "Working groups × common themes: the priorities that serve each theme",
        "exhibitors_caption": "Working groups × exhibitors: the links between groups and Innovation Marketplace exhibitors",
        "corner": "Working group",
        "via_priority": "priority",
        "via_exhibitor": "exhibitor page of",
        "region": "scrollable table",
        "full": "The full overview, with groups × exhibitors",
    },
}


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
    words = LABELS[here.locale]
    symbol = SOURCED if mark.relation == "sourced" else EDITORIAL
    visible = symbol + (UNCERTAIN if mark.uncertain else "")
    spoken = words[mark.relation] + (f", {words['uncertain']}" if mark.uncertain else "")
    path, _, anchor = mark.target.partition("#")
    return f'[{visible}<span class="c2c-sr"> {spoken}: {mark.label}</span>]({here.link(path, anchor or None)})'


def _table(
    here: Here, caption: str, columns: Sequence[tuple[str, str]], rows: Sequence[tuple[str, Sequence[list[Mark]]]]
) -> str:
    """An HTML table (md_in_html) after its title: column headers (scope=col), row headers (scope=row), cells of marks."""
    words = LABELS[here.locale]
    lines = [
        f"**{esc(caption)}**\n",  # md_in_html cannot hold a <caption>: a visible title here, the name on the table
        f'<div class="c2c-matrix-box" role="region" tabindex="0" aria-label="{esc(caption)} ({words["region"]})" markdown="block">',
        f'<table class="c2c-matrix" aria-label="{esc(caption)}" markdown="block">',
        '<thead markdown="block">',
        '<tr markdown="block">',
        f'<th scope="col" markdown="span">{words["corner"]}</th>',
        *(f'<th scope="col" markdown="span">[{title}]({link})</th>' for title, link in columns),
        "</tr>",
        "</thead>",
        '<tbody markdown="block">',
    ]
    for header, cells in rows:
        lines.append('<tr markdown="block">')
        lines.append(f'<th scope="row" markdown="span">{header}</th>')
        lines += [f'<td markdown="span">{" ".join(_mark(here, mark) for mark in cell)}</td>' for cell in cells]
        lines.append("</tr>")
    lines += ["</tbody>", "</table>", "</div>"]
    return "\n".join(lines) + "\n"


def _group_header(here: Here, index: SiteIndex, group_id: str) -> str:
    group = index.group(group_id)
    return f"[{esc(group.model.name)}]({here.link(group.path)})"


def themes_matrix(index: SiteIndex, here: Here) -> str:
    """Groups × themes: each cell marks the group's priorities tagged with the theme."""
    words = LABELS[here.locale]
    themes = list(index.themes.values())
    columns = [(esc(theme.title), here.link(THEMES_PAGE, theme.id)) for theme in themes]
    rows = []
    for group in index.groups:
        cells: list[list[Mark]] = []
        for theme in themes:
            cells.append(
                [
                    Mark(
                        f"{group.path}#{priority.id}",
                        f"{words['via_priority']} {esc(priority.title)}",
                        ref.relation,
                        priority.uncertain,
                    )
                    for priority in group.model.priorities
                    for ref in priority.themes
                    if ref.id == theme.id
                ]
            )
        rows.append((_group_header(here, index, group.id), cells))
    return _table(here, words["themes_caption"], columns, rows)


def exhibitors_matrix(index: SiteIndex, here: Here) -> str:
    """Groups × exhibitors: each cell marks the exhibitor's link to the group and the group's priorities naming it."""
    words = LABELS[here.locale]
    columns = [(esc(entry.model.name), here.link(entry.path)) for entry in index.exhibitors]
    rows = []
    for group in index.groups:
        cells: list[list[Mark]] = []
        for exhibitor in index.exhibitors:
            marks = [
                Mark(exhibitor.path, f"{words['via_exhibitor']} {esc(exhibitor.model.name)}", ref.relation, False)
                for ref in exhibitor.model.groups
                if ref.id == group.id
            ]
            marks += [
                Mark(
                    f"{group.path}#{priority.id}",
                    f"{words['via_priority']} {esc(priority.title)}",
                    ref.relation,
                    priority.uncertain,
                )
                for priority in group.model.priorities
                for ref in priority.exhibitors
                if ref.id == exhibitor.id
            ]
            cells.append(marks)
        rows.append((_group_header(here, index, group.id), cells))
    return _table(here, words["exhibitors_caption"], columns, rows)


def legend(here: Here) -> str:
    return LABELS[here.locale]["legend"] + "\n"


def overview_matrix(index: SiteIndex, here: Here) -> str:
    """The overview page: both matrices, each after its heading, with the legend."""
    t = labels(here.locale)
    return "\n".join(
        [
            legend(here),
            f"## {t['themes']}\n",
            themes_matrix(index, here),
            f"## {t['exhibitors']}\n",
            exhibitors_matrix(index, here),
            t["editorial_explained"] + "\n",
        ]
    )


def overview_compact(index: SiteIndex, here: Here) -> str:
    """The home page's version: groups × themes and the legend, then a link to the full overview."""
    words = LABELS[here.locale]
    return "\n".join([themes_matrix(index, here), legend(here), f"[{words['full']}]({here.link('overview.md')})\n"])
