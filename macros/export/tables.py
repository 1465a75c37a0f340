"""The tables of the record: each declared once, with its columns, keys and where each value comes from."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel

from ..index import Entry, SiteIndex
from ..model import Exhibitor, FollowUp, Person, Priority, Ref, Source, Theme, WorkingGroup
from ..reference import describe_field

DATA_DIR = "data"
PACKAGE_NAME = "c2c-2010-summit-record"
RECORD_FILE = "record.json"
RECORD_SCHEMA_FILE = "record.schema.json"
PACKAGE_FILE = "datapackage.json"

FieldType = Literal["string", "integer", "boolean", "array"]
Value = str | int | bool | list[str] | None


@dataclass(frozen=True)
class Column:
    """One column of a table: its name, Table Schema type, description and how to read it from a row."""

    name: str
    type: FieldType
    description: str
    get: Callable[[Any], Value]
    required: bool = False
    ids_of: str | None = None
    """For a list of ids separated by spaces: the table whose ids they are."""
    text: bool = False
    """Free text in the record's language (a Russian edition would add `<name>_ru`)."""


@dataclass(frozen=True)
class ForeignKey:
    column: str
    table: str
    """The table whose `id` column it refers to."""


@dataclass(frozen=True)
class Table:
    """One CSV file: a name (also the file stem), a title, what one row is, its columns and keys."""

    name: str
    title: str
    row: str
    columns: Sequence[Column]
    rows: Callable[[SiteIndex], Iterable[Any]]
    primary_key: Sequence[str] = ("id",)
    foreign_keys: Sequence[ForeignKey] = field(default_factory=tuple)

    @property
    def path(self) -> str:
        return f"{self.name}.csv"


# --- Column helpers --------------------------------------------------------------------------------------


def _doc(model: type[BaseModel], name: str) -> str:
    return describe_field(model, name).replace("`", "")


def _ids(values: Iterable[str]) -> str:
    return " ".join(values)


def _text(model: type[BaseModel], name: str, get: Callable[[Any], Value], *, required: bool = False) -> Column:
    return Column(name, "string", _doc(model, name), get, required=required, text=True)


def _cited(model: type[BaseModel], get: Callable[[Any], Any]) -> list[Column]:
    """The `uncertain`, `note` and `sources` columns every cited item has."""
    return [
        Column("uncertain", "boolean", _doc(model, "uncertain"), lambda row: get(row).uncertain, required=True),
        _text(model, "note", lambda row: get(row).note),
        Column(
            "sources", "string", "Ids of rows in sources.csv that state this, separated by spaces.",
            lambda row: _ids(get(row).sources), ids_of="sources",
        ),
    ]  # fmt: skip


# Rows of the tables that are not entries of the index: a person, a follow-up and a link, with their group or origin.


@dataclass(frozen=True)
class PersonRow:
    id: str
    group: str
    position: str
    person: Person


@dataclass(frozen=True)
class FollowUpRow:
    id: str
    group: str
    item: FollowUp


@dataclass(frozen=True)
class LinkRow:
    source: str
    ref: Ref


def _people(index: SiteIndex) -> Iterable[PersonRow]:
    for group in index.groups:
        for position, people in (("co-chair", group.model.co_chairs), ("participant", group.model.participants)):
            for number, person in enumerate(people, start=1):
                yield PersonRow(f"{group.id}-{position}-{number}", group.id, position, person)


def _follow_ups(index: SiteIndex) -> Iterable[FollowUpRow]:
    for group in index.groups:
        for number, item in enumerate(group.model.follow_ups, start=1):
            yield FollowUpRow(f"{group.id}-follow-up-{number}", group.id, item)


def _priority_links(kind: Literal["themes", "exhibitors"]) -> Callable[[SiteIndex], Iterable[LinkRow]]:
    def rows(index: SiteIndex) -> Iterable[LinkRow]:
        for entry in index.priorities.values():
            for ref in getattr(entry.priority, kind):
                yield LinkRow(entry.priority.id, ref)

    return rows


def _exhibitor_links(index: SiteIndex) -> Iterable[LinkRow]:
    for exhibitor in index.exhibitors:
        for ref in exhibitor.model.groups:
            yield LinkRow(exhibitor.id, ref)


