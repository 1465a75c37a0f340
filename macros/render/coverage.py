"""The Russian edition's translation coverage, page by page, for the Record status page."""

from __future__ import annotations

from ..index import SiteIndex
from ..labels import count
from ..layout import localized
from ..overlay import Coverage
from . import bounded
from .markdown import Here, esc, free_title, table


def _title(index: SiteIndex, path: str) -> str:
    entry = index.generated_pages.get(path)
    return str(entry.model.name) if entry is not None else free_title(index, path)


def _coverage(index: SiteIndex) -> tuple[str, list[Coverage]]:
    """The other edition's locale and coverage (this edition's, when it is the other one)."""
    if index.coverage:
        return index.locale, index.coverage
    for locale, edition in sorted(index.editions.items()):
        return locale, edition.coverage
    return "", []


def translation_status(index: SiteIndex, here: Here) -> str:
    """Each page: how many of its fields are translated, missing or out of date, and the state of its own text."""
    t = here.t
    locale, pages = _coverage(index)
    if not pages:
        return t["translation_none"] + "\n"
    done = sum(page.translated for page in pages)  # of every page, also when the table lists only some
    total = sum(page.total for page in pages)
    texts = [page for page in pages if page.body != "none"]
    summary = t["translation_summary"].format(
        translated=done,
        total=total,
        texts=sum(page.body == "translated" for page in texts),
        pages=len(texts),
    )
    left_out = 0
    if len(pages) > bounded.TRANSLATION_ROWS_MAX:  # only the pages with Russian text, the others counted
        listed = [page for page in pages if page.translated or page.stale or page.body in ("translated", "stale")]
        left_out, pages = len(pages) - len(listed), listed
    rows = []
    for page in pages:
        name = esc(_title(index, page.path))
        fields = (
            t["translation_fields_count"].format(translated=page.translated, total=page.total) if page.total else "—"
        )
        rows.append(
            [
                f"[{name}]({here.link(page.path)})",
                fields,
                str(page.missing) if page.total else "—",
                str(page.stale) if page.total else "—",
                t[f"translation_body_{page.body}"],
                f"`docs/{localized(page.path, locale)}`",
            ]
        )
    headers = [
        t["translation_page"],
        t["translation_fields"],
        t["translation_missing_fields"],
        t["translation_stale_fields"],
        t["translation_text"],
        t["translation_file"],
    ]
    out = f"{summary}\n\n" + table(headers, rows)
    if left_out:
        out += "\n" + bounded.notice(t["bounded_translations"].format(pages=count(here.locale, "page", left_out)))
    return out
