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
    "counts_follow_ups": "follow-ups of the summit, as their sources say",
    "counts_follow_ups_editorial": "other events placed with a group by the editors",
    "counts_later": "later developments, not credited to the summit by their sources",
    "counts_priorities_uncertain": "priorities recorded, {uncertain} of them uncertain",
    "counts_sources": "sources cited",
    "unidentified": "{missing} of the {reported} organizations the sources count are not named in any source found.",
    "status_co_chairs": "Co-chairs",
    "status_yes": "{count} recorded",
    "status_uncertain": "{count} recorded, {uncertain} uncertain",
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
    "not_known_intro": "Not known from any source: {missing}.",
    "missing_co_chairs": "who co-chaired the group",
    "missing_participants": "who its members were",
    "missing_priorities": "which priorities it drafted",
    "missing_follow_ups": "what it did after the summit",
    "missing_exhibitors": "which Marketplace exhibits relate to it",
    "missing_presenter": "who presented",
    "missing_tool": "which tool was shown",
    "missing_country": "which country the exhibitor is from",
    "missing_groups": "which working group the exhibit relates to",
    "and": "and",
    "timeline_process": "The C2C process",
    "timeline_later": "Later developments",
    "timeline_later_intro": "These events followed, but their sources do not credit them to the C2C summit.",
    "timeline_undated": "Date not known",
    "timeline_row": "details",
    "glossary_term": "Term",
    "view_summary": "Co-chairs and priorities",
    "view_detail": "Everything recorded",
    "glossary_meaning": "Meaning",
    "exhibitors_named": ("IREX counts {reported} exhibiting organizations; {named} are known by name: {names}."),
    "exhibitors_named_all": "The sources name all {named} exhibitors: {names}.",
    # the overview matrices (render/matrix.py)
    "matrix_sourced": "sourced",
    "matrix_editorial": "editorial",
    "matrix_uncertain": "uncertain",
    "matrix_legend": (
        "**Legend:** ● sourced: a cited source states the link. ○ editorial: the editors infer the link; no "
        "source states it. ? after a mark: the row it rests on is uncertain (see its note). Each mark links "
        "to the row that justifies it. An empty cell: no source or editor links them."
    ),
    "matrix_themes_caption": "Working groups × common themes: the priorities that serve each theme",
    "matrix_exhibitors_caption": (
        "Working groups × exhibitors: the links between groups and Innovation Marketplace exhibitors"
    ),
    "matrix_corner": "Working group",
    "matrix_via_priority": "priority",
    "matrix_via_exhibitor": "exhibitor page of",
    "matrix_region": "scrollable table",
    "matrix_full": "Overview: which groups share which themes and exhibitors",
    "matrix_none": "No such link is known yet.",
    # the Data and Updates pages (render/opendata.py)
    "data_file": "File",
    "data_holds": "What it holds",
    "data_keys": "Keys",
    "data_column": "Column",
    "data_type": "Type",
    "data_meaning": "Meaning",
    "data_primary_key": "primary key",
    "data_refers_to": "refers to",
    "data_ids_in": "ids in",
    "data_row": "Each row: {row}.",
    "data_record": (
        "The whole record in one JSON document: the front matter of every group and exhibitor page, with its "
        "id, and every theme and source."
    ),
    "data_record_schema": "The JSON Schema of {record}.",
    "data_package": (
        "The Data Package descriptor (Frictionless Data): every file above with its columns, types, "
        "descriptions, primary and foreign keys."
    ),
    "data_page_schemas": "JSON Schemas of the pages' front matter, as contributors write it: {files}.",
    "data_changed": "Pages changed",
    "data_feed": "Subscribe to the [Atom feed]({feed}) to hear of new updates.",
    "data_group_note": (
        "**This page as data:** the group's row in {groups}, its priorities in {priorities}, people in "
        "{people} and what followed in {follow_ups} (rows with `group_id` {id}); the whole record in "
        "{record}."
    ),
    "data_exhibitor_note": (
        "**This page as data:** the exhibitor's row in {exhibitors} and its links to working groups in "
        "{links} (rows with `exhibitor_id` {id}); the whole record in {record}."
    ),
    "data_see_data": " See [Open data]({data}).",
    # another edition's marks (render/finish.py)
    "translation_title": "Translation",
    "translation_missing": "Parts of this page are not translated yet: they are shown in English, marked EN.",
    "translation_stale": "Some translations, marked ↻, were made from an earlier English text.",
    "translation_help": "[Help translate]({help}).",
    # the Record status page's translation table (render/coverage.py)
    "translation_none": "The site has no other edition.",
    "translation_summary": (
        "The Russian edition translates {translated} of the {total} fields of structured data, and the text of "
        "{texts} of the {pages} pages that have text of their own."
    ),
    "translation_page": "Page",
    "translation_fields": "Fields translated",
    "translation_fields_count": "{translated} of {total}",
    "translation_missing_fields": "Missing",
    "translation_stale_fields": "Out of date",
    "translation_text": "Page text",
    "translation_file": "Russian file",
    "translation_body_translated": "translated",
    "translation_body_missing": "not translated",
    "translation_body_stale": "out of date",
    "translation_body_none": "—",
}

LABELS: Final[dict[str, dict[str, str]]] = {"en": EN}
"""Labels by locale; a missing locale falls back to English."""


def labels(locale: str) -> dict[str, str]:
    """The labels for `locale` (English where a translation is missing)."""
    return {**EN, **LABELS.get(locale, {})}
