"""Aggregate pages bounded at any scale: past a limit, an index of the parts instead of every row.

The priorities, themes, timeline, overview and full report pages list the whole record. Past a limit on what
a page would list, each renders a bounded index instead: one sentence (in the page's language) saying the
record is too large for one page and where each part is, then a link per working group (or exhibitor) to its
own page, which already holds that part complete. The limits are far above today's record (which every page
lists in full, unchanged) and low enough that at 100x the real content no page nears 500 KB of HTML (see the
Performance section of README). Like `NAV_PAGES_MAX` and `MATRIX_COLUMNS_MAX`, they bound what grows.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..index import Entry, SiteIndex
from ..labels import count, plural
from ..layout import GROUPS_PAGE, MARKETPLACE_PAGE, PRIORITIES_PAGE, STATUS_PAGE, THEMES_PAGE
from ..model import Exhibitor, WorkingGroup
from .headings import ANCHORS, heading
from .markdown import Here, esc, table

PRIORITIES_MAX = 200
"""The priorities page lists every priority up to this many (today: 7; about 1 KB of HTML each)."""
THEME_LINKS_MAX = 200
"""The themes page lists every priority under each of its themes up to this many links in all (today: 3)."""
THEME_GROUPS_MAX = 50
"""Past `THEME_LINKS_MAX`, a theme names its working groups up to this many; beyond, it gives only its counts."""
REPORT_ENTRIES_MAX = 60
"""The full report holds every group's and exhibitor's section up to this many of them (today: 18).

Beyond, it keeps its overview and becomes an index of its sections: each group and exhibitor links to its own
page, which holds that section complete. At today's size it is one printable page (about 170 KB).
"""
TIMELINE_ENTRIES_MAX = 300
"""The timeline lists every follow-up up to this many (today: 18); beyond, each group's count links to its own."""
OVERVIEW_MARKS_MAX = 1000
"""The overview's matrices show every link up to this many marks; beyond, a count per theme (today: a few dozen)."""
HOME_ITEMS_MAX = 30
"""The home page names every group, exhibitor and headline priority up to this many groups or exhibitors (today:
10 and 8); beyond, each of its lists is one sentence linking to the page that lists them (like `NAV_PAGES_MAX`)."""
EXHIBITORS_MAX = 200
"""The Marketplace page's table holds every exhibitor up to this many (today: 8); beyond, a list of their links."""
SOURCE_PAGES_MAX = 30
"""The sources page links every page citing a source up to this many per source (today: at most 12); beyond,
it links the site's own pages and counts the group and exhibitor pages (each lists its sources)."""
TRANSLATION_ROWS_MAX = 200
"""The translation status lists every page up to this many (today: 34); beyond, only the pages with Russian text."""


def too_many_priorities(index: SiteIndex) -> bool:
    return len(index.priorities) > PRIORITIES_MAX


def too_many_theme_links(index: SiteIndex) -> bool:
    return sum(len(backrefs) for backrefs in index.theme_priorities.values()) > THEME_LINKS_MAX


def too_many_report_entries(index: SiteIndex) -> bool:
    return len(index.groups) + len(index.exhibitors) > REPORT_ENTRIES_MAX


def too_many_follow_ups(index: SiteIndex) -> bool:
    return sum(len(group.model.follow_ups) for group in index.groups) > TIMELINE_ENTRIES_MAX


def marks(index: SiteIndex) -> int:
    """The overview's marks: priority-theme links, exhibitor-group links and priority-exhibitor links."""
    themes = sum(len(backrefs) for backrefs in index.theme_priorities.values())
    exhibitors = sum(len(backrefs) for backrefs in index.group_exhibitors.values())
    return themes + exhibitors + sum(len(entry.priority.exhibitors) for entry in index.priorities.values())


def too_many_marks(index: SiteIndex) -> bool:
    return marks(index) > OVERVIEW_MARKS_MAX


def notice(text: str) -> str:
    """The one sentence that says the record is too large for the page, and where each part is."""
    return f"{text}\n"


