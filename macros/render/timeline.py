"""The timeline of the C2C process, generated from the data.

The milestones of `docs/timeline.md` (the summits, the October 2010 meetings) and every group's follow-ups,
in date order and by year; later developments, which their sources do not credit to C2C, in a section of
their own. Each follow-up links to its row on its group's page (`render.follow_up_anchor`) and is cited.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import groupby

from ..index import Entry, SiteIndex
from ..model import FollowUp, Milestone, WorkingGroup
from . import bounded
from .headings import ANCHORS, heading
from .markdown import Citations, Here, esc, flag_uncertain, format_date
from .pages import follow_up_anchor
from .summary import follow_up_kind


@dataclass(frozen=True)
class TimelineEntry:
    """One line of the timeline: a milestone, or a group's follow-up (its number on the group page from 1)."""

    date: str | None
    item: Milestone | FollowUp
    group: Entry[WorkingGroup] | None = None
    number: int = 0

    @property
    def kind(self) -> str:
        """`milestone`, or how the follow-up is counted: `summit`, `editorial` or `later`."""
        return "milestone" if isinstance(self.item, Milestone) else follow_up_kind(self.item)

    @property
    def later(self) -> bool:
        return self.kind == "later"


def sort_key(date: str | None) -> tuple[int, ...]:
    """Dates in order, each by its start; a date known only to the month or year comes first in it."""
    if date is None:
        return (9999,)
    return tuple(int(part) for part in date.split("/", 1)[0].split("-"))


def timeline_entries(index: SiteIndex) -> list[TimelineEntry]:
    """Every milestone and follow-up, in date order (stable: equal dates keep the order of the pages)."""
    entries = [TimelineEntry(milestone.date, milestone) for milestone in index.milestones]
    for group in index.groups:
        entries += [
            TimelineEntry(item.date, item, group, number) for number, item in enumerate(group.model.follow_ups, start=1)
        ]
    return sorted(entries, key=lambda entry: sort_key(entry.date))


def split_later(entries: Iterable[TimelineEntry]) -> tuple[list[TimelineEntry], list[TimelineEntry]]:
    """(the C2C process, later developments), each still in date order."""
    entries = list(entries)
    return [e for e in entries if not e.later], [e for e in entries if e.later]


def _line(index: SiteIndex, here: Here, cites: Citations, entry: TimelineEntry) -> str:
    t, item = here.t, entry.item
    head = ""
    date = esc(format_date(entry.date, here.locale)) if entry.date else t["timeline_undated"]
    if isinstance(item, Milestone):
        link = item.link or ""
        target, _, anchor = link.partition("#")
        title = f"[{esc(item.title)}]({here.link(target, anchor or None)})" if link else esc(item.title)
        head = f"**{title}.**"
    elif entry.group is not None:
        group = entry.group
        head = f"[{esc(group.model.name)}]({here.link(group.path, follow_up_anchor(entry.number))}):"
    marks = [
        f'<span class="c2c-editorial">{t["editorial"]}</span>' if entry.kind == "editorial" else "",
        flag_uncertain(here, item.uncertain, item.note) if item.uncertain else "",
        cites.cite(item.sources),
    ]
    return f"- **{date}**: {head} {esc(item.text)} " + " ".join(mark for mark in marks if mark)


def _by_year(
    index: SiteIndex, here: Here, cites: Citations, entries: Sequence[TimelineEntry], used: set[str]
) -> list[str]:
    parts = []
    for year, items in groupby(entries, key=lambda entry: entry.date[:4] if entry.date else None):
        parts.append(f"### {year}\n" if year else heading(here, "###", "timeline_undated", used))
        parts.append("\n".join(_line(index, here, cites, entry) for entry in items) + "\n")
    return parts


def timeline_page(index: SiteIndex, here: Here) -> str:
    """The timeline: the C2C process by year, then later developments by year (past a limit: `bounded`)."""
    t = here.t
    cites = Citations(index, here, deferred=True)
    if bounded.too_many_follow_ups(index):
        return _bounded_timeline(index, here, cites)
    process, later = split_later(timeline_entries(index))
    used: set[str] = set()
    parts = [heading(here, "##", "timeline_process"), *_by_year(index, here, cites, process, used)]
    if later:
        parts += [heading(here, "##", "timeline_later"), t["timeline_later_intro"] + "\n"]
        parts += _by_year(index, here, cites, later, used)
    if any(entry.kind == "editorial" for entry in process):
        parts.append(t["editorial_explained"] + "\n")
    return "\n".join(parts)


def _bounded_timeline(index: SiteIndex, here: Here, cites: Citations) -> str:
    """Past `TIMELINE_ENTRIES_MAX`: the milestones by year, then each group's follow-ups as a count linking to them.

    The headings keep their ids (`#later` is linked from the home page's figures).
    """
    from ..labels import count

    t = here.t
    number = sum(len(group.model.follow_ups) for group in index.groups)
    milestones = [TimelineEntry(milestone.date, milestone) for milestone in index.milestones]
    milestones.sort(key=lambda entry: sort_key(entry.date))
    used: set[str] = set()
    parts = [heading(here, "##", "timeline_process"), *_by_year(index, here, cites, milestones, used)]
    parts.append(bounded.notice(t["bounded_timeline"].format(follow_ups=count(here.locale, "follow_up", number))))
    rows = [
        f"- {here.entry_link(group)}: [{count(here.locale, 'follow_up', len(group.model.follow_ups))}]"
        f"({here.link(group.path, ANCHORS['follow_ups'])})"
        for group in index.groups
        if group.model.follow_ups
    ]
    parts.append("\n".join(rows) + "\n")
    later = [group for group in index.groups if any(item.kind == "later" for item in group.model.follow_ups)]
    if later:
        parts += [heading(here, "##", "timeline_later"), t["timeline_later_intro"] + "\n"]
        parts.append(bounded.entry_list(here, later))
    return "\n".join(parts)
