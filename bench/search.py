"""Search benchmark: bytes one query fetches in Chromium, and the indexing time, at 1x, 10x and 100x content.

    .venv/bin/python bench/search.py                    # 1x, 10x and 100x (a few minutes on 2 cores)
    .venv/bin/python bench/search.py --scales 1         # the real site only

For each scale, `synth.make_docs` writes the content (as bench/build.py does) and the site is built (strict) in
this process, with two clocks: Pagefind's run (`macros/search.index_site`) and Material's search plugin (lunr's
index: its page and post-build events), and a copy of lunr's index taken before the build empties it. The site
is then served gzip-compressed on 127.0.0.1 (as GitHub Pages serves it) and Chromium, in a fresh context per
query, opens the home page, waits until it is idle, types one query into the search box and waits for the
results: what it fetched from the first keystroke on, as transferred (headers and bodies), is the query's cost.
Two queries: a rare word (`RARE`) and a broad one (`BROAD`).
Lunr's figure is what its first query fetches whatever the query: its whole index and its worker, gzipped.
"""

from __future__ import annotations

import argparse
import gzip
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth  # noqa: E402 - needs ROOT on the path
from material.plugins.search.plugin import SearchPlugin  # type: ignore[import-untyped]  # noqa: E402
from mkdocs.commands.build import build  # noqa: E402
from mkdocs.config import load_config  # noqa: E402
from playwright.sync_api import Browser, Request, sync_playwright  # noqa: E402

from macros import search  # noqa: E402
from tests.browser.browser_support import CHROMIUM_ARGS, SiteServer, chromium_executable  # noqa: E402

RARE = "Petrozavodsk"
"""On three real pages, and on no synthetic one: the same few results at every scale."""
BROAD = "priorities"
"""On every group page, real and synthetic, and the title of the largest pages (priorities, themes)."""
LUNR_WORKER = "assets/javascripts/workers/search.a7633da7.min.js"


class Clocks:
    """Seconds spent in wrapped functions, by name."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def wrap(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - start

        return timed


def build_site(docs: Path, site: Path, lunr_copy: Path) -> dict[str, float]:
    """Build `docs` into `site`; the seconds Pagefind and lunr's index took; lunr's index copied to `lunr_copy`."""
    clocks = Clocks()
    empty = search.empty_material_index

    def keep_lunr(site: Path) -> None:
        shutil.copyfile(site / search.MATERIAL_INDEX, lunr_copy)
        empty(site)

    originals = {name: getattr(SearchPlugin, name) for name in ("on_page_context", "on_post_build")}
    index_site = search.index_site

    def pagefind(site: Path) -> None:
        before = os.times()
        index_site(site)
        after = os.times()
        cpu = after.children_user - before.children_user + after.children_system - before.children_system
        clocks.seconds["pagefind cpu"] = clocks.seconds.get("pagefind cpu", 0.0) + cpu

    search.empty_material_index = keep_lunr
    search.index_site = clocks.wrap("pagefind", pagefind)
    for name, function in originals.items():
        setattr(SearchPlugin, name, clocks.wrap("lunr", function))
    try:
        start = time.perf_counter()
        build(load_config(str(ROOT / "mkdocs.yml"), docs_dir=str(docs), site_dir=str(site), strict=True))
        clocks.seconds["build"] = time.perf_counter() - start
    finally:
        search.empty_material_index, search.index_site = empty, index_site
        for name, function in originals.items():
            setattr(SearchPlugin, name, function)
    return clocks.seconds


def query_bytes(browser: Browser, server: SiteServer, query: str) -> tuple[int, int, int]:
    """(bytes, requests, results) of one query typed on a fresh home page, from the first keystroke on."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    requests: list[Request] = []
    try:
        page.goto(server.url(), wait_until="networkidle")
        page.on("request", lambda request: requests.append(request))
        box = page.locator("input.md-search__input")
        box.click()
        box.fill(query)  # the whole query at once: one query (typed letter by letter, each keystroke is one)
        box.press("End")  # Material reads the box on keyup
        page.locator(".md-search-result__item").first.wait_for(timeout=60_000)
        page.wait_for_load_state("networkidle")
        total = 0
        for request in requests:
            response = request.response()
            if response is not None:
                sizes = request.sizes()
                total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
        results = page.locator(".md-search-result__item").count()
        return total, len(requests), results
    finally:
        context.close()


def gzipped(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=6))


def bench_scale(scale: int, work: Path, browser: Browser) -> dict[str, Any]:
    base = work / f"x{scale}"
    shutil.rmtree(base, ignore_errors=True)
    counts = synth.make_docs(scale, ROOT / "docs", base / "docs")
    print(f"  {scale}x ({counts.pages} pages): building ...", flush=True)
    site, lunr = base / "site", base / "lunr.json"
    seconds = build_site(base / "docs", site, lunr)
    figures: dict[str, Any] = {"scale": scale, "pages": counts.pages, **seconds}
    figures["lunr_bytes"] = gzipped(lunr) + gzipped(site / LUNR_WORKER)
    bundle = site / search.BUNDLE
    figures["pagefind_files"] = sum(1 for file in bundle.rglob("*") if file.is_file())
    figures["pagefind_bytes"] = sum(file.stat().st_size for file in bundle.rglob("*") if file.is_file())
    with SiteServer(site, compress=True) as server:
        for label, query in (("rare", RARE), ("broad", BROAD)):
            runs = [query_bytes(browser, server, query) for _ in range(2)]
            print(f"    {label} {query!r}: {[run[0] for run in runs]} bytes", flush=True)
            figures[label] = (query, statistics.median(run[0] for run in runs), runs[0][1], runs[0][2])
    shutil.rmtree(base, ignore_errors=True)
    return figures


def kb(size: float) -> str:
    return f"{size / 1000:,.1f} KB"


def report(results: list[dict[str, Any]]) -> list[str]:
    lines = [
        f"{'scale':>5} {'pages':>6} | {'first query (rare word)':>30} | {'broad query':>26} | "
        f"{'lunr, any query':>15} | {'Pagefind s (cpu)':>16} {'lunr s':>7} {'build s':>8} | {'pagefind/ on disk':>17}",
    ]
    for r in results:
        rare, broad = r["rare"], r["broad"]
        lines.append(
            f"{r['scale']:>4}x {r['pages']:>6} | {kb(rare[1]):>11} {rare[2]:>3} req {rare[0]!r:>12} | "
            f"{kb(broad[1]):>11} {broad[2]:>3} req {broad[3]:>3} hits | {kb(r['lunr_bytes']):>15} | "
            f"{r.get('pagefind', 0):>9.2f} ({r.get('pagefind cpu', 0):.2f}) {r.get('lunr', 0):>7.2f} "
            f"{r['build']:>8.1f} | "
            f"{kb(r['pagefind_bytes']):>11} {r['pagefind_files']:>5}"
        )
    lines.append("(bytes as transferred from a gzip-compressing server, headers included; median of 2 fresh contexts)")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scales", default="1,10,100", help="comma-separated content scales (default: 1,10,100)")
    parser.add_argument("--work", type=Path, help="build here (default: a temporary folder)")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="c2c-search-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium_executable(), args=CHROMIUM_ARGS)
            results = [bench_scale(int(scale), work, browser) for scale in args.scales.split(",")]
            browser.close()
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    print()
    print("\n".join(report(results)))
    print(f"\n.venv/bin/python bench/search.py {' '.join(sys.argv[1:])}")


if __name__ == "__main__":
    main()
