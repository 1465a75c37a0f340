"""The index of all pages: every front matter read and validated once per build."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from . import frontmatter, templates
from .layout import DEFAULT_LOCALE, LOCALES, SOURCES_PAGE, localized, split_locale
from .loader import Loaded, collector_paused, read_pages
from .model import (
    Exhibitor,
    GlossaryPage,
    MarketplaceIndex,
    Milestone,
    Priority,
    Ref,
    SitePage,
    Source,
    SourceList,
    Term,
    Theme,
    ThemeList,
    TimelinePage,
    Translation,
    UpdateList,
    WorkingGroup,
)
from .overlay import BodyState, Coverage, Foreign, field_states, merge, translation_hash, unknown_fields
from .overlay import texts as overlay_texts
from .problems import WHOLE_PAGE, Problem, unknown_id_message

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
    """Everything the renderers need, built once per build by `build_index` (through `site.load_site`)."""

    groups: list[Entry[WorkingGroup]] = field(default_factory=list)
    exhibitors: list[Entry[Exhibitor]] = field(default_factory=list)
    sources: dict[str, Source] = field(default_factory=dict)
    themes: dict[str, Theme] = field(default_factory=dict)
    marketplace: MarketplaceIndex | None = None
    updates: UpdateList | None = None
    """The changelog (`docs/updates.md`), for the Updates page and the Atom feed."""
    free_pages: dict[str, SitePage] = field(default_factory=dict)
    glossary: list[Term] = field(default_factory=list)
    """The terms of `docs/glossary.md`, explained on every page where they appear."""
    milestones: list[Milestone] = field(default_factory=list)
    """The steps of the C2C process from `docs/timeline.md`."""
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
    texts: dict[str, str] = field(default_factory=dict)
    """path -> the whole text of every page that was read, exactly as the build is handed it."""
    templated: dict[str, frontmatter.FrontMatter] = field(default_factory=dict)
    """Pages with `render_macros: true`, whose template syntax `templates.check` vets."""
    declared_priorities: set[str] = field(default_factory=set)
    """Every priority id written in a group page, valid or not (so one bad page does not cascade)."""
    pages: dict[str, BaseModel] = field(default_factory=dict)
    """Every valid page's model by path, translations (`about.ru.md`) included."""
    locale: str = DEFAULT_LOCALE
    """This edition's language."""
    editions: dict[str, SiteIndex] = field(default_factory=dict)
    """The other editions (`ru`): the same pages and links, with their translated fields."""
    coverage: list[Coverage] = field(default_factory=list)
    """In another edition: how far each page is translated."""

    def edition(self, locale: str) -> SiteIndex:
        """The edition in `locale` (this one for English, or for a language the site does not have)."""
        return self.editions.get(locale, self)

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
    def generated_pages(self) -> Mapping[str, Entry[WorkingGroup] | Entry[Exhibitor]]:
        """Every page generated from its front matter (groups and exhibitors), by path."""
        pages: dict[str, Entry[WorkingGroup] | Entry[Exhibitor]] = {entry.path: entry for entry in self.groups}
        pages.update({entry.path: entry for entry in self.exhibitors})
        return pages


@collector_paused()
def build_index(docs_dir: Path, docs_rel: str = "docs") -> tuple[SiteIndex, list[Problem]]:
    """Read and validate every page under `docs_dir` once: the index (with its other editions), and every problem."""
    check = Loaded(docs_rel)
    models = read_pages(docs_dir, check)
    english = {path: model for path, model in models.items() if split_locale(path)[1] == DEFAULT_LOCALE}
    index = _assemble(english, check)
    for locale in LOCALES:
        overlays = {
            split_locale(path)[0]: model
            for path, model in models.items()
            if isinstance(model, Translation) and split_locale(path)[1] == locale
        }
        _check_overlays(check, english, overlays, locale)
        index.editions[locale] = _edition(index, english, overlays, check, locale)
    index.declared_priorities = check.declared_priorities
    index.pages = dict(models)
    index.bodies = [(path, fm.body, fm.body_offset) for path, fm in check.lines.items()]
    index.texts = {path: fm.text for path, fm in check.lines.items()}
    index.templated = {
        path: check.lines[path] for path, model in models.items() if getattr(model, "render_macros", False)
    }
    _link_template_citations(index)
    for edition in index.editions.values():
        edition.texts, edition.templated, edition.bodies = index.texts, index.templated, index.bodies
        _link_template_citations(edition)
    return index, check.problems