def _link_columns(source: str, target: str, target_table: str) -> list[Column]:
    return [
        Column(source, "string", f"The id of the row in {source.removesuffix('_id')}s.csv that makes the link.",
               lambda row: row.source, required=True),
        Column(target, "string", f"The id of the row in {target_table}.csv linked to.", lambda row: row.ref.id,
               required=True),
        Column("relation", "string", _doc(Ref, "relation"), lambda row: row.ref.relation, required=True),
        Column("sources", "string",
               "For a sourced link: ids of rows in sources.csv that state it, separated by spaces.",
               lambda row: _ids(row.ref.sources), ids_of="sources"),
        _text(Ref, "note", lambda row: row.ref.note),
    ]  # fmt: skip


def _exhibitor(row: Entry[Exhibitor]) -> Exhibitor:
    return row.model


TABLES: tuple[Table, ...] = (
    Table(
        "groups", "Working groups", "one working group",
        [
            Column("id", "string", "The group's id: its page's file name in docs/groups/.", lambda r: r.id,
                   required=True),
            Column("order", "integer", _doc(WorkingGroup, "order"), lambda r: r.model.order, required=True),
            _text(WorkingGroup, "name", lambda r: r.model.name, required=True),
            _text(WorkingGroup, "summary", lambda r: r.model.summary, required=True),
            Column("name_variants", "array", _doc(WorkingGroup, "name_variants") + " A JSON array.",
                   lambda r: list(r.model.name_variants), text=True),
            _text(WorkingGroup, "co_chairs_note", lambda r: r.model.co_chairs_note),
            _text(WorkingGroup, "participants_note", lambda r: r.model.participants_note),
            _text(WorkingGroup, "priorities_note", lambda r: r.model.priorities_note),
            _text(WorkingGroup, "report_page", lambda r: r.model.report_page),
            Column("priority_ids", "string",
                   "The group's priorities: ids of rows in priorities.csv, separated by spaces.",
                   lambda r: _ids(p.id for p in r.model.priorities), ids_of="priorities"),
            Column(
                "sources",
                "string",
                _doc(WorkingGroup, "sources").replace("this page draws on", "the group's page draws on")
                + " Ids of rows in sources.csv, separated by spaces.",
                lambda r: _ids(r.model.sources),
                ids_of="sources",
            ),
        ],
        lambda index: index.groups,
    ),
    Table(
        "people", "Co-chairs and participants", "one co-chair or participant of a working group",
        [
            Column("id", "string", "group id, position and number in the group's list (e.g. public-health-co-chair-1).",
                   lambda r: r.id, required=True),
            Column("group_id", "string", "The working group (a row in groups.csv).", lambda r: r.group, required=True),
            Column("position", "string", "co-chair or participant.", lambda r: r.position, required=True),
            _text(Person, "name", lambda r: r.person.name),
            _text(Person, "organization", lambda r: r.person.organization),
            _text(Person, "title", lambda r: r.person.title),
            _text(Person, "role", lambda r: r.person.role),
            Column("country", "string", _doc(Person, "country"), lambda r: r.person.country),
            *_cited(Person, lambda r: r.person),
        ],
        _people,
        foreign_keys=(ForeignKey("group_id", "groups"),),
    ),
    Table(
        "priorities", "Priorities", "one priority drafted by a working group",
        [
            Column("id", "string", _doc(Priority, "id"), lambda r: r.priority.id, required=True),
            Column("group_id", "string", "The working group that drafted it (a row in groups.csv).",
                   lambda r: r.group.id, required=True),
            _text(Priority, "title", lambda r: r.priority.title, required=True),
            _text(Priority, "text", lambda r: r.priority.text, required=True),
            _text(Priority, "origin", lambda r: r.priority.origin),
            Column("partners", "array", _doc(Priority, "partners") + " A JSON array.",
                   lambda r: list(r.priority.partners), text=True),
            Column("theme_ids", "string", "Common themes it serves: ids of rows in themes.csv, separated by spaces "
                   "(how each link is known: priority-themes.csv).", lambda r: _ids(t.id for t in r.priority.themes),
                   ids_of="themes"),
            Column("exhibitor_ids", "string", "Related exhibitors: ids of rows in exhibitors.csv, separated by spaces "
                   "(how each link is known: priority-exhibitors.csv).",
                   lambda r: _ids(e.id for e in r.priority.exhibitors), ids_of="exhibitors"),
            *_cited(Priority, lambda r: r.priority),
        ],
        lambda index: index.priorities.values(),
        foreign_keys=(ForeignKey("group_id", "groups"),),
    ),
    Table(
        "follow-ups", "What followed", "one event after the June 2010 summit, under the working group it concerns",
        [
            Column("id", "string", "group id and number in the group's list (e.g. child-protection-follow-up-1).",
                   lambda r: r.id, required=True),
            Column("group_id", "string", "The working group (a row in groups.csv).", lambda r: r.group, required=True),
            Column("date", "string", _doc(FollowUp, "date"), lambda r: r.item.date),
            Column("kind", "string", _doc(FollowUp, "kind"), lambda r: r.item.kind, required=True),
            Column("relation", "string", _doc(FollowUp, "relation"), lambda r: r.item.relation, required=True),
            _text(FollowUp, "text", lambda r: r.item.text, required=True),
            *_cited(FollowUp, lambda r: r.item),
        ],
        _follow_ups,
        foreign_keys=(ForeignKey("group_id", "groups"),),
    ),
    Table(
        "exhibitors", "Innovation Marketplace exhibitors", "one exhibitor",
        [
            Column("id", "string", "The exhibitor's id: its page's file name in docs/marketplace/.", lambda r: r.id,
                   required=True),
            Column("name", "string", "The name the site shows: the organization, else the presenter.",
                   lambda r: r.model.name, required=True, text=True),
            _text(Exhibitor, "organization", lambda r: r.model.organization),
            _text(Exhibitor, "presenter", lambda r: r.model.presenter),
            _text(Exhibitor, "presenter_title", lambda r: r.model.presenter_title),
            _text(Exhibitor, "tool", lambda r: r.model.tool),
            _text(Exhibitor, "summary", lambda r: r.model.summary, required=True),
            Column("website", "string", _doc(Exhibitor, "website"), lambda r: r.model.website),
            Column("country", "string", _doc(Exhibitor, "country"), lambda r: r.model.country),
            _text(Exhibitor, "country_note", lambda r: r.model.country_note),
            Column("group_ids", "string", "Related working groups: ids of rows in groups.csv, separated by spaces "
                   "(how each link is known: exhibitor-groups.csv).", lambda r: _ids(g.id for g in r.model.groups),
                   ids_of="groups"),
            *_cited(Exhibitor, _exhibitor),
        ],
        lambda index: index.exhibitors,
    ),
    Table(
        "themes", "Common themes", "one of the common themes IREX drew from the working groups",
        [
            Column("id", "string", "The theme's id.", lambda r: r.id, required=True),
            _text(Theme, "title", lambda r: r.title, required=True),
            _text(Theme, "text", lambda r: r.text, required=True),
            Column("sources", "string", "Ids of rows in sources.csv that state it, separated by spaces.",
                   lambda r: _ids(r.sources), ids_of="sources"),
        ],
        lambda index: index.themes.values(),
    ),
    Table(
        "sources", "Sources", "one source of facts",
        [
            Column("id", "string", "The source's id, cited by the other tables.", lambda r: r.id, required=True),
            _text(Source, "title", lambda r: r.title, required=True),
            _text(Source, "publisher", lambda r: r.publisher, required=True),
            Column("url", "string", _doc(Source, "url"), lambda r: r.url, required=True),
            _text(Source, "note", lambda r: r.note),
        ],
        lambda index: index.sources.values(),
    ),
    Table(
        "priority-themes", "Links from priorities to themes", "one link from a priority to a common theme",
        _link_columns("priority_id", "theme_id", "themes"),
        _priority_links("themes"),
        primary_key=("priority_id", "theme_id"),
        foreign_keys=(ForeignKey("priority_id", "priorities"), ForeignKey("theme_id", "themes")),
    ),
    Table(
        "priority-exhibitors", "Links from priorities to exhibitors", "one link from a priority to an exhibitor",
        _link_columns("priority_id", "exhibitor_id", "exhibitors"),
        _priority_links("exhibitors"),
        primary_key=("priority_id", "exhibitor_id"),
        foreign_keys=(ForeignKey("priority_id", "priorities"), ForeignKey("exhibitor_id", "exhibitors")),
    ),
    Table(
        "exhibitor-groups", "Links from exhibitors to working groups", "one link from an exhibitor to a working group",
        _link_columns("exhibitor_id", "group_id", "groups"),
        _exhibitor_links,
        primary_key=("exhibitor_id", "group_id"),
        foreign_keys=(ForeignKey("exhibitor_id", "exhibitors"), ForeignKey("group_id", "groups")),
    ),
)  # fmt: skip
"""Every CSV file, in the order the descriptor and the Data page list them."""


# --- CSV ------------------------------------------------------------------------------------------------
