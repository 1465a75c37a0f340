"""Which pages a change of content touches: `mkdocs serve --dirty` rebuilds those and no others.

MkDocs' dirty build rebuilds only the pages whose own file changed, so the tables that another page draws from a
changed group page (the priorities, the themes, the status, the exhibitors it links) would go stale. The index
knows every relation: after an edit, the pages to rebuild are the changed pages, the pages they link to or that
link to them (before and after the edit), and the site's own pages that call a macro showing the record. A change
that reaches every page (the navigation, the sources, the glossary) rebuilds everything.
"""

from __future__ import annotations

from collections.abc import Iterator

from . import templates
from .index import SiteIndex
from .layout import split_locale
from .loader import PAGE_MODELS
from .model import Exhibitor, WorkingGroup

PROSE_ONLY = frozenset({"cite"})
"""Macros that show nothing of the groups and exhibitors: a page calling only these does not depend on them."""


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


def _record_pages(index: SiteIndex) -> set[str]:
    """The site's own pages that call a macro showing the record (English paths)."""
    return {
        split_locale(path)[0]
        for path, fm in index.templated.items()
        if any(name not in PROSE_ONLY for name, _ in templates.calls(fm.body))
    }


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
    touched = set(pages)
    for path in pages:
        if path in PAGE_MODELS or (path not in current.generated_pages and path not in current.free_pages):
            return None  # the sources, themes, glossary, timeline, updates or the marketplace's count: everywhere
        touched |= set(_linked(previous, path)) | set(_linked(current, path))
    return frozenset(touched | _record_pages(current))
