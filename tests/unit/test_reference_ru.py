"""The Russian front-matter reference (docs/reference.ru.md): generated like the English one, complete, in step."""

from __future__ import annotations

import re

import pytest
from pydantic import BaseModel

from macros import frontmatter, reference
from macros.model import Translation
from macros.reference import ru
from macros.reference.fields import describe_field, ordered_fields

from ..support import ROOT

HEADING = re.compile(r"^(#{1,6}) .*?\{#([^}]+)\}$", re.MULTILINE)


def documented_models() -> list[type[BaseModel]]:
    """Every model the English reference shows: each kind of page and every part used inside one."""
    models: list[type[BaseModel]] = []
    for page in reference.PAGE_TYPES:
        for model in [page.model, *reference.nested_models(page.model)]:
            if model not in models:
                models.append(model)
    return models


def test_every_documented_field_and_model_has_a_russian_description() -> None:
    missing = []
    for model in documented_models():
        if not ru.MODEL_DOCS_RU.get(model.__name__):
            missing.append(model.__name__)
        for name, _ in ordered_fields(model):
            try:
                text = ru.describe_field_ru(model, name)
            except KeyError:
                missing.append(f"{model.__name__}.{name}")
                continue
            assert text != describe_field(model, name), f"{model.__name__}.{name} is the English text"
            assert re.search("[а-яё]", text), f"{model.__name__}.{name}: {text!r} is not Russian"
    assert not missing, f"no Russian description in macros/reference/ru.py for {missing}"


def test_a_field_without_russian_stops_the_generation_instead_of_falling_back() -> None:
    class Invented(BaseModel):
        colour: str

    with pytest.raises(KeyError, match=r"Invented\.colour"):
        ru.describe_field_ru(Invented, "colour")


def test_every_page_type_rule_and_mistake_is_in_russian() -> None:
    assert set(ru.PAGE_TYPES_RU) == {page.key for page in reference.PAGE_TYPES}
    assert set(ru.MISTAKE_TITLES_RU) == {mistake.title for mistake in reference.MISTAKES}
    assert {name: len(rules) for name, rules in ru.RULES_RU.items()} == {
        name: len(rules) for name, rules in reference.RULES.items()
    }


def test_the_russian_page_keeps_every_heading_id_of_the_english_page() -> None:
    english = HEADING.findall(reference.reference_markdown())
    russian = HEADING.findall(reference.reference_ru_markdown())
    assert russian == english
    assert len(english) == 1 + len(reference.PAGE_TYPES) + 1 + 11 + 1 + len(reference.MISTAKES)  # 11 parts


def test_every_english_heading_carries_an_explicit_id() -> None:
    headings = [line for line in reference.reference_markdown().splitlines() if line.startswith("#")]
    assert headings
    assert all(HEADING.match(line) for line in headings), [line for line in headings if not HEADING.match(line)]


def test_the_examples_and_the_checks_reports_are_the_english_pages_own() -> None:
    fences = re.compile(r"^```\w+\n.*?^```$", re.MULTILINE | re.DOTALL)
    assert fences.findall(reference.reference_ru_markdown()) == fences.findall(reference.reference_markdown())


def test_the_tables_speak_russian_and_link_the_same_parts() -> None:
    page = reference.reference_ru_markdown()
    assert "| Поле | Тип | Обязательно | Описание |" in page
    assert "| `co_chairs` | список (элементы: [Person](#part-person)) | необязательно (по умолчанию `[]`) |" in page
    assert "| `sources` | список (элементы: id (kebab-case)) | **обязательно** (не меньше 1) |" in page
    assert not re.search(r"\| (text|optional|\*\*required\*\*|list of) ", page)


def test_the_front_matter_is_a_translation_with_only_a_russian_title_and_description() -> None:
    data = frontmatter.parse(reference.reference_ru_markdown()).data
    assert set(data) == {"title", "description", "translates"}  # generated with the English: always current
    assert all(re.search("[а-яё]", data[key]) for key in ("title", "description"))
    Translation.model_validate(data)


def test_the_committed_russian_page_is_the_generated_one() -> None:
    files = reference.generated_files()
    assert ru.REFERENCE_PAGE_RU in files
    committed = (ROOT / ru.REFERENCE_PAGE_RU).read_text(encoding="utf-8")
    assert committed == files[ru.REFERENCE_PAGE_RU], "run `python -m macros reference --write` and commit the result"
    assert ru.REFERENCE_PAGE_RU not in reference.stale_files(ROOT)
