"""The files of data/: one CSV per table, the whole record as JSON, and the Data Package descriptor."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from typing import Any

from ..index import Entry, SiteIndex
from ..model import Exhibitor, Id, Model, Source, Theme, WorkingGroup
from ..reference import PAGE_TYPES, schema_text
from .tables import (
    DATA_DIR,
    PACKAGE_FILE,
    PACKAGE_NAME,
    RECORD_FILE,
    RECORD_SCHEMA_FILE,
    TABLES,
    Table,
    Value,
)

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet reads as the start of a formula: a cell of text starting so gets a `'` first (OWASP's advice)."""


def _cell(value: Value) -> str:
    """A value as CSV text: booleans `true`/`false`, lists as JSON arrays, missing values empty.

    Text from contributed pages that a spreadsheet would run as a formula is written with a leading `'`
    (the Data page says so); `record.json` keeps every text exactly.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False) if value else ""
    text = str(value)
    return f"'{text}" if isinstance(value, str) and text.startswith(FORMULA_STARTS) else text


def table_csv(table: Table, index: SiteIndex) -> bytes:
    """One table as CSV: UTF-8 without a byte-order mark, a header row, CRLF line ends, quoted where needed."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(column.name for column in table.columns)
    for row in table.rows(index):
        writer.writerow(_cell(column.get(row)) for column in table.columns)
    return out.getvalue().encode("utf-8")


# --- JSON -----------------------------------------------------------------------------------------------


class GroupRecord(WorkingGroup):
    """A working group in record.json: its page's front matter, with its id."""

    id: Id


class ExhibitorRecord(Exhibitor):
    """An exhibitor in record.json: its page's front matter, with its id."""

    id: Id


class Record(Model):
    """The whole record in one JSON document (record.json): what the front matter of every page holds."""

    groups: list[GroupRecord]
    exhibitors: list[ExhibitorRecord]
    themes: list[Theme]
    sources: list[Source]


def _with_id(entry: Entry[Any]) -> dict[str, Any]:
    return {"id": entry.id, **entry.model.model_dump(mode="json")}


def record_json(index: SiteIndex) -> bytes:
    """The whole record as JSON: groups, exhibitors, themes and sources, each item's id first."""
    document = {
        "groups": [_with_id(entry) for entry in index.groups],
        "exhibitors": [_with_id(entry) for entry in index.exhibitors],
        "themes": [theme.model_dump(mode="json") for theme in index.themes.values()],
        "sources": [source.model_dump(mode="json") for source in index.sources.values()],
    }
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def record_schema() -> dict[str, Any]:
    """The JSON Schema of record.json, from the `Record` model."""
    schema = Record.model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "C2C 2010 summit record", **schema}


# --- Data Package ---------------------------------------------------------------------------------------


def table_schema(table: Table) -> dict[str, Any]:
    """A Table Schema (Frictionless Data): fields with types and descriptions, primary and foreign keys."""
    fields = []
    for column in table.columns:
        spec: dict[str, Any] = {"name": column.name, "type": column.type, "description": column.description}
        constraints: dict[str, Any] = {}
        if column.required:
            constraints["required"] = True
        if list(table.primary_key) == [column.name]:
            constraints["unique"] = True
        if constraints:
            spec["constraints"] = constraints
        fields.append(spec)
    schema: dict[str, Any] = {
        "fields": fields,
        "primaryKey": list(table.primary_key),
        "missingValues": [""],
    }
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {"fields": key.column, "reference": {"resource": key.table, "fields": "id"}} for key in table.foreign_keys
        ]
    return schema


# Over 40 lines: one literal descriptor, field by field as the Data Package spec lists them.
def datapackage(site_url: str | None) -> dict[str, Any]:
    """The Data Package descriptor: every CSV as a tabular resource with its schema, and record.json."""
    resources: list[dict[str, Any]] = [
        {
            "name": table.name,
            "path": table.path,
            "profile": "tabular-data-resource",
            "title": table.title,
            "description": f"Each row: {table.row}.",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "dialect": {"delimiter": ",", "lineTerminator": "\r\n", "quoteChar": '"', "header": True},
            "schema": table_schema(table),
        }
        for table in TABLES
    ]
    resources.append(
        {
            "name": "record",
            "path": RECORD_FILE,
            "profile": "data-resource",
            "title": "The whole record",
            "description": f"Every page's front matter in one JSON document; its JSON Schema is {RECORD_SCHEMA_FILE}.",
            "format": "json",
            "mediatype": "application/json",
            "encoding": "utf-8",
        }
    )
    descriptor: dict[str, Any] = {
        "profile": "data-package",
        "name": PACKAGE_NAME,
        "title": "C2C 2010: the public record of the U.S.–Russia Civil Society Summit",
        "description": (
            "The working groups, their co-chairs, participants, priorities and follow-ups, the Innovation "
            "Marketplace exhibitors, the common themes and the sources of the 2010 U.S.–Russia Civil Society "
            "to Civil Society (C2C) Summit, as recorded on the site. Every fact cites its sources; links marked "
            "`editorial` are the editors' inference, not a source's statement."
        ),
        "resources": resources,
    }
    if site_url:
        descriptor["homepage"] = site_url
    return descriptor


def _json_bytes(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def data_files(
    index: SiteIndex, site_url: str | None, page_schemas: Mapping[str, bytes] | None = None
) -> dict[str, bytes]:
    """Every file of `data/`: path (relative to the site) -> bytes. Same index, same bytes.

    `page_schemas` (file name -> bytes) are the committed `schema/*.schema.json`, which a test keeps equal to
    what `reference` generates; without them they are generated here (about 60 ms per build).
    """
    files = {f"{DATA_DIR}/{table.path}": table_csv(table, index) for table in TABLES}
    files[f"{DATA_DIR}/{RECORD_FILE}"] = record_json(index)
    files[f"{DATA_DIR}/{RECORD_SCHEMA_FILE}"] = _json_bytes(record_schema())
    files[f"{DATA_DIR}/{PACKAGE_FILE}"] = _json_bytes(datapackage(site_url))
    for page in PAGE_TYPES:
        name = f"{page.key}.schema.json"
        given = page_schemas.get(name) if page_schemas is not None else None
        files[f"{DATA_DIR}/schema/{name}"] = given if given is not None else schema_text(page).encode("utf-8")
    return files
