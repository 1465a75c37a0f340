"""Pure rendering: Markdown from the index, for the current page.

Every function takes the index and `Here` (the page being rendered, and its
locale) and returns Markdown. Links point at the target's `.md` source relative
to the current page, so MkDocs rewrites and checks them. Text from front matter
always goes through `esc`, so it cannot break a table or inject markup.
"""

from __future__ import annotations

import datetime
import functools
import posixpath
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

import babel.dates

from .index import GROUPS_PAGE, MARKETPLACE_PAGE, SOURCES_PAGE, THEMES_PAGE, Backref, Entry, SiteIndex
from .labels import labels
from .model import Exhibitor, FollowUp, Person, Priority, Ref, WorkingGroup

CONTRIBUTE_PAGE = "contribute.md"
PRIORITIES_PAGE = "priorities.md"

_SPECIAL = re.compile(r"[\\`*_{}\[\]()#+\-!|<>&~^=:\"$%]")
_REFERENCES = str.maketrans({char: f"&#{ord(char)};" for char in '\\`*_{}[]()#+-!|<>&~^=:"$%'})
"""Each character `_SPECIAL` matches, as its numeric character reference."""
_LIST_NUMBER = re.compile(r"^(\d+)\.")


@functools.lru_cache(maxsize=65536)  # a pure function; most texts recur (group page, report, tables): 90% hits at 100x
def esc(text: str) -> str:
    """Text as inline Markdown that shows literally: one line, no markup, table-safe."""
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
    return esc(text)


@dataclass(frozen=True)
class Here:
    """The page being rendered."""

    page: str
    """Its path relative to docs/ (e.g. `groups/public-health.md`)."""
    locale: str = "en"

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

    def cite(self, ids: Iterable[str]) -> str:
        """Numbered links to this page's list of sources, e.g. `[1] [3]`."""
        marks = []
        for source_id in ids:
            if source_id not in self.order:
                self.order.append(source_id)
            number = self.order.index(source_id) + 1
            title = attr(self.index.sources[source_id].title)
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
        return f"## {t['sources']}\n\n" + "\n".join(items) + "\n"


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


def people_table(here: Here, cites: Citations, people: Sequence[Person]) -> str:
    """Co-chairs or participants: name, organization, post, country, caveats and sources."""
    t = here.t
    rows = [
        (
            esc(person.name) if person.name else f"*{t['not_recorded']}*",
            esc(person.organization) if person.organization else f"*{t['not_recorded']}*",
            _join(esc(person.title or ""), esc(person.role or "")),
            country(here, person.country),
            _join(flag_uncertain(here, person.uncertain, person.note), cites.cite(person.sources)),
        )
        for person in people
    ]
    return table([t["name"], t["organization"], t["post"], t["country"], t["sources"]], rows)


def priority_anchor(priority: Priority) -> str:
    """The cell that carries the priority's anchor: its row is the link target."""
    return f'<span id="{priority.id}" class="c2c-anchor"></span>**{esc(priority.title)}**'


def _theme_links(here: Here, cites: Citations, refs: Sequence[Ref], index: SiteIndex) -> str:
    return "<br>".join(
        f"[{esc(index.themes[ref.id].title)}]({here.link(THEMES_PAGE, ref.id)}) {relation(here, cites, ref)}"
        for ref in refs
    )


def _exhibitor_links(here: Here, cites: Citations, refs: Sequence[Ref], index: SiteIndex) -> str:
    return "<br>".join(
        f"[{esc(index.exhibitor(ref.id).model.name)}]({here.link(index.exhibitor(ref.id).path)}) {relation(here, cites, ref)}"
        for ref in refs
    )


def priority_row_link(here: Here, group: Entry[WorkingGroup], priority: Priority) -> str:
    """A cell linking to the priority's row on its group's page, with the id shown (for print)."""
    return f'[**{esc(priority.title)}**]({here.link(group.path, priority.id)}) <br><span class="c2c-id">{priority.id}</span>'


def group_priority_table(
    index: SiteIndex, here: Here, cites: Citations, group: Entry[WorkingGroup], *, anchors: bool = True
) -> str:
    """A group's priorities, one row each: each row the target of its id, or (`anchors=False`) a link to it."""
    t = here.t
    rows = [
        (
            priority_anchor(priority) if anchors else priority_row_link(here, group, priority),
            _join(
                esc(priority.text),
                f"<br>*{esc(priority.origin)}*" if priority.origin else "",
                f"<br>{t['partners']}: {esc('; '.join(priority.partners))}" if priority.partners else "",
                f"<br>{flag_uncertain(here, priority.uncertain, priority.note)}" if priority.note else "",
                cites.cite(priority.sources),
            ),
            _theme_links(here, cites, priority.themes, index),
            _exhibitor_links(here, cites, priority.exhibitors, index),
        )
        for priority in group.model.priorities
    ]
    return table([t["priority"], t["what"], t["themes"], t["exhibitors"]], rows, optional=(2, 3))


