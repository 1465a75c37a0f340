"""Files stay inside the project: no symbolic links, nothing whose real path is elsewhere, only known file types.

MkDocs copies every file under `docs/` into the site and follows symbolic links, so a link committed
in a pull request (`docs/x.md -> /etc/passwd`, `docs/y -> ../.git`) would publish whatever it points
at. A `.html`, `.js` or `.svg` file would be published as it is, past every check of the pages.
The check and the build refuse them before anything is read.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

from .problems import Problem

NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
"""File and folder names under docs/: letters, digits, '.', '_' and '-', at most 64 (a name becomes a URL, and
a title)."""
PAGE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,60}(?:\.ru)?\.md$")
"""A page's file name: no other dot but a language's (`about.ru.md`), so that its URL (`name/`) cannot collide with
a file the build writes."""

PUBLISHED_SUFFIXES = frozenset({".md", ".css", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".ico"})
"""What may sit under docs/: Markdown pages, the site's stylesheet and pictures (a PDF can carry script)."""
PUBLISHED_NAMES = frozenset({"CNAME"})
"""Files published by name (GitHub Pages' custom domain)."""


def _entries(folder: Path) -> Iterator[Path]:
    """Every file and folder under `folder`, without following symbolic links."""
    for current, dirs, names in os.walk(folder, followlinks=False):
        base = Path(current)
        yield from (base / name for name in sorted(dirs))
        yield from (base / name for name in sorted(names))


def check_folder(root: Path, folder: Path, *, published: bool) -> list[Problem]:
    """Problems with the files under `folder` (`published`: it is docs/, so file types are checked too).

    Nothing under `folder` may be a symbolic link or resolve outside it; paths are shown from `root`.
    """
    root = root.resolve()
    if folder.is_symlink():
        return [_problem(_shown(root, folder), "is a symbolic link (expected a real folder)")]
    if not folder.is_dir():
        return []
    real = folder.resolve()
    problems = []
    for entry in _entries(folder):
        shown = _shown(root, entry)
        if entry.is_symlink():
            problems.append(
                _problem(shown, "is a symbolic link (expected a real file: a link could publish files from elsewhere)")
            )
        elif not _inside(real, entry):
            problems.append(_problem(shown, "lies outside its folder (expected a file inside the repository)"))
        elif published and not NAME.match(entry.name):
            problems.append(
                _problem(
                    shown,
                    "the name has characters other than letters, digits, '.', '_' and '-' "
                    "(expected e.g. 'public-health.md')",
                )
            )
        elif published and entry.is_file() and entry.suffix == ".md" and not PAGE_NAME.match(entry.name):
            problems.append(
                _problem(
                    shown,
                    "a page's name has a dot other than its language's, or is too long (expected e.g. "
                    "'public-health.md', or 'public-health.ru.md' for its Russian edition)",
                )
            )
        elif published and entry.is_file() and not _publishable(entry):
            kinds = ", ".join(sorted(PUBLISHED_SUFFIXES))
            problems.append(
                _problem(shown, f"files of this type are not published from docs/ (expected one of: {kinds})")
            )
    return problems


def check_project(root: Path, docs_dir: Path, custom_dir: Path | None = None) -> list[Problem]:
    """Every problem with the files of docs/ and, when there is one, the theme's overrides folder."""
    problems = check_folder(root, docs_dir, published=True)
    if custom_dir is not None:
        problems += check_folder(root, custom_dir, published=False)
    return problems


def _publishable(path: Path) -> bool:
    return path.name in PUBLISHED_NAMES or path.suffix in PUBLISHED_SUFFIXES  # lowercase: MkDocs' pages are .md


def check_cname(docs_dir: Path, site_url: str, docs_rel: str = "docs") -> list[Problem]:
    """`docs/CNAME` (GitHub Pages' custom domain) must name the host of `site_url` in mkdocs.yml.

    The file moves the published site to its domain, so a pull request must not be able to change it alone.
    """
    cname = docs_dir / "CNAME"
    if not cname.is_file() or cname.is_symlink():
        return []
    host = urlsplit(site_url).hostname or ""
    text = cname.read_text(encoding="utf-8", errors="replace").strip()
    if text.lower() == host.lower():
        return []
    message = f"the custom domain is not site_url's host (expected {host!r}, as mkdocs.yml's site_url names it)"
    return [Problem(f"{docs_rel}/CNAME", 1, "file", message)]


def _inside(root: Path, path: Path) -> bool:
    return Path(os.path.realpath(path)).is_relative_to(root)


def _shown(root: Path, path: Path) -> str:
    """The path from `root`, each overlong name cut short (the problem is the name; the line stays short)."""
    absolute = Path(os.path.abspath(path))
    shown = absolute.relative_to(root) if absolute.is_relative_to(root) else absolute
    return "/".join(part if len(part) <= 64 else part[:63] + "…" for part in shown.parts).replace("//", "/")


def _problem(shown: str, message: str) -> Problem:
    return Problem(shown, None, "file", message)
