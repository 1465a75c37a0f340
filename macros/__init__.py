"""Glue between MkDocs, mkdocs-macros and the content model: check and load the index once, register the macros.

mkdocs-macros calls `define_env` and the page hooks below; MkDocs calls `macros/hooks.py`, which hands
each page the text the check read (`page_source`) and checks every finished page (`check_output`).
Everything else (model, index, checks, rendering) is plain Python in the other modules.
"""

from __future__ import annotations

from . import _requirements  # noqa: F401  (first: `python -m macros` without the dependencies says what to do)

# isort: split
import html
import logging
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError

from . import htmlcheck, templates
from .index import SiteIndex
from .layout import GROUPS_PAGE, MARKETPLACE_PAGE
from .model import Exhibitor, WorkingGroup
from .problems import ContentError, Problem
from .render import MACROS, Here, attr, exhibitor_page, finish_page, group_page
from .sandbox import MacroSandbox
from .site import load_site, signatures

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs_macros.plugin import MacrosPlugin

log = logging.getLogger("mkdocs.plugins.c2c")
HOOKS_FILE = "macros/hooks.py"
"""The MkDocs hooks file (mkdocs.yml `hooks:`); the build refuses to run without it."""


@dataclass(frozen=True)
class _Build:
    """What one build keeps: the checked index and the sandbox that renders the site's own pages."""

    index: SiteIndex
    sandbox: MacroSandbox


_BUILDS: weakref.WeakKeyDictionary[MacrosPlugin, _Build] = weakref.WeakKeyDictionary()


NAV_PAGES_MAX = 30
"""A section lists its pages in the nav up to this many; beyond, its index page (a table of them all) stands alone.

Material writes the whole nav into every page, so listing every group and exhibitor would make each page's
size, and the build's cost per page, grow with the number of pages (see the Performance section of README).
"""


def expand_nav(nav: list[Any], index: SiteIndex) -> list[Any]:
    """The nav with the groups after `groups/index.md` and the exhibitors after `marketplace/index.md`.

    Each list is left out when it holds more than `NAV_PAGES_MAX` pages (`not_in_nav` in mkdocs.yml covers them).
    """
    children = {
        GROUPS_PAGE: [entry.path for entry in index.groups],
        MARKETPLACE_PAGE: [entry.path for entry in index.exhibitors],
    }
    children = {page: paths if len(paths) <= NAV_PAGES_MAX else [] for page, paths in children.items()}
    expanded: list[Any] = []
    for item in nav:
        if isinstance(item, dict):
            item = {
                title: expand_nav(value, index) if isinstance(value, list) else value for title, value in item.items()
            }
        expanded.append(item)
        if isinstance(item, str) and item in children:
            expanded.extend(children[item])
    return expanded


def _fail(problems: list[Problem]) -> PluginError:
    for problem in problems:
        log.error(str(problem))
    return PluginError(f"{len(problems)} problem(s) in the content; the site was not built.")


def define_env(env: MacrosPlugin) -> None:
    """Check the files and read and check every page once, then register the macros (in mkdocs-macros' on_config)."""
    config = env.conf
    root = Path(config.config_file_path).resolve().parent
    if not any(Path(str(hook.__file__)).as_posix().endswith(HOOKS_FILE) for hook in config["hooks"].values()):
        raise PluginError(f"mkdocs.yml must list '{HOOKS_FILE}' under 'hooks:' (it checks every page's output)")
    docs_dir = Path(config["docs_dir"])
    custom_dir = config.theme.custom_dir
    try:
        index = load_site(
            docs_dir, docs_rel=docs_dir.name, root=root, custom_dir=Path(custom_dir) if custom_dir else None
        )
    except ContentError as error:
        raise _fail(error.problems) from None
    if config["nav"]:
        config["nav"] = expand_nav(config["nav"], index)
    macros = {name: _bind(env, index, function) for name, function in MACROS.items()}
    for name, macro in macros.items():
        env.macro(macro, name)  # type: ignore[no-untyped-call]
    _BUILDS[env] = _Build(index, MacroSandbox(macros))


def _bind(env: MacrosPlugin, index: SiteIndex, function: Any) -> Any:
    def macro(*args: str) -> str:
        return str(function(index, _here(env, env.page.file.src_path), *args))

    macro.__doc__ = function.__doc__
    return macro