def follow_up_table(here: Here, cites: Citations, items: Sequence[FollowUp]) -> str:
    t = here.t
    rows = [
        (
            esc(format_date(item.date, here.locale)) if item.date else f"*{t['not_recorded']}*",
            _join(
                esc(item.text),
                f'<br><span class="c2c-later">{t["later"]}</span>' if item.kind == "later" else "",
                f'<br><span class="c2c-editorial">{t["editorial"]}</span>' if item.relation == "editorial" else "",
                f"<br>{flag_uncertain(here, item.uncertain, item.note)}" if item.note else "",
                cites.cite(item.sources),
            ),
        )
        for item in items
    ]
    return table([t["date"], t["what"]], rows)


def group_record(
    index: SiteIndex, here: Here, cites: Citations, group: Entry[WorkingGroup], heading: str, anchors: bool = True
) -> str:
    """A group's co-chairs, participants, priorities and follow-ups, each under a `heading` (e.g. `##`).

    `anchors=False` (the full report) links each priority to its row on the group page instead of owning its id.
    """
    t, model = here.t, group.model
    sections = (
        (
            "co_chairs",
            people_table(here, cites, model.co_chairs) if model.co_chairs else "",
            "no_co_chairs",
            model.co_chairs_note,
        ),
        (
            "participants",
            people_table(here, cites, model.participants) if model.participants else "",
            "no_participants",
            model.participants_note,
        ),
        (
            "priorities",
            group_priority_table(index, here, cites, group, anchors=anchors) if model.priorities else "",
            "no_priorities",
            model.priorities_note,
        ),
        (
            "follow_ups",
            follow_up_table(here, cites, model.follow_ups) if model.follow_ups else "",
            "no_follow_ups",
            None,
        ),
    )
    parts = []
    for title, content, missing, note in sections:
        parts += [f"{heading} {t[title]}\n", content or f"*{t[missing]}*\n"]
        if note:
            parts.append(esc(note) + "\n")
    return "\n".join(parts)


def group_page(index: SiteIndex, here: Here, group: Entry[WorkingGroup]) -> str:
    """The whole page of a working group, with the contributor's body after the summary."""
    t, model = here.t, group.model
    cites = Citations(index, here)
    parts = [f"# {esc(model.name)}\n", f"{esc(model.summary)}\n"]
    if group.body.strip():
        parts.append(group.body.strip() + "\n")
    facts = []
    if model.name_variants:
        facts.append(f"{t['also_known_as']}: {esc('; '.join(model.name_variants))}.")
    if model.report_page:
        facts.append(f"{t['report_page']}: {esc(model.report_page)}.")
    if facts:
        parts.append("\n\n".join(facts) + "\n")

    parts.append(group_record(index, here, cites, group, heading="##"))

    if model.background:
        parts.append(f"## {t['background']}\n")
        parts.append(
            "\n".join(
                f"- {esc(point.text)} {flag_uncertain(here, point.uncertain, point.note)} {cites.cite(point.sources)}"
                for point in model.background
            )
            + "\n"
        )

    parts.append(f"## {t['related_exhibitors']}\n")
    backrefs = index.group_exhibitors.get(group.id, [])
    if backrefs:
        rows = [
            (
                f"[{esc(index.exhibitor(b.source_id).model.name)}]({here.link(index.exhibitor(b.source_id).path)})",
                esc(index.exhibitor(b.source_id).model.tool or ""),
                relation(here, cites, b.ref),
            )
            for b in backrefs
        ]
        parts.append(table([t["exhibitor"], t["tool"], t["link"]], rows))
        if any(b.ref.relation == "editorial" for b in backrefs):
            parts.append(t["editorial_explained"] + "\n")
    else:
        parts.append(f"*{t['no_exhibitors']}*\n")

    parts.append(page_end(here, cites, model.sources))
    parts.append(_data_note(index, here, "group", group.id))
    return "\n".join(parts)


def _data_note(index: SiteIndex, here: Here, kind: str, item_id: str) -> str:
    from .opendata import data_note  # that module builds on this one

    return data_note(index, here, kind, item_id)


