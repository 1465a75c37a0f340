"""Search (README: Search): Pagefind's index of every edition, behind Material's search box.

Each page that search should find marks its content with `data-pagefind-body` (`mark_body`, from the
`on_post_page` hook); pages with `search: exclude: true` (the full report) and the 404 page are not marked,
so Pagefind leaves them out. After the last language's build, `index_site` runs Pagefind's binary (the pinned
`pagefind-bin` wheel) once over the whole site: it writes `pagefind/`, one index per `<html lang>`, and the
worker `overrides/assets/javascripts/c2c-search.js` queries the index of the reader's edition.

Material's search plugin stays for its search box (the theme shows the box only with the plugin on), but it
reads no page: `skip_material_indexing` takes its `on_page_context` out of the build, which parsed every page of
every edition into lunr's index (0.2 s of a 1x build, 42 s at 100x) for a file nothing queries.
The index it writes, which its script still fetches on every page, holds no page.
"""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.plugins import PluginCollection

BUNDLE = "pagefind"
"""Pagefind's folder in the site (the worker looks for it at `../../pagefind/` from itself)."""
WORKER = "assets/javascripts/c2c-search.js"
"""Our worker, from `overrides/`; `overrides/main.html` (block config) names it in Material's `__config`."""
MATERIAL_INDEX = "search/search_index.json"
ARTICLE = '<article class="md-content__inner md-typeset">'
"""Material's content element, once on every page (base.html)."""
EXCLUDED = (".headerlink", ".md-content__button")
"""Inside a page's content but not its text: permalinks' ¶ and the edit button."""
UNUSED = (
    "pagefind-ui.js",
    "pagefind-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-highlight.js",
)
"""Pagefind's own search interfaces, which the site does not use (Material's box does the showing)."""
LARGE = 100_000
"""A page's content above this many characters (the real site's largest is far below it; the priorities and themes
pages pass it at 10x content) is indexed by its headings and prose only: its tables and lists, each row of which
is on the page it comes from, are left out, so that a result's fragment stays small at any scale."""
_LISTINGS = re.compile(r"<(table|ul|ol|dl)(?=[\s>])")
_CONFIG = re.compile(r'<script id="__config" type="application/json">(.*?)</script>', re.DOTALL)


def searchable(meta: Mapping[str, Any]) -> bool:
    """Whether a page with front matter `meta` is in search (Material's `search: exclude: true` leaves it out)."""
    option = meta.get("search")
    return not (isinstance(option, dict) and option.get("exclude") is True)


def mark_body(output: str, meta: Mapping[str, Any]) -> str:
    """The page `output` with its content marked for Pagefind, unless the page is left out of search."""
    if not searchable(meta):
        return output
    if output.count(ARTICLE) != 1:
        raise PluginError(f"search: expected Material's {ARTICLE} once on each page (has Material changed?)")
    start = output.index(ARTICLE)
    end = output.rfind("</article>")
    if end - start > LARGE:
        content = _LISTINGS.sub(r"<\1 data-pagefind-ignore", output[start:end])
        output = output[:start] + content + output[end:]
    return output.replace(ARTICLE, ARTICLE[:-1] + " data-pagefind-body>", 1)


def worker_of(html: str) -> str:
    """The search worker Material starts on the page `html` (its `__config`'s `search`)."""
    match = _CONFIG.search(html)
    if match is None:
        raise PluginError("search: no Material __config on the home page (has Material changed?)")
    config = json.loads(match.group(1))
    return str(config.get("search", ""))


def check_worker(site: Path) -> None:
    """Fail the build when Material would start a worker other than ours (its worker file is named by hash, so a
    Material upgrade leaves overrides/main.html's replacement silently undone)."""
    home = site / "index.html"
    if not home.is_file():
        return
    worker = worker_of(home.read_text(encoding="utf-8"))
    if worker.split("?")[0] != WORKER:
        raise PluginError(
            f"search: Material starts the worker {worker!r}, not {WORKER!r}: overrides/main.html (block config) "
            "names Material's worker file, whose name changes with Material's version"
        )


MATERIAL_PLUGIN = "material/search"


