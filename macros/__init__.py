"""Glue between mkdocs-macros and the content model: load the index once, register the macros.

Everything else (model, index, rendering) is plain Python in the other modules.
"""

from __future__ import annotations

import html
import logging
import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mkdocs.exceptions import PluginError

from .index import GROUPS_PAGE, MARKETPLACE_PAGE, SiteIndex
from .model import Exhibitor, WorkingGroup
from .problems import ContentError
from .render import MACROS, Here, attr, exhibitor_page, group_page
from .site import load_site

if TYPE_CHECKING:
    from mkdocs_macros.plugin import MacrosPlugin

log = logging.getLogger("mkdocs.plugins.c2c")
_INDEXES: weakref.WeakKeyDictionary[MacrosPlugin, SiteIndex] = weakref.WeakKeyDictionary()


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


def define_env(env: MacrosPlugin) -> None:
    """Read and check all front matter once, then register the macros (mkdocs-macros calls this in on_config)."""
    docs_dir = Path(env.conf["docs_dir"])
    try:
        index = load_site(docs_dir, docs_rel=docs_dir.name)
    except ContentError as error:
        for problem in error.problems:
            log.error(str(problem))
        raise PluginError(f"{len(error.problems)} problem(s) in the content; the site was not built.") from None
    _INDEXES[env] = index
    if env.conf["nav"]:
        env.conf["nav"] = expand_nav(env.conf["nav"], index)
    for name, function in MACROS.items():
        env.macro(_bind(env, index, function), name)  # type: ignore[no-untyped-call]


def index_of(config: Any) -> SiteIndex | None:
    """The index `define_env` built for this build (None without the macros plugin): for hooks/opendata.py."""
    plugin = config.plugins.get("macros")
    return _INDEXES.get(plugin) if plugin is not None else None


def _bind(env: MacrosPlugin, index: SiteIndex, function: Any) -> Any:
    def macro(*args: str) -> str:
        return str(function(index, Here(env.page.file.src_path), *args))

    macro.__doc__ = function.__doc__
    return macro


def on_post_page_macros(env: MacrosPlugin) -> None:
    """Generate typed pages from their front matter; make every title and description HTML-safe."""
    index = _INDEXES[env]
    page = env.page
    path = page.file.src_path.replace("\\", "/")
    model = index.page_models.get(path)
    here = Here(path)
    if isinstance(model, WorkingGroup):
        env.markdown = group_page(index, here, index.group(page.file.name))
        page.meta["title"] = model.name
        page.meta["description"] = model.summary
    elif isinstance(model, Exhibitor):
        env.markdown = exhibitor_page(index, here, index.exhibitor(page.file.name))
        page.meta["title"] = model.name
        page.meta["description"] = model.summary
    if isinstance(page.meta.get("title"), str):
        page.meta["title"] = html.escape(page.meta["title"], quote=False)
    if isinstance(page.meta.get("description"), str):
        page.meta["description"] = attr(page.meta["description"])
