"""The tables and lists the site's own pages show through macros: counts, status, priorities, themes, sources."""

from __future__ import annotations

from collections.abc import Sequence

from ..index import SiteIndex
from ..labels import count, plural
from ..layout import (
    GROUPS_PAGE,
    MARKETPLACE_PAGE,
    PRIORITIES_PAGE,
    SOURCES_PAGE,
    STATUS_PAGE,
    THEMES_PAGE,
    TIMELINE_PAGE,
)
from ..model import FollowUp, Person, Priority, WorkingGroup
from ..questions import Question, all_questions
from . import bounded
from .markdown import (
    Citations,
    Here,
    _join,
    attr,
    cite_token,
    country,
    esc,
    flag_uncertain,
    free_title,
    relation,
    table,
)
from .pages import _answer_link, _exhibitor_links, _theme_links, linked_priorities


def cite(index: SiteIndex, here: Here, *source_ids: str) -> str:
    """Citation markers on a free page; `reader.finish_page` numbers them and lists the sources at the foot."""
    return " ".join(cite_token(source_id) for source_id in source_ids)


def priority_link(index: SiteIndex, here: Here, priority_id: str) -> str:
    """A link from prose to a priority's row on its group's page."""
    entry = index.priorities[priority_id]
    return f"[{esc(entry.priority.title)}]({here.link(entry.group.path, priority_id)})"


def counts(index: SiteIndex, here: Here) -> str:
    """Home-page figures, computed from the index: uncertain items and later developments counted apart."""
    from .summary import tally_follow_ups

    t = here.t
    reported = index.marketplace.reported_count if index.marketplace else len(index.exhibitors)
    uncertain = sum(1 for entry in index.priorities.values() if entry.priority.uncertain)
    tally = tally_follow_ups(group.model for group in index.groups)
    timeline = TIMELINE_PAGE if TIMELINE_PAGE in index.free_pages else STATUS_PAGE
    figures = [
        (len(index.groups), "counts_groups", GROUPS_PAGE),
        (len(index.priorities), "counts_priorities", PRIORITIES_PAGE),
        (sum(1 for g in index.groups if g.model.priorities), "counts_groups_with_priorities", STATUS_PAGE),
        (len(index.exhibitors), "counts_exhibitors", MARKETPLACE_PAGE),
        (tally.summit, "counts_follow_ups", timeline),
        (tally.editorial, "counts_follow_ups_editorial", timeline),
        (tally.later, "counts_later", f"{timeline}#later" if timeline != STATUS_PAGE else timeline),
        (len(index.source_pages), "counts_sources", SOURCES_PAGE),
    ]
    extra = {"counts_priorities": t["counts_uncertain"].format(uncertain=uncertain) if uncertain else ""}
    items = [
        f'- <span class="c2c-count">{number}</span> '
        f"[{plural(here.locale, key, number).format(reported=reported)}{extra.get(key, '')}]"
        f"({here.link(target.partition('#')[0], target.partition('#')[2] or None)})"
        for number, key, target in figures
        if number or not target.startswith(timeline)
    ]
    return '<div class="c2c-counts" markdown>\n\n' + "\n".join(items) + "\n\n</div>\n"


def group_table(index: SiteIndex, here: Here) -> str:
    """The ten groups with what the record holds for each."""
    t = here.t
    rows = [
        (
            here.entry_link(g),
            _co_chair_status(here, g.model),
            _count_status(here, g.model.priorities, "priorities"),
        )
        for g in index.groups
    ]
    return table([t["group"], t["co_chairs"], t["priorities"]], rows)


def _count_status(here: Here, items: Sequence[Person] | Sequence[Priority], what: str) -> str:
    from .summary import count_phrase

    return count_phrase(here, items, what) if items else here.t["status_no"]


def _co_chair_status(here: Here, model: WorkingGroup) -> str:
    return _count_status(here, model.co_chairs, "co_chairs")


def status_table(index: SiteIndex, here: Here) -> str:
    """One row per group: what the public record holds and lacks."""
    t = here.t
    rows = [
        (
            here.entry_link(g),
            _co_chair_status(here, g.model),
            _count_status(here, g.model.participants, "participants"),
            f"[{_count_status(here, g.model.priorities, 'priorities')}]({here.link(g.path, 'priorities')})"
            if g.model.priorities
            else t["status_no"],
            _follow_up_status(here, g.model.follow_ups),
            str(len(_page_sources(g.model))),
        )
        for g in index.groups
    ]
    return table([t["group"], t["co_chairs"], t["participants"], t["priorities"], t["follow_ups"], t["sources"]], rows)


def open_questions(index: SiteIndex, here: Here) -> str:
    """Every open question across the record, by page, each linking to the prefilled form."""
    t = here.t
    titles = {g.path: g.model.name for g in index.groups} | {e.path: e.model.name for e in index.exhibitors}
    titles[MARKETPLACE_PAGE] = (index.marketplace.title if index.marketplace else None) or t["marketplace"]
    by_page: dict[str, list[Question]] = {}
    for question in all_questions(index, here.locale):
        by_page.setdefault(question.page, []).append(question)
    if not by_page:
        return f"*{t['open_questions_none']}*\n"
    lines = []
    for page, questions in by_page.items():
        lines.append(f"- [{esc(titles[page])}]({here.link(page)})")
        for question in questions:
            hint = f" *{esc(question.hint)}*" if question.hint else ""
            lines.append(f"    - {esc(question.text)}{hint}{_answer_link(here, question, titles[page])}")
    return "\n".join(lines) + "\n"


