"""`macros/questions.py`: questions generated from the data, never stating a fact the page does not hold."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from macros.index import Entry, SiteIndex
from macros.model import Exhibitor, WorkingGroup
from macros.questions import (
    FACT_FORM,
    Question,
    all_questions,
    exhibitor_questions,
    form_url,
    group_questions,
)

from ..support import ROOT, attr


def group(**data: object) -> Entry[WorkingGroup]:
    model = WorkingGroup.model_validate({"name": "Test Group", "order": 1, "summary": "S.", "sources": ["a"], **data})
    return Entry("test-group", "groups/test-group.md", model, "")


def exhibitor(**data: object) -> Entry[Exhibitor]:
    model = Exhibitor.model_validate({"summary": "S.", "sources": ["a"], **data})
    return Entry("test", "marketplace/test.md", model, "")


def texts(questions: list[Question]) -> list[str]:
    return [question.text for question in questions]


def test_an_empty_group_asks_for_co_chairs_priorities_and_follow_ups_without_hints() -> None:
    questions = group_questions(group())
    assert texts(questions) == [
        "Who co-chaired this group?",
        "Which priorities did this group draft?",
        "What did this group do after the June 2010 summit?",
    ]
    assert [question.field for question in questions] == ["co_chairs", "priorities", "follow_ups"]
    assert all(question.hint is None for question in questions)
    assert {question.page for question in questions} == {"groups/test-group.md"}


def test_hints_come_only_from_the_pages_own_notes() -> None:
    questions = group_questions(group(co_chairs_note="Only one source.", priorities_note="In the report, p. 9."))
    assert [question.hint for question in questions] == ["Only one source.", "In the report, p. 9.", None]


def test_a_complete_group_asks_nothing() -> None:
    complete = group(
        co_chairs=[{"name": "A B", "organization": "Org", "sources": ["a"]}],
        priorities=[{"id": "p", "title": "T", "text": "X.", "sources": ["a"]}],
        follow_ups=[{"text": "Y.", "sources": ["a"]}],
    )
    assert group_questions(complete) == []


def test_organizations_without_people_and_uncertain_items_are_asked_about_by_name() -> None:
    entry = group(
        co_chairs=[{"organization": "Org One", "sources": ["a"]}],
        participants=[{"name": "C D", "uncertain": True, "note": "Spelling unclear.", "sources": ["a"]}],
        priorities=[{"id": "p", "title": "Exchange", "text": "X.", "uncertain": True, "note": "Undated."}],
        follow_ups=[{"text": "A very long account of what happened " * 5, "uncertain": True, "note": "Which group?"}],
    )
    questions = group_questions(entry)
    assert texts(questions) == [
        "Who co-chaired this group for Org One?",
        "Is this right about C D?",
        "Is the priority “Exchange” recorded correctly?",
        "Is the follow-up “A very long account of what happened A very long account of…” recorded correctly?",
    ]
    assert [question.field for question in questions] == [
        "co_chairs.0.name",
        "participants.0",
        "priorities.0",
        "follow_ups.0",
    ]
    assert [question.hint for question in questions] == [None, "Spelling unclear.", "Undated.", "Which group?"]


def test_exhibitor_questions_name_the_exhibitor_and_what_is_unknown() -> None:
    assert texts(exhibitor_questions(exhibitor(organization="Org Inc."))) == [
        "Who presented for Org Inc.?",
        "Which tool or approach did Org Inc. show?",
        "Where is Org Inc. based?",
    ]
    assert texts(exhibitor_questions(exhibitor(presenter="E F", tool="T", country="US"))) == [
        "Which organization did E F present for?"
    ]
    uncertain = exhibitor(organization="O", presenter="P", tool="T", country="RU", uncertain=True, note="Why.")
    assert [(q.field, q.hint) for q in exhibitor_questions(uncertain)] == [("note", "Why.")]


def test_every_question_on_the_real_record_quotes_only_the_record(index: SiteIndex) -> None:
    """A hint is a note from the page itself (or the marketplace's own count); names come from the page."""
    questions = all_questions(index)
    assert len(questions) >= 30
    entries: list[Entry[Any]] = [*index.groups, *index.exhibitors]
    pages = {entry.path: entry.model for entry in entries}
    for question in questions:
        if question.page == "marketplace/index.md":
            assert index.marketplace is not None
            assert question.hint == (
                f"The sources count {index.marketplace.reported_count} organizations; "
                f"{len(index.exhibitors)} are identified."
            )
            continue
        dumped = pages[question.page].model_dump_json()
        if question.hint is not None:
            assert question.hint in {
                value for value in _strings(pages[question.page].model_dump()) if isinstance(value, str)
            }, question
        named = re.match(
            r"^(?:Who co-chaired this group for|Is this right about|Who presented for) (.+)\?$", question.text
        )
        if named:
            assert json.dumps(named.group(1))[1:-1] in dumped, question


def _strings(value: object) -> list[object]:
    if isinstance(value, dict):
        return [item for child in value.values() for item in _strings(child)]
    if isinstance(value, list):
        return [item for child in value for item in _strings(child)]
    return [value]


def test_the_record_asks_who_co_chaired_the_groups_without_co_chairs(index: SiteIndex) -> None:
    asked = {q.page for q in all_questions(index) if q.field == "co_chairs"}
    assert asked == {g.path for g in index.groups if not g.model.co_chairs}
    assert len(asked) >= 7


def test_the_form_link_is_prefilled_with_the_page_and_the_question() -> None:
    question = Question("groups/x.md", "co_chairs", "Who co-chaired this group?", 'Said "maybe" & more')
    url = form_url("https://github.com/o/r/", question, "X & Y")
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == "https://github.com/o/r/issues/new"
    fields = parse_qs(parts.query, strict_parsing=True)
    assert fields == {
        "template": [FACT_FORM],
        "title": ["X & Y: Who co-chaired this group?"],
        "page": ["X & Y (docs/groups/x.md)"],
        "missing": ['Who co-chaired this group?\n\nThe page says: Said "maybe" & more'],
    }
    assert not set(url) & set(" ()[]<>\"'|`\n")


def test_the_renderers_never_name_the_repository_themselves() -> None:
    modules = [*(Path(ROOT) / "macros" / "render").glob("*.py"), Path(ROOT) / "macros" / "questions.py"]
    assert len(modules) > 3
    for module in modules:
        assert "github.com" not in module.read_text(encoding="utf-8"), module


PAYLOAD = "Org | <script>alert(1)</script> [x](javascript:alert(1)) `code` {onclick=alert(1)}"


def test_names_in_questions_are_escaped_in_the_help_box_and_encoded_in_the_link(index: SiteIndex) -> None:
    from markdown import markdown  # type: ignore[import-untyped]  # no stubs: types-Markdown is not a dependency

    from macros.render import Here, group_page

    entry = group(co_chairs=[{"organization": PAYLOAD, "sources": ["irex-overview"]}], sources=["irex-overview"])
    here = Here(entry.path, repo_url="https://github.com/o/r", edit_uri="edit/main/docs/")
    text = group_page(index, here, entry)
    box = text.split("## Help complete this record", 1)[1]
    assert "<script" not in box
    assert "javascript:" not in box
    html = markdown(box, extensions=["attr_list"])
    assert "<script" not in html
    assert "onclick" not in html.replace("onclick&#61;", "").replace("onclick%3D", "")
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    item = soup.select("li")[0]
    assert PAYLOAD in item.get_text()
    (link,) = item.find_all("a")
    fields = parse_qs(urlsplit(attr(link, "href")).query)
    assert fields["missing"] == [f"Who co-chaired this group for {PAYLOAD}?"]


def test_questions_are_asked_in_the_readers_language() -> None:
    """The Russian edition's help boxes and open questions ask in Russian (names stay as the data gives them)."""
    russian = [question.text for question in group_questions(group(), "ru")]
    russian += [question.text for question in exhibitor_questions(exhibitor(organization="Org Inc."), "ru")]
    assert russian
    assert all(re.search("[а-яё]", text) for text in russian), russian
    assert not any(re.search(r"\b(?:Who|Which|What|Where|Is)\b", text) for text in russian), russian
    assert "Org Inc." in " ".join(russian)
