"""The record as data (macros/export.py, macros/hooks.py): the files in the built site's data/ folder.

Every CSV parses, has the declared columns, unique ids and resolving keys; record.json validates against
its schema; datapackage.json follows the Data Package and Table Schema specifications (checked here, rule
by rule, with the specs' own words); two builds give the same bytes; pages link to their rows.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]  # no stubs: types-jsonschema is not a dependency
import pytest
from bs4 import BeautifulSoup

from macros import export
from macros.index import Entry, SiteIndex
from macros.site import load_site

from ..support import MINI_DOCS, ROOT, attr, build_site, by_id, one

DATA = "data"
TABLE_TYPES = {
    "string", "number", "integer", "boolean", "object", "array", "date", "time", "datetime", "year",
    "yearmonth", "duration", "geopoint", "geojson", "any",
}  # fmt: skip
"""Table Schema v1: the types a field may have."""
NAME = re.compile(r"^([-a-z0-9._/])+$")
"""Data Package v1: a package's or resource's name is lower-case alphanumerics with `.`, `_`, `-` or `/`."""


@pytest.fixture(scope="module")
def package(site: Path) -> dict[str, Any]:
    descriptor: dict[str, Any] = json.loads((site / DATA / export.PACKAGE_FILE).read_text(encoding="utf-8"))
    return descriptor


def read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), f"{path.name}: no byte-order mark"
    text = raw.decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header = rows[0]
    assert all(len(row) == len(header) for row in rows), f"{path.name}: every row has {len(header)} cells"
    return [dict(zip(header, row, strict=True)) for row in rows[1:]]


def tables(site: Path, package: dict[str, Any]) -> dict[str, list[dict[str, str]]]:
    return {
        resource["name"]: read_csv(site / DATA / resource["path"])
        for resource in package["resources"]
        if resource.get("profile") == "tabular-data-resource"
    }


def test_every_table_is_in_the_build_and_the_package(site: Path, package: dict[str, Any]) -> None:
    names = [resource["name"] for resource in package["resources"]]
    for name in ("groups", "priorities", "exhibitors", "follow-ups", "themes", "sources", "people"):
        assert name in names
        assert (site / DATA / f"{name}.csv").is_file()
    assert (site / DATA / export.RECORD_FILE).is_file()
    assert (site / "feed.xml").is_file()
    for schema in (ROOT / "schema").glob("*.schema.json"):
        assert (site / DATA / "schema" / schema.name).read_bytes() == schema.read_bytes(), schema.name


def test_every_csv_has_its_declared_columns_and_unique_ids_first(site: Path, package: dict[str, Any]) -> None:
    for resource in package["resources"]:
        if resource.get("profile") != "tabular-data-resource":
            continue
        text = (site / DATA / resource["path"]).read_text(encoding="utf-8")
        header = next(csv.reader(io.StringIO(text)))
        fields = resource["schema"]["fields"]
        assert header == [field["name"] for field in fields], resource["name"]
        rows = read_csv(site / DATA / resource["path"])
        key = resource["schema"]["primaryKey"]
        assert header[: len(key)] == key, f"{resource['name']}: the key comes first"
        values = [tuple(row[name] for name in key) for row in rows]
        assert all(all(value) for value in values), resource["name"]
        assert len(set(values)) == len(values), f"{resource['name']}: duplicate key"


def test_every_value_has_its_declared_type(site: Path, package: dict[str, Any]) -> None:
    for resource in package["resources"]:
        if resource.get("profile") != "tabular-data-resource":
            continue
        for row in read_csv(site / DATA / resource["path"]):
            for field in resource["schema"]["fields"]:
                value = row[field["name"]]
                if value == "":
                    assert not field.get("constraints", {}).get("required"), (resource["name"], field["name"])
                elif field["type"] == "integer":
                    assert re.fullmatch(r"-?\d+", value), value
                elif field["type"] == "boolean":
                    assert value in ("true", "false"), value
                elif field["type"] == "array":
                    assert isinstance(json.loads(value), list), value


def test_every_foreign_key_and_id_list_resolves(site: Path, package: dict[str, Any]) -> None:
    data = tables(site, package)
    ids = {name: {row["id"] for row in rows if "id" in row} for name, rows in data.items()}
    checked = 0
    for resource in package["resources"]:
        for key in resource.get("schema", {}).get("foreignKeys", []):
            target = key["reference"]["resource"]
            targets = {row[key["reference"]["fields"]] for row in data[target]}
            for row in data[resource["name"]]:
                assert row[key["fields"]] in targets, (resource["name"], key["fields"], row[key["fields"]])
                checked += 1
    for table in export.TABLES:
        for column in table.columns:
            if column.ids_of is None:
                continue
            for row in data[table.name]:
                for value in row[column.name].split():
                    assert value in ids[column.ids_of], (table.name, column.name, value)
                    checked += 1
    assert checked > 50


def test_the_tables_hold_the_whole_record(site: Path, package: dict[str, Any], index: SiteIndex) -> None:
    data = tables(site, package)
    assert [row["id"] for row in data["groups"]] == [entry.id for entry in index.groups]
    assert [row["id"] for row in data["exhibitors"]] == [entry.id for entry in index.exhibitors]
    assert [row["id"] for row in data["priorities"]] == list(index.priorities)
    assert [row["id"] for row in data["sources"]] == list(index.sources)
    assert len(data["follow-ups"]) == sum(len(entry.model.follow_ups) for entry in index.groups)
    assert len(data["exhibitor-groups"]) == sum(len(entry.model.groups) for entry in index.exhibitors)
    relations = {(row["exhibitor_id"], row["group_id"]): row["relation"] for row in data["exhibitor-groups"]}
    for entry in index.exhibitors:
        for ref in entry.model.groups:
            assert relations[(entry.id, ref.id)] == ref.relation
    by_id = {row["id"]: row for row in data["priorities"]}
    for priority_id, priority in index.priorities.items():
        assert by_id[priority_id]["text"] == priority.priority.text
        assert by_id[priority_id]["group_id"] == priority.group.id


def test_record_json_validates_against_its_schema(site: Path, index: SiteIndex) -> None:
    record = json.loads((site / DATA / export.RECORD_FILE).read_text(encoding="utf-8"))
    schema = json.loads((site / DATA / export.RECORD_SCHEMA_FILE).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(record)
    assert [group["id"] for group in record["groups"]] == [entry.id for entry in index.groups]
    assert next(iter(record["groups"][0])) == "id"
    broken = {**record, "groups": [{**record["groups"][0], "order": "first"}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema).validate(broken)


def test_the_descriptor_is_a_valid_data_package(site: Path, package: dict[str, Any]) -> None:
    """Data Package v1, Data Resource, Tabular Data Resource and Table Schema rules (specs.frictionlessdata.io)."""
    assert NAME.match(package["name"])
    assert package["profile"] in ("data-package", "tabular-data-package")
    assert isinstance(package["resources"], list)
    assert package["resources"], "resources: a non-empty array"
    names = [resource["name"] for resource in package["resources"]]
    assert len(set(names)) == len(names), "resource names are unique"
    for resource in package["resources"]:
        assert NAME.match(resource["name"]), resource["name"]
        path = resource["path"]
        assert isinstance(path, str)
        assert not path.startswith("/"), path
        assert ".." not in path.split("/"), path
        assert (site / DATA / path).is_file(), path
        assert resource.get("encoding", "utf-8") == "utf-8"
        if resource.get("profile") != "tabular-data-resource":
            continue
        schema = resource["schema"]
        fields = [field["name"] for field in schema["fields"]]
        assert len(set(fields)) == len(fields)
        for field in schema["fields"]:
            assert field["type"] in TABLE_TYPES, field
            assert isinstance(field.get("description"), str)
            assert field["description"], field["name"]
            assert set(field.get("constraints", {})) <= {"required", "unique", "pattern", "enum"}
        key = schema["primaryKey"]
        assert set([key] if isinstance(key, str) else key) <= set(fields)
        for foreign in schema.get("foreignKeys", []):
            assert foreign["fields"] in fields
            target = next(r for r in package["resources"] if r["name"] == foreign["reference"]["resource"])
            assert foreign["reference"]["fields"] in [field["name"] for field in target["schema"]["fields"]]
        dialect = resource["dialect"]
        assert dialect["delimiter"] == ","
        assert dialect["header"] is True


def test_the_descriptor_describes_every_model_field_it_exports(package: dict[str, Any]) -> None:
    groups = next(r for r in package["resources"] if r["name"] == "groups")
    order = next(f for f in groups["schema"]["fields"] if f["name"] == "order")
    assert order["type"] == "integer"
    assert order["description"].startswith("Position in lists of groups")  # the model's docstring


def test_data_files_are_deterministic(index: SiteIndex) -> None:
    first = export.data_files(index, "https://example.org/c2c/")
    again = export.data_files(load_site(ROOT / "docs"), "https://example.org/c2c/")
    assert first == again
    assert not any(re.search(rb"20[2-9]\d-\d\d-\d\dT", content) for content in first.values()), "no timestamps"


@pytest.mark.slow
def test_two_builds_write_byte_identical_data(site: Path, tmp_path: Path) -> None:
    again = build_site(tmp_path / "again")
    files = sorted(p.relative_to(site) for p in (site / DATA).rglob("*") if p.is_file() and p.suffix != ".html")
    assert len(files) >= 15
    for path in [*files, Path("feed.xml")]:
        assert (again / path).read_bytes() == (site / path).read_bytes(), path


def test_text_with_markup_and_separators_round_trips(tmp_path: Path) -> None:
    """The mini site's payloads (|, <script>, quotes, newlines) come back unchanged from the CSV."""
    mini = load_site(MINI_DOCS)
    files = export.data_files(mini, None)
    rows = list(csv.DictReader(io.StringIO(files["data/priorities.csv"].decode("utf-8"), newline="")))
    assert [row["title"] for row in rows] == [entry.priority.title for entry in mini.priorities.values()]
    assert "homepage" not in json.loads(files["data/datapackage.json"])


