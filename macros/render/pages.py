"""The generated pages: a working group's page and an exhibitor's page, from their validated front matter."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..index import Backref, Entry, SiteIndex
from ..layout import (
    CONTRIBUTE_PAGE,
    THEMES_PAGE,
)
from ..model import Exhibitor, FollowUp, Person, Priority, Ref, WorkingGroup
from ..questions import GENERAL_QUESTION, Question, exhibitor_questions, form_url, group_questions
from .headings import heading as section_heading
from .markdown import Citations, Here, _join, attr, country, esc, flag_uncertain, format_date, relation, table


def people_table(here: Here, cites: Citations, people: Sequence[Person]) -> str:
    """Co-chairs or participants: name, organization, post, country, caveats and sources."""
    t = here.t
    rows = [
        (
            esc(person.name) if person.name else f"*{t['not_recorded']}*",
            esc(person.organization) if person.organization else f"*{t['not_recorded']}*",
            _join(esc(person.title or ""), esc(person.role or "")),
            country(here, person.country),
            _join(flag_uncertain(here, person.uncertain, person.note), cites.cite(person.sources)),
        )
        for person in people
    ]
    return table([t["name"], t["organization"], t["post"], t["country"], t["sources"]], rows)


def priority_anchor(priority: Priority) -> str:
    """The cell that carries the priority's anchor: its row is the link target."""
    return f'<span id="{priority.id}" class="c2c-anchor"></span>**{esc(priority.title)}**'


def _theme_links(here: Here, cites: Citations, refs: Sequence[Ref], index: SiteIndex) -> str:
    return "<br>".join(
        f"[{esc(index.themes[ref.id].title)}]({here.link(THEMES_PAGE, ref.id)}) {relation(here, cites, ref)}"
        for ref in refs
    )


def _exhibitor_links(here: Here, cites: Citations, refs: Sequence[Ref], index: SiteIndex) -> str:
    return "<br>".join(f"{here.entry_link(index.exhibitor(ref.id))} {relation(here, cites, ref)}" for ref in refs)


def priority_row_link(here: Here, group: Entry[WorkingGroup], priority: Priority) -> str:
    """A cell linking to the priority's row on its group's page, with the id shown (for print)."""
    link = f"[**{esc(priority.title)}**]({here.link(group.path, priority.id)})"
    return f'{link} <br><span class="c2c-id">{priority.id}</span>'


def group_priority_table(
    index: SiteIndex, here: Here, cites: Citations, group: Entry[WorkingGroup], *, anchors: bool = True
) -> str:
    """A group's priorities, one row each: each row the target of its id, or (`anchors=False`) a link to it."""
    t = here.t
    rows = [
        (
            priority_anchor(priority) if anchors else priority_row_link(here, group, priority),
            _join(
                esc(priority.text),
                f"<br>*{esc(priority.origin)}*" if priority.origin else "",
                f"<br>{t['partners']}: {esc('; '.join(priority.partners))}" if priority.partners else "",
                f"<br>{flag_uncertain(here, priority.uncertain, priority.note)}" if priority.note else "",
                cites.cite(priority.sources),
            ),
            _theme_links(here, cites, priority.themes, index),
            _exhibitor_links(here, cites, priority.exhibitors, index),
        )
        for priority in group.model.priorities
    ]
    return table([t["priority"], t["what"], t["themes"], t["exhibitors"]], rows, optional=(2, 3))


def follow_up_anchor(number: int) -> str:
    """The id of a group page's follow-up row (`number` counts from 1): the timeline links to it."""
    return f"follow-up-{number}"


def follow_up_table(here: Here, cites: Citations, items: Sequence[FollowUp], *, anchors: bool = True) -> str:
    """What followed, one row each; each row the target of `follow-up-N` unless `anchors=False` (the full report)."""
    t = here.t
    rows = [
        (
            (f'<span id="{follow_up_anchor(number)}" class="c2c-anchor"></span>' if anchors else "")
            + (esc(format_date(item.date, here.locale)) if item.date else f"*{t['timeline_undated']}*"),
            _join(
                esc(item.text),
                f'<br><span class="c2c-later">{t["later"]}</span>' if item.kind == "later" else "",
                f'<br><span class="c2c-editorial">{t["editorial"]}</span>' if item.relation == "editorial" else "",
                f"<br>{flag_uncertain(here, item.uncertain, item.note)}" if item.note else "",
                cites.cite(item.sources),
            ),
        )
        for number, item in enumerate(items, start=1)
    ]
    return table([t["date"], t["what"]], rows)


