"""What the build benchmark measures (`Run`, `Variant`, `Scale`) and how `bench/build.py` prints it."""

from __future__ import annotations

import itertools
import os
import platform
import statistics
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any, Literal

import synth

ROOT = Path(__file__).resolve().parent.parent
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
Figure = Literal["process_wall", "process_cpu", "rss_mb", "build_wall", "build_cpu"]
"""A figure of one build: measured around its process by the kernel, or inside it by `measure.py`."""


@dataclass
class Run:
    """One build in its own process."""

    process_wall: float
    process_cpu: float
    rss_mb: float
    build_wall: float
    build_cpu: float
    ours_wall: dict[str, float]
    """Seconds of our code per bucket (see `measure.py`), wall clock."""
    ours_cpu: dict[str, float]


@dataclass
class Variant:
    """The repeated builds of one site, and what the last one wrote."""

    runs: list[Run] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)

    def median(self, key: Figure) -> float:
        return statistics.median(float(getattr(run, key)) for run in self.runs)

    def ours(self, clock: Literal["wall", "cpu"], *buckets: str) -> float:
        """Median seconds (clock: 'wall' or 'cpu') in the given buckets of our code (default: all but the import)."""
        names = buckets or OURS
        per_run = (run.ours_wall if clock == "wall" else run.ours_cpu for run in self.runs)
        return statistics.median(sum(seconds.get(b, 0.0) for b in names) for seconds in per_run)


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
        *_build_table(results),
        "",
        *_content(results),
        "",
        "Our code, measured in-process (CPU ms, median): index = reading and validating all front matter;",
        "define_env = index + nav + registering the macros; pages = generating group and exhibitor pages;",
        "macros = the tables on the site's own pages; import = importing our package (pydantic models), once.",
        "",
        *_ours_table(results),
        "(mkdocs-macros = every event of the plugin, our code and its Jinja rendering included.)",
        "",
        *targets(results),
    ]
    largest = "; ".join(
        f"{r.scale}x {r.full.stats['largest_page']}/ {_size(r.full.stats['largest_page_bytes'])}" for r in results
    )
    return [*lines, f"Largest page (a): {largest}."]


def _build_table(results: list[Scale]) -> list[str]:
    """Per scale, (a) and (b): process and build time, peak memory, time per page, sizes."""
    header = (
        f"{'scale':>5} {'pages':>5} {'reps':>4} | {'':1} {'process s':>9} {'build s':>7} {'build cpu s':>11} "
        f"{'peak MB':>7} | {'ms/page':>7} {'cpu ms/page':>11} | "
        f"{'html/page':>9} {'group page':>10} {'search index':>12}"
    )
    lines = [header, "-" * len(header)]
    for r in results:
        for name, v in (("a", r.full), ("b", r.floor)):
            first = name == "a"
            lines.append(
                f"{f'{r.scale}x' if first else '':>5} {r.counts.pages if first else '':>5} "
                f"{r.reps if first else '':>4} | "
                f"{name} {v.median('process_wall'):9.2f} {v.median('build_wall'):7.2f} {v.median('build_cpu'):11.2f} "
                f"{v.median('rss_mb'):7.0f} | {1000 * v.median('build_wall') / r.counts.pages:7.1f} "
                f"{1000 * v.median('build_cpu') / r.counts.pages:11.1f} | {_size(v.stats['html_bytes_per_page']):>9} "
                f"{_size(v.stats['group_page_bytes']):>10} {_size(v.stats['search_index_bytes']):>12}"
            )
    return lines


def _content(results: list[Scale]) -> list[str]:
    """What each scale holds, and whether (a) and (b) wrote the same site."""
    content = "; ".join(
        f"{r.scale}x {r.counts.groups} groups, {r.counts.priorities} priorities, {r.counts.exhibitors} exhibitors"
        for r in results
    )
    identical = "; ".join(
        f"{r.scale}x "
        + ("identical" if not r.identical[0] else f"{r.identical[0]} files differ")
        + f" ({r.identical[1]} files)"
        for r in results
    )
    return [f"Content: {content}.", f"Output of (a) and (b): {identical}."]


def _ours_table(results: list[Scale]) -> list[str]:
    """Per scale, our code's share of the build, bucket by bucket."""
    header = (
        f"{'scale':>5} | {'(a)/(b)':>7} {'cpu':>5} | {'index':>6} {'define_env':>10} {'pages':>6} {'macros':>6} "
        f"{'ours':>6} | {'ours/build':>10} {'wall':>5} | {'import':>6} {'with import':>11} | {'mkdocs-macros':>13}"
    )
    lines = [header, "-" * len(header)]
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
        lines.append(_slopes(results))
    size = {r.scale: r.full.stats["group_page_bytes"] for r in (low, high)}
    growth = size[high.scale] / size[low.scale]
    lines.append(
        f"  groups/{synth.WATCHED_GROUP}/ at {high.scale}x <= 1.2 x {low.scale}x: {size[high.scale]:,} vs "
        f"{size[low.scale]:,} bytes = {growth:.2f}x -> {'met' if growth <= 1.2 else 'NOT met'}"
    )
    return lines


def _slopes(results: list[Scale]) -> str:
    """The CPU time each added page costs, from one scale to the next."""
    steps = list(itertools.pairwise(results))
    slopes = [
        (b.full.median("build_cpu") - a.full.median("build_cpu")) / (b.counts.pages - a.counts.pages) for a, b in steps
    ]
    return (
        "  (CPU ms per added page: "
        + ", ".join(f"{a.scale}x->{b.scale}x {1000 * slope:.1f}" for (a, b), slope in zip(steps, slopes, strict=True))
        + ")"
    )
