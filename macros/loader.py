"""Reading the pages: find every page under docs/, read it once, validate it with the model its path calls for.

Validation errors become `Problem`s in the site's own words (`file:line: field: message (expected ...)`).
The index (`index.py`) is built from what this gives; nothing here links pages to one another.
"""

from __future__ import annotations

import gc
import re
import types
import typing
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from . import frontmatter
from .layout import (
    DEFAULT_LOCALE,
    GLOSSARY_PAGE,
    GROUPS_DIR,
    MARKETPLACE_DIR,
    MARKETPLACE_PAGE,
    SECTION_INDEX,
    SOURCES_PAGE,
    THEMES_PAGE,
    TIMELINE_PAGE,
    UPDATES_PAGE,
    split_locale,
)
from .model import (
    ID_PATTERN,
    Exhibitor,
    FreePage,
    GlossaryPage,
    MarketplaceIndex,
    SourceList,
    ThemeList,
    TimelinePage,
    Translation,
    UpdateList,
    WorkingGroup,
)
from .problems import WHOLE_PAGE, Problem, unknown_id_message

M = TypeVar("M", bound=BaseModel)


PAGE_MODELS: dict[str, type[BaseModel]] = {
    SOURCES_PAGE: SourceList,
    THEMES_PAGE: ThemeList,
    MARKETPLACE_PAGE: MarketplaceIndex,
    GLOSSARY_PAGE: GlossaryPage,
    TIMELINE_PAGE: TimelinePage,
    UPDATES_PAGE: UpdateList,
}
"""The site's own pages that hold structured data, and the model of each."""
FOLDER_MODELS: dict[str, type[BaseModel]] = {GROUPS_DIR: WorkingGroup, MARKETPLACE_DIR: Exhibitor}
"""The folders whose every page (but the section's own `index.md`) is one entry."""


def model_for(path: str) -> type[BaseModel]:
    """The model of the page at `path` (relative to docs/): any other page is a `FreePage`.

    `page.ru.md` is the Russian edition of `page.md`, whatever the English page is: a `Translation`.
    """
    if split_locale(path)[1] != DEFAULT_LOCALE:
        return Translation
    if path in PAGE_MODELS:
        return PAGE_MODELS[path]
    folder, _, name = path.rpartition("/")
    if folder in FOLDER_MODELS and name != SECTION_INDEX:
        return FOLDER_MODELS[folder]
    return FreePage


def _field_model(model: type[BaseModel], loc: tuple[str | int, ...]) -> type[BaseModel] | None:
    """The model class that holds the last key of `loc` (for listing the fields it accepts)."""
    current: Any = model
    for key in loc[:-1]:
        if isinstance(key, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)) or key not in current.model_fields:
            return None
        current = current.model_fields[key].annotation
        while typing.get_origin(current) in (list, typing.Union, types.UnionType):
            current = next(arg for arg in typing.get_args(current) if arg is not type(None))
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _kind_words(annotation: Any) -> str:
    """What a field holds, in a few words, for the message about a missing field."""
    origin = typing.get_origin(annotation)
    if origin is list:
        return "a list ('- item' lines, or [a, b])"
    if annotation is int:
        return "a whole number"
    if annotation is str:
        return "text"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return "a mapping ('key: value' lines)"
    if origin is typing.Literal:
        return "one of: " + ", ".join(repr(value) for value in typing.get_args(annotation))
    return "a value"


EXPECTED = {
    ID_PATTERN: "a kebab-case id: lowercase letters and digits joined by hyphens, e.g. 'public-health'",
}


TYPE_WORDS = {
    "string_type": "text",
    "int_type": "a whole number",
    "bool_type": "true or false",
    "list_type": "a list ('- item' lines)",
    "dict_type": "a mapping ('key: value' lines)",
    "model_type": "a mapping ('key: value' lines)",
    "float_type": "a number",
}
"""pydantic's error types for a value of the wrong type, and what was expected, in the site's words."""
BOUNDS = {"ge": "≥", "gt": ">", "le": "≤", "lt": "<"}


def _message(model: type[BaseModel], error: Mapping[str, Any]) -> str:
    """One pydantic error in the site's words: what is wrong, then `(expected ...)`."""
    kind, value = error["type"], error.get("input")
    ctx: Mapping[str, Any] = error.get("ctx", {})
    loc: tuple[str | int, ...] = tuple(error["loc"])
    if kind in TYPE_WORDS:
        return f"got {type(value).__name__} {value!r} (expected {TYPE_WORDS[kind]})"
    if kind in ("missing", "extra_forbidden"):
        return _field_message(model, kind, loc)
    if kind.startswith(("string_", "too_", "greater_", "less_", "literal_")):
        return _value_message(kind, value, ctx)
    if kind == "value_error":
        return str(ctx.get("error", error["msg"]))
    return f"{error['msg']} (got {value!r})"


def _field_message(model: type[BaseModel], kind: str, loc: tuple[str | int, ...]) -> str:
    """A field that is missing, or not one the model knows."""
    holder = _field_model(model, loc)
    if kind == "extra_forbidden":
        return unknown_id_message("field", str(loc[-1]), sorted(holder.model_fields) if holder else [])
    info = holder.model_fields.get(str(loc[-1])) if holder else None
    if info and any(getattr(item, "pattern", None) == ID_PATTERN for item in info.metadata):
        return f"required field is missing (expected {EXPECTED[ID_PATTERN]})"
    return f"required field is missing (expected {_kind_words(info.annotation if info else None)})"