def page_end(here: Here, cites: Citations, sources: Iterable[str]) -> str:
    """The end of a group or exhibitor page: its numbered sources, then how to help complete the record."""
    cites.register(sources)
    invite = here.t["invite"].format(contribute=here.link(CONTRIBUTE_PAGE))
    return cites.section() + "\n" + f"## {here.t['help']}\n\n{invite}\n"


def linked_priorities(index: SiteIndex, here: Here, cites: Citations, backrefs: Sequence[Backref]) -> str:
    """The priorities that link to an item: each links to its row, with its group and how the link is known."""
    t = here.t
    rows = []
    for backref in backrefs:
        entry = index.priorities[backref.source_id]
        rows.append(
            (
                f"[{esc(entry.priority.title)}]({here.link(entry.group.path, entry.priority.id)})",
                f"[{esc(entry.group.model.name)}]({here.link(entry.group.path)})",
                relation(here, cites, backref.ref),
            )
        )
    return table([t["priority"], t["group"], t["link"]], rows)


def exhibitor_page(index: SiteIndex, here: Here, exhibitor: Entry[Exhibitor]) -> str:
    """The whole page of an exhibitor, with backlinks to the priorities that name it."""
    t, model = here.t, exhibitor.model
    cites = Citations(index, here)
    missing = f"*{t['not_recorded']}*"
    parts = [f"# {esc(model.name)}\n", f"{esc(model.summary)}\n"]
    if exhibitor.body.strip():
        parts.append(exhibitor.body.strip() + "\n")
    facts: list[tuple[str, ...]] = [
        (t["organization"], esc(model.organization) if model.organization else missing),
        (t["presenter"], _join(esc(model.presenter) if model.presenter else missing, esc(model.presenter_title or ""))),
        (t["tool"], esc(model.tool) if model.tool else missing),
        (t["website"], f'<a href="{attr(model.website)}">{esc(model.website)}</a>' if model.website else missing),
        (t["country"], _join(country(here, model.country), esc(model.country_note or ""))),
    ]
    if model.note:
        facts.append(("", flag_uncertain(here, model.uncertain, model.note)))
    parts.append(table([t["field"], t["value"]], facts))

    parts.append(f"## {t['related_groups']}\n")
    if model.groups:
        groups = [
            (
                f"[{esc(index.group(ref.id).model.name)}]({here.link(index.group(ref.id).path)})",
                relation(here, cites, ref),
            )
            for ref in model.groups
        ]
        parts.append(table([t["group"], t["link"]], groups))
        if any(ref.relation == "editorial" for ref in model.groups):
            parts.append(t["editorial_explained"] + "\n")
    else:
        parts.append(f"*{t['no_groups']}*\n")

    parts.append(f"## {t['related_priorities']}\n")
    backrefs = index.exhibitor_priorities.get(exhibitor.id, [])
    if backrefs:
        parts.append(linked_priorities(index, here, cites, backrefs))
    else:
        parts.append(f"*{t['no_priority_exhibitors']}*\n")

    parts.append(page_end(here, cites, model.sources))
    parts.append(_data_note(index, here, "exhibitor", exhibitor.id))
    return "\n".join(parts)


# --- Macros for the site's own pages -------------------------------------------------


def cite(index: SiteIndex, here: Here, *source_ids: str) -> str:
    """Inline citation on a free page: links to the rows of the list of sources."""
    links = ", ".join(f"[{esc(index.sources[i].title)}]({here.link(SOURCES_PAGE, i)})" for i in source_ids)
    return f'<span class="c2c-cite">({here.t["source"] if len(source_ids) == 1 else here.t["sources"]}: {links})</span>'


def priority_link(index: SiteIndex, here: Here, priority_id: str) -> str:
    """A link from prose to a priority's row on its group's page."""
    entry = index.priorities[priority_id]
    return f"[{esc(entry.priority.title)}]({here.link(entry.group.path, priority_id)})"


def counts(index: SiteIndex, here: Here) -> str:
    """Home-page figures, computed from the index."""
    t = here.t
    reported = index.marketplace.reported_count if index.marketplace else len(index.exhibitors)
    figures = [
        (len(index.groups), t["counts_groups"], GROUPS_PAGE),
        (len(index.priorities), t["counts_priorities"], PRIORITIES_PAGE),
        (sum(1 for g in index.groups if g.model.priorities), t["counts_groups_with_priorities"], "status.md"),
        (len(index.exhibitors), t["counts_exhibitors"].format(reported=reported), MARKETPLACE_PAGE),
        (sum(len(g.model.follow_ups) for g in index.groups), t["counts_follow_ups"], "status.md"),
        (len(index.source_pages), t["counts_sources"], SOURCES_PAGE),
    ]
    items = [
        f'- <span class="c2c-count">{number}</span> [{label}]({here.link(target)})' for number, label, target in figures
    ]
    return '<div class="c2c-counts" markdown>\n\n' + "\n".join(items) + "\n\n</div>\n"