def _assemble(models: Mapping[str, BaseModel], check: Loaded, order: Mapping[str, int] | None = None) -> SiteIndex:
    """An index of one edition from its validated (or merged) models: placed, sorted and linked."""
    index = SiteIndex()
    for path, model in models.items():
        _place(index, check, path, model)
    index.groups.sort(key=lambda entry: (entry.model.order, entry.model.name))
    if order is None:
        index.exhibitors.sort(key=lambda entry: entry.model.name.casefold())
    else:  # another edition keeps the English order
        index.exhibitors.sort(key=lambda entry: order[entry.path])
    _link(index, check, models)
    return index


def _check_overlays(
    check: Loaded, english: Mapping[str, BaseModel], overlays: Mapping[str, Translation], locale: str
) -> None:
    """Each translation stands beside its English page and translates only what that page has."""
    for path, overlay in overlays.items():
        shown = localized(path, locale)
        model = english.get(path)
        if model is None:
            if path not in check.paths:
                message = f"there is no English page {check.docs_rel}/{path} (expected a translation beside its page)"
                check.add(shown, None, message)
            continue
        known = [name for name, _ in overlay_texts(model)]
        for name in unknown_fields(model, overlay.fields):
            check.add(shown, ("fields", name), unknown_id_message("translatable field", name, known))
        _check_overlay_page(check, path, shown, overlay, generated=isinstance(model, WorkingGroup | Exhibitor))


def _check_overlay_page(check: Loaded, path: str, shown: str, overlay: Translation, *, generated: bool) -> None:
    """A generated page's translation holds fields only; a written page's translation holds its text."""
    if generated:
        for key in sorted({"title", "description", "render_macros"} & overlay.model_fields_set):
            expected = "the translation of `name` or `summary` under `fields`"
            check.add(shown, (key,), f"is not used on a generated page (expected {expected})")
    elif check.lines[path].body.strip() and not check.lines[shown].body.strip():
        check.add(shown, (), f"the page has no text (expected the Russian text of {check.docs_rel}/{path})")


def _foreign_body(entry: Entry[M], foreign: set[str]) -> Entry[M]:
    """The entry with its body marked as English when the edition has no translation of it."""
    return replace(entry, body=Foreign(entry.body)) if entry.path in foreign and entry.body.strip() else entry


def coverage(
    models: Mapping[str, BaseModel], overlays: Mapping[str, Translation], check: Loaded, locale: str
) -> list[Coverage]:
    """How far each English page is translated: its fields, and its own text (none on a page without any)."""
    result = []
    for path, model in sorted(models.items()):
        overlay = overlays.get(path)
        states = field_states(model, overlay.fields if overlay else {})
        english_body = check.lines[path].body if path in check.lines else ""
        translated = check.lines.get(localized(path, locale))
        body: BodyState
        if not english_body.strip():
            body = "none"
        elif overlay is None or translated is None or not translated.body.strip() or overlay.translates is None:
            body = "missing"
        else:
            body = "translated" if overlay.translates == translation_hash(english_body) else "stale"
        counts = Counter(states.values())
        stale = tuple(field for field, state in states.items() if state == "stale")
        result.append(Coverage(path, counts["translated"], counts["missing"], counts["stale"], body, stale))
    return result


