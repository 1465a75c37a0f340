"""Load and check the whole site: the index plus the template syntax of the site's own pages."""

from __future__ import annotations

from pathlib import Path

from . import markup, templates
from .index import SiteIndex, build_index
from .problems import ContentError, Problem, unknown_id_message
from .render import MACROS


def _argument_checks(index: SiteIndex, path: str) -> dict[str, templates.ArgCheck]:
    """For each macro, a check of one literal argument (only `cite` takes any: source ids)."""

    def no_arguments(value: str) -> str | None:
        return f"takes no arguments (got {value!r})"

    def source(value: str) -> str | None:
        if value not in index.sources:
            return unknown_id_message("source id", value, index.sources)
        if path not in index.source_pages[value]:
            index.source_pages[value].append(path)
        return None

    return {name: (source if name == "cite" else no_arguments) for name in MACROS}


def check_site(docs_dir: Path, docs_rel: str = "docs") -> tuple[SiteIndex, list[Problem]]:
    """Validate every page under `docs_dir`: the index and every problem, all at once."""
    index, problems = build_index(docs_dir, docs_rel)
    for path, body, body_offset in index.bodies:
        for line, message in markup.check(body):
            problems.append(Problem(f"{docs_rel}/{path}", line + body_offset, "body", message))
    for path, fm in index.templated.items():
        checks = _argument_checks(index, path)
        for line, message in templates.check(fm.body, checks):
            problems.append(Problem(f"{docs_rel}/{path}", line + fm.body_offset, "body", message))
        title = fm.data.get("title")
        if isinstance(title, str) and templates.has_syntax(title):
            problems.append(
                Problem(
                    f"{docs_rel}/{path}",
                    fm.line_of(("title",)),
                    "title",
                    "template syntax is not allowed in a title (expected plain text)",
                )
            )
    return index, sorted(problems)


def load_site(docs_dir: Path, docs_rel: str = "docs") -> SiteIndex:
    """The checked index; raise ContentError listing every problem."""
    index, problems = check_site(docs_dir, docs_rel)
    if problems:
        raise ContentError(problems)
    return index