def group_table(index: SiteIndex, here: Here) -> str:
    """The ten groups with what the record holds for each."""
    t = here.t
    rows = [
        (
            f"[{esc(g.model.name)}]({here.link(g.path)})",
            _co_chair_status(here, g.model),
            t["group_priorities_count"].format(count=len(g.model.priorities)) if g.model.priorities else t["status_no"],
        )
        for g in index.groups
    ]
    return table([t["group"], t["co_chairs"], t["priorities"]], rows)


def _co_chair_status(here: Here, model: WorkingGroup) -> str:
    t, count = here.t, len(model.co_chairs)
    if not count:
        return t["status_no"]
    key = "status_uncertain" if any(person.uncertain for person in model.co_chairs) else "status_yes"
    return t[key].format(count=count)


def status_table(index: SiteIndex, here: Here) -> str:
    """One row per group: what the public record holds and lacks."""
    t = here.t
    rows = [
        (
            f"[{esc(g.model.name)}]({here.link(g.path)})",
            _co_chair_status(here, g.model),
            str(len(g.model.participants)) if g.model.participants else t["status_no"],
            f"[{len(g.model.priorities)}]({here.link(g.path, 'priorities')})" if g.model.priorities else t["status_no"],
            str(len(g.model.follow_ups)) if g.model.follow_ups else t["status_no"],
            str(len(_page_sources(g.model))),
        )
        for g in index.groups
    ]
    return table([t["group"], t["co_chairs"], t["participants"], t["priorities"], t["follow_ups"], t["sources"]], rows)


def _page_sources(model: WorkingGroup) -> set[str]:
    found: set[str] = set(model.sources)
    for items in (model.co_chairs, model.participants, model.priorities, model.follow_ups, model.background):
        for item in items:
            found.update(item.sources)
    return found


def priority_table(index: SiteIndex, here: Here) -> str:
    """Every priority across groups, grouped by group, each linking to its row."""
    t = here.t
    cites = Citations(index, here)
    rows = []
    for entry in index.priorities.values():
        priority = entry.priority
        rows.append(
            (
                f"[{esc(entry.group.model.name)}]({here.link(entry.group.path)})",
                f"[{esc(priority.title)}]({here.link(entry.group.path, priority.id)})",
                _join(
                    esc(priority.text), f"<br>{flag_uncertain(here, True, priority.note)}" if priority.uncertain else ""
                ),
                _theme_links(here, cites, priority.themes, index),
                _exhibitor_links(here, cites, priority.exhibitors, index),
            )
        )
    missing = [f"[{esc(g.model.name)}]({here.link(g.path)})" for g in index.groups if not g.model.priorities]
    out = table([t["group"], t["priority"], t["what"], t["themes"], t["exhibitors"]], rows, optional=(3, 4))
    if missing:
        out += "\n" + t["groups_without_priorities"].format(groups=", ".join(missing)) + "\n"
    return out + ("\n" + cites.section() if cites.order else "")


def theme_list(index: SiteIndex, here: Here) -> str:
    """The common themes as a list linking to their sections."""
    return (
        "\n".join(
            f"- [{esc(theme.title)}]({here.link(THEMES_PAGE, theme.id)}): {esc(theme.text)}"
            for theme in index.themes.values()
        )
        + "\n"
    )


def theme_sections(index: SiteIndex, here: Here) -> str:
    """A section per theme, listing the priorities tagged with it."""
    t = here.t
    cites = Citations(index, here)
    parts = []
    for theme in index.themes.values():
        parts.append(f"## {esc(theme.title)} {{#{theme.id}}}\n\n{esc(theme.text)} {cites.cite(theme.sources)}\n")
        backrefs = index.theme_priorities.get(theme.id, [])
        if not backrefs:
            parts.append(f"*{t['no_theme_priorities']}*\n")
            continue
        parts.append(linked_priorities(index, here, cites, backrefs))
    parts.append(t["editorial_explained"] + "\n")
    parts.append(cites.section())
    return "\n".join(parts)


def exhibitor_table(index: SiteIndex, here: Here) -> str:
    """All exhibitors, then how many the sources count that are not identified, then the sources cited."""
    cites = Citations(index, here)
    out = marketplace_table(index, here, cites)
    return out + ("\n" + cites.section() if cites.order else "")


