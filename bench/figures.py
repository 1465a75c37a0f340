"""What the build benchmark measures (`Run`, `Variant`, `Edition`, `Scale`) and how `bench/build.py` prints it,
with the targets of issues 6, 13 and 16."""

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
HOOKS = "hooks (output wall, page sources, data files, feed)"
"""macros/hooks.py: the output wall on every page, the checked text handed to MkDocs, data/ and feed.xml."""
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
    index_reads: int = 0
    """How many times the build read and checked the content (`macros.site.load_site`)."""
    index_reuses: int = 0
    """How many times a build reused the content checked for the other language (`macros.build.cached_index`)."""
    languages: int = 1
    """The languages the build wrote."""


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
class Edition:
    """One set of languages (English only, or bilingual) at one scale: (a) the site, (b) its floor."""

    name: str
    full: Variant = field(default_factory=Variant)
    floor: Variant = field(default_factory=Variant)
    identical: tuple[int, int] = (0, 0)
    """(files that differ between (a) and (b), files compared)."""

    def ratio(self, key: Figure) -> float:
        """(a)/(b) for one figure, of the medians."""
        return self.full.median(key) / self.floor.median(key)


@dataclass
class Scale:
    """Everything measured at one content scale."""

    scale: int
    counts: synth.Counts
    reps: int
    english: Edition
    bilingual: Edition

    @property
    def full(self) -> Variant:
        """The site as it is now: bilingual (a)."""
        return self.bilingual.full

    def cost(self, key: Figure) -> float:
        """Bilingual (a) / English-only (a), for one figure."""
        return self.bilingual.full.median(key) / self.english.full.median(key)


AB_TARGETS = {1: 1.25, 10: 1.10, 100: 1.10}
"""Issue 16: the whole process, (a)/(b), bilingual, at most this at each scale."""
BILINGUAL_MAX = 1.7
"""Issues 13 and 16: a bilingual build takes at most this times the English-only build (wall and CPU)."""
LARGEST_PAGE_MAX, LARGEST_PAGE_SCALE = 500 * 1024, 100
"""Issue 16: no page larger than this at that scale."""


def _size(size: float) -> str:
    return f"{size / 1024:,.0f} KB" if size < 10 * 1024 * 1024 else f"{size / 1024 / 1024:,.1f} MB"


def _pct(part: float, whole: float) -> str:
    return f"{100 * part / whole:.1f}%"


def report(results: list[Scale], load: float, config: Path) -> list[str]:
    """The figures, as printed lines."""
    return [
        f"C2C build benchmark: Python {platform.python_version()}, MkDocs {metadata.version('mkdocs')}, "
        f"Material {metadata.version('mkdocs-material')}, mkdocs-macros {metadata.version('mkdocs-macros-plugin')}, "
        f"mkdocs-static-i18n {metadata.version('mkdocs-static-i18n')}, {os.cpu_count()} CPUs, "
        f"load average at the start {load:.1f}; {config.relative_to(ROOT)}.",
        "Medians of the repetitions. English only = the config without mkdocs-static-i18n and the .ru.md pages;",
        "bilingual = the site as it is (English, then Russian, in one process). (a) the site; (b) the same pages",
        "with the macro output inlined and the macros plugin removed (the floor). process = the whole process:",
        "interpreter start-up, imports, every language; build = in the process, from importing the plugin and our",
        "package to the last file written.",
        "",
        *_headline(results),
        "",
        *_build_table(results),
        "",
        *_content(results),
        "",
        "Our code, measured in-process (CPU ms, median): index = reading and validating all front matter;",
        "define_env = index + nav + registering the macros; pages = generating group and exhibitor pages;",
        "macros = the tables on the site's own pages; import = importing our package (pydantic models), once.",
        "en = English only, bi = bilingual (both languages: the index once, pages and tables twice).",
        "",
        *_ours_table(results),
        "(mkdocs-macros = every event of the plugin, our code and its Jinja rendering included; hooks =",
        "macros/hooks.py: the output wall on every page, the checked text handed to MkDocs, data/ and feed.xml;",
        "not in 'ours', which keeps issue 6's meaning.)",
        "",
        *targets(results),
    ]