def _renders(env: MacrosPlugin) -> bool:
    """Whether mkdocs-macros is about to render this page as a template (its own rule, in `MacrosPlugin.render`)."""
    wanted = env.page.meta.get("render_macros")
    if wanted == False:  # noqa: E712 - mkdocs-macros compares with ==, so 0 counts as False and 1 as True
        return False
    forced = bool(env.force_page_rendering(env.page.file.src_path))
    return bool(env.config["render_by_default"] or forced or wanted == True)  # noqa: E712


def on_pre_page_macros(env: MacrosPlugin) -> None:
    """The first wall, on the exact text mkdocs-macros is about to render; then render in the sandbox only."""
    build = _BUILDS[env]
    if env.env is not build.sandbox:
        env._env = build.sandbox  # mkdocs-macros builds its own Environment after define_env; replace it
    if not _renders(env):
        return
    path = env.page.file.src_path.replace("\\", "/")
    text = build.index.texts.get(path, "")
    offset = text[: len(text) - len(env.markdown)].count("\n") if text.endswith(env.markdown) else 0
    checks = signatures(build.index, path)
    problems = [
        Problem(f"docs/{path}", line + offset, "body", message)
        for line, message in templates.check(env.markdown, checks)
    ]
    title = env.page.title
    if isinstance(title, str) and templates.has_syntax(title):
        problems.append(
            Problem(f"docs/{path}", None, "title", "template syntax is not allowed in a title (expected plain text)")
        )
    if problems:
        raise _fail(problems)


def page_source(config: MkDocsConfig, path: str) -> str:
    """The text of a page exactly as the check read it (MkDocs' `on_page_read_source`)."""
    build = _build_of(config)
    text = build.index.texts.get(path)
    if text is None:
        raise _fail([Problem(f"docs/{path}", None, "file", "this page was not checked (expected a '.md' page)")])
    return text


def check_output(config: MkDocsConfig, output: str, path: str | None) -> None:
    """The output wall: refuse a finished page (or theme template) on which anything could run script."""
    root = urlsplit(config["site_url"] or "").path or "/"
    violations = htmlcheck.check_html(output, root=root)
    if not violations:
        return
    build = _build_of(config)
    text = build.index.texts.get(path or "", "")
    shown = f"docs/{path}" if path in build.index.texts else (path or "a theme template")
    raise _fail([Problem(shown, _line_of(text, v.clue), "output", v.message) for v in violations])


def _line_of(text: str, clue: str) -> int | None:
    """The first line of `text` that holds `clue` (any case, also once entities are decoded), or None."""
    needle = clue.lower()
    if not needle:
        return None
    for number, line in enumerate(text.splitlines(), start=1):
        lowered = line.lower()
        if needle in lowered or needle in html.unescape(lowered):
            return number
    return None


def _build_of(config: MkDocsConfig) -> _Build:
    plugin = config.plugins["macros"]
    return _BUILDS[plugin]  # type: ignore[index]


def _here(env: MacrosPlugin, path: str) -> Here:
    """The page being rendered, with the addresses from mkdocs.yml that its help box links to."""
    return Here(path, repo_url=env.conf.get("repo_url") or "", edit_uri=env.conf.get("edit_uri") or "")


def on_post_page_macros(env: MacrosPlugin) -> None:
    """Generate typed pages from their front matter; make every title and description HTML-safe."""
    index = _BUILDS[env].index
    page = env.page
    path = page.file.src_path.replace("\\", "/")
    model = index.page_models.get(path)
    here = _here(env, path)
    if isinstance(model, WorkingGroup):
        env.markdown = group_page(index, here, index.group(page.file.name))
        page.meta["title"] = model.name
        page.meta["description"] = model.summary
    elif isinstance(model, Exhibitor):
        env.markdown = exhibitor_page(index, here, index.exhibitor(page.file.name))
        page.meta["title"] = model.name
        page.meta["description"] = model.summary
    env.markdown = finish_page(env.markdown, index, here)  # issue 11: numbered citations, glossary tooltips
    if isinstance(page.meta.get("title"), str):
        page.meta["title"] = html.escape(page.meta["title"], quote=False)
    if isinstance(page.meta.get("description"), str):
        page.meta["description"] = attr(page.meta["description"])