def marketplace_table(index: SiteIndex, here: Here, cites: Citations) -> str:
    """All exhibitors, then how many the sources count that are not identified; citations go to `cites`."""
    t = here.t
    rows = [
        (
            f"[{esc(e.model.name)}]({here.link(e.path)})",
            _join(esc(e.model.presenter or ""), esc(e.model.presenter_title or "")) or f"*{t['not_recorded']}*",
            esc(e.model.tool) if e.model.tool else f"*{t['not_recorded']}*",
            country(here, e.model.country),
            "<br>".join(
                f"[{esc(index.group(r.id).model.name)}]({here.link(index.group(r.id).path)}) {relation(here, cites, r)}"
                for r in e.model.groups
            ),
        )
        for e in index.exhibitors
    ]
    out = table([t["exhibitor"], t["presenter"], t["tool"], t["country"], t["related_groups"]], rows)
    reported = index.marketplace.reported_count if index.marketplace else len(index.exhibitors)
    if reported > len(index.exhibitors):
        out += "\n" + t["unidentified"].format(missing=reported - len(index.exhibitors), reported=reported) + "\n"
    out += "\n" + t["editorial_explained"] + "\n"
    return out


def source_table(index: SiteIndex, here: Here) -> str:
    """Every source, each row the target of its id, with the pages that cite it."""
    t = here.t
    titles = {g.path: g.model.name for g in index.groups} | {e.path: e.model.name for e in index.exhibitors}
    rows = []
    for source in index.sources.values():
        pages = index.source_pages.get(source.id, [])
        cited = ", ".join(f"[{esc(titles.get(p) or _free_title(index, p))}]({here.link(p)})" for p in pages)
        rows.append(
            (
                f'<span id="{source.id}" class="c2c-anchor"></span>**{esc(source.title)}**'
                + (f"<br>{esc(source.note)}" if source.note else ""),
                esc(source.publisher),
                f'<a href="{attr(source.url)}" class="c2c-url">{esc(source.url)}</a>',
                cited,
            )
        )
    return table([t["source"], t["publisher"], "URL", t["cited_on"]], rows)


def _free_title(index: SiteIndex, path: str) -> str:
    page = index.free_pages.get(path)
    return page.title if page and page.title else path.removesuffix(".md")


def full_report(index: SiteIndex, here: Here) -> str:
    """The whole record on one page, to read or print: overview, every group, the marketplace, the sources.

    One `Citations` numbers the sources for the whole page. Priority rows link to their rows on the group
    pages, which own the priorities' ids, so every anchor stays unique.
    """
    t = here.t
    cites = Citations(index, here)
    parts = [f"## {t['summit_overview']}\n"]
    home = index.free_pages.get("index.md")
    if home and home.description:
        parts.append(f"{esc(home.description)} ([{t['more']}]({here.link('index.md')}))\n")
    parts += [counts(index, here), f"### {t['themes']}\n", theme_list(index, here)]
    parts.append(f"## {t['working_groups']}\n")
    parts += [_report_group(index, here, cites, group) for group in index.groups]
    parts.append(f"## {t['marketplace']}\n")
    if index.marketplace and index.marketplace.description:
        parts.append(f"{esc(index.marketplace.description)} ([{t['more']}]({here.link(MARKETPLACE_PAGE)}))\n")
    parts.append(marketplace_table(index, here, cites))
    for exhibitor in index.exhibitors:
        cites.register(exhibitor.model.sources)
    cites.register(index.sources)
    parts.append(cites.section())
    return "\n".join(parts)


def _report_group(index: SiteIndex, here: Here, cites: Citations, group: Entry[WorkingGroup]) -> str:
    """One working group on the full report: summary, co-chairs, participants, priorities and follow-ups."""
    t, model = here.t, group.model
    parts = [f"### {esc(model.name)}\n", f"{esc(model.summary)} ([{t['group_page']}]({here.link(group.path)}))\n"]
    parts.append(group_record(index, here, cites, group, heading="####", anchors=False))
    cites.register(model.sources)
    return "\n".join(parts)


MacroFunction = Callable[..., str]

MACROS: dict[str, MacroFunction] = {
    "cite": cite,
    "priority_link": priority_link,
    "counts": counts,
    "group_table": group_table,
    "status_table": status_table,
    "priority_table": priority_table,
    "theme_list": theme_list,
    "theme_sections": theme_sections,
    "exhibitor_table": exhibitor_table,
    "source_table": source_table,
    "full_report": full_report,
}
"""The macros the site's own pages may call: name -> function(index, here, *args)."""

from .opendata import DATA_MACROS  # noqa: E402 - the open-data macros build on the functions above

MACROS.update(DATA_MACROS)