def skip_material_indexing(plugins: PluginCollection) -> None:
    """Take Material's search plugin's page indexing (`on_page_context`) out of the build's events; its box, its
    settings and its `search_index.json` stay."""
    plugin = plugins.get(MATERIAL_PLUGIN)
    if plugin is None:
        return
    handlers = plugins.events["page_context"]
    plugins.events["page_context"] = [each for each in handlers if getattr(each, "__self__", None) is not plugin]


def empty_material_index(site: Path) -> None:
    """Replace Material's index (every page's text) with an empty one: its script still fetches the file."""
    index = site / MATERIAL_INDEX
    if not index.is_file():
        return
    config = json.loads(index.read_text(encoding="utf-8")).get("config", {})
    index.write_text(json.dumps({"config": config, "docs": []}, sort_keys=True), encoding="utf-8")


PAGEFIND_VERSION = "1.5.2"
"""The version pinned in requirements.txt (`pagefind-bin`); a binary named by `C2C_PAGEFIND` must be it."""


def pagefind_binary() -> str:
    """Pagefind's binary: the pinned `pagefind-bin` wheel's, or `$C2C_PAGEFIND` on a platform it has no wheel for."""
    override = os.environ.get("C2C_PAGEFIND")
    if override:
        version = subprocess.run([override, "--version"], capture_output=True, text=True, check=False).stdout
        if version.split() != ["pagefind", PAGEFIND_VERSION]:
            found = version.strip() or "not Pagefind"
            raise PluginError(f"search: C2C_PAGEFIND={override} is {found!r} (expected pagefind {PAGEFIND_VERSION})")
        return override
    try:
        from pagefind_bin import get_executable  # type: ignore[import-untyped]  # no stubs
    except ImportError as error:
        raise PluginError(
            "search: pagefind-bin is not installed (pip install -r requirements.txt; README: Search)"
        ) from error
    return str(get_executable())


def pagefind_command(site: Path) -> list[str]:
    """Pagefind's command line for `site`."""
    command = [pagefind_binary(), "--site", str(site), "--output-subdir", BUNDLE, "--silent"]
    for selector in EXCLUDED:
        command += ["--exclude-selectors", selector]
    return command


log = logging.getLogger("mkdocs.plugins.c2c.search")
_LATER: list[threading.Thread] = []
"""The Pagefind run a `serve` build left going (at most one)."""


def index_site(site: Path, *, serving: bool = False) -> None:
    """Run Pagefind over the built `site` and make its output reproducible; fail the build if anything is off.

    While `mkdocs serve` runs (`serving`), Pagefind runs beside the server once the pages are written, so that a
    save is served without waiting for the index; an error is logged, and the next build waits for the run.
    """
    check_worker(site)
    empty_material_index(site)
    if not serving:
        _run_pagefind(site)
        return
    wait_for_index()

    def run() -> None:
        try:
            _run_pagefind(site)
        except PluginError as error:
            log.error(f"{error} (search keeps the previous index until the next save)")

    thread = threading.Thread(target=run, name="pagefind", daemon=True)
    thread.start()
    _LATER.append(thread)


def wait_for_index() -> None:
    """Wait for the Pagefind run a `serve` build left going (before the next build writes the site)."""
    while _LATER:
        _LATER.pop().join()


def _run_pagefind(site: Path) -> None:
    """Pagefind over `site`, its output made reproducible; PluginError if anything is off."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PAGEFIND_")}
    done = subprocess.run(pagefind_command(site), cwd=site, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise PluginError(f"search: Pagefind failed ({done.returncode}): {(done.stderr or done.stdout).strip()}")
    bundle = site / BUNDLE
    entry_file = bundle / "pagefind-entry.json"
    try:
        entry = json.loads(entry_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise PluginError(f"search: Pagefind wrote no readable {entry_file.name}: {error}") from error
    if not entry.get("languages") or not (bundle / "pagefind.js").stat().st_size:
        raise PluginError("search: Pagefind indexed no page (is data-pagefind-body on the pages?)")
    entry["languages"] = dict(sorted(entry["languages"].items()))  # Pagefind writes them in any order
    entry_file.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    for name in UNUSED:
        (bundle / name).unlink(missing_ok=True)
