"""The Markdown primitives every renderer uses: escaping, links relative to the page, dates, tables, citations.

Text from front matter always goes through `esc`, so it cannot break a table or inject markup; links point
at the target's `.md` source relative to the current page (`Here.link`), so MkDocs rewrites and checks them.
"""

from __future__ import annotations

import datetime
import functools
import posixpath
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import babel.dates

from ..index import Entry, SiteIndex
from ..labels import labels
from ..layout import (
    SOURCES_PAGE,
)
from ..model import Ref
from ..overlay import Foreign, Stale

_SPECIAL = re.compile(r"[\\`*_{}\[\]()#+\-!|<>&~^=:\"$%]")


_REFERENCES = str.maketrans({char: f"&#{ord(char)};" for char in '\\`*_{}[]()#+-!|<>&~^=:"$%'})
"""Each character `_SPECIAL` matches, as its numeric character reference."""


_LIST_NUMBER = re.compile(r"^(\d+)\.")


FOREIGN_CLASS = "c2c-foreign"
"""English text shown in another edition, its translation missing (`overlay.Foreign`)."""
STALE_CLASS = "c2c-stale"
"""A translation made from an older English text (`overlay.Stale`)."""


def esc(text: str) -> str:
    """Text as inline Markdown that shows literally: one line, no markup, table-safe.

    In another edition, English text whose translation is missing is set apart in `lang="en"` (screen readers
    switch voice), and an out-of-date translation is marked; `finish.finish_page` explains both marks once.
    """
    if isinstance(text, Foreign):
        return f'<span lang="en" class="{FOREIGN_CLASS}">{_escape(str(text))}</span>'
    if isinstance(text, Stale):
        return f'<span class="{STALE_CLASS}">{_escape(str(text))}</span>'
    return _escape(text)


@functools.lru_cache(maxsize=65536)  # a pure function; most texts recur (group page, report, tables): 90% hits at 100x
def _escape(text: str) -> str:
    flat = " ".join(text.split())
    if _SPECIAL.search(flat):
        flat = flat.translate(_REFERENCES)
    return _LIST_NUMBER.sub(r"\1&#46;", flat) if flat[:1].isdecimal() else flat


@functools.lru_cache(maxsize=8192)
def _relative(target: str, start: str) -> str:
    """`posixpath.relpath`, remembered: it makes both paths absolute against the working directory each call."""
    return posixpath.relpath(target, start)


def format_date(value: str, locale: str) -> str:
    """A record date (`2010`, `2010-10`, `2010-10-15`, or `start/end`) in the reader's language."""
    if "/" in value:
        start, end = value.split("/", 1)
        return f"{format_date(start, locale)} – {format_date(end, locale)}"
    parts = [int(part) for part in value.split("-")]
    if len(parts) == 1:
        return value
    day = datetime.date(parts[0], parts[1], parts[2] if len(parts) == 3 else 1)
    if len(parts) == 2:
        return babel.dates.format_skeleton("yMMMM", day, locale=locale)
    return babel.dates.format_date(day, "long", locale=locale)


def attr(text: str) -> str:
    """Text safe inside a double-quoted HTML attribute within Markdown (entities decode in attributes)."""
    return _escape(str(text))


def tooltip_text(text: str) -> str:
    """Text for a `title` attribute, whose value Material's tooltips show as HTML: `<` and `>` stay text there."""
    return text.replace("<", "&lt;").replace(">", "&gt;")


@dataclass(frozen=True)
class Here:
    """The page being rendered."""

    page: str
    """Its path relative to docs/ (e.g. `groups/public-health.md`)."""
    locale: str = "en"
    repo_url: str = ""
    """`repo_url` from mkdocs.yml: the issue forms' links start with it (none when empty)."""
    edit_uri: str = ""
    """`edit_uri` from mkdocs.yml (e.g. `edit/main/docs/`): the help box's edit link (none when empty)."""
    source: str = ""
    """The file that holds the page's text, when it is not `page` (`about.ru.md` for the Russian `about.md`)."""

    def entry_link(self, entry: Entry[Any], anchor: str | None = None) -> str:
        """`[name](relative link)` to a group's or an exhibitor's page (or a row on it)."""
        return f"[{esc(entry.model.name)}]({self.link(entry.path, anchor)})"

    def link(self, target: str, anchor: str | None = None) -> str:
        """A relative link from this page to `target` (a path relative to docs/)."""
        path = "" if target == self.page else _relative(target, self._folder)
        return f"{path}#{anchor}" if anchor else path

    @functools.cached_property
    def _folder(self) -> str:
        return posixpath.dirname(self.page) or "."

    @functools.cached_property
    def t(self) -> dict[str, str]:
        """The labels in this page's language (looked up once per page: renderers ask for them per row)."""
        return labels(self.locale)


