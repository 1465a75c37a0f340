"""Load and check the whole site: the index plus the template syntax of the site's own pages."""

from __future__ import annotations

from pathlib import Path

from . import files, markup, templates
from .index import SiteIndex, build_index
from .problems import ContentError, Problem, unknown_id_message
from .render import MACROS


def signatures(index: SiteIndex, path: str) -> dict[str, templates.Signature]:
    """For each macro, a check of one literal argument (`cite` takes source ids, `priority_link` a priority id)."""

    def no_arguments(value: str) -> str | None:
        return f"takes no arguments (got {value!r})"

    def priority(value: str) -> str | None:
        known = index.declared_priorities
        return None if value in known else unknown_id_message("priority id", value, known)

    def source(value: str) -> str | None:
        if not index.sources:
            return None  # the list of sources itself is broken, and reported
        if value not in index.sources:
            return unknown_id_message("source id", value, index.sources)
        if path not in index.source_pages[value]:
            index.source_pages[value].append(path)
        return None

    special = {"cite": templates.Signature(source, 1, 20), "priority_link": templates.Signature(priority, 1, 1)}
    return {name: special.get(name, templates.Signature(no_arguments)) for name in MACROS}


def check_site(
    docs_dir: Path, docs_rel: str = "docs", root: Path | None = None, custom_dir: Path | None = None
) -> tuple[SiteIndex, list[Problem]]:
    """Validate the files and every page under `docs_dir`: the index and every problem, all at once.

    `root` is the project (default: the folder holding `docs_dir`); `custom_dir` the theme's overrides
    (default: `overrides/` in the project, when there is one). When a file is a symbolic link or lies
    outside the project, nothing is read: its text could be anything, and end up in a message.
    """
    root = (root or docs_dir.resolve().parent).resolve()
    if custom_dir is None and (root / "overrides").is_dir():
        custom_dir = root / "overrides"
    file_problems = files.check_project(root, docs_dir, custom_dir)
    if file_problems:
        return SiteIndex(), sorted(file_problems, key=Problem.sort_key)
    index, problems = build_index(docs_dir, docs_rel)
    for path, body, body_offset in index.bodies:
        for line, message in markup.check(body):
            problems.append(Problem(f"{docs_rel}/{path}", line + body_offset, "body", message))
    for path, fm in index.templated.items():
        checks = signatures(index, path)
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
    return index, sorted(problems, key=Problem.sort_key)


def load_site(
    docs_dir: Path, docs_rel: str = "docs", root: Path | None = None, custom_dir: Path | None = None
) -> SiteIndex:
    """The checked index; raise ContentError listing every problem."""
    index, problems = check_site(docs_dir, docs_rel, root, custom_dir)
    if problems:
        raise ContentError(problems)
    return index