def _largest(variant: Variant) -> str:
    return f"{_size(variant.stats['largest_page_bytes'])} {variant.stats['largest_page']}/"


def _reads(variant: Variant) -> str:
    """How many times each build read the content, and reused it (every run: they must not vary)."""
    reads = sorted({run.index_reads for run in variant.runs})
    reuses = sorted({run.index_reuses for run in variant.runs})
    text = "/".join(map(str, reads)) + " read"
    return text + (f", {'/'.join(map(str, reuses))} reused" if any(reuses) else "")


def _headline(results: list[Scale]) -> list[str]:
    """Issue 16's table: per scale and language set, the whole process (a) and (b), their ratio, the largest page."""
    header = (
        f"{'scale':>5} {'pages':>5} {'reps':>4} | {'languages':12} | {'process s':>9} {'cpu s':>6} | "
        f"{'floor s':>7} {'cpu s':>6} | {'(a)/(b)':>7} {'cpu':>5} | {'peak MB':>7} | {'largest page':22} | index"
    )
    lines = ["Whole process (the headline):", header, "-" * len(header)]
    for r in results:
        for n, e in enumerate((r.english, r.bilingual)):
            full, floor = e.full, e.floor
            scale, pages, reps = (f"{r.scale}x", r.counts.pages, r.reps) if not n else ("", "", "")
            lines.append(
                f"{scale:>5} {pages:>5} {reps:>4} | "
                f"{e.name:12} | {full.median('process_wall'):9.2f} {full.median('process_cpu'):6.2f} | "
                f"{floor.median('process_wall'):7.2f} {floor.median('process_cpu'):6.2f} | "
                f"{e.ratio('process_wall'):7.2f} {e.ratio('process_cpu'):5.2f} | {full.median('rss_mb'):7.0f} | "
                f"{_largest(full):22} | {_reads(full)}"
            )
        en, bi = r.english, r.bilingual
        lines.append(
            f"{'':>5} {'':>5} {'':>4} | {'bi / en':12} | {r.cost('process_wall'):9.2f} {r.cost('process_cpu'):6.2f} | "
            f"{bi.floor.median('process_wall') / en.floor.median('process_wall'):7.2f} "
            f"{bi.floor.median('process_cpu') / en.floor.median('process_cpu'):6.2f} |"
        )
    return lines


def _build_table(results: list[Scale]) -> list[str]:
    """Per scale, language set, (a) and (b): process and build time, peak memory, time per page, sizes."""
    header = (
        f"{'scale':>5} | {'':4} {'process s':>9} {'build s':>7} {'build cpu s':>11} "
        f"{'peak MB':>7} | {'pages':>5} {'ms/page':>7} {'cpu ms/page':>11} | "
        f"{'html/page':>9} {'group page':>10} {'search index':>12}"
    )
    lines = ["Each build (en = English only, bi = bilingual; ms/page over the pages of every language):"]
    lines += [header, "-" * len(header)]
    for r in results:
        rows = (
            ("en a", r.english.full),
            ("en b", r.english.floor),
            ("bi a", r.bilingual.full),
            ("bi b", r.bilingual.floor),
        )
        for n, (name, v) in enumerate(rows):
            pages = int(v.stats["pages"])
            lines.append(
                f"{f'{r.scale}x' if not n else '':>5} | "
                f"{name} {v.median('process_wall'):9.2f} {v.median('build_wall'):7.2f} {v.median('build_cpu'):11.2f} "
                f"{v.median('rss_mb'):7.0f} | {pages:5} {1000 * v.median('build_wall') / pages:7.1f} "
                f"{1000 * v.median('build_cpu') / pages:11.1f} | {_size(v.stats['html_bytes_per_page']):>9} "
                f"{_size(v.stats['group_page_bytes']):>10} {_size(v.stats['search_index_bytes']):>12}"
            )
    return lines


