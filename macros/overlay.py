"""Translations of structured data, field by field: what can be translated, merging, and what is out of date.

A page's Russian edition (`page.ru.md`, a `Translation`) holds, under `fields`, the Russian text of each field of
`page.md` it translates, keyed by the field's path (`summary`, `priorities.<id>.title`, `follow_ups.2.text`), with
a hash of the English text it was made from. Everything else (ids, order, dates, links, sources) comes from the
English page. Pure functions: the index (`index.py`) calls them once per build; `cli.py` writes the files.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel

from .model import (
    Cited,
    Exhibitor,
    FieldTranslation,
    FollowUp,
    Milestone,
    Person,
    Point,
    Priority,
    Ref,
    Source,
    Term,
    Theme,
    Update,
    WorkingGroup,
)

TRANSLATABLE: Mapping[type[BaseModel], frozenset[str]] = {
    Cited: frozenset({"note"}),
    Ref: frozenset({"note"}),
    Person: frozenset({"name", "organization", "title", "role", "note"}),
    Priority: frozenset({"title", "text", "origin", "partners", "note"}),
    FollowUp: frozenset({"text", "note"}),
    Point: frozenset({"text", "note"}),
    WorkingGroup: frozenset(
        {"name", "summary", "co_chairs_note", "participants_note", "priorities_note", "report_page"}
    ),
    Exhibitor: frozenset({"organization", "presenter", "presenter_title", "tool", "summary", "country_note", "note"}),
    Theme: frozenset({"title", "text"}),
    Term: frozenset({"text"}),
    Milestone: frozenset({"title", "text", "note"}),
    Update: frozenset({"title", "summary"}),
    Source: frozenset({"note"}),
}
"""The fields of each model that hold text for readers, and so can be translated. Ids, names of sources (cited as
published), dates, links and choices are never translated."""


class Foreign(str):
    """English text shown in another edition because its translation is missing: rendered inside `lang="en"`."""

    __slots__ = ()


class Stale(str):
    """A translation made from an older English text: rendered with an "out of date" mark."""

    __slots__ = ()


def translation_hash(text: str) -> str:
    """The short hash that records which English text a translation was made from (whitespace does not count)."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:8]


def _translatable(model: BaseModel) -> frozenset[str]:
    return next((fields for kind, fields in TRANSLATABLE.items() if type(model) is kind), frozenset())


def _item_key(item: object, number: int) -> str:
    """How a list item is named in a path: its id, a glossary term, else its position (1 for the first)."""
    if isinstance(item, Term):
        return item.term
    item_id = getattr(item, "id", None)
    return item_id if isinstance(item_id, str) else str(number + 1)


def texts(model: BaseModel, prefix: str = "") -> Iterator[tuple[str, str]]:
    """Every translatable text in `model`, as (path, English text), in the page's order."""
    fields = _translatable(model)
    for name in type(model).model_fields:
        value = getattr(model, name)
        path = f"{prefix}{name}"
        if isinstance(value, str) and name in fields:
            yield path, value
        elif isinstance(value, BaseModel):
            yield from texts(value, f"{path}.")
        elif isinstance(value, list):
            for number, item in enumerate(value):
                key = f"{path}.{_item_key(item, number)}"
                if isinstance(item, str) and name in fields:
                    yield key, item
                elif isinstance(item, BaseModel):
                    yield from texts(item, f"{key}.")


def merge(model: BaseModel, fields: Mapping[str, FieldTranslation], prefix: str = "") -> BaseModel:
    """`model` with each translatable text replaced by its translation (`Stale` when out of date), else `Foreign`."""
    translatable = _translatable(model)
    update: dict[str, object] = {}
    for name in type(model).model_fields:
        value = getattr(model, name)
        path = f"{prefix}{name}"
        if isinstance(value, str) and name in translatable:
            update[name] = _text(value, fields.get(path))
        elif isinstance(value, BaseModel):
            update[name] = merge(value, fields, f"{path}.")
        elif isinstance(value, list) and value:
            update[name] = [
                _merge_item(item, name in translatable, fields, f"{path}.{_item_key(item, number)}")
                for number, item in enumerate(value)
            ]
    return model.model_copy(update=update)


def _merge_item(item: object, translatable: bool, fields: Mapping[str, FieldTranslation], path: str) -> object:
    if isinstance(item, str) and translatable:
        return _text(item, fields.get(path))
    if isinstance(item, BaseModel):
        return merge(item, fields, f"{path}.")
    return item


def _text(english: str, translation: FieldTranslation | None) -> str:
    if translation is None:
        return Foreign(english)
    if translation.translates != translation_hash(english):
        return Stale(translation.text)
    return translation.text


FieldState = Literal["translated", "missing", "stale"]
BodyState = Literal["translated", "missing", "stale", "none"]


@dataclass(frozen=True)
class Coverage:
    """How much of one page the Russian edition translates."""

    path: str
    """The English page (relative to docs/)."""
    translated: int
    missing: int
    stale: int
    body: BodyState
    """The page's own text: `none` when the English page has none to translate (a generated page)."""
    stale_fields: tuple[str, ...] = ()

    @property
    def total(self) -> int:
        return self.translated + self.missing + self.stale


def field_states(model: BaseModel, fields: Mapping[str, FieldTranslation]) -> dict[str, FieldState]:
    """Each translatable field of `model` and whether `fields` translates it, and from its current English text."""
    states: dict[str, FieldState] = {}
    for path, english in texts(model):
        translation = fields.get(path)
        if translation is None:
            states[path] = "missing"
        else:
            states[path] = "translated" if translation.translates == translation_hash(english) else "stale"
    return states


def unknown_fields(model: BaseModel, fields: Mapping[str, FieldTranslation]) -> list[str]:
    """Paths in `fields` that name no translatable text of `model`."""
    known = {path for path, _ in texts(model)}
    return [path for path in fields if path not in known]
