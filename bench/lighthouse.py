"""Lighthouse (mobile) on the built site: performance, accessibility, best practices, SEO and bytes transferred.

    make bench-lighthouse                          # installs bench/node_modules, then runs this
    .venv/bin/python bench/lighthouse.py --runs 3  # the same, by hand

The site is built (strict) into a temporary folder and served gzip-compressed on 127.0.0.1 under
/c2c-summit/, as GitHub Pages serves a project site. Lighthouse (bench/package.json, with
CHROME_PATH=/usr/bin/chromium or $C2C_CHROMIUM) runs its default mobile profile (emulated Moto G
Power, simulated slow 4G) `--runs` times on the home page, a working group, an exhibitor and the
priorities page, the Russian home page and the same working group in Russian (`ru/`, `ru/groups/<id>/`),
and on two yardsticks: a stock Material page (a one-page site, `theme: material`, no
fonts) and the same working-group page built by stock Material (this site's docs and macros, without
`overrides/`, `c2c.css` or the dark palette). Printed: the median of each score and of the bytes
transferred. Targets: >= 98 / 100 / 100 / 100 on every page of the site in either language, and a
working-group page no heavier than a stock page.
A benchmark, not a test: nothing here runs in `make test`.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

from mkdocs.commands.build import build  # noqa: E402 - after NO_MKDOCS_2_WARNING
from mkdocs.config import load_config  # noqa: E402

from macros.site import load_site  # noqa: E402
from tests.browser.browser_support import CHROMIUM_ARGS, SiteServer, chromium_executable  # noqa: E402

LIGHTHOUSE = ROOT / "bench" / "node_modules" / ".bin" / "lighthouse"
RUSSIAN = "ru"
"""The Russian edition's folder in the built site (mkdocs-static-i18n)."""
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGETS = {"performance": 98, "accessibility": 100, "best-practices": 100, "seo": 100}
STOCK_PAGE = """# A stock Material page

This page is built with Material for MkDocs and nothing else: no custom templates, styles or scripts.
It is the yardstick for the weight of the site's own pages.

| Column | Another column |
|---|---|
| A cell | Another cell |
"""


def build_site(site_dir: Path) -> None:
    build(load_config(str(ROOT / "mkdocs.yml"), site_dir=str(site_dir), strict=True))


def build_stock(work: Path) -> Path:
    """A one-page stock Material site (offline: `font: false`), served under the same sub-path."""
    (work / "docs").mkdir(parents=True)
    (work / "docs" / "index.md").write_text(STOCK_PAGE, encoding="utf-8")
    (work / "mkdocs.yml").write_text(
        "site_name: Stock Material\nsite_url: https://example.org/c2c-summit/\n"
        "theme:\n  name: material\n  font: false\nplugins:\n  - search\n",
        encoding="utf-8",
    )
    build(load_config(str(work / "mkdocs.yml"), site_dir=str(work / "site")))
    return work / "site"


def build_stock_theme(work: Path) -> Path:
    """This site (same docs, macros and features) built by stock Material: no `overrides/`, no extra CSS,
    no palette; what Material alone costs for the same content."""
    config = load_config(str(ROOT / "mkdocs.yml"))
    theme = {"name": "material", "font": False, "language": "en", "features": list(config["theme"]["features"])}
    build(load_config(str(ROOT / "mkdocs.yml"), site_dir=str(work / "site"), strict=True, theme=theme, extra_css=[]))
    return work / "site"


def lighthouse(url: str, chrome: str | None) -> tuple[dict[str, float], list[str]]:
    """One Lighthouse run (default: mobile): each category's score out of 100 and the bytes transferred,
    and the audits below full marks in the accessibility, best-practices and SEO categories."""
    env = {**os.environ, **({"CHROME_PATH": chrome} if chrome else {})}
    result = subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            "--output-path=stdout",
            f"--only-categories={','.join(CATEGORIES)}",
            f"--chrome-flags={' '.join(CHROMIUM_ARGS)}",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"lighthouse failed on {url}:\n{result.stderr[-2000:]}")
    report = json.loads(result.stdout)
    figures: dict[str, float] = {name: round(100 * (report["categories"][name]["score"] or 0)) for name in CATEGORIES}
    figures["bytes"] = report["audits"]["total-byte-weight"]["numericValue"]
    failing: list[str] = [
        ref["id"]
        for name in CATEGORIES[1:]
        for ref in report["categories"][name]["auditRefs"]
        if ref["weight"] > 0 and _below_full_marks(report["audits"][ref["id"]].get("score"))
    ]
    return figures, failing