def _content(results: list[Scale]) -> list[str]:
    """What each scale holds, and whether (a) and (b) wrote the same site."""
    content = "; ".join(
        f"{r.scale}x {r.counts.groups} groups, {r.counts.priorities} priorities, {r.counts.exhibitors} exhibitors"
        for r in results
    )

    def same(r: Scale) -> str:
        en, bi = r.english.identical, r.bilingual.identical
        verdict = "identical" if not en[0] and not bi[0] else f"{en[0]} and {bi[0]} files differ"
        return f"{r.scale}x {verdict} (English only {en[1]} files, bilingual {bi[1]})"

    identical = "; ".join(same(r) for r in results)
    note = "(a Russian page's edit link set aside: in the floor every Russian page is a .ru.md file)."
    return [f"Content: {content}.", f"Output of (a) and (b): {identical}", note]


def _ours_table(results: list[Scale]) -> list[str]:
    """Per scale and language set, our code's share of the build, bucket by bucket."""
    header = (
        f"{'scale':>5} {'':2} | {'(a)/(b)':>7} {'cpu':>5} | {'index':>6} {'define_env':>10} {'pages':>6} {'macros':>6} "
        f"{'ours':>6} | {'ours/build':>10} {'wall':>5} | {'import':>6} {'with import':>11} | {'mkdocs-macros':>13} | "
        f"{'hooks':>6} {'share':>6}"
    )
    lines = [header, "-" * len(header)]
    for r in results:
        for n, (name, e) in enumerate((("en", r.english), ("bi", r.bilingual))):
            full = e.full
            build_cpu = full.median("build_cpu")
            ours = full.ours("cpu")
            imported = full.ours("cpu", IMPORT)
            lines.append(
                f"{f'{r.scale}x' if not n else '':>5} {name:2} | {e.ratio('build_wall'):7.2f} "
                f"{e.ratio('build_cpu'):5.2f} | {1000 * full.ours('cpu', INDEX):6.0f} "
                f"{1000 * full.ours('cpu', DEFINE_ENV):10.0f} {1000 * full.ours('cpu', PAGES):6.0f} "
                f"{1000 * full.ours('cpu', MACROS):6.0f} {1000 * ours:6.0f} | {_pct(ours, build_cpu):>10} "
                f"{_pct(full.ours('wall'), full.median('build_wall')):>5} | {1000 * imported:6.0f} "
                f"{_pct(ours + imported, build_cpu):>11} | {_pct(full.ours('cpu', PLUGIN), build_cpu):>13} | "
                f"{1000 * full.ours('cpu', HOOKS):6.0f} {_pct(full.ours('cpu', HOOKS), build_cpu):>6}"
            )
    return lines


def _verdict(met: bool) -> str:
    return "met" if met else "NOT met"


def targets(results: list[Scale]) -> list[str]:
    """Each target of issues 16, 13 and 6, with the figures that meet or miss it."""
    return [
        "Targets (where a target names no clock, it is judged on CPU time, which other load on the machine",
        "disturbs less than wall time; the wall figure is printed beside it):",
        *_targets_16(results),
        *_targets_6(results),
    ]


