"""The index of all pages: every front matter read and validated once per build."""

from __future__ import annotations

import gc
import re
import types
import typing
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from . import frontmatter
from .model import (
    ID_PATTERN,
    Exhibitor,
    FreePage,
    MarketplaceIndex,
    Priority,
    Ref,
    Source,
    SourceList,
    Theme,
    ThemeList,
    UpdateList,
    WorkingGroup,
)
from .problems import ContentError, Problem, unknown_id_message

GROUPS_DIR = "groups"
MARKETPLACE_DIR = "marketplace"
SOURCES_PAGE = "sources.md"
THEMES_PAGE = "themes.md"
MARKETPLACE_PAGE = f"{MARKETPLACE_DIR}/index.md"
GROUPS_PAGE = f"{GROUPS_DIR}/index.md"
UPDATES_PAGE = "updates.md"

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Entry(Generic[M]):
    """A validated page: its id (the file stem), its path in docs/, its model and its body."""

    id: str
    path: str
    """Path relative to docs/, with forward slashes (e.g. `groups/public-health.md`)."""
    model: M
    body: str


@dataclass(frozen=True)
class PriorityEntry:
    """A priority together with the group that drafted it."""

    group: Entry[WorkingGroup]
    priority: Priority


@dataclass(frozen=True)
class Backref:
    """A link seen from its target: who links here, and how."""

    source_id: str
    ref: Ref


@dataclass
class SiteIndex:
    """Everything the renderers need, built once per build by `load_index`."""

    groups: list[Entry[WorkingGroup]] = field(default_factory=list)
    exhibitors: list[Entry[Exhibitor]] = field(default_factory=list)
    sources: dict[str, Source] = field(default_factory=dict)
    themes: dict[str, Theme] = field(default_factory=dict)
    marketplace: MarketplaceIndex | None = None
    updates: UpdateList | None = None
    """The changelog (`docs/updates.md`), for the Updates page and the Atom feed."""
    free_pages: dict[str, FreePage] = field(default_factory=dict)
    priorities: dict[str, PriorityEntry] = field(default_factory=dict)
    exhibitor_priorities: dict[str, list[Backref]] = field(default_factory=lambda: defaultdict(list))
    """exhibitor id -> priorities that link to it."""
    group_exhibitors: dict[str, list[Backref]] = field(default_factory=lambda: defaultdict(list))
    """group id -> exhibitors that link to it."""
    theme_priorities: dict[str, list[Backref]] = field(default_factory=lambda: defaultdict(list))
    """theme id -> priorities tagged with it."""
    source_pages: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    """source id -> paths of the pages that cite it."""
    bodies: list[tuple[str, str, int]] = field(default_factory=list)
    """(path, body, lines before the body) of every page, for the markup check."""
    templated: dict[str, frontmatter.FrontMatter] = field(default_factory=dict)
    """Pages with `render_macros: true`, whose template syntax `templates.check` vets."""
    declared_priorities: set[str] = field(default_factory=set)
    """Every priority id written in a group page, valid or not (so one bad page does not cascade)."""

    def group(self, group_id: str) -> Entry[WorkingGroup]:
        return self._groups_by_id[group_id]

    def exhibitor(self, exhibitor_id: str) -> Entry[Exhibitor]:
        return self._exhibitors_by_id[exhibitor_id]

    @cached_property
    def _groups_by_id(self) -> dict[str, Entry[WorkingGroup]]:
        """Built at the first lookup, once the index is complete (a scan per lookup made the build quadratic)."""
        return {entry.id: entry for entry in self.groups}

    @cached_property
    def _exhibitors_by_id(self) -> dict[str, Entry[Exhibitor]]:
        return {entry.id: entry for entry in self.exhibitors}

    @cached_property
    def page_models(self) -> Mapping[str, WorkingGroup | Exhibitor]:
        """Every generated page's model by path."""
        pages: dict[str, WorkingGroup | Exhibitor] = {entry.path: entry.model for entry in self.groups}
        pages.update({entry.path: entry.model for entry in self.exhibitors})
        return pages


def _model_for(path: str) -> type[BaseModel]:
    folder, _, name = path.rpartition("/")
    if path == SOURCES_PAGE:
        return SourceList
    if path == THEMES_PAGE:
        return ThemeList
    if path == MARKETPLACE_PAGE:
        return MarketplaceIndex
    if path == UPDATES_PAGE:
        return UpdateList
    if folder == GROUPS_DIR and name != "index.md":
        return WorkingGroup
    if folder == MARKETPLACE_DIR and name != "index.md":
        return Exhibitor
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


_EXPECTED = {
    ID_PATTERN: "a kebab-case id: lowercase letters and digits joined by hyphens, e.g. 'public-health'",
}


