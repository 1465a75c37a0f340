"""Which pages a change of content touches: `mkdocs serve --dirty` rebuilds those and no others.

MkDocs' dirty build rebuilds only the pages whose own file changed, so the tables that another page draws from a
changed group page (the priorities, the themes, the status, the exhibitors it links) would go stale. The index
knows every relation: after an edit, the pages to rebuild are the changed pages, the pages they link to or that
link to them (before and after the edit), and the site's own pages that call a macro showing the record. An edit
of a group's or exhibitor's prose alone (its record the same, in every edition, and no citation moved) touches
only its page and the pages that show the prose (the full report, the translation status). A change that reaches
every page (the navigation, the sources, the glossary) rebuilds everything.

`settled` then takes back the site's own pages whose text did not change and whose every macro shows the same
before and after the edit, in each edition (a count that stayed the same, a timeline the edit did not reach).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from . import templates
from .index import SiteIndex
from .layout import DEFAULT_LOCALE, localized, split_locale
from .loader import PAGE_MODELS
from .model import Exhibitor, WorkingGroup
from .render import MACROS, Here

PROSE_ONLY = frozenset({"cite", "glossary", "data_fields", "data_files_table"})
"""Macros that show nothing of the groups and exhibitors (a citation's source or a glossary term changes every
page anyway): a page calling only these does not depend on them."""
SHOWS_BODIES = frozenset({"full_report", "translation_status"})
"""Macros that show the prose of the group and exhibitor pages (the report prints it, the status says whether
its translation is current)."""


def _nav_titles(index: SiteIndex) -> list[tuple[str, str]]:
    """What every page's navigation shows: the groups', exhibitors' and pages' titles, in both editions."""
    titles = []
    for edition in (index, *index.editions.values()):
        titles += [(entry.path, str(entry.model.name)) for entry in edition.generated_pages.values()]
        titles += [(path, str(page.title)) for path, page in sorted(edition.free_pages.items())]
    return titles


def _linked(index: SiteIndex, path: str) -> Iterator[str]:
    """The pages whose tables show a link to or from the group or exhibitor at `path`."""
    entry = index.generated_pages.get(path)
    if entry is None:
        return
    if isinstance(entry.model, WorkingGroup):
        yield from (index.exhibitor(ref.source_id).path for ref in index.group_exhibitors.get(entry.id, []))
        for priority in entry.model.priorities:  # a ref the index linked has its exhibitor's backrefs
            refs = [ref for ref in priority.exhibitors if ref.id in index.exhibitor_priorities]
            yield from (index.exhibitor(ref.id).path for ref in refs)
    elif isinstance(entry.model, Exhibitor):
        yield from (index.group(ref.id).path for ref in entry.model.groups if ref.id in index.group_exhibitors)
        for backref in index.exhibitor_priorities.get(entry.id, []):
            yield index.priorities[backref.source_id].group.path


def _record_pages(index: SiteIndex, bodies_only: bool = False) -> set[str]:
    """The site's own pages that call a macro showing the record, or with `bodies_only` the pages' prose (English
    paths)."""
    return {
        split_locale(path)[0]
        for path, fm in index.templated.items()
        if any(name in SHOWS_BODIES if bodies_only else name not in PROSE_ONLY for name, _ in templates.calls(fm.body))
    }


def _prose_only(previous: SiteIndex, current: SiteIndex, paths: set[str]) -> bool:
    """Whether the edit of `paths` (English files) changed nothing but the prose of group and exhibitor pages: the
    same record in every edition and the same citations."""
    if previous.editions.keys() != current.editions.keys():
        return False
    editions = zip((previous, *previous.editions.values()), (current, *current.editions.values()), strict=True)
    for before, after in editions:
        if before.source_pages != after.source_pages:
            return False
        for path in paths:
            old, new = before.generated_pages.get(path), after.generated_pages.get(path)
            if old is None or new is None or old.model != new.model:
                return False
    return True


def dependents(previous: SiteIndex | None, current: SiteIndex) -> frozenset[str] | None:
    """The pages (English paths) to rebuild after the content went from `previous` to `current`; None: every page."""
    if previous is None or set(previous.texts) != set(current.texts):
        return None  # the first build, or a page added or removed
    changed = {path for path, text in current.texts.items() if previous.texts.get(path) != text}
    if not changed:
        return frozenset()
    if _nav_titles(previous) != _nav_titles(current):
        return None
    pages = {split_locale(path)[0] for path in changed}
    if pages == changed and _prose_only(previous, current, pages):  # English files only: a translation's marks
        return frozenset(pages | _record_pages(current, bodies_only=True))  # are not compared by `==`
    touched = set(pages)
    for path in pages:
        if path in PAGE_MODELS or (path not in current.generated_pages and path not in current.free_pages):
            return None  # the sources, themes, glossary, timeline, updates or the marketplace's count: everywhere
        touched |= set(_linked(previous, path)) | set(_linked(current, path))
    return frozenset(touched | _record_pages(current))


def _shown(index: SiteIndex, here: Here, body: str) -> list[str] | None:
    """What each macro on a page with text `body` shows, in order (None: a call that cannot be replayed)."""
    calls = templates.plain_calls(body)
    if calls is None:
        return None
    shown = []
    for name, args in calls:
        function = MACROS.get(name)
        if function is None:
            return None
        try:
            shown.append(str(function(index.edition(here.locale), here, *args)))
        except Exception:  # the build will say what is wrong; here it only means "rebuild the page"
            return None
    return shown


def _files(index: SiteIndex, path: str) -> list[tuple[str, str]]:
    """The files that show the page at `path` in each edition, with the language each is rendered in."""
    files = [(path, DEFAULT_LOCALE)]
    for locale in index.editions:
        translated = localized(path, locale)
        if translated in index.texts:
            files.append((translated, locale))
    return files


def settled(
    previous: SiteIndex, current: SiteIndex, touched: frozenset[str], here: Callable[[str, str, str], Here]
) -> frozenset[str]:
    """The site's own pages in `touched` whose text is the same and whose every macro shows the same before and
    after the edit, in every edition (`here(path, locale, file)` makes the page being rendered)."""
    same = set()
    for path in touched:
        if path in current.generated_pages:
            continue
        files = _files(current, path)
        if any(file not in current.templated or previous.texts.get(file) != current.texts[file] for file, _ in files):
            continue
        for file, locale in files:
            body = current.templated[file].body
            page = here(path, locale, file)
            before = _shown(previous, page, body)
            if before is None or before != _shown(current, page, body):
                break
        else:
            same.add(path)
    return frozenset(same)