# Over 40 lines: the group's record is one sequence of five sections in the order readers (and the report) see.
def group_record(
    index: SiteIndex,
    here: Here,
    cites: Citations,
    group: Entry[WorkingGroup],
    heading: str,
    anchors: bool = True,
    used: set[str] | None = None,
) -> str:
    """A group's co-chairs, participants, priorities and follow-ups, each under a `heading` (e.g. `##`).

    `anchors=False` (the full report) links each priority to its row on the group page instead of owning its id;
    `used` holds the ids the page has so far (the report numbers repeated sections: `co-chairs_1`).
    """
    t, model = here.t, group.model
    sections = (
        (
            "co_chairs",
            people_table(here, cites, model.co_chairs) if model.co_chairs else "",
            "no_co_chairs",
            model.co_chairs_note,
        ),
        (
            "participants",
            people_table(here, cites, model.participants) if model.participants else "",
            "no_participants",
            model.participants_note,
        ),
        (
            "priorities",
            group_priority_table(index, here, cites, group, anchors=anchors) if model.priorities else "",
            "no_priorities",
            model.priorities_note,
        ),
        (
            "follow_ups",
            follow_up_table(here, cites, model.follow_ups, anchors=anchors) if model.follow_ups else "",
            "no_follow_ups",
            None,
        ),
    )
    parts, missing = [], []
    for title, content, _, note in sections:
        if not content:
            missing.append(t[f"missing_{title}"])
        if not content and not note:
            continue
        parts.append(section_heading(here, heading, title, used))
        if content:
            parts.append(content)
        if note:
            parts.append(esc(note) + "\n")
    if missing:
        parts.insert(0, not_known(here, missing))
    return "\n".join(parts)


def not_known(here: Here, missing: Sequence[str]) -> str:
    """One sentence for every field no source gives, instead of an empty section each."""
    words = list(missing)
    joined = words[0] if len(words) == 1 else f"{', '.join(words[:-1])} {here.t['and']} {words[-1]}"
    return '<p class="c2c-unknown">' + here.t["not_known_intro"].format(missing=joined) + "</p>\n"


def group_page(index: SiteIndex, here: Here, group: Entry[WorkingGroup]) -> str:
    """The whole page of a working group, with the contributor's body after the summary."""
    model = group.model
    cites = Citations(index, here)
    parts = [f"# {esc(model.name)} {{#{group.id}}}\n", f"{esc(model.summary)}\n"]
    if group.body.strip():
        parts.append(group.body.strip() + "\n")
    parts.append(_group_facts(here, model))
    parts.append(group_record(index, here, cites, group, heading="##"))
    parts.append(_group_background(here, cites, model))
    parts.append(_group_exhibitors(index, here, cites, group))
    parts.append(page_end(here, cites, model.sources, group_questions(group, here.locale), model.name))
    parts.append(data_note(index, here, "group", group.id))
    return "\n".join(part for part in parts if part)


def _group_facts(here: Here, model: WorkingGroup) -> str:
    """Other names of the group and its section of the Summary Report, when known."""
    facts = []
    if model.name_variants:
        facts.append(f"{here.t['also_known_as']}: {esc('; '.join(model.name_variants))}.")
    if model.report_page:
        facts.append(f"{here.t['report_page']}: {esc(model.report_page)}.")
    return "\n\n".join(facts) + "\n" if facts else ""


def _group_background(here: Here, cites: Citations, model: WorkingGroup) -> str:
    """The background points, each flagged and cited."""
    if not model.background:
        return ""
    items = [
        f"- {esc(point.text)} {flag_uncertain(here, point.uncertain, point.note)} {cites.cite(point.sources)}"
        for point in model.background
    ]
    return section_heading(here, "##", "background") + "\n" + "\n".join(items) + "\n"


def _group_exhibitors(index: SiteIndex, here: Here, cites: Citations, group: Entry[WorkingGroup]) -> str:
    """The Marketplace exhibitors linked to the group, with how each link is known."""
    t = here.t
    backrefs = index.group_exhibitors.get(group.id, [])
    if not backrefs:
        return ""
    rows = []
    for backref in backrefs:
        exhibitor = index.exhibitor(backref.source_id)
        flag = flag_uncertain(here, True, exhibitor.model.note) if exhibitor.model.uncertain else ""
        tool = _join(esc(exhibitor.model.tool or ""), flag)
        rows.append((here.entry_link(exhibitor), tool, relation(here, cites, backref.ref)))
    parts = [
        section_heading(here, "##", "related_exhibitors"),
        table([t["exhibitor"], t["tool"], t["link"]], rows, optional=(1,)),
    ]
    if any(backref.ref.relation == "editorial" for backref in backrefs):
        parts.append(t["editorial_explained"] + "\n")
    return "\n".join(parts)