def test_data_page_documents_every_file_and_column(site: Path) -> None:
    page = BeautifulSoup((site / "data" / "index.html").read_text(encoding="utf-8"), "lxml")
    links = {a["href"] for a in page.select("article a[href]")}
    for table in export.TABLES:
        assert table.path in links, table.path
        section = by_id(page, table.name)
        following = section.find_next("table")
        assert following is not None, table.name
        documented = [one(row, "td").get_text() for row in following.select("tbody tr")]
        assert documented == [column.name for column in table.columns]
    assert {export.RECORD_FILE, export.RECORD_SCHEMA_FILE, export.PACKAGE_FILE} <= links
    assert "Text by the site's contributors; facts from the sources cited on each page." in page.get_text()


def test_each_group_and_exhibitor_page_links_to_its_rows(site: Path, package: dict[str, Any], index: SiteIndex) -> None:
    data = tables(site, package)
    pages: list[tuple[Entry[Any], str]] = [
        *((g, "groups") for g in index.groups),
        *((e, "exhibitors") for e in index.exhibitors),
    ]
    for entry, table in pages:
        html = site / entry.path.removesuffix(".md") / "index.html"
        page = BeautifulSoup(html.read_text(encoding="utf-8"), "lxml")
        note = next(p for p in page.select("article p") if p.get_text().startswith("This page as data"))
        targets = {(html.parent / attr(a, "href")).resolve() for a in note.find_all("a")}
        assert (site / DATA / f"{table}.csv").resolve() in targets
        assert all(target.exists() for target in targets), entry.path
        assert entry.id in note.get_text()
        assert entry.id in {row["id"] for row in data[table]}