def _below_full_marks(score: float | None) -> bool:
    """Whether an audit lost points (a score of 0 too; None: not applicable or informative)."""
    return score is not None and score < 1


Row = tuple[str, dict[str, float], list[str]]
"""A measured page: its label, the median of each figure, and the audits below full marks in any run."""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page (the median is printed)")
    parser.add_argument("--no-stock", action="store_true", help="skip the two stock Material yardsticks")
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        print("Lighthouse is not installed: run `npm ci --prefix bench` (or `make bench-lighthouse`).")
        return 2
    pages, group_label, group_path = site_pages()
    chrome = chromium_executable()
    print(f"Lighthouse {subprocess.check_output([str(LIGHTHOUSE), '--version'], text=True).strip()}, mobile, ", end="")
    print(f"median of {args.runs}, Chromium {chrome or '(Playwright)'}, gzip, served under /c2c-summit/")
    rows = measure(pages, group_path, args.runs, not args.no_stock, chrome)
    print_results(rows, group_label)
    return 0


def site_pages() -> tuple[dict[str, str], str, str]:
    """The pages measured on this site (label: path under the site), and the working group's label and path."""
    index = load_site(ROOT / "docs")
    group = next(entry for entry in index.groups if entry.model.priorities)
    exhibitor = index.exhibitors[0]
    group_label, group_path = f"group ({group.id})", group.path.removesuffix(".md") + "/"
    pages = {
        "home": "",
        group_label: group_path,
        f"exhibitor ({exhibitor.id})": exhibitor.path.removesuffix(".md") + "/",
        "priorities": "priorities/",
        f"home ({RUSSIAN})": f"{RUSSIAN}/",
        f"group ({group.id}, {RUSSIAN})": f"{RUSSIAN}/{group_path}",
    }
    return pages, group_label, group_path


def measure(pages: dict[str, str], group_path: str, runs: int, stock: bool, chrome: str | None) -> list[Row]:
    """Build and serve the site (and the two yardsticks unless `stock` is false), then run Lighthouse on each page."""
    pages = dict(pages)
    with tempfile.TemporaryDirectory(prefix="c2c-lighthouse-") as work:
        build_site(Path(work) / "site")
        servers = {"site": SiteServer(Path(work) / "site", compress=True).start()}
        if stock:
            servers["stock"] = SiteServer(build_stock(Path(work) / "stock"), compress=True).start()
            servers["stock-theme"] = SiteServer(build_stock_theme(Path(work) / "stock-theme"), compress=True).start()
            pages["stock Material page"] = ""
            pages["stock Material, same group page"] = group_path
        try:
            rows = []
            for label, path in pages.items():
                server = servers[
                    "site" if not label.startswith("stock") else "stock-theme" if "same" in label else "stock"
                ]
                results = [lighthouse(server.url(path), chrome) for _ in range(runs)]
                median = {key: statistics.median(run[key] for run, _ in results) for key in (*CATEGORIES, "bytes")}
                failing = sorted({audit for _, audits in results for audit in audits})
                rows.append((label, median, failing))
                print(f"  {label}: done", file=sys.stderr)
        finally:
            for server in servers.values():
                server.stop()
    return rows


def print_results(rows: list[Row], group_label: str) -> None:
    """The table of medians, the working group's weight against the yardsticks, and the targets met or missed."""
    header = f"{'page':34} {'perf':>5} {'a11y':>5} {'b-p':>5} {'seo':>5} {'KB transferred':>15}"
    print(header)
    print("-" * len(header))
    missed = []
    for label, median, failing in rows:
        scores = " ".join(f"{median[name]:5.0f}" for name in CATEGORIES)
        print(f"{label:34} {scores} {median['bytes'] / 1024:15.1f}")
        if not label.startswith("stock"):
            missed += [
                f"{label}: {name} {median[name]:.0f} < {TARGETS[name]}"
                for name in CATEGORIES
                if median[name] < TARGETS[name]
            ]
        if failing:
            print(f"{'':34} audits below 1: {', '.join(failing)}")
    weight = {label: median["bytes"] for label, median, _ in rows}
    for label in ("stock Material page", "stock Material, same group page"):
        if label in weight:
            verdict = "met" if weight[group_label] <= weight[label] else "MISSED"
            difference = (weight[group_label] - weight[label]) / 1024
            print(f"weight: {group_label} against the {label}: {difference:+.1f} KB, {verdict}")
    print(f"targets: {' / '.join(str(TARGETS[name]) for name in CATEGORIES)}: " + ("met" if not missed else "MISSED"))
    for line in missed:
        print("  " + line)


if __name__ == "__main__":
    raise SystemExit(main())
