"""Macros of the open-data pages (Data, Overview, Updates) and the data note at the end of generated pages.

Registered in `render.MACROS` by `DATA_MACROS`; pure functions of the index and the page, like the others.
"""

from __future__ import annotations

from collections.abc import Callable

from ..export import DATA_DIR, PACKAGE_FILE, RECORD_FILE, RECORD_SCHEMA_FILE, TABLES, Table
from ..feed import FEED_FILE, ordered
from ..index import SiteIndex
from ..layout import MARKETPLACE_PAGE
from ..reference import PAGE_TYPES
from .markdown import Here, esc, format_date, table
from .matrix import overview_compact, overview_matrix

MacroFunction = Callable[..., str]


DATA_PAGE = "data.md"


def _file_link(here: Here, path: str) -> str:
    # no code span: Material gives linked code too little contrast in tables (dark palette)
    return f"[{path}]({here.link(f'{DATA_DIR}/{path}')})"


def _keys(here: Here, data_table: Table) -> str:
    words = here.t
    parts = [f"{words['data_primary_key']}: `{', '.join(data_table.primary_key)}`"]
    parts += [f"`{key.column}` {words['data_refers_to']} `{key.table}.csv`" for key in data_table.foreign_keys]
    return "<br>".join(parts)


def data_files_table(index: SiteIndex, here: Here) -> str:
    """Every file of `data/`: a link to it, what one row is, its keys."""
    words = here.t
    rows = [(_file_link(here, t.path), esc(words["data_row"].format(row=t.row)), _keys(here, t)) for t in TABLES]
    rows += [
        (_file_link(here, RECORD_FILE), esc(words["data_record"]), ""),
        (_file_link(here, RECORD_SCHEMA_FILE), words["data_record_schema"].format(record=f"`{RECORD_FILE}`"), ""),
        (_file_link(here, PACKAGE_FILE), esc(words["data_package"]), ""),
    ]
    schemas = ", ".join(_file_link(here, f"schema/{page.key}.schema.json") for page in PAGE_TYPES)
    return (
        table([words["data_file"], words["data_holds"], words["data_keys"]], rows)
        + "\n"
        + words["data_page_schemas"].format(files=schemas)
        + "\n"
    )


def data_fields(index: SiteIndex, here: Here) -> str:
    """For each CSV file, a table of its columns: name, type, meaning (from the models' docstrings)."""
    words = here.t
    parts = []
    for data_table in TABLES:
        parts.append(f"### {data_table.path} {{#{data_table.name}}}\n")
        rows = []
        for column in data_table.columns:
            meaning = esc(column.description)
            if column.ids_of:
                meaning += f" ({words['data_ids_in']} `{column.ids_of}.csv`)"
            rows.append((f"`{column.name}`", column.type, meaning))
        parts.append(table([words["data_column"], words["data_type"], words["data_meaning"]], rows))
    return "\n".join(parts)


def updates_list(index: SiteIndex, here: Here) -> str:
    """The changelog, newest first: a section per entry with its date, summary and the pages it changed."""
    words = here.t
    parts = [words["data_feed"].format(feed=here.link(FEED_FILE)) + "\n"]
    for update in ordered(index.updates.updates if index.updates else []):
        pages = ", ".join(f"[{esc(_title(index, page))}]({here.link(page)})" for page in update.pages)
        parts.append(
            f"## {esc(update.title)} {{#{update.id}}}\n\n"
            f"*{esc(format_date(update.date, here.locale))}*\n\n{esc(update.summary)}\n\n"
            f"{words['data_changed']}: {pages}\n"
        )
    return "\n".join(parts)


def _title(index: SiteIndex, path: str) -> str:
    entry = index.generated_pages.get(path)
    if entry is not None:
        return entry.model.name
    page = index.free_pages.get(path)
    if page is not None and page.title:
        return page.title
    if path == MARKETPLACE_PAGE and index.marketplace is not None and index.marketplace.title:
        return index.marketplace.title
    return path.removesuffix(".md").rpartition("/")[2].replace("-", " ").capitalize()


def data_note(index: SiteIndex, here: Here, kind: str, item_id: str) -> str:
    """The line at the end of a group (`kind="group"`) or exhibitor page linking to its rows in the data."""
    words = here.t

    def file(name: str) -> str:
        return f"[{name}]({here.link(f'{DATA_DIR}/{name}')})"

    return (
        words[f"data_{kind}_note"].format(
            groups=file("groups.csv"),
            priorities=file("priorities.csv"),
            people=file("people.csv"),
            follow_ups=file("follow-ups.csv"),
            exhibitors=file("exhibitors.csv"),
            links=file("exhibitor-groups.csv"),
            record=file(RECORD_FILE),
            id=f"`{item_id}`",
        )
        + (words["data_see_data"].format(data=here.link(DATA_PAGE)) if DATA_PAGE in index.free_pages else "")
        + "\n"
    )


DATA_MACROS: dict[str, MacroFunction] = {
    "data_files_table": data_files_table,
    "data_fields": data_fields,
    "overview_matrix": overview_matrix,
    "overview_compact": overview_compact,
    "updates_list": updates_list,
}
"""The open-data macros: name -> function(index, here)."""
