"""What the record is missing, page by page: the questions the site asks its readers.

Pure functions over the validated index. Each question is generated from the data alone: a field left
empty, an item marked uncertain, exhibitors the sources count but do not name. A question never states a
fact the page does not hold; its `hint` is only ever text from the page's own data (a `*_note` field or an
uncertain item's note). The help box at the end of each group and exhibitor page and the status page's
"Open questions" list both render these (`macros/render.py`), each with a link to the "Add or correct a
fact" issue form prefilled with the page and the question (`form_url`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Final
from urllib.parse import quote

from .index import Entry, SiteIndex
from .labels import count, labels
from .layout import DEFAULT_LOCALE, MARKETPLACE_PAGE
from .model import Exhibitor, Person, WorkingGroup

FACT_FORM: Final = "add-or-correct-a-fact.yml"
"""The issue form (in `.github/ISSUE_TEMPLATE/`) that the questions link to."""
FACT_FORM_FIELDS: Final = ("page", "missing")
"""The ids of that form's fields the links prefill: the page, and what is wrong or missing."""
GENERAL_QUESTION: Final = "q_general"
"""The label of what a page with no open question asks (its form link is prefilled with the page alone)."""


@dataclass(frozen=True)
class Question:
    """One thing the record lacks on one page."""

    page: str
    """The page it is about, relative to docs/ (e.g. `groups/new-media.md`)."""
    field: str
    """The front-matter field that would hold the answer (e.g. `co_chairs`, `priorities.0`)."""
    text: str
    """The question, in plain text (names in it come from the page's data)."""
    hint: str | None = None
    """What the page's own data says about the gap, when it says something; never anything else."""


SHORT: Final = 60
"""Longer texts are cut (at a word) when a question quotes them."""


def _short(text: str) -> str:
    """`text` on one line, cut at a word boundary to about `SHORT` characters."""
    flat = " ".join(text.split())
    if len(flat) <= SHORT:
        return flat
    return flat[:SHORT].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _who(person: Person) -> str:
    return person.name or person.organization or ""


def group_questions(entry: Entry[WorkingGroup], locale: str = DEFAULT_LOCALE) -> list[Question]:
    """What a working-group page lacks: co-chairs, their names, priorities, follow-ups, uncertain items."""
    model, page, t = entry.model, entry.path, labels(locale)
    questions: list[Question] = []

    def ask(field: str, text: str, hint: str | None = None) -> None:
        questions.append(Question(page, field, text, hint))

    questions.extend(_co_chair_questions(entry, t))
    if not model.priorities:
        ask("priorities", t["q_priorities"], model.priorities_note)
    if not model.follow_ups:
        ask("follow_ups", t["q_follow_ups"])
    questions.extend(_uncertain(page, "co_chairs", model.co_chairs, t["q_person_right"]))
    questions.extend(_uncertain(page, "participants", model.participants, t["q_person_right"]))
    for number, priority in enumerate(model.priorities):
        if priority.uncertain:
            ask(f"priorities.{number}", t["q_priority_right"].format(title=priority.title), priority.note)
    for number, item in enumerate(model.follow_ups):
        if item.uncertain:
            ask(f"follow_ups.{number}", t["q_follow_up_right"].format(text=_short(item.text)), item.note)
    return questions


def _co_chair_questions(entry: Entry[WorkingGroup], t: Mapping[str, str]) -> Iterator[Question]:
    """Who co-chaired the group, or who did for an organization that is named."""
    model, page = entry.model, entry.path
    if not model.co_chairs:
        yield Question(page, "co_chairs", t["q_co_chairs"], model.co_chairs_note)
    for number, person in enumerate(model.co_chairs):
        if person.name is None and person.organization:
            text = t["q_co_chair_for"].format(organization=person.organization)
            yield Question(page, f"co_chairs.{number}.name", text, model.co_chairs_note)


def _uncertain(page: str, field: str, people: Iterable[Person], template: str) -> Iterator[Question]:
    for number, person in enumerate(people):
        if person.uncertain:
            yield Question(page, f"{field}.{number}", template.format(who=_who(person)), person.note)


def exhibitor_questions(entry: Entry[Exhibitor], locale: str = DEFAULT_LOCALE) -> list[Question]:
    """What an exhibitor page lacks: presenter, organization, tool, country, and its uncertain points."""
    model, page, name, t = entry.model, entry.path, entry.model.name, labels(locale)
    questions: list[Question] = []
    if model.presenter is None:
        questions.append(Question(page, "presenter", t["q_presenter"].format(name=name)))
    if model.organization is None:
        questions.append(Question(page, "organization", t["q_organization"].format(name=name)))
    if model.tool is None:
        questions.append(Question(page, "tool", t["q_tool"].format(name=name)))
    if model.country is None:
        questions.append(Question(page, "country", t["q_country"].format(name=name), model.country_note))
    if model.uncertain:
        questions.append(Question(page, "note", t["q_record_right"].format(name=name), model.note))
    return questions


def all_questions(index: SiteIndex, locale: str = DEFAULT_LOCALE) -> list[Question]:
    """Every open question across the record: groups in order, then exhibitors, then the marketplace."""
    questions = [question for entry in index.groups for question in group_questions(entry, locale)]
    questions += [question for entry in index.exhibitors for question in exhibitor_questions(entry, locale)]
    reported = index.marketplace.reported_count if index.marketplace else 0
    if reported > len(index.exhibitors):
        t = labels(locale)
        hint = t["q_exhibitors_hint"].format(
            organizations=count(locale, "organization", reported),
            identified=count(locale, "are_identified", len(index.exhibitors)),
        )
        questions.append(Question(MARKETPLACE_PAGE, "exhibitors", t["q_exhibitors"], hint))
    return questions


def form_url(repo_url: str, question: Question, page_title: str) -> str:
    """The "Add or correct a fact" form, prefilled with the page and the question (GitHub's URL parameters)."""
    fields = {
        "template": FACT_FORM,
        "title": f"{page_title}: {question.text}",
        "page": f"{page_title} (docs/{question.page})",
        "missing": question.text + (f"\n\nThe page says: {question.hint}" if question.hint else ""),
    }
    query = "&".join(f"{key}={quote(value, safe='')}" for key, value in fields.items())
    return f"{repo_url.rstrip('/')}/issues/new?{query}"
