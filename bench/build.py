"""Build benchmark: the site at 1x, 10x and 100x content, English only and bilingual, (a) as it is and (b) with
macro output inlined.

    .venv/bin/python bench/build.py                       # what `make bench` runs (about 20 minutes on 2 quiet cores)
    .venv/bin/python bench/build.py --scales 1 --reps 1   # the smoke test (about 10 seconds)

For each scale, `synth.make_docs` writes the content (1x: the real docs/; 10x: 100 groups, 1,000
priorities, 100 exhibitors; 100x: 1,000 groups, 10,000 priorities, 1,000 exhibitors). Each is built
bilingual (the real mkdocs.yml: English, then Russian, mkdocs-static-i18n) and English only (the same
config without mkdocs-static-i18n and the `.ru.md` pages). (a) is the site as it is. The first (a)
build of each also writes every page's Markdown as mkdocs-macros leaves it, per language (the time it
spends writing is measured in the process and taken off that build's figures); that copy,
built with the same config minus the macros plugin, is the floor (b): what MkDocs and Material cost for
the same pages. The four builds alternate, each in a fresh process (`measure.py`), and the medians are
printed, with the targets of issues 6, 13 and 16 (`figures.py`).
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the `macros` package, which synth builds the content with

import synth  # noqa: E402 - needs ROOT on the path
from figures import Edition, Run, Scale, report  # noqa: E402 - imports synth

MEASURE = Path(__file__).resolve().parent / "measure.py"
DEFAULT_REPS = "5,3,1"
"""Repetitions at 1x, 10x and 100x: four builds each (a bilingual 100x build takes about four minutes)."""


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
    inside = json.loads(result.read_text())
    return Run(  # less the time spent writing the inlined copy, in the build that captures it
        process_wall=wall - float(inside["capture_wall"]),
        process_cpu=usage.ru_utime + usage.ru_stime - float(inside["capture_cpu"]),
        rss_mb=usage.ru_maxrss / 1024,
        build_wall=float(inside["build_wall"]),
        build_cpu=float(inside["build_cpu"]),
        ours_wall={bucket: float(seconds) for bucket, seconds in inside["ours_wall"].items()},
        ours_cpu={bucket: float(seconds) for bucket, seconds in inside["ours_cpu"].items()},
        index_reads=int(inside["index_reads"]),
        index_reuses=int(inside["index_reuses"]),
        languages=len(inside["languages"]),
    )


SEARCH_ONLY = ("pagefind/", "search/search_index.json")
"""Search's files: (a) has Pagefind's index and an empty lunr index, (b) (no hooks) lunr's whole index."""


def search_bytes(site: Path) -> int:
    """Search's index on disk: Pagefind's folder (macros/search.py) or, without it, lunr's index."""
    bundle = site / "pagefind"
    if bundle.is_dir():
        return sum(file.stat().st_size for file in bundle.rglob("*") if file.is_file())
    return (site / "search" / "search_index.json").stat().st_size


def site_stats(site: Path, pages: int) -> dict[str, Any]:
    """Sizes in the built site: the followed group page, the search index, HTML per page, the largest page
    (`pages`: the pages of all its languages)."""
    sizes = sorted((file.stat().st_size, file) for file in site.rglob("*.html"))
    return {
        "group_page_bytes": (site / "groups" / synth.WATCHED_GROUP / "index.html").stat().st_size,
        "pages": pages,
        "search_index_bytes": search_bytes(site),
        "html_bytes_per_page": sum(size for size, _ in sizes) / max(pages, 1),
        "largest_page_bytes": sizes[-1][0],
        "largest_page": str(sizes[-1][1].relative_to(site).parent),
    }


EDIT_LINK = re.compile(rb'(/edit/[^"]*)\.ru\.md"')
"""An edit link to a `.ru.md` file: in the floor every Russian page is one (the inlined copy writes `x.ru.md`), while
in (a) a page that stands in for a missing translation links to `x.md`. `compare_sites` sets that difference aside."""


def same_file(a: Path, b: Path) -> bool:
    """Whether two built files are the same, but for the search marks on (a)'s pages (macros/search.py, run by our
    hooks: what to index, and on a large page what not to) and an HTML page's edit link to `x.ru.md` read as one
    to `x.md`."""
    if not b.is_file():
        return False
    if filecmp.cmp(a, b, shallow=False):
        return True
    if a.suffix != ".html":
        return False
    page = a.read_bytes().replace(b" data-pagefind-body", b"").replace(b" data-pagefind-ignore", b"")
    return EDIT_LINK.sub(rb'\1.md"', page) == EDIT_LINK.sub(rb'\1.md"', b.read_bytes())


def compare_sites(a: Path, b: Path) -> tuple[int, int]:
    """How many files differ between the two builds, of how many (search's own files left out, edit links to
    `.ru.md` set aside)."""
    files = [
        file.relative_to(a)
        for file in a.rglob("*")
        if file.is_file() and not file.relative_to(a).as_posix().startswith(SEARCH_ONLY)
    ]
    differ = sum(1 for file in files if not same_file(a / file, b / file))
    return differ, len(files)


def bench_scale(scale: int, reps: int, work: Path, config: Path) -> Scale:
    """Generate the content at `scale`, then build it English only and bilingual, (a) and (b), `reps` times each,
    alternating."""
    base = work / f"x{scale}"
    shutil.rmtree(base, ignore_errors=True)
    docs = base / "docs"
    counts = synth.make_docs(scale, ROOT / "docs", docs)
    editions = {"en": Edition("English only"), "bi": Edition("bilingual")}
    for name in editions:
        shutil.copytree(docs, base / f"inlined-{name}" / "docs")
    for rep in range(1, reps + 1):
        print(f"  {scale}x ({counts.pages} pages a language): repetition {rep}/{reps} ...", flush=True)
        for name, edition in editions.items():
            only = ["--english-only"] if name == "en" else []
            inlined, nav = base / f"inlined-{name}" / "docs", base / f"inlined-{name}" / "nav.json"
            site_args = ["--config", str(config), "--docs", str(docs), "--site", str(base / f"site-{name}-a"), *only]
            capture = ["--capture", str(inlined)] if rep == 1 else []  # the first (a) also writes the inlined copy
            edition.full.runs.append(run_build(site_args + capture, base / f"{name}-a{rep}.log"))
            floor_args = ["--config", str(config), "--docs", str(inlined), "--site", str(base / f"site-{name}-b")]
            floor_args += ["--floor", str(nav), *only]
            edition.floor.runs.append(run_build(floor_args, base / f"{name}-b{rep}.log"))
    for name, edition in editions.items():
        pages = counts.pages * edition.full.runs[-1].languages
        edition.full.stats = site_stats(base / f"site-{name}-a", pages)
        edition.floor.stats = site_stats(base / f"site-{name}-b", pages)
        edition.identical = compare_sites(base / f"site-{name}-a", base / f"site-{name}-b")
    return Scale(scale, counts, reps, editions["en"], editions["bi"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scales", default="1,10,100", help="comma-separated content scales (default: 1,10,100)")
    parser.add_argument(
        "--reps", default=DEFAULT_REPS, help=f"repetitions per scale, in order (default: {DEFAULT_REPS})"
    )
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
    command = f".venv/bin/python bench/build.py {' '.join(sys.argv[1:])}"
    print(f"\nBenchmark ran in {time.perf_counter() - started:.0f} s: {command}")


if __name__ == "__main__":
    main()
