"""Build benchmark: the site at 1x, 10x and 100x content, (a) as it is and (b) with macro output inlined.

    .venv/bin/python bench/build.py                       # what `make bench` runs (about 15 minutes on 2 cores)
    .venv/bin/python bench/build.py --scales 1 --reps 1   # the smoke test (seconds)

For each scale, `synth.make_docs` writes the content (1x: the real docs/; 10x: 100 groups, 1,000
priorities, 100 exhibitors; 100x: 1,000 groups, 10,000 priorities, 1,000 exhibitors). (a) is the
site as it is. The first (a) build also writes every page's Markdown as mkdocs-macros leaves it;
that copy, built with the same mkdocs.yml minus the macros plugin, is the floor (b): what MkDocs
and Material cost for the same pages. (a) and (b) alternate, each build in a fresh process
(`measure.py`), and the medians are printed, with the targets of issue 6.
"""

from __future__ import annotations

import argparse
import filecmp
import itertools
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the `macros` package, which synth builds the content with

import synth  # noqa: E402 - needs ROOT on the path

MEASURE = Path(__file__).resolve().parent / "measure.py"
INDEX, DEFINE_ENV, PAGES, MACROS, IMPORT = (
    "index (load_site)",
    "define_env (index + nav + registration)",
    "group/exhibitor pages",
    "macro calls",
    "import",
)
OURS = (DEFINE_ENV, PAGES, MACROS)
"""Our code inside the build: index, nav and registration; generated pages; macro calls (disjoint)."""
PLUGIN = "mkdocs-macros plugin, all events"


@dataclass
class Run:
    """One build in its own process."""

    process_wall: float
    process_cpu: float
    rss_mb: float
    inside: dict[str, Any]


@dataclass
class Variant:
    """The repeated builds of one site, and what the last one wrote."""

    runs: list[Run] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)

    def median(self, key: str) -> float:
        return statistics.median(float(getattr(run, key, None) or run.inside.get(key, 0.0)) for run in self.runs)

    def ours(self, clock: str, *buckets: str) -> float:
        """Median seconds (clock: 'wall' or 'cpu') in the given buckets of our code (default: all but the import)."""
        names = buckets or OURS
        return statistics.median(sum(run.inside[f"ours_{clock}"].get(b, 0.0) for b in names) for run in self.runs)


@dataclass
class Scale:
    """Everything measured at one content scale."""

    scale: int
    counts: synth.Counts
    reps: int
    full: Variant
    floor: Variant
    identical: tuple[int, int]
    """(files that differ between (a) and (b), files compared)."""