def _edition(
    english: SiteIndex,
    models: Mapping[str, BaseModel],
    overlays: Mapping[str, Translation],
    check: Loaded,
    locale: str,
) -> SiteIndex:
    """Another edition of the site: every page's data with its translated fields, the rest as in English."""
    merged: dict[str, BaseModel] = {}
    for path, model in models.items():
        overlay = overlays.get(path)
        fields = overlay.fields if overlay else {}
        page = merge(model, fields)
        if overlay is not None and isinstance(page, SitePage):
            page = page.model_copy(
                update={"title": overlay.title or page.title, "description": overlay.description or page.description}
            )
        merged[path] = page
    quiet = Loaded(check.docs_rel)  # the English check has reported every problem already
    quiet.paths = check.paths
    foreign_bodies = set()
    for path in models:
        translated = check.lines.get(localized(path, locale))
        if path in overlays and translated is not None and translated.body.strip():
            quiet.lines[path] = translated
        elif path in check.lines:
            quiet.lines[path] = check.lines[path]
            foreign_bodies.add(path)
    order = {entry.path: number for number, entry in enumerate(english.exhibitors)}
    edition = _assemble(merged, quiet, order)
    edition.locale = locale
    edition.coverage = coverage(models, overlays, check, locale)
    edition.groups = [_foreign_body(entry, foreign_bodies) for entry in edition.groups]
    edition.exhibitors = [_foreign_body(entry, foreign_bodies) for entry in edition.exhibitors]
    return edition


def _place(index: SiteIndex, check: Loaded, path: str, model: BaseModel) -> None:
    """Put one validated page where the renderers look for it."""
    if isinstance(model, WorkingGroup | Exhibitor):
        entries: list[Any] = index.groups if isinstance(model, WorkingGroup) else index.exhibitors
        entries.append(Entry(path.rpartition("/")[2].removesuffix(".md"), path, model, check.lines[path].body))
    elif isinstance(model, SourceList):
        _collect(check, path, ("sources",), [source.id for source in model.sources], "source id")
        index.sources = {source.id: source for source in model.sources}
    elif isinstance(model, ThemeList):
        _collect(check, path, ("themes",), [theme.id for theme in model.themes], "theme id")
        index.themes = {theme.id: theme for theme in model.themes}
    elif isinstance(model, MarketplaceIndex):
        index.marketplace = model
    elif isinstance(model, UpdateList):
        _check_updates(check, path, model)
        index.updates = model
    elif isinstance(model, SitePage):
        index.free_pages[path] = model
        if isinstance(model, GlossaryPage):
            index.glossary = model.terms
        elif isinstance(model, TimelinePage):
            index.milestones = model.milestones


def _check_updates(check: Loaded, path: str, model: UpdateList) -> None:
    """Each changelog entry has its own id and names pages that exist."""
    _collect(check, path, ("updates",), [update.id for update in model.updates], "update id")
    for number, update in enumerate(model.updates):
        for page_number, page in enumerate(update.pages):
            if page not in check.paths:
                loc = ("updates", number, "pages", page_number)
                check.add(path, loc, unknown_id_message("page", page, check.paths))


def _collect(check: Loaded, path: str, loc: tuple[str | int, ...], ids: Iterable[str], kind: str) -> None:
    seen: dict[str, int] = {}
    for number, item in enumerate(ids):
        if item in seen:
            check.add(
                path,
                (*loc, number, "id"),
                f"duplicate {kind} '{item}' (already used at {'.'.join(map(str, loc))}.{seen[item]}; "
                "expected each id once)",
            )
        seen[item] = number


def _link(index: SiteIndex, check: Loaded, models: Mapping[str, BaseModel]) -> None:
    """Resolve every reference, record backlinks, and report unknown or duplicate ids: one relation at a time."""
    _link_sources(index, check, models)
    _link_priorities(index, check)
    _link_exhibitors(index, check)


