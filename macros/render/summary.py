"""Counts and short summaries for readers, computed from the index.

A count says how many of its items are uncertain, and follow-ups are counted apart from the later
developments and the events only the editors link to a group (issue 11). Pure functions: index in,
Markdown or numbers out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..index import SiteIndex
from ..labels import count, plural
from ..model import Cited, FollowUp, WorkingGroup
from . import bounded
from .markdown import Here, esc


def count_phrase(here: Here, items: Sequence[Cited], what: str = "priorities") -> str:
    """`3 recorded`, or `4 recorded, 3 uncertain` when some of the items are uncertain.

    `what` (`co_chairs`, `participants`, `priorities`) picks the counted word where the language needs one
    (Russian: `3 приоритета`), in the form the number calls for.
    """
    uncertain = sum(1 for item in items if item.uncertain)
    phrase = count(here.locale, f"recorded_{what}", len(items))
    return phrase + here.t["status_uncertain"].format(uncertain=uncertain) if uncertain else phrase


@dataclass(frozen=True)
class FollowUpTally:
    """Follow-ups split the way group pages mark them."""

    summit: int
    """Follow-ups of the C2C process that their sources tie to the group (`kind: follow-up`, sourced)."""
    editorial: int
    """Follow-ups the editors place with a group; no source names the group."""
    later: int
    """Later developments that their sources do not credit to C2C (`kind: later`)."""


def follow_up_kind(item: FollowUp) -> str:
    """`summit`, `editorial` or `later`: how a follow-up is counted and where the timeline shows it."""
    if item.kind == "later":
        return "later"
    return "editorial" if item.relation == "editorial" else "summit"


def tally_follow_ups(groups: Iterable[WorkingGroup]) -> FollowUpTally:
    """Count every group's follow-ups by kind."""
    kinds = [follow_up_kind(item) for group in groups for item in group.follow_ups]
    return FollowUpTally(kinds.count("summit"), kinds.count("editorial"), kinds.count("later"))


def follow_up_phrase(here: Here, items: Sequence[FollowUp]) -> str:
    """A group's follow-ups in the status table: `2`, or `1; 1 editorial, 2 later`."""
    kinds = [follow_up_kind(item) for item in items]
    if not kinds:
        return here.t["status_no"]
    extra = [count(here.locale, f"follow_ups_{kind}", kinds.count(kind)) for kind in ("editorial", "later")]
    extra = [part for part in extra if not part.startswith("0 ")]
    return str(kinds.count("summit")) + (f" ({', '.join(extra)})" if extra else "")


def join_words(here: Here, words: Sequence[str]) -> str:
    """`a`, `a and b`, `a, b and c`."""
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {here.t['and']} {words[-1]}"


def exhibitor_names(index: SiteIndex, here: Here) -> str:
    """A sentence naming every known exhibitor (each linked), with how many the sources count."""
    if bounded.too_many_home_items(index):
        return bounded.home_groups(index, here, "bounded_exhibitor_names")
    names = [here.entry_link(e) for e in index.exhibitors]
    reported = index.marketplace.reported_count if index.marketplace else len(index.exhibitors)
    key = "exhibitors_named" if reported > len(names) else "exhibitors_named_all"
    sentence = plural(here.locale, key, len(names))
    return sentence.format(reported=reported, named=len(names), names=join_words(here, names))


def group_glance(index: SiteIndex, here: Here) -> str:
    """The working groups at a glance: each linked, with how many priorities are known."""
    if bounded.too_many_home_items(index):
        return bounded.home_groups(index, here, "bounded_glance")
    items = []
    for group in index.groups:
        priorities = group.model.priorities
        phrase = here.t["glance_priorities"].format(phrase=count_phrase(here, priorities))
        known = f" ({phrase})" if priorities else ""
        items.append(f"{here.entry_link(group)}{known}")
    return "; ".join(items) + ".\n"


def indent(markdown: str, spaces: int = 4) -> str:
    """Every non-empty line indented (the body of a tab or a collapsible block)."""
    return "\n".join(" " * spaces + line if line.strip() else "" for line in markdown.splitlines()) + "\n"


def record_views(index: SiteIndex, here: Here) -> str:
    """Two views of the groups' record as tabs (pymdownx.tabbed): the summary table, and the whole status table."""
    if bounded.too_many_home_items(index):
        return bounded.home_groups(index, here, "bounded_record_views")
    from .tables import group_table, status_table

    t = here.t
    return (
        f'=== "{t["view_summary"]}"\n\n{indent(group_table(index, here))}\n'
        f'=== "{t["view_detail"]}"\n\n{indent(status_table(index, here))}'
    )


def headline_priorities(index: SiteIndex, here: Here) -> str:
    """The first certain priority of each group that has one, linked to its row."""
    if bounded.too_many_home_items(index):
        return bounded.home_groups(index, here, "bounded_headlines")
    items = []
    for group in index.groups:
        priority = next((item for item in group.model.priorities if not item.uncertain), None)
        if priority is None:
            continue
        link = f"[{esc(priority.title)}]({here.link(group.path, priority.id)})"
        items.append(f"- {link} ({esc(group.model.name)})")
    return "\n".join(items) + "\n" if items else ""
