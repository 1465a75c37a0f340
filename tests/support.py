"""Helpers and constants shared by the test folders: where the project is, how to build it, the mini site.

Fixtures live in the conftest.py files; plain functions and constants live here, so that no test module
imports from another test module."""

from __future__ import annotations

import os
import posixpath
import shutil
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup, Tag
from mkdocs.commands.build import build
from mkdocs.config import load_config

from macros.cli import main

ROOT = Path(__file__).resolve().parent.parent
"""The repository's root."""

DATA = Path(__file__).resolve().parent / "data"
"""Test inputs: `mini/` (a small, complete site) and `check/` (golden output of the check)."""

MINI = DATA / "mini"
MINI_DOCS = MINI / "docs"

MINI_NAV: list[dict[str, Any]] = [
    {"Home": "index.md"},
    {"Groups": ["groups/index.md"]},
    {"Marketplace": ["marketplace/index.md"]},
    {"Timeline": "timeline.md"},
    {"Priorities": "priorities.md"},
    {"Glossary": "glossary.md"},
    {"Themes": "themes.md"},
    {"Status": "status.md"},
    {"Sources": "sources.md"},
    {"Contribute": "contribute.md"},
]
"""The navigation of the mini site (the real mkdocs.yml lists the real pages)."""

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


def build_site(site_dir: Path, config_file: Path = ROOT / "mkdocs.yml", **overrides: Any) -> Path:
    """Build a site in-process with --strict (a warning is an error) into `site_dir`."""
    config = load_config(str(config_file), site_dir=str(site_dir), strict=True, **overrides)
    build(config)
    return site_dir


def copy_mini_docs(tmp_path: Path) -> Path:
    """A copy of the mini site's docs folder in `tmp_path/docs`, to change freely."""
    target = tmp_path / "docs"
    shutil.copytree(MINI_DOCS, target)
    return target


def run_check(docs: Path, capsys: pytest.CaptureFixture[str], *options: str) -> tuple[int, str]:
    """Run `macros check` on `docs` in-process; return its exit code and everything it printed."""
    code = main(["check", *options, "--docs", str(docs)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@cache
def soup(path: Path) -> BeautifulSoup:
    """A built HTML file, parsed (once per path)."""
    return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")


def page(site: Path, src: str) -> BeautifulSoup:
    """The built HTML of a source page (`groups/x.md` -> `groups/x/index.html`)."""
    stem = src.removesuffix(".md")
    built = "index.html" if stem == "index" else f"{stem.removesuffix('/index')}/index.html"
    return soup(site / built)


def site_pages(site_dir: Path) -> list[str]:
    """Every built page as a path relative to the site's root (`""`, `groups/`, ...), sorted, 404.html included."""
    pages = []
    for html in sorted(site_dir.rglob("*.html")):
        relative = html.relative_to(site_dir).as_posix()
        if relative == "404.html":
            pages.append(relative)
        elif html.name == "index.html":
            pages.append(relative.removesuffix("index.html"))
    return pages


def one(tag: Tag, selector: str) -> Tag:
    """The first element matching a CSS selector; fails the test when there is none."""
    found = tag.select_one(selector)
    assert found is not None, f"nothing matches {selector!r}"
    return found


def by_id(tag: Tag, element_id: str) -> Tag:
    """The element with this id; fails the test when there is none."""
    found = tag.find(id=element_id)
    assert isinstance(found, Tag), f"no element with id {element_id!r}"
    return found


def parent(tag: Tag, name: str) -> Tag:
    """The nearest enclosing element named `name` (e.g. the `tr` of a cell); fails the test when there is none."""
    found = tag.find_parent(name)
    assert found is not None, f"no enclosing <{name}>"
    return found


def attr(tag: Tag, name: str) -> str:
    """A single-valued attribute (href, content, ...); fails the test when it is missing."""
    value = tag.get(name)
    assert isinstance(value, str), f"<{tag.name}> has no {name}: {value!r}"
    return value


def edit(path: str, old: str, new: str) -> Callable[[Path], None]:
    """A mutation of a docs folder: replace `old` (which must be there) by `new` in one page."""

    def apply(docs: Path) -> None:
        file = docs / path
        text = file.read_text(encoding="utf-8")
        assert old in text, (path, old)
        file.write_text(text.replace(old, new, 1), encoding="utf-8")

    return apply


@cache
def site_path() -> str:
    """The path of site_url (e.g. `/c2c-summit/`), which absolute links (404 page) start with."""
    site_url: str = load_config(str(ROOT / "mkdocs.yml"))["site_url"]
    return urlsplit(site_url).path


def resolve(site: Path, html_file: Path, href: str) -> tuple[Path, str]:
    """The built file and fragment an internal link points at."""
    parts = urlsplit(href)
    if parts.path.startswith("/"):
        assert parts.path.startswith(site_path()), href
        return resolve(site, site / "index.html", href.removeprefix(site_path()) or "./")
    base = html_file.parent.relative_to(site).as_posix()
    target = posixpath.normpath(posixpath.join(base, unquote(parts.path))) if parts.path else base
    file = site / target
    if file.is_dir() or parts.path.endswith("/"):
        file = file / "index.html"
    return file, parts.fragment


def article_links(site: Path) -> Iterator[tuple[str, Path, str]]:
    """Every internal link in the content of every built page: where it stands (page and href), the file it
    points at and its fragment."""
    for html_file in sorted(site.rglob("*.html")):
        article = soup(html_file).select_one("article")
        if article is None:
            continue
        for a in article.find_all("a", href=True):
            href = str(a["href"])
            if urlsplit(href).scheme or href.startswith("mailto:"):
                continue
            yield f"{html_file.relative_to(site)}: {href}", *resolve(site, html_file, href)


def links_that_miss(site: Path) -> tuple[int, list[str]]:
    """How many internal links the built pages' content holds, and those that land on no file or no anchor."""
    checked, missed = 0, []
    for where, target, fragment in article_links(site):
        checked += 1
        if not target.is_file():
            missed.append(f"{where} (no file)")
        elif fragment and soup(target).find(id=fragment) is None:
            missed.append(f"{where} (no anchor)")
    return checked, missed