def _follow_up_status(here: Here, items: Sequence[FollowUp]) -> str:
    from .summary import follow_up_phrase

    return follow_up_phrase(here, items)


def _page_sources(model: WorkingGroup) -> set[str]:
    found: set[str] = set(model.sources)
    for items in (model.co_chairs, model.participants, model.priorities, model.follow_ups, model.background):
        for item in items:
            found.update(item.sources)
    return found


def priority_table(index: SiteIndex, here: Here) -> str:
    """Every priority across groups, grouped by group, each linking to its row (past a limit: `bounded`)."""
    t = here.t
    if bounded.too_many_priorities(index):
        return bounded.priorities_index(index, here)
    cites = Citations(index, here, deferred=True)
    rows = []
    for entry in index.priorities.values():
        priority = entry.priority
        rows.append(
            (
                here.entry_link(entry.group),
                f"[{esc(priority.title)}]({here.link(entry.group.path, priority.id)})",
                _join(
                    esc(priority.text), f"<br>{flag_uncertain(here, True, priority.note)}" if priority.uncertain else ""
                ),
                _theme_links(here, cites, priority.themes, index),
                _exhibitor_links(here, cites, priority.exhibitors, index),
            )
        )
    missing = [here.entry_link(g) for g in index.groups if not g.model.priorities]
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
    """A section per theme, listing the priorities tagged with it (past a limit: their counts, `bounded`)."""
    t = here.t
    cites = Citations(index, here, deferred=True)
    parts = []
    large = bounded.too_many_theme_links(index)
    if large:
        links = count(here.locale, "theme_link", sum(len(backrefs) for backrefs in index.theme_priorities.values()))
        where = here.link(PRIORITIES_PAGE)
        parts.append(bounded.notice(t["bounded_themes"].format(links=links, priorities=where)))
    for theme in index.themes.values():
        parts.append(f"## {esc(theme.title)} {{#{theme.id}}}\n\n{esc(theme.text)} {cites.cite(theme.sources)}\n")
        if large:
            parts.append(bounded.theme_summary(index, here, theme.id))
            continue
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
    if len(index.exhibitors) > bounded.EXHIBITORS_MAX:
        return bounded.exhibitors_index(index, here)
    cites = Citations(index, here, deferred=True)
    out = marketplace_table(index, here, cites)
    return out + ("\n" + cites.section() if cites.order else "")


def marketplace_table(index: SiteIndex, here: Here, cites: Citations) -> str:
    """All exhibitors, then how many the sources count that are not identified; citations go to `cites`."""
    t = here.t
    rows = [
        (
            here.entry_link(e),
            _join(esc(e.model.presenter or ""), esc(e.model.presenter_title or "")) or f"*{t['not_recorded']}*",
            _join(
                esc(e.model.tool) if e.model.tool else f"*{t['not_recorded']}*",
                f"<br>{flag_uncertain(here, True, e.model.note)}" if e.model.uncertain else "",
            ),
            country(here, e.model.country),
            "<br>".join(f"{here.entry_link(index.group(r.id))} {relation(here, cites, r)}" for r in e.model.groups),
        )
        for e in index.exhibitors
    ]
    out = table([t["exhibitor"], t["presenter"], t["tool"], t["country"], t["related_groups"]], rows)
    reported = index.marketplace.reported_count if index.marketplace else len(index.exhibitors)
    if reported > len(index.exhibitors):
        missing = reported - len(index.exhibitors)
        out += "\n" + plural(here.locale, "unidentified", missing).format(missing=missing, reported=reported) + "\n"
    out += "\n" + t["editorial_explained"] + "\n"
    return out


def source_table(index: SiteIndex, here: Here) -> str:
    """Every source, each row the target of its id, with the pages that cite it."""
    t = here.t
    titles = {g.path: g.model.name for g in index.groups} | {e.path: e.model.name for e in index.exhibitors}
    rows = []
    many = False
    for source in index.sources.values():
        pages = index.source_pages.get(source.id, [])
        counted = ""
        if len(pages) > bounded.SOURCE_PAGES_MAX:  # the site's own pages, then a count of the generated ones
            many = True
            counted = count(here.locale, "cited_pages", sum(1 for p in pages if p in titles))
            pages = [p for p in pages if p not in titles]
        cited = ", ".join(f"[{esc(titles.get(p) or free_title(index, p))}]({here.link(p)})" for p in pages)
        if counted:
            cited = f"{cited}; {counted}" if cited else counted
        rows.append(
            (
                f'<span id="{source.id}" class="c2c-anchor"></span>**{esc(source.title)}**'
                + (f"<br>{esc(source.note)}" if source.note else ""),
                esc(source.publisher),
                f'<a href="{attr(source.url)}" class="c2c-url">{esc(source.url)}</a>',
                cited,
            )
        )
    out = table([t["source"], t["publisher"], "URL", t["cited_on"]], rows)
    return bounded.notice(t["bounded_sources"]) + "\n" + out if many else out
