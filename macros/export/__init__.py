"""The record as data: CSV tables, one JSON document, a Data Package descriptor and the JSON Schemas.

`data_files(index, site_url)` returns `{path: bytes}` (paths under `data/`); it is pure and deterministic:
the same index gives the same bytes (no timestamps, fixed order). Each table is declared once in `TABLES`:
its columns (name, Table Schema type, description, value), primary and foreign keys. The CSV files, the
descriptor (`datapackage.json`) and the field tables on the Data page are all made from those declarations,
and descriptions come from the models' attribute docstrings, so the documentation cannot drift from the data.

Text columns hold the English text. A Russian edition adds columns named `<column>_ru` next to each text
column (or a file per language); `Column.text` marks the columns that would get one.
"""

from __future__ import annotations

from .files import data_files, datapackage, record_json, record_schema, table_csv, table_schema
from .tables import (
    DATA_DIR,
    PACKAGE_FILE,
    PACKAGE_NAME,
    RECORD_FILE,
    RECORD_SCHEMA_FILE,
    TABLES,
    Column,
    ForeignKey,
    Table,
)

__all__ = [
    "DATA_DIR",
    "PACKAGE_FILE",
    "PACKAGE_NAME",
    "RECORD_FILE",
    "RECORD_SCHEMA_FILE",
    "TABLES",
    "Column",
    "ForeignKey",
    "Table",
    "data_files",
    "datapackage",
    "record_json",
    "record_schema",
    "table_csv",
    "table_schema",
]
