"""Load and check the whole site in one call per build: the files, every page (the index), then the bodies."""

from __future__ import annotations

from pathlib import Path

from . import checks, files
from .index import SiteIndex, build_index
from .problems import ContentError, Problem


def check_site(
    docs_dir: Path,
    docs_rel: str = "docs",
    root: Path | None = None,
    custom_dir: Path | None = None,
    site_url: str | None = None,
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
    if site_url is not None:
        file_problems += files.check_cname(docs_dir, site_url, docs_rel)
    if file_problems:
        return SiteIndex(), sorted(file_problems, key=Problem.sort_key)
    index, problems = build_index(docs_dir, docs_rel)
    problems += checks.check_pages(index, docs_rel)
    return index, sorted(problems, key=Problem.sort_key)


def load_site(
    docs_dir: Path,
    docs_rel: str = "docs",
    root: Path | None = None,
    custom_dir: Path | None = None,
    site_url: str | None = None,
) -> SiteIndex:
    """The checked index; raise ContentError listing every problem."""
    index, problems = check_site(docs_dir, docs_rel, root, custom_dir, site_url)
    if problems:
        raise ContentError(problems)
    return index