def _message(model: type[BaseModel], error: Mapping[str, Any]) -> str:
    kind, value = error["type"], error.get("input")
    loc: tuple[str | int, ...] = tuple(error["loc"])
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        holder = _field_model(model, loc)
        known = sorted(holder.model_fields) if holder else []
        return unknown_id_message("field", str(loc[-1]), known)
    if kind == "string_pattern_mismatch":
        pattern = error.get("ctx", {}).get("pattern", "")
        expected = _EXPECTED.get(pattern, "YYYY, YYYY-MM or YYYY-MM-DD, or a range 'start/end'")
        return f"{value!r} has the wrong format (expected {expected})"
    if kind == "string_too_short":
        return "is empty (expected some text)"
    if kind in ("string_type", "int_type", "bool_type", "list_type", "dict_type", "model_type", "float_type"):
        expected = {
            "string_type": "text",
            "int_type": "a whole number",
            "bool_type": "true or false",
            "list_type": "a list ('- item' lines)",
            "dict_type": "a mapping ('key: value' lines)",
            "model_type": "a mapping ('key: value' lines)",
            "float_type": "a number",
        }[kind]
        return f"got {type(value).__name__} {value!r} (expected {expected})"
    if kind == "value_error":
        return str(error.get("ctx", {}).get("error", error["msg"]))
    return f"{error['msg']} (got {value!r})"


def _validate(
    model: type[M], data: dict[str, Any], path: str, fm: frontmatter.FrontMatter
) -> tuple[M | None, list[Problem]]:
    try:
        return model.model_validate(data), []
    except ValidationError as error:
        problems = []
        for item in error.errors():
            loc = tuple(item["loc"])
            name = ".".join(str(part) for part in loc) or "-"
            problems.append(Problem(path, fm.line_of(loc), name, _message(model, item)))
        return None, problems


class _Checker:
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
        return {path.rpartition("/")[2].removesuffix(".md") for path in self.paths if _model_for(path) is model}

    def add(self, path: str, loc: tuple[str | int, ...] | None, message: str) -> None:
        """Record a problem at `loc` in a page's front matter (None: the file as a whole)."""
        fm = self.lines.get(path)
        line = fm.line_of(loc) if fm and loc is not None else None
        name = ".".join(str(part) for part in loc or ()) or "-"
        self.problems.append(Problem(f"{self.docs_rel}/{path}", line, name, message))


def _read_pages(docs_dir: Path, check: _Checker) -> dict[str, BaseModel]:
    models: dict[str, BaseModel] = {}
    for file in sorted(docs_dir.rglob("*.md")):
        path = file.relative_to(docs_dir).as_posix()
        shown = f"{check.docs_rel}/{path}"
        check.paths.append(path)
        model_class = _model_for(path)
        try:
            fm = frontmatter.read(file)
        except (frontmatter.FrontMatterError, UnicodeDecodeError) as error:
            line = getattr(error, "line", None)
            check.problems.append(Problem(shown, line, "-", str(error)))
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
                    f"file name '{file.name}' is not a valid id (expected {_EXPECTED[ID_PATTERN]}, then '.md')",
                )
            if not fm.data:
                kind = "working-group" if model_class is WorkingGroup else "exhibitor"
                check.add(
                    path,
                    (),
                    f"pages in docs/{path.split('/')[0]}/ need {kind} front matter (expected fields: {', '.join(f for f, i in model_class.model_fields.items() if i.is_required())}; see the contributor guide)",
                )
                continue
        model, problems = _validate(model_class, fm.data, shown, fm)
        check.problems.extend(problems)
        if model is None:
            continue
        models[path] = model
    return models


@contextmanager
def _collector_paused() -> Iterator[None]:
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


@_collector_paused()
def build_index(docs_dir: Path, docs_rel: str = "docs") -> tuple[SiteIndex, list[Problem]]:
    """Read and validate every page under `docs_dir`: the index, and every problem found."""
    check = _Checker(docs_rel)
    models = _read_pages(docs_dir, check)
    index = SiteIndex()
    for path, model in models.items():
        stem = path.rpartition("/")[2].removesuffix(".md")
        if isinstance(model, WorkingGroup):
            index.groups.append(Entry(stem, path, model, check.lines[path].body))
        elif isinstance(model, Exhibitor):
            index.exhibitors.append(Entry(stem, path, model, check.lines[path].body))
        elif isinstance(model, SourceList):
            _collect(check, path, ("sources",), [source.id for source in model.sources], "source id")
            index.sources = {source.id: source for source in model.sources}
        elif isinstance(model, ThemeList):
            _collect(check, path, ("themes",), [theme.id for theme in model.themes], "theme id")
            index.themes = {theme.id: theme for theme in model.themes}
        elif isinstance(model, MarketplaceIndex):
            index.marketplace = model
        elif isinstance(model, UpdateList):
            _collect(check, path, ("updates",), [update.id for update in model.updates], "update id")
            for number, update in enumerate(model.updates):
                for page_number, page in enumerate(update.pages):
                    if page not in check.paths:
                        check.add(
                            path,
                            ("updates", number, "pages", page_number),
                            unknown_id_message("page", page, check.paths),
                        )
            index.updates = model
        elif isinstance(model, FreePage):
            index.free_pages[path] = model
    index.groups.sort(key=lambda entry: (entry.model.order, entry.model.name))
    index.exhibitors.sort(key=lambda entry: entry.model.name.casefold())
    _link(index, check, models)
    index.declared_priorities = check.declared_priorities
    index.bodies = [(path, fm.body, fm.body_offset) for path, fm in check.lines.items()]
    index.templated = {
        path: check.lines[path] for path, model in models.items() if getattr(model, "render_macros", False)
    }
    return index, check.problems