def _targets_16(results: list[Scale]) -> list[str]:
    """Issues 16 and 13: the whole process against its floor, the second language's cost, one reading, page size."""
    by_scale = {r.scale: r for r in results}
    lines = []
    for scale, limit in AB_TARGETS.items():
        r = by_scale.get(scale)
        if r is None:
            lines.append(f"  whole process (a)/(b), bilingual, <= {limit:.2f}x at {scale}x: not measured")
            continue
        b = r.bilingual
        lines.append(
            f"  whole process (a)/(b), bilingual, <= {limit:.2f}x at {scale}x: CPU {b.ratio('process_cpu'):.2f}, "
            f"wall {b.ratio('process_wall'):.2f} (English only: CPU {r.english.ratio('process_cpu'):.2f}, "
            f"wall {r.english.ratio('process_wall'):.2f}) -> {_verdict(b.ratio('process_cpu') <= limit)}"
        )
    worst = max(max(r.cost("process_wall"), r.cost("process_cpu")) for r in results)
    lines.append(
        f"  bilingual <= {BILINGUAL_MAX}x English only, wall and CPU, at every scale: "
        + ", ".join(f"{r.scale}x wall {r.cost('process_wall'):.2f} CPU {r.cost('process_cpu'):.2f}" for r in results)
        + f" -> {_verdict(worst <= BILINGUAL_MAX)}"
    )
    once = all(
        run.index_reads == 1 and run.index_reuses == run.languages - 1 for r in results for run in r.bilingual.full.runs
    )
    lines.append(
        "  the content read and checked once per bilingual build: "
        + ", ".join(f"{r.scale}x {_reads(r.bilingual.full)}" for r in results)
        + f" -> {_verdict(once)}"
    )
    largest = by_scale.get(LARGEST_PAGE_SCALE)
    if largest is None:
        lines.append(f"  no page > {LARGEST_PAGE_MAX // 1024} KB at {LARGEST_PAGE_SCALE}x: not measured")
    else:
        size = largest.full.stats["largest_page_bytes"]
        lines.append(
            f"  no page > {LARGEST_PAGE_MAX // 1024} KB at {LARGEST_PAGE_SCALE}x: the largest is "
            f"{_largest(largest.full)} -> {_verdict(size <= LARGEST_PAGE_MAX)}"
        )
    return lines


def _targets_6(results: list[Scale]) -> list[str]:
    """Issue 6, on the bilingual site (a): our code's share, time per page, the size of a group page."""
    shares = {r.scale: r.full.ours("cpu") / r.full.median("build_cpu") for r in results}
    english = {r.scale: r.english.full.ours("cpu") / r.english.full.median("build_cpu") for r in results}
    lines = [
        "  our code <= 5% of the build at every scale: "
        + ", ".join(f"{s}x {100 * share:.1f}% (English only {100 * english[s]:.1f}%)" for s, share in shares.items())
        + f" -> {_verdict(max(shares.values()) <= 0.05)}"
    ]
    if len(results) < 2:
        return lines
    low, high = results[0], results[-1]
    per_page = {r.scale: r.full.median("build_cpu") / r.full.stats["pages"] for r in (low, high)}
    per_page_wall = {r.scale: r.full.median("build_wall") / r.full.stats["pages"] for r in (low, high)}
    ratio = per_page[high.scale] / per_page[low.scale]
    lines.append(
        f"  time per page {high.scale}x <= 1.5 x {low.scale}x (bilingual): {1000 * per_page[high.scale]:.1f} vs "
        f"{1000 * per_page[low.scale]:.1f} CPU ms = {ratio:.2f}x (wall: {1000 * per_page_wall[high.scale]:.1f} vs "
        f"{1000 * per_page_wall[low.scale]:.1f} ms = {per_page_wall[high.scale] / per_page_wall[low.scale]:.2f}x) "
        f"-> {_verdict(ratio <= 1.5)}"
    )
    if len(results) > 2:
        lines.append(_slopes(results))
    size = {r.scale: r.full.stats["group_page_bytes"] for r in (low, high)}
    growth = size[high.scale] / size[low.scale]
    lines.append(
        f"  groups/{synth.WATCHED_GROUP}/ at {high.scale}x <= 1.2 x {low.scale}x: {size[high.scale]:,} vs "
        f"{size[low.scale]:,} bytes = {growth:.2f}x -> {_verdict(growth <= 1.2)}"
    )
    return lines


def _slopes(results: list[Scale]) -> str:
    """The CPU time each added page costs, from one scale to the next."""
    steps = list(itertools.pairwise(results))
    slopes = [
        (b.full.median("build_cpu") - a.full.median("build_cpu")) / (b.full.stats["pages"] - a.full.stats["pages"])
        for a, b in steps
    ]
    return (
        "  (CPU ms per added page: "
        + ", ".join(f"{a.scale}x->{b.scale}x {1000 * slope:.1f}" for (a, b), slope in zip(steps, slopes, strict=True))
        + ")"
    )
