"""The full report: the whole record on one printable page (past a limit, an index of its sections)."""

from __future__ import annotations

from ..index import Entry, SiteIndex
from ..layout import (
    ABOUT_PAGE,
    HOME_PAGE,
    MARKETPLACE_PAGE,
    TIMELINE_PAGE,
)
from ..model import WorkingGroup
from . import bounded
from .headings import heading
from .markdown import Citations, Here, esc, free_title
from .pages import group_record
from .tables import counts, marketplace_table, theme_list
from .timeline import timeline_page


def full_report(index: SiteIndex, here: Here) -> str:
    """The whole record on one page, to read or print: overview, every group, the marketplace, the sources.

    One `Citations` numbers the sources for the whole page. Priority rows link to their rows on the group
    pages, which own the priorities' ids, so every anchor stays unique.
    """
    from .finish import page_body, report_prose

    t = here.t
    cites = Citations(index, here)
    used: set[str] = set()
    large = bounded.too_many_report_entries(index)
    parts = [bounded.report_notice(here, index)] if large else []
    parts.append(heading(here, "##", "summit_overview", used))
    home = index.free_pages.get(HOME_PAGE)
    if home and home.description:
        parts.append(f"{esc(home.description)} ([{t['more']}]({here.link('index.md')}))\n")
    parts += [counts(index, here), heading(here, "###", "themes", used), theme_list(index, here)]
    about = page_body(index, ABOUT_PAGE)
    if about.strip():
        prose = report_prose(index, here, cites, about, 1, templated=ABOUT_PAGE in index.templated)
        parts += [f"## {esc(free_title(index, ABOUT_PAGE))} {{#about}}\n", prose]
    if index.milestones:
        parts += _report_timeline(index, here, cites, large)
    parts.append(heading(here, "##", "working_groups", used))
    if large:
        parts.append(bounded.entry_list(here, index.groups))
    else:
        parts += [_report_group(index, here, cites, group, used) for group in index.groups]
    parts.append(heading(here, "##", "marketplace", used))
    marketplace_body = page_body(index, MARKETPLACE_PAGE)
    templated = MARKETPLACE_PAGE in index.templated
    marketplace = report_prose(index, here, cites, marketplace_body, 1, templated=templated).strip()
    if marketplace:
        parts.append(f"{marketplace} ([{t['more']}]({here.link(MARKETPLACE_PAGE)}))\n")
    elif index.marketplace and index.marketplace.description:
        parts.append(f"{esc(index.marketplace.description)} ([{t['more']}]({here.link(MARKETPLACE_PAGE)}))\n")
    if large:
        parts.append(bounded.entry_list(here, index.exhibitors))
        cites.register(index.sources)
        parts.append(cites.section())
        return "\n".join(parts)
    parts.append(marketplace_table(index, here, cites))
    for exhibitor in index.exhibitors:
        if exhibitor.body.strip():
            title = f"### {esc(exhibitor.model.name)} {{#exhibitor-{exhibitor.id}}}\n"
            parts += [title, report_prose(index, here, cites, exhibitor.body, 2)]
        cites.register(exhibitor.model.sources)
    cites.register(index.sources)
    parts.append(cites.section())
    return "\n".join(parts)


def _report_timeline(index: SiteIndex, here: Here, cites: Citations, large: bool) -> list[str]:
    """The timeline's section: the whole timeline, or (past `REPORT_ENTRIES_MAX`) a link to its page."""
    from .finish import report_prose

    title = esc(free_title(index, TIMELINE_PAGE))
    if large:
        return [
            f"## {title} {{#timeline}}\n",
            here.t["bounded_report_timeline"].format(title=title, link=here.link(TIMELINE_PAGE)) + "\n",
        ]
    return [f"## {title} {{#timeline}}\n", report_prose(index, here, cites, timeline_page(index, here), 1)]


def _report_group(index: SiteIndex, here: Here, cites: Citations, group: Entry[WorkingGroup], used: set[str]) -> str:
    """One working group on the full report: summary, co-chairs, participants, priorities and follow-ups."""
    t, model = here.t, group.model
    parts = [
        f"### {esc(model.name)} {{#group-{group.id}}}\n",
        f"{esc(model.summary)} ([{t['group_page']}]({here.link(group.path)}))\n",
    ]
    if group.body.strip():
        from .finish import report_prose

        parts.append(report_prose(index, here, cites, group.body, 2))
    parts.append(group_record(index, here, cites, group, heading="####", anchors=False, used=used))
    cites.register(model.sources)
    return "\n".join(parts)