def _value_message(kind: str, value: Any, ctx: Mapping[str, Any]) -> str:
    """A value of the right type that breaks a rule: its format, its length, its bounds, its allowed values."""
    if kind == "string_pattern_mismatch":
        expected = EXPECTED.get(ctx.get("pattern", ""), "YYYY, YYYY-MM or YYYY-MM-DD, or a range 'start/end'")
        return f"{value!r} has the wrong format (expected {expected})"
    if kind == "string_too_short":
        return "is empty (expected some text)"
    if kind == "string_too_long":
        return f"is {len(str(value))} characters long (expected at most {ctx.get('max_length')})"
    if kind == "too_short":
        minimum = ctx.get("min_length", 1)
        expected = f"at least {minimum} item{'s' if minimum != 1 else ''}"
        count = len(value) if isinstance(value, list) else 0
        return f"is empty (expected {expected})" if not count else f"has {count} (expected {expected})"
    if kind == "literal_error":
        return f"{value!r} is not allowed (expected one of: {ctx.get('expected', '').replace(' or ', ', ')})"
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        limits = " and ".join(f"{BOUNDS[key]} {ctx[key]}" for key in BOUNDS if key in ctx)
        return f"got {value!r} (expected a number {limits})"
    return f"{kind} (got {value!r})"


def _validate(
    model: type[M], data: dict[str, Any], path: str, fm: frontmatter.FrontMatter
) -> tuple[M | None, list[Problem]]:
    try:
        return model.model_validate(data), []
    except ValidationError as error:
        problems = []
        for item in error.errors():
            loc = tuple(item["loc"])
            name = ".".join(str(part) for part in loc) or WHOLE_PAGE
            problems.append(Problem(path, fm.line_of(loc), name, _message(model, item)))
        return None, problems


class Loaded:
    """Collects problems while the index is built."""

    def __init__(self, docs_rel: str) -> None:
        self.docs_rel = docs_rel
        self.problems: list[Problem] = []
        self.lines: dict[str, frontmatter.FrontMatter] = {}
        self.declared_priorities: set[str] = set()
        self.paths: list[str] = []
        """Every page found, valid or not (so one bad page does not make links to it look unknown)."""

    def ids_of(self, model: type[BaseModel]) -> set[str]:
        """The ids (file stems) of every page of one kind, valid or not."""
        return {path.rpartition("/")[2].removesuffix(".md") for path in self.paths if model_for(path) is model}

    def add(self, path: str, loc: tuple[str | int, ...] | None, message: str) -> None:
        """Record a problem at `loc` in a page's front matter (None: the file as a whole)."""
        fm = self.lines.get(path)
        line = fm.line_of(loc) if fm and loc is not None else None
        name = "file" if loc is None else ".".join(str(part) for part in loc) or WHOLE_PAGE
        self.problems.append(Problem(f"{self.docs_rel}/{path}", line, name, message))


# Over 40 lines: one pass over the files, each step reporting its own problem before the next.
def read_pages(docs_dir: Path, check: Loaded) -> dict[str, BaseModel]:
    models: dict[str, BaseModel] = {}
    for file in sorted(docs_dir.rglob("*.md")):
        if file.is_symlink() or not file.is_file():  # reported by files.check_project, never read
            continue
        path = file.relative_to(docs_dir).as_posix()
        shown = f"{check.docs_rel}/{path}"
        check.paths.append(path)
        model_class = model_for(path)
        try:
            fm = frontmatter.read(file)
        except frontmatter.FrontMatterError as error:
            check.problems.append(Problem(shown, error.line, error.field or WHOLE_PAGE, str(error)))
            continue
        check.lines[path] = fm
        if model_class is WorkingGroup and isinstance(fm.data.get("priorities"), list):
            check.declared_priorities.update(
                str(item["id"]) for item in fm.data["priorities"] if isinstance(item, dict) and "id" in item
            )
        if model_class in (WorkingGroup, Exhibitor):
            stem = file.stem
            if not re.match(ID_PATTERN, stem):
                check.add(
                    path,
                    None,
                    f"file name '{file.name}' is not a valid id (expected {EXPECTED[ID_PATTERN]}, then '.md')",
                )
            if not fm.data:
                kind = "working-group" if model_class is WorkingGroup else "exhibitor"
                check.add(
                    path,
                    (),
                    f"pages in docs/{path.split('/')[0]}/ need {kind} front matter (expected fields: "
                    f"{', '.join(f for f, i in model_class.model_fields.items() if i.is_required())}; "
                    "see the contributor guide)",
                )
                continue
        model, problems = _validate(model_class, fm.data, shown, fm)
        check.problems.extend(problems)
        if model is None:
            continue
        models[path] = model
    return models


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while the index is built, then restore it.

    Reading every page allocates millions of objects that nearly all survive, and each collection
    walks them again: about a third of the index's time at 100x content. Anything left unreachable
    is collected once the collector runs again.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def validate_page(path: str, text: str, docs_rel: str = "docs") -> list[Problem]:
    """The problems `python -m macros check` reports for one page's own front matter (path relative to docs/).

    Links to other pages and sources are not resolved here; the whole-site check does that.
    """
    shown = f"{docs_rel}/{path}"
    try:
        fm = frontmatter.parse(text)
    except frontmatter.FrontMatterError as error:
        return [Problem(shown, error.line, error.field or WHOLE_PAGE, str(error))]
    return _validate(model_for(path), fm.data, shown, fm)[1]