def page_end(
    here: Here, cites: Citations, sources: Iterable[str], questions: Sequence[Question] = (), title: str = ""
) -> str:
    """The end of a group or exhibitor page: its numbered sources, then what the record lacks here.

    Each of the page's `questions` links to the "Add or correct a fact" form prefilled with the page and the
    question; next to them, the page's edit link and the contributor guide.
    """
    t = here.t
    cites.register(sources)
    contribute = here.link(CONTRIBUTE_PAGE)
    parts = [cites.section(), section_heading(here, "##", "help")]
    if questions:
        items = [f"- {esc(question.text)}{_answer_link(here, question, title)}" for question in questions]
        parts.append(t["questions_intro"] + "\n\n" + "\n".join(items) + "\n")
    elif here.repo_url:
        general = Question(here.page, "-", here.t[GENERAL_QUESTION])
        parts.append(f"{t['no_questions']} [{t['report_fact']}]({form_url(here.repo_url, general, title)}).\n")
    if here.repo_url and here.edit_uri:
        edit = f"[{t['edit_page']}]({here.repo_url.rstrip('/')}/{here.edit_uri.strip('/')}/{here.source or here.page})"
        parts.append(t["help_how"].format(edit=edit, contribute=contribute) + "\n")
    else:
        parts.append(t["help_how_no_form"].format(contribute=contribute) + "\n")
    return "\n".join(parts)


def _answer_link(here: Here, question: Question, title: str) -> str:
    """` ([Answer with a source](form))` when the repository's address is known."""
    if not here.repo_url:
        return ""
    return f" ([{here.t['answer']}]({form_url(here.repo_url, question, title)}))"


def linked_priorities(index: SiteIndex, here: Here, cites: Citations, backrefs: Sequence[Backref]) -> str:
    """The priorities that link to an item: each links to its row, with its group and how the link is known."""
    t = here.t
    rows = []
    for backref in backrefs:
        entry = index.priorities[backref.source_id]
        rows.append(
            (
                f"[{esc(entry.priority.title)}]({here.link(entry.group.path, entry.priority.id)})",
                here.entry_link(entry.group),
                relation(here, cites, backref.ref),
            )
        )
    return table([t["priority"], t["group"], t["link"]], rows)


def exhibitor_page(index: SiteIndex, here: Here, exhibitor: Entry[Exhibitor]) -> str:
    """The whole page of an exhibitor, with backlinks to the priorities that name it."""
    model = exhibitor.model
    cites = Citations(index, here)
    parts = [
        f"# {esc(model.name)} {{#{exhibitor.id}}}\n",
        f"{esc(model.summary)} {cites.cite(model.summary_sources or model.sources)}\n",
    ]
    if model.note:
        parts.append(flag_uncertain(here, model.uncertain, model.note) + "\n")
    if exhibitor.body.strip():
        body_cites = f" {cites.cite(model.body_sources)}" if model.body_sources else ""
        parts.append(exhibitor.body.strip() + body_cites + "\n")
    parts.append(_exhibitor_facts(here, model))
    parts.append(_exhibitor_groups(index, here, cites, model))
    backrefs = index.exhibitor_priorities.get(exhibitor.id, [])
    if backrefs:
        parts.append(section_heading(here, "##", "related_priorities"))
        parts.append(linked_priorities(index, here, cites, backrefs))
    parts.append(page_end(here, cites, model.sources, exhibitor_questions(exhibitor, here.locale), model.name))
    parts.append(data_note(index, here, "exhibitor", exhibitor.id))
    return "\n".join(part for part in parts if part)


def _exhibitor_facts(here: Here, model: Exhibitor) -> str:
    """The known facts as a table (only rows with a value), then one sentence on what no source gives."""
    t = here.t
    facts: list[tuple[str, ...]] = [
        (t["organization"], esc(model.organization or "")),
        (t["presenter"], _join(esc(model.presenter or ""), esc(model.presenter_title or ""))),
        (t["tool"], esc(model.tool or "")),
        (t["website"], f'<a href="{attr(model.website)}">{esc(model.website)}</a>' if model.website else ""),
        (t["country"], _join(country(here, model.country), esc(model.country_note or "")) if model.country else ""),
    ]
    missing = [
        t[f"missing_{key}"]
        for key, value in (("presenter", model.presenter), ("tool", model.tool), ("country", model.country))
        if not value
    ]
    if not model.groups:
        missing.append(t["missing_groups"])
    shown = [(label, value) for label, value in facts if value]
    parts = [table([t["field"], t["value"]], shown)] if shown else []
    if missing:
        parts.append(not_known(here, missing))
    return "\n".join(parts)


def _exhibitor_groups(index: SiteIndex, here: Here, cites: Citations, model: Exhibitor) -> str:
    """The working groups the exhibitor is linked to, with how each link is known."""
    t = here.t
    if not model.groups:
        return ""
    rows = [(here.entry_link(index.group(ref.id)), relation(here, cites, ref)) for ref in model.groups]
    parts = [section_heading(here, "##", "related_groups"), table([t["group"], t["link"]], rows)]
    if any(ref.relation == "editorial" for ref in model.groups):
        parts.append(t["editorial_explained"] + "\n")
    return "\n".join(parts)


def data_note(index: SiteIndex, here: Here, kind: str, item_id: str) -> str:
    """A line linking to this page's rows in the downloadable data (`render/opendata.py`)."""
    from .opendata import data_note as note  # that module builds on this one

    return note(index, here, kind, item_id)