def priorities_index(index: SiteIndex, here: Here) -> str:
    """Past `PRIORITIES_MAX`: each group with how many priorities it holds, linking to its own priorities table."""
    from .summary import count_phrase

    t = here.t
    number = len(index.priorities)
    parts = [notice(t["bounded_priorities"].format(priorities=count(here.locale, "priority", number)))]
    rows = [
        (here.entry_link(g), f"[{count_phrase(here, g.model.priorities)}]({here.link(g.path, ANCHORS['priorities'])})")
        for g in index.groups
        if g.model.priorities
    ]
    parts.append(table([t["group"], t["priorities"]], rows))
    return "\n".join(parts)


def theme_summary(index: SiteIndex, here: Here, theme_id: str, names: bool = True) -> str:
    """Past `THEME_LINKS_MAX`, a theme's section: how many priorities and groups carry it, the groups if few."""
    t = here.t
    by_group: dict[str, int] = {}
    for backref in index.theme_priorities.get(theme_id, []):
        group = index.priorities[backref.source_id].group
        by_group[group.id] = by_group.get(group.id, 0) + 1
    if not by_group:
        return f"*{t['no_theme_priorities']}*\n"
    number = sum(by_group.values())
    priorities = count(here.locale, "priority", number)
    groups = count(here.locale, "bounded_theme_groups", len(by_group))
    line = plural(here.locale, "bounded_theme_counts", number).format(priorities=priorities, groups=groups)
    if len(by_group) > THEME_GROUPS_MAX or not names:
        return line + ".\n"
    links = [f"{here.entry_link(index.group(group_id))} ({number})" for group_id, number in by_group.items()]
    return f"{line}: " + "; ".join(links) + ".\n"


def entry_list(here: Here, entries: Sequence[Entry[WorkingGroup]] | Sequence[Entry[Exhibitor]]) -> str:
    """Each group's or exhibitor's name linking to its page, in one paragraph."""
    return "; ".join(here.entry_link(entry) for entry in entries) + ".\n"


def report_notice(here: Here, index: SiteIndex) -> str:
    """Past `REPORT_ENTRIES_MAX`: the full report says it keeps its overview and where each section is."""
    groups = count(here.locale, "counts_groups", len(index.groups))
    exhibitors = count(here.locale, "exhibitor", len(index.exhibitors))
    return notice(here.t["bounded_report"].format(groups=groups, exhibitors=exhibitors))


def overview_index(index: SiteIndex, here: Here) -> str:
    """Past `OVERVIEW_MARKS_MAX`: the overview says where the links are, then each theme with its counts."""
    t = here.t
    links = count(here.locale, "theme_link", marks(index))
    parts = [notice(t["bounded_overview"].format(marks=links, priorities=here.link(PRIORITIES_PAGE)))]
    parts.append(heading(here, "##", "themes"))
    items = [
        f"- [{esc(theme.title)}]({here.link(THEMES_PAGE, theme.id)}): "
        + theme_summary(index, here, theme.id, names=False)
        for theme in index.themes.values()
    ]
    parts.append("".join(items))
    return "\n".join(parts)


def too_many_home_items(index: SiteIndex) -> bool:
    return max(len(index.groups), len(index.exhibitors)) > HOME_ITEMS_MAX


def home_groups(index: SiteIndex, here: Here, key: str) -> str:
    """Past `HOME_ITEMS_MAX`: one of the home page's lists as a sentence linking to where it is (`key`: which)."""
    t = here.t
    groups = count(here.locale, "counts_groups", len(index.groups))
    if key == "bounded_glance":
        return t[key].format(groups=groups, link=here.link(GROUPS_PAGE)) + "\n"
    if key == "bounded_headlines":
        priorities = count(here.locale, "priority", len(index.priorities))
        return t[key].format(priorities=priorities, link=here.link(PRIORITIES_PAGE)) + "\n"
    if key == "bounded_exhibitor_names":
        exhibitors = count(here.locale, "exhibitor", len(index.exhibitors))
        return t[key].format(exhibitors=exhibitors, link=here.link(MARKETPLACE_PAGE))
    return t[key].format(groups=groups, link=here.link(GROUPS_PAGE), status=here.link(STATUS_PAGE)) + "\n"


def exhibitors_index(index: SiteIndex, here: Here) -> str:
    """Past `EXHIBITORS_MAX`: the Marketplace page's table becomes a list of every exhibitor's link."""
    exhibitors = count(here.locale, "exhibitor", len(index.exhibitors))
    return (
        notice(here.t["bounded_exhibitors"].format(exhibitors=exhibitors)) + "\n" + entry_list(here, index.exhibitors)
    )
