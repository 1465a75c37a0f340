"""Words the renderers put on pages, per locale, so a Russian edition only adds a table."""

from __future__ import annotations

from typing import Final

EN: Final[dict[str, str]] = {
    "co_chairs": "Co-chairs",
    "participants": "Participants",
    "priorities": "Priorities",
    "follow_ups": "What followed",
    "background": "Background",
    "related_exhibitors": "Related exhibitors",
    "related_groups": "Related working groups",
    "related_priorities": "Related priorities",
    "sources": "Sources",
    "help": "Help complete this record",
    "name": "Name",
    "organization": "Organization",
    "partners": "Partners",
    "post": "Title or role",
    "country": "Country",
    "priority": "Priority",
    "what": "What",
    "themes": "Themes",
    "exhibitors": "Exhibitors",
    "group": "Working group",
    "date": "Date",
    "exhibitor": "Exhibitor",
    "presenter": "Presenter",
    "tool": "Tool",
    "website": "Website",
    "link": "Link",
    "source": "Source",
    "publisher": "Publisher",
    "cited_on": "Cited on",
    "field": "Field",
    "value": "Value",
    "also_known_as": "Also written",
    "report_page": "Section in the Summary Report (Nov. 15, 2010)",
    "not_recorded": "Not recorded",
    "uncertain": "Uncertain",
    "editorial": "editorial link",
    "sourced": "sourced",
    "later": "later development, not credited to C2C by its source",
    "country_US": "United States",
    "country_RU": "Russia",
    "country_other": "International",
    "no_co_chairs": "No source in the record names this group's co-chairs.",
    "no_participants": "No source in the record lists this group's members.",
    "no_priorities": "No source in the record gives this group's priorities.",
    "no_follow_ups": "No follow-up is recorded for this group.",
    "no_exhibitors": "No exhibitor is linked to this group.",
    "no_priority_exhibitors": "No priority in the record names this exhibitor.",
    "no_groups": "No working group is linked to this exhibitor.",
    "no_theme_priorities": "No recorded priority is tagged with this theme yet.",
    "editorial_explained": "An *editorial link* is the editors' inference: no source states it.",
    "invite": (
        "The public record of the summit is incomplete. If you hold a source for anything marked "
        "*not recorded* here (the November 2010 Summary Report, a group's own notes, a participant's account), "
        "please add it: see [how to contribute]({contribute})."
    ),
    "counts_groups": "working groups",
    "counts_priorities": "priorities recorded",
    "counts_groups_with_priorities": "groups with at least one recorded priority",
    "counts_exhibitors": "Innovation Marketplace exhibitors identified, of {reported} reported",
    "counts_follow_ups": "follow-ups recorded",
    "counts_sources": "sources cited",
    "unidentified": "{missing} of the {reported} organizations the sources count are not identified in the recovered record.",
    "status_co_chairs": "Co-chairs",
    "status_yes": "{count} recorded",
    "status_uncertain": "{count} recorded, uncertain",
    "status_no": "Not recorded",
    "groups_without_priorities": "No priorities are recorded for: {groups}.",
    "group_priorities_count": "{count} recorded",
    "see_sources": "All sources",
    "summit_overview": "Summit overview",
    "working_groups": "The working groups",
    "marketplace": "Innovation Marketplace",
    "group_page": "the group's page",
    "more": "more",
    "questions_intro": "The record does not yet answer these questions about this page:",
    "answer": "Answer with a source",
    "report_fact": "Tell us, with a source",
    "no_questions": "Nothing on this page is marked missing or uncertain. If something is wrong or missing:",
    "edit_page": "edit this page",
    "help_how": "The form opens on GitHub (you need a free account); or {edit}. See [how to contribute]({contribute}).",
    "help_how_no_form": "See [how to contribute]({contribute}).",
    "open_questions_none": "No open question: every field the site can ask about is filled in.",
}

LABELS: Final[dict[str, dict[str, str]]] = {"en": EN}
"""Labels by locale; a missing locale falls back to English."""


def labels(locale: str) -> dict[str, str]:
    """The labels for `locale` (English where a translation is missing)."""
    return {**EN, **LABELS.get(locale, {})}