def run_build(args: list[str], log: Path) -> Run:
    """Run `measure.py` in a fresh process; its wall time, CPU time and peak memory come from the kernel."""
    result = log.with_suffix(".json")
    start = time.perf_counter()
    with log.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, str(MEASURE), *args, "--result", str(result)], stdout=out, stderr=subprocess.STDOUT
        )
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    if process.returncode != 0:
        sys.exit(f"build failed ({' '.join(args)}):\n{log.read_text()[-4000:]}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, json.loads(result.read_text()))


def site_stats(site: Path, pages: int) -> dict[str, Any]:
    """Sizes in the built site: the followed group page, the search index, HTML per page, the largest page."""
    sizes = sorted((file.stat().st_size, file) for file in site.rglob("*.html"))
    return {
        "group_page_bytes": (site / "groups" / synth.WATCHED_GROUP / "index.html").stat().st_size,
        "search_index_bytes": (site / "search" / "search_index.json").stat().st_size,
        "html_bytes_per_page": sum(size for size, _ in sizes) / max(pages, 1),
        "largest_page_bytes": sizes[-1][0],
        "largest_page": str(sizes[-1][1].relative_to(site).parent),
    }


def compare_sites(a: Path, b: Path) -> tuple[int, int]:
    """How many files differ between the two builds, of how many."""
    files = [file.relative_to(a) for file in a.rglob("*") if file.is_file()]
    differ = sum(1 for file in files if not (b / file).is_file() or not filecmp.cmp(a / file, b / file, shallow=False))
    return differ, len(files)


def bench_scale(scale: int, reps: int, work: Path, config: Path) -> Scale:
    """Generate the content at `scale`, then build (a) and (b) `reps` times each, alternating."""
    base = work / f"x{scale}"
    shutil.rmtree(base, ignore_errors=True)
    docs, inlined, nav = base / "docs", base / "inlined" / "docs", base / "inlined" / "nav.json"
    counts = synth.make_docs(scale, ROOT / "docs", docs)
    shutil.copytree(docs, inlined)
    full, floor = Variant(), Variant()
    for rep in range(1, reps + 1):
        print(f"  {scale}x ({counts.pages} pages): repetition {rep}/{reps} ...", flush=True)
        site_args = ["--config", str(config), "--docs", str(docs), "--site", str(base / "site-a")]
        capture = ["--capture", str(inlined)] if rep == 1 else []  # the first (a) also writes the inlined copy
        full.runs.append(run_build(site_args + capture, base / f"a{rep}.log"))
        floor_args = [
            "--config",
            str(config),
            "--docs",
            str(inlined),
            "--site",
            str(base / "site-b"),
            "--floor",
            str(nav),
        ]
        floor.runs.append(run_build(floor_args, base / f"b{rep}.log"))
    full.stats = site_stats(base / "site-a", counts.pages)
    floor.stats = site_stats(base / "site-b", counts.pages)
    identical = compare_sites(base / "site-a", base / "site-b")
    return Scale(scale, counts, reps, full, floor, identical)


def _size(size: float) -> str:
    return f"{size / 1024:,.0f} KB" if size < 10 * 1024 * 1024 else f"{size / 1024 / 1024:,.1f} MB"


def _pct(part: float, whole: float) -> str:
    return f"{100 * part / whole:.1f}%"


def report(results: list[Scale], load: float, config: Path) -> list[str]:
    """The figures, as printed lines."""
    lines = [
        f"C2C build benchmark: Python {platform.python_version()}, MkDocs {metadata.version('mkdocs')}, "
        f"Material {metadata.version('mkdocs-material')}, mkdocs-macros {metadata.version('mkdocs-macros-plugin')}, "
        f"{os.cpu_count()} CPUs, load average at the start {load:.1f}; {config.relative_to(ROOT)}.",
        "Medians of the repetitions. (a) the site as it is; (b) the same pages with the macro output inlined and",
        "the macros plugin removed (the floor). build = in the process, from importing the plugin and our package",
        "to the last file written; process = the whole process (interpreter start-up and MkDocs imports too).",
        "",
        f"{'scale':>5} {'pages':>5} {'reps':>4} | {'':1} {'process s':>9} {'build s':>7} {'build cpu s':>11} "
        f"{'peak MB':>7} | {'ms/page':>7} {'cpu ms/page':>11} | {'html/page':>9} {'group page':>10} {'search index':>12}",
    ]
    lines.append("-" * len(lines[-1]))
    for r in results:
        for name, v in (("a", r.full), ("b", r.floor)):
            first = name == "a"
            lines.append(
                f"{f'{r.scale}x' if first else '':>5} {r.counts.pages if first else '':>5} {r.reps if first else '':>4} | "
                f"{name} {v.median('process_wall'):9.2f} {v.median('build_wall'):7.2f} {v.median('build_cpu'):11.2f} "
                f"{v.median('rss_mb'):7.0f} | {1000 * v.median('build_wall') / r.counts.pages:7.1f} "
                f"{1000 * v.median('build_cpu') / r.counts.pages:11.1f} | {_size(v.stats['html_bytes_per_page']):>9} "
                f"{_size(v.stats['group_page_bytes']):>10} {_size(v.stats['search_index_bytes']):>12}"
            )
    lines += [
        "",
        "Content: "
        + "; ".join(
            f"{r.scale}x {r.counts.groups} groups, {r.counts.priorities} priorities, {r.counts.exhibitors} exhibitors"
            for r in results
        )
        + ".",
        "Output of (a) and (b): "
        + "; ".join(
            f"{r.scale}x "
            + ("identical" if not r.identical[0] else f"{r.identical[0]} files differ")
            + f" ({r.identical[1]} files)"
            for r in results
        )
        + ".",
        "",
        "Our code, measured in-process (CPU ms, median): index = reading and validating all front matter;",
        "define_env = index + nav + registering the macros; pages = generating group and exhibitor pages;",
        "macros = the tables on the site's own pages; import = importing our package (pydantic models), once.",
        "",
        f"{'scale':>5} | {'(a)/(b)':>7} {'cpu':>5} | {'index':>6} {'define_env':>10} {'pages':>6} {'macros':>6} "
        f"{'ours':>6} | {'ours/build':>10} {'wall':>5} | {'import':>6} {'with import':>11} | {'mkdocs-macros':>13}",
    ]
    lines.append("-" * len(lines[-1]))
    for r in results:
        full, floor = r.full, r.floor
        build_cpu = full.median("build_cpu")
        ours = full.ours("cpu")
        imported = full.ours("cpu", IMPORT)
        lines.append(
            f"{f'{r.scale}x':>5} | {full.median('build_wall') / floor.median('build_wall'):7.2f} "
            f"{build_cpu / floor.median('build_cpu'):5.2f} | {1000 * full.ours('cpu', INDEX):6.0f} "
            f"{1000 * full.ours('cpu', DEFINE_ENV):10.0f} {1000 * full.ours('cpu', PAGES):6.0f} "
            f"{1000 * full.ours('cpu', MACROS):6.0f} {1000 * ours:6.0f} | {_pct(ours, build_cpu):>10} "
            f"{_pct(full.ours('wall'), full.median('build_wall')):>5} | {1000 * imported:6.0f} "
            f"{_pct(ours + imported, build_cpu):>11} | {_pct(full.ours('cpu', PLUGIN), build_cpu):>13}"
        )
    lines.append("(mkdocs-macros = every event of the plugin, our code and its Jinja rendering included.)")
    lines += ["", *targets(results)]
    lines.append(
        "Largest page (a): "
        + "; ".join(
            f"{r.scale}x {r.full.stats['largest_page']}/ {_size(r.full.stats['largest_page_bytes'])}" for r in results
        )
        + "."
    )
    return lines


def targets(results: list[Scale]) -> list[str]:
    """Each target of issue 6, with the figures that meet or miss it."""
    lines = ["Targets (time judged on CPU time, which other load on the machine disturbs less than wall time):"]
    shares = {r.scale: r.full.ours("cpu") / r.full.median("build_cpu") for r in results}
    worst = max(shares.values())
    lines.append(
        "  our code <= 5% of the build at every scale: "
        + ", ".join(f"{s}x {100 * share:.1f}%" for s, share in shares.items())
        + f" -> {'met' if worst <= 0.05 else 'NOT met'}"
    )
    if len(results) < 2:
        return lines
    low, high = results[0], results[-1]
    per_page = {r.scale: r.full.median("build_cpu") / r.counts.pages for r in (low, high)}
    per_page_wall = {r.scale: r.full.median("build_wall") / r.counts.pages for r in (low, high)}
    ratio = per_page[high.scale] / per_page[low.scale]
    lines.append(
        f"  time per page {high.scale}x <= 1.5 x {low.scale}x: {1000 * per_page[high.scale]:.1f} vs "
        f"{1000 * per_page[low.scale]:.1f} CPU ms = {ratio:.2f}x (wall: {1000 * per_page_wall[high.scale]:.1f} vs "
        f"{1000 * per_page_wall[low.scale]:.1f} ms = {per_page_wall[high.scale] / per_page_wall[low.scale]:.2f}x) "
        f"-> {'met' if ratio <= 1.5 else 'NOT met'}"
    )
    if len(results) > 2:
        steps = list(itertools.pairwise(results))
        slopes = [
            (b.full.median("build_cpu") - a.full.median("build_cpu")) / (b.counts.pages - a.counts.pages)
            for a, b in steps
        ]
        lines.append(
            "  (CPU ms per added page: "
            + ", ".join(
                f"{a.scale}x->{b.scale}x {1000 * slope:.1f}" for (a, b), slope in zip(steps, slopes, strict=True)
            )
            + ")"
        )
    size = {r.scale: r.full.stats["group_page_bytes"] for r in (low, high)}
    growth = size[high.scale] / size[low.scale]
    lines.append(
        f"  groups/{synth.WATCHED_GROUP}/ at {high.scale}x <= 1.2 x {low.scale}x: {size[high.scale]:,} vs "
        f"{size[low.scale]:,} bytes = {growth:.2f}x -> {'met' if growth <= 1.2 else 'NOT met'}"
    )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scales", default="1,10,100", help="comma-separated content scales (default: 1,10,100)")
    parser.add_argument("--reps", default="5,3,2", help="repetitions per scale, in the same order (default: 5,3,2)")
    parser.add_argument("--work", type=Path, help="build here and keep the sites (default: a temporary folder)")
    parser.add_argument(
        "--config", type=Path, default=ROOT / "mkdocs.yml", help="a variant of mkdocs.yml (in the root)"
    )
    args = parser.parse_args()
    scales = [int(s) for s in args.scales.split(",")]
    counts = [int(r) for r in args.reps.split(",")]
    work = args.work or Path(tempfile.mkdtemp(prefix="c2c-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    started, load = time.perf_counter(), os.getloadavg()[0]
    print(f"Building in {work} ...", flush=True)
    try:
        results = [
            bench_scale(s, counts[min(n, len(counts) - 1)], work, args.config.resolve()) for n, s in enumerate(scales)
        ]
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    print()
    print("\n".join(report(results, load, args.config.resolve())))
    print(
        f"\nBenchmark ran in {time.perf_counter() - started:.0f} s: .venv/bin/python bench/build.py {' '.join(sys.argv[1:])}"
    )


if __name__ == "__main__":
    main()