def load_index(docs_dir: Path, docs_rel: str = "docs") -> SiteIndex:
    """Read and validate every page under `docs_dir`; raise ContentError listing every problem."""
    index, problems = build_index(docs_dir, docs_rel)
    if problems:
        raise ContentError(problems)
    return index


def _collect(check: _Checker, path: str, loc: tuple[str | int, ...], ids: Iterable[str], kind: str) -> None:
    seen: dict[str, int] = {}
    for number, item in enumerate(ids):
        if item in seen:
            check.add(
                path,
                (*loc, number, "id"),
                f"duplicate {kind} '{item}' (already used at {'.'.join(map(str, loc))}.{seen[item]}; expected each id once)",
            )
        seen[item] = number


def _link(index: SiteIndex, check: _Checker, models: Mapping[str, BaseModel]) -> None:
    """Resolve every reference, record backlinks, and report unknown or duplicate ids."""
    group_ids = check.ids_of(WorkingGroup)
    exhibitor_ids = check.ids_of(Exhibitor)
    if SOURCES_PAGE not in models and not any(
        p.path.startswith(f"{check.docs_rel}/{SOURCES_PAGE}") for p in check.problems
    ):
        check.problems.append(
            Problem(
                f"{check.docs_rel}/{SOURCES_PAGE}",
                None,
                "-",
                "the list of sources is missing (expected docs/sources.md with a 'sources' list)",
            )
        )

    cited: set[tuple[str, str]] = set()

    def cite(path: str, loc: tuple[str | int, ...], ids: Iterable[str]) -> None:
        for number, source_id in enumerate(ids):
            if source_id in index.sources:
                if (source_id, path) not in cited:  # a set: the lists grow with the site
                    cited.add((source_id, path))
                    index.source_pages[source_id].append(path)
            elif index.sources:
                check.add(path, (*loc, number), unknown_id_message("source id", source_id, index.sources))

    def walk(path: str, loc: tuple[str | int, ...], value: object) -> None:
        """Check every `sources` list anywhere in a page's model."""
        if isinstance(value, BaseModel):
            for name in type(value).model_fields:
                child = getattr(value, name)
                if name == "sources" and isinstance(child, list) and all(isinstance(item, str) for item in child):
                    cite(path, (*loc, name), child)
                else:
                    walk(path, (*loc, name), child)
        elif isinstance(value, list):
            for number, item in enumerate(value):
                walk(path, (*loc, number), item)

    for path, model in models.items():
        if isinstance(model, MarketplaceIndex):
            cite(path, ("reported_count_sources",), model.reported_count_sources)
        elif not isinstance(model, SourceList):
            walk(path, (), model)

    first_seen: dict[str, str] = {}
    for group in index.groups:
        for number, priority in enumerate(group.model.priorities):
            loc: tuple[str | int, ...] = ("priorities", number)
            if priority.id in first_seen:
                check.add(
                    group.path,
                    (*loc, "id"),
                    f"duplicate priority id '{priority.id}' (already used in {check.docs_rel}/{first_seen[priority.id]}; expected an id unique across the site)",
                )
                continue
            first_seen[priority.id] = group.path
            index.priorities[priority.id] = PriorityEntry(group, priority)
            for kind, refs, known, backrefs in (
                ("theme", priority.themes, index.themes, index.theme_priorities),
                ("exhibitor", priority.exhibitors, exhibitor_ids, index.exhibitor_priorities),
            ):
                for ref_number, ref in enumerate(refs):
                    if ref.id in known:
                        backrefs[ref.id].append(Backref(priority.id, ref))
                    elif not (kind == "theme" and not index.themes):
                        check.add(
                            group.path, (*loc, f"{kind}s", ref_number, "id"), unknown_id_message(kind, ref.id, known)
                        )
    for exhibitor in index.exhibitors:
        for number, ref in enumerate(exhibitor.model.groups):
            if ref.id in group_ids:
                index.group_exhibitors[ref.id].append(Backref(exhibitor.id, ref))
            else:
                check.add(
                    exhibitor.path, ("groups", number, "id"), unknown_id_message("working group", ref.id, group_ids)
                )
