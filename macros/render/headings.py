"""The headings the renderers write, each with an explicit id: the same anchor in every language.

An id is the one MkDocs' `toc` gives the English heading (pymdownx's slugify, as mkdocs.yml sets it), written
out, so a Russian page keeps the English page's anchors (`#co-chairs`, not `#сопредседатели`) and links between
the editions land. `tests/unit/test_labels_ru.py` checks each id against the English label's slug.
"""

from __future__ import annotations

from typing import Final

from .markdown import Here

ANCHORS: Final[dict[str, str]] = {
    "co_chairs": "co-chairs",
    "participants": "participants",
    "priorities": "priorities",
    "follow_ups": "what-followed",
    "background": "background",
    "related_exhibitors": "related-exhibitors",
    "related_groups": "related-working-groups",
    "related_priorities": "related-priorities",
    "sources": "sources",
    "help": "help-complete-this-record",
    "summit_overview": "summit-overview",
    "themes": "themes",
    "exhibitors": "exhibitors",
    "working_groups": "the-working-groups",
    "marketplace": "innovation-marketplace",
    "timeline_process": "the-c2c-process",
    "timeline_later": "later",
    "timeline_undated": "date-not-known",
}
"""Label key -> the heading's id (the English label's slug, except `later`, which the timeline always named so)."""


def unique(anchor: str, used: set[str] | None) -> str:
    """`anchor`, or `anchor_1`, `anchor_2`... when the page already has it (as `toc` numbers repeated headings)."""
    if used is None:
        return anchor
    candidate, number = anchor, 0
    while candidate in used:
        number += 1
        candidate = f"{anchor}_{number}"
    used.add(candidate)
    return candidate


def heading(here: Here, level: str, key: str, used: set[str] | None = None) -> str:
    """`## Co-chairs {#co-chairs}`: the label in the page's language, the id of the English heading.

    `used` collects the ids of a page that repeats a heading (the full report: each group's sections).
    """
    return f"{level} {here.t[key]} {{#{unique(ANCHORS[key], used)}}}\n"
