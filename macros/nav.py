"""The navigation: every working group and exhibitor listed under its section, while the section is small."""

from __future__ import annotations

from typing import Any

from .index import SiteIndex
from .layout import GROUPS_PAGE, MARKETPLACE_PAGE

NAV_PAGES_MAX = 30
"""A section lists its pages in the nav up to this many; beyond, its index page (a table of them all) stands alone.

Material writes the whole nav into every page, so listing every group and exhibitor would make each page's
size, and the build's cost per page, grow with the number of pages (see the Performance section of README).
"""


def expand_nav(nav: list[Any], index: SiteIndex) -> list[Any]:
    """The nav with the groups after `groups/index.md` and the exhibitors after `marketplace/index.md`.

    Each list is left out when it holds more than `NAV_PAGES_MAX` pages (`not_in_nav` in mkdocs.yml covers
    them). Expanding an expanded nav changes nothing, so a second build on the same config adds no entry twice.
    """
    children = {
        GROUPS_PAGE: [entry.path for entry in index.groups],
        MARKETPLACE_PAGE: [entry.path for entry in index.exhibitors],
    }
    children = {page: paths if len(paths) <= NAV_PAGES_MAX else [] for page, paths in children.items()}
    listed = {path for paths in children.values() for path in paths}
    expanded: list[Any] = []
    for item in nav:
        if isinstance(item, str) and item in listed:
            continue  # added by an earlier expansion; added again, in order, below
        if isinstance(item, dict):
            item = {
                title: expand_nav(value, index) if isinstance(value, list) else value for title, value in item.items()
            }
        expanded.append(item)
        if isinstance(item, str) and item in children:
            expanded.extend(children[item])
    return expanded