@dataclass
class Citations:
    """Sources cited on one page, numbered in order of first citation."""

    index: SiteIndex
    here: Here
    order: list[str] = field(default_factory=list)
    deferred: bool = False
    """On the site's own pages: leave a token per citation; `reader.finish_page` numbers them for the whole page."""

    def cite(self, ids: Iterable[str]) -> str:
        """Numbered links to this page's list of sources, e.g. `[1] [3]`."""
        if self.deferred:
            return " ".join(cite_token(source_id) for source_id in ids)
        marks = []
        for source_id in ids:
            if source_id not in self.order:
                self.order.append(source_id)
            number = self.order.index(source_id) + 1
            title = attr(tooltip_text(self.index.sources[source_id].title))
            marks.append(f'<a class="c2c-cite" href="#cite-{source_id}" title="{title}">[{number}]</a>')
        return " ".join(marks)

    def register(self, ids: Iterable[str]) -> None:
        """Add sources the page draws on without citing them at one place."""
        self.order.extend(source_id for source_id in ids if source_id not in self.order)

    def section(self) -> str:
        """The page's `Sources` section: every cited source with its address."""
        t = self.here.t
        if not self.order:
            return ""
        items = []
        for number, source_id in enumerate(self.order, start=1):
            source = self.index.sources[source_id]
            url = attr(source.url)
            items.append(
                f'{number}. <span id="cite-{source_id}"></span>{esc(source.title)}, {esc(source.publisher)}: '
                f'<a href="{url}" class="c2c-url">{esc(source.url)}</a> '
                f"([{t['see_sources']}]({self.here.link(SOURCES_PAGE, source_id)}))"
            )
        from .headings import heading  # that module builds on this one

        return heading(self.here, "##", "sources") + "\n" + "\n".join(items) + "\n"


def cite_token(source_id: str) -> str:
    """A citation left for `reader.finish_page`, which numbers every citation of a page in order."""
    return f"\u27e6cite:{source_id}\u27e7"


def table(headers: Sequence[str], rows: Iterable[Sequence[str]], optional: Sequence[int] = ()) -> str:
    """A Markdown table; cells must already be escaped. Columns in `optional` are left out when empty in every row."""
    rows = list(rows)
    drop = {column for column in optional if not any(row[column] for row in rows)}
    if drop:
        headers = [cell for column, cell in enumerate(headers) if column not in drop]
        rows = [[cell for column, cell in enumerate(row) if column not in drop] for row in rows]
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cell or "&nbsp;" for cell in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def flag_uncertain(here: Here, uncertain: bool, note: str | None) -> str:
    """A visible caveat for an uncertain item, or its plain note."""
    if uncertain:
        return f'<span class="c2c-uncertain">{here.t["uncertain"]}:</span> {esc(note or "")}'
    return f'<span class="c2c-note">{esc(note)}</span>' if note else ""


def relation(here: Here, cites: Citations, ref: Ref) -> str:
    """How a link is known: `editorial link` (no source states it) or its sources."""
    if ref.relation == "editorial":
        badge = f'<span class="c2c-editorial">{here.t["editorial"]}</span>'
        return f"{badge} {esc(ref.note)}" if ref.note else badge
    note = f" {esc(ref.note)}" if ref.note else ""
    return f'<span class="c2c-sourced">{here.t["sourced"]}</span> {cites.cite(ref.sources)}{note}'


def country(here: Here, value: str | None) -> str:
    return here.t[f"country_{value}"] if value else here.t["not_recorded"]


def _join(*parts: str) -> str:
    return " ".join(part for part in parts if part)


def free_title(index: SiteIndex, path: str) -> str:
    page = index.free_pages.get(path)
    return page.title if page and page.title else path.removesuffix(".md")
