"""The checks of page bodies: markup that could run script, and template syntax beyond the site's macro calls.

They read the index and never change it; the macros and their arguments come from `registry.py`.
"""

from __future__ import annotations

from . import markup, templates
from .index import SiteIndex
from .problems import Problem, unknown_id_message
from .registry import ARGUMENTS, MACRO_NAMES


def signatures(index: SiteIndex) -> dict[str, templates.Signature]:
    """For each macro, a check of one literal argument (`cite` takes source ids, `priority_link` a priority id)."""

    def no_arguments(value: str) -> str | None:
        return f"takes no arguments (got {value!r})"

    def priority(value: str) -> str | None:
        known = index.declared_priorities
        return None if value in known else unknown_id_message("priority id", value, known)

    def source(value: str) -> str | None:
        if not index.sources:
            return None  # the list of sources itself is broken, and reported
        return None if value in index.sources else unknown_id_message("source id", value, index.sources)

    kinds = {"source": source, "priority": priority}
    special = {name: templates.Signature(kinds[kind], least, most) for name, (kind, least, most) in ARGUMENTS.items()}
    return {name: special.get(name, templates.Signature(no_arguments)) for name in MACRO_NAMES}


def check_pages(index: SiteIndex, docs_rel: str = "docs") -> list[Problem]:
    """Every problem in the bodies (markup) and the templated pages (template syntax, titles)."""
    problems = []
    for path, body, body_offset in index.bodies:
        for line, message in markup.check(body):
            problems.append(Problem(f"{docs_rel}/{path}", line + body_offset, "body", message))
    checks = signatures(index)
    for path, fm in index.templated.items():
        for line, message in templates.check(fm.body, checks):
            problems.append(Problem(f"{docs_rel}/{path}", line + fm.body_offset, "body", message))
        title = fm.data.get("title")
        if isinstance(title, str) and templates.has_syntax(title):
            message = "template syntax is not allowed in a title (expected plain text)"
            problems.append(Problem(f"{docs_rel}/{path}", fm.line_of(("title",)), "title", message))
    return problems
