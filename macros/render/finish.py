"""The last step of every page's Markdown: numbered citations and the glossary's explanations.

`finish_page` is pure (Markdown and the index in, Markdown out); `macros/__init__.py` calls it once per page.

- Citations: the site's own pages cite with `cite(...)`, which leaves a token per source
  (`render.cite_token`); here they become small numbered markers, numbered in order of first use, and a
  numbered list of the sources is added at the foot of the page (as group pages do with `Citations`).
- Glossary: every term of `docs/glossary.md` that the page uses gets a Python-Markdown `abbr` definition
  (`*[IREX]: ...`), so it shows as an explained abbreviation (a tooltip with Material's `content.tooltips`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

from ..index import SiteIndex
from ..layout import CONTRIBUTE_PAGE
from ..model import Term
from .markdown import FOREIGN_CLASS, STALE_CLASS, Citations, Here, cite_token, esc, table

TRANSLATING_ANCHOR = "translating"
"""The contributor guide's section on translating (docs/contribute.md)."""

CITE_TOKEN = re.compile(re.escape(cite_token("X")).replace("X", "([a-z0-9-]+)"))
"""A citation left by `render.cite_token`, with the source id as its group."""


def number_citations(markdown: str, index: SiteIndex, here: Here) -> str:
    """Each citation token as a numbered marker, and the page's numbered list of sources at its foot."""
    if not CITE_TOKEN.search(markdown):
        return markdown
    cites = Citations(index, here)
    body = CITE_TOKEN.sub(lambda match: cites.cite([match.group(1)]), markdown)
    return body.rstrip("\n") + "\n\n" + cites.section()


def term_forms(term: Term) -> list[str]:
    """Every spelling of a term the pages use."""
    return [term.term, *term.forms]


@functools.cache
def term_pattern(form: str) -> re.Pattern[str]:
    """Where a spelling occurs as a whole word (how Python-Markdown's `abbr` matches it)."""
    return re.compile(rf"\b{re.escape(form)}\b")


def abbreviations(markdown: str, terms: Iterable[Term]) -> str:
    """`abbr` definitions for the terms that occur in `markdown` (one line each), or an empty string."""
    lines = []
    for term in terms:
        forms = [form for form in term_forms(term) if form in markdown and term_pattern(form).search(markdown)]
        if forms:
            text = abbr_title(" ".join(term.text.split()))
            lines += [f"*[{form}]: {text}" for form in forms]
    return "\n".join(lines)


def abbr_title(text: str) -> str:
    """A term's explanation for an `abbr` definition, which becomes a `title` that Material's tooltips show as HTML.

    Python-Markdown keeps character references in it as they are, and the browser decodes them in the attribute:
    written so, the attribute holds `&lt;` for `<` and the tooltip shows the text, never markup.
    """
    return text.replace("&", "&amp;").replace("<", "&amp;lt;").replace(">", "&amp;gt;")


def unescape_terms(markdown: str, terms: Iterable[Term]) -> str:
    """Terms that `esc` wrote as character references (`peer&#45;to&#45;peer`) written plainly, so `abbr` finds them.

    A term holds only letters, digits, spaces, hyphens, periods and apostrophes (`TERM_PATTERN`), none of which
    can start markup inside a line.
    """
    for term in terms:
        for form in term_forms(term):
            if esc(form) != form:
                markdown = markdown.replace(esc(form), form)
    return markdown


def finish_page(markdown: str, index: SiteIndex, here: Here) -> str:
    """The page's Markdown with its citations numbered, its glossary terms and its translation marks explained."""
    markdown = translation_note(markdown, here)
    markdown = unescape_terms(number_citations(markdown, index, here), index.glossary)
    definitions = abbreviations(markdown, index.glossary)
    return f"{markdown.rstrip()}\n\n{definitions}\n" if definitions else markdown


def translation_note(markdown: str, here: Here) -> str:
    """In another edition, a note under the page's title when it shows English text or out-of-date translations."""
    notes = [
        here.t[key]
        for key, css in (("translation_missing", FOREIGN_CLASS), ("translation_stale", STALE_CLASS))
        if f'class="{css}"' in markdown
    ]
    if not notes:
        return markdown
    help_link = here.link(CONTRIBUTE_PAGE, TRANSLATING_ANCHOR)
    body = " ".join(notes) + " " + here.t["translation_help"].format(help=help_link)
    note = f'!!! note "{here.t["translation_title"]}"\n    {body}\n\n'
    lines = markdown.split("\n")
    for number, line in enumerate(lines):
        if line.startswith("# "):
            return "\n".join([*lines[: number + 1], "", note, *lines[number + 1 :]])
    return note + markdown


def glossary_table(index: SiteIndex, here: Here) -> str:
    """The glossary as a table: each term (the target of its id) with its explanation and sources."""
    cites = Citations(index, here, deferred=True)
    rows = []
    for term in index.glossary:
        anchor = re.sub(r"[^a-z0-9]+", "-", term.term.lower()).strip("-")
        forms = f" ({esc(', '.join(term.forms))})" if term.forms else ""
        rows.append(
            (
                f'<span id="{anchor}" class="c2c-anchor"></span>**{esc(term.term)}**{forms}',
                f"{esc(term.text)} {cites.cite(term.sources)}".strip(),
            )
        )
    return table([here.t["glossary_term"], here.t["glossary_meaning"]], rows)


_PROSE_MACROS = ("cite", "priority_link", "exhibitor_names")
"""The calls kept when a page's prose is copied into the full report; tables are there already."""
_HEADING = re.compile(r"^(#{1,5}) ", re.MULTILINE)


def render_calls(body: str, index: SiteIndex, here: Here) -> str:
    """A templated page's body as mkdocs-macros renders it (the same Jinja parser, in the same sandbox), with its
    prose calls (`cite`, `priority_link`, `exhibitor_names`) rendered and every other call left out."""
    from ..sandbox import MacroSandbox
    from . import MACROS

    def bound(name: str) -> Callable[..., str]:
        function = MACROS[name]
        return (lambda *args: function(index, here, *args)) if name in _PROSE_MACROS else (lambda *args: "")

    return MacroSandbox({name: bound(name) for name in MACROS}).from_string(body).render()


def demote(markdown: str, levels: int) -> str:
    """Headings `levels` deeper, and the page's own title (its first `# ` heading) left out."""
    markdown = re.sub(r"\A\s*# [^\n]*\n", "", markdown)
    return _HEADING.sub(lambda match: "#" * min(len(match.group(1)) + levels, 6) + " ", markdown)


def use_citations(markdown: str, cites: Citations) -> str:
    """Citation tokens numbered by `cites` (a page that already numbers its own citations)."""
    return CITE_TOKEN.sub(lambda match: cites.cite([match.group(1)]), markdown)


def report_prose(
    index: SiteIndex, here: Here, cites: Citations, body: str, levels: int, *, templated: bool = False
) -> str:
    """A page's prose for the full report, as its own page shows it: the calls of a `templated` page (one that
    mkdocs-macros renders, its calls checked) rendered, any other body's template syntax kept as text; headings
    demoted, citations numbered by `cites`."""
    prose = render_calls(body, index, here) if templated else body
    return use_citations(demote(prose, levels), cites).strip() + "\n"


def page_body(index: SiteIndex, path: str) -> str:
    """The Markdown body of a page of the site (empty when there is none)."""
    return next((body for page, body, _ in index.bodies if page == path), "")