def _require_sources(check: Loaded, models: Mapping[str, BaseModel]) -> None:
    """docs/sources.md exists (when it exists but is broken, that is reported already)."""
    shown = f"{check.docs_rel}/{SOURCES_PAGE}"
    if SOURCES_PAGE not in models and not any(p.path.startswith(shown) for p in check.problems):
        message = "the list of sources is missing (expected docs/sources.md with a 'sources' list)"
        check.problems.append(Problem(shown, None, WHOLE_PAGE, message))


def _link_sources(index: SiteIndex, check: Loaded, models: Mapping[str, BaseModel]) -> None:
    """Every `sources` list in every page names a source of docs/sources.md; remember which pages cite which."""
    _require_sources(check, models)
    cited: set[tuple[str, str]] = set()  # a set: the lists grow with the site

    def cite(path: str, loc: tuple[str | int, ...], ids: Iterable[str]) -> None:
        for number, source_id in enumerate(ids):
            if source_id in index.sources:
                if (source_id, path) not in cited:
                    cited.add((source_id, path))
                    index.source_pages[source_id].append(path)
            elif index.sources:
                check.add(path, (*loc, number), unknown_id_message("source id", source_id, index.sources))

    for path, model in models.items():
        if isinstance(model, MarketplaceIndex):
            cite(path, ("reported_count_sources",), model.reported_count_sources)
        elif not isinstance(model, SourceList):
            for loc, ids in _source_lists(model, ()):
                cite(path, loc, ids)


def _source_lists(value: object, loc: tuple[str | int, ...]) -> Iterator[tuple[tuple[str | int, ...], list[str]]]:
    """Every `sources` list anywhere in a model, with where it stands."""
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            child = getattr(value, name)
            if name == "sources" and isinstance(child, list) and all(isinstance(item, str) for item in child):
                yield (*loc, name), child
            else:
                yield from _source_lists(child, (*loc, name))
    elif isinstance(value, list):
        for number, item in enumerate(value):
            yield from _source_lists(item, (*loc, number))


def _link_template_citations(index: SiteIndex) -> None:
    """The sources a templated page cites with `cite(...)` in this edition: its translation's text where there is
    one, else the English page's (unknown ids are the body check's to report)."""
    pages = {split_locale(shown)[0] for shown in index.texts}
    for path in sorted(pages):
        translated = localized(path, index.locale)
        fm = index.templated.get(translated if translated in index.texts else path)
        if fm is None:
            continue
        for name, ids in templates.calls(fm.body):
            for source_id in ids if name == "cite" else ():
                if source_id in index.sources and path not in index.source_pages[source_id]:
                    index.source_pages[source_id].append(path)


def _link_priorities(index: SiteIndex, check: Loaded) -> None:
    """Priority ids are unique across the site; a priority's themes and exhibitors exist, and link back."""
    exhibitor_ids = check.ids_of(Exhibitor)
    first_seen: dict[str, str] = {}
    for group in index.groups:
        for number, priority in enumerate(group.model.priorities):
            loc: tuple[str | int, ...] = ("priorities", number)
            if priority.id in first_seen:
                check.add(
                    group.path,
                    (*loc, "id"),
                    f"duplicate priority id '{priority.id}' (already used in {check.docs_rel}/"
                    f"{first_seen[priority.id]}; expected an id unique across the site)",
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


def _link_exhibitors(index: SiteIndex, check: Loaded) -> None:
    """An exhibitor's working groups exist, and link back."""
    group_ids = check.ids_of(WorkingGroup)
    for exhibitor in index.exhibitors:
        for number, ref in enumerate(exhibitor.model.groups):
            if ref.id in group_ids:
                index.group_exhibitors[ref.id].append(Backref(exhibitor.id, ref))
            else:
                check.add(
                    exhibitor.path, ("groups", number, "id"), unknown_id_message("working group", ref.id, group_ids)
                )
