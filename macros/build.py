"""One build's state and the walls that run while MkDocs renders: MkDocs-specific, kept at the edge.

`define_env` (in `__init__.py`) records a `Build` per mkdocs-macros plugin: the checked index and the
sandbox that renders the site's own pages. The page hooks and `hooks.py` find it again from there.
"""

from __future__ import annotations

import html
import logging
import os
import weakref
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError

from . import htmlcheck, templates
from .index import SiteIndex
from .problems import Problem
from .sandbox import MacroSandbox

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs_macros.plugin import MacrosPlugin

log = logging.getLogger("mkdocs.plugins.c2c")


@dataclass(frozen=True)
class Build:
    """What one build keeps: the checked index, the sandbox that renders templates, and how paths are shown."""

    index: SiteIndex
    sandbox: MacroSandbox
    checks: Mapping[str, templates.Signature]
    """What each macro accepts (`checks.signatures`), worked out once per build for every templated page."""
    docs_rel: str = "docs"
    locale: str = "en"
    """The language this build writes (mkdocs-static-i18n runs one build per language)."""

    def shown(self, path: str) -> str:
        return f"{self.docs_rel}/{path}"


_BUILDS: weakref.WeakKeyDictionary[MacrosPlugin, Build] = weakref.WeakKeyDictionary()

ContentKey = tuple[str, str, tuple[tuple[str, int, int], ...]]
_INDEX: list[tuple[ContentKey, SiteIndex, frozenset[str] | None]] = []
"""The last checked index, what it was read from, and the pages its change touched (`dependents.py`): the second
language's build reuses them, and the next build of a `serve` loop compares its content with it."""
DIRTY: list[bool] = [False]
"""Whether this process serves or builds with `--dirty` (MkDocs' `on_startup`; `hooks.py` sets it)."""
SERVING: list[bool] = [False]
"""Whether this process is `mkdocs serve` (`on_startup`): search's index is then written beside the server."""


def content_key(docs_dir: Path, custom_dir: Path | None, site_url: str) -> ContentKey:
    """What the checked index depends on: every file's path, size and modification time (no file is read)."""
    stats = []
    for folder in (docs_dir, custom_dir):
        if folder is None or not folder.is_dir():
            continue
        for current, _, names in os.walk(folder, followlinks=False):
            for name in names:
                file = os.path.join(current, name)
                stat = os.lstat(file)
                stats.append((file, stat.st_size, stat.st_mtime_ns))
    return str(docs_dir.resolve()), site_url, tuple(sorted(stats))


def cached_index(key: ContentKey) -> SiteIndex | None:
    """The index checked from exactly these files, when the last build read them (else None)."""
    if _INDEX and _INDEX[0][0] == key:
        log.info("Reusing the content checked for the other language")
        return _INDEX[0][1]
    return None


def previous_index() -> SiteIndex | None:
    """The index the last build checked, whatever it was read from (None before the first)."""
    return _INDEX[0][1] if _INDEX else None


def rebuilt_pages() -> frozenset[str] | None:
    """The pages (English paths) the last change of content touched; None: every page."""
    return _INDEX[0][2] if _INDEX else None


def forget_index() -> None:
    """Read the content again at the next build, whatever it is."""
    _INDEX.clear()


def cache_index(key: ContentKey, index: SiteIndex, touched: frozenset[str] | None = None) -> None:
    """Keep the index for the next build on the same files (only the last one: a serve loop must not grow)."""
    _INDEX[:] = [(key, index, touched)]


_GENERATED: list[tuple[SiteIndex, tuple[object, ...], dict[str, bytes]]] = []
"""The data files and the feed made from the last index (with what else they depend on): the same in every
language, so the second language's build reuses them."""


def generated_files(index: SiteIndex, key: tuple[object, ...]) -> dict[str, bytes] | None:
    """The files `keep_generated_files` kept for this very index and `key`, else None."""
    if _GENERATED and _GENERATED[0][0] is index and _GENERATED[0][1] == key:
        return _GENERATED[0][2]
    return None


def keep_generated_files(index: SiteIndex, key: tuple[object, ...], files: dict[str, bytes]) -> None:
    _GENERATED[:] = [(index, key, files)]


def remember(plugin: MacrosPlugin, build: Build) -> None:
    _BUILDS[plugin] = build


def of_plugin(plugin: MacrosPlugin) -> Build:
    return _BUILDS[plugin]


def of_config(config: MkDocsConfig) -> Build:
    return _BUILDS[config.plugins["macros"]]  # type: ignore[index]


def fail(problems: list[Problem]) -> PluginError:
    """Log every problem, one line each; the error that stops the build."""
    for problem in problems:
        log.error(str(problem))
    return PluginError(f"{len(problems)} problem(s) in the content; the site was not built.")


def check_template(build: Build, path: str, markdown: str, title: object) -> list[Problem]:
    """The first template wall, on the exact text (and title) mkdocs-macros is about to render."""
    text = build.index.texts.get(path, "")
    offset = text[: len(text) - len(markdown)].count("\n") if text.endswith(markdown) else 0
    problems = [
        Problem(build.shown(path), line + offset, "body", message)
        for line, message in templates.check(markdown, build.checks)
    ]
    if isinstance(title, str) and templates.has_syntax(title):
        message = "template syntax is not allowed in a title (expected plain text)"
        problems.append(Problem(build.shown(path), None, "title", message))
    return problems


def page_source(config: MkDocsConfig, path: str) -> str:
    """The text of a page exactly as the check read it (MkDocs' `on_page_read_source`)."""
    build = of_config(config)
    text = build.index.texts.get(path)
    if text is None:
        raise fail([Problem(build.shown(path), None, "file", "this page was not checked (expected a '.md' page)")])
    return text


def check_output(config: MkDocsConfig, output: str, path: str | None) -> None:
    """The output wall: refuse a finished page (or theme template) on which anything could run script."""
    root = urlsplit(config["site_url"] or "").path or "/"
    violations = htmlcheck.check_html(output, root=root)
    if not violations:
        return
    build = of_config(config)
    text = build.index.texts.get(path or "", "")
    shown = build.shown(path) if path in build.index.texts else (path or "a theme template")
    raise fail([Problem(shown, line_of(text, v.clue), "output", v.message) for v in violations])


def line_of(text: str, clue: str) -> int | None:
    """The first line of `text` that holds `clue` (any case, also once entities are decoded), or None."""
    needle = clue.lower()
    if not needle:
        return None
    for number, line in enumerate(text.splitlines(), start=1):
        lowered = line.lower()
        if needle in lowered or needle in html.unescape(lowered):
            return number
    return None
