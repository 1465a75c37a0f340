"""What the open data costs: the size of data/ and feed.xml, and the build time with and without them.

    .venv/bin/python bench/opendata.py                    # sizes at 1x and 100x, build ratio at 1x and 10x
    .venv/bin/python bench/opendata.py --sizes 1 --builds 1 --reps 1   # quick

Sizes: `synth.make_docs` writes the content (as `bench/build.py` does), the index is read once, and the
files `macros/hooks.py` would add are made in-process (`export.data_files`, `feed.atom_feed`), timed (CPU).
Builds: the real mkdocs.yml against a variant without the hook (`INHERIT: mkdocs.yml`, `hooks: []`),
alternating, each build in a fresh process, CPU seconds of the child; both are built without --strict
(without the hook, pages' links to data/ would be warnings). Prints the median of each and their ratio.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import synth  # noqa: E402 - needs ROOT on the path

from macros import export, feed  # noqa: E402
from macros.site import load_site  # noqa: E402

SITE_URL = "https://c2c-summit.github.io/c2c-summit/"
BUILD = (
    "import sys; from mkdocs.config import load_config; from mkdocs.commands.build import build; "
    "build(load_config(sys.argv[1], docs_dir=sys.argv[2], site_dir=sys.argv[3], strict=False))"
)


def sizes(scale: int, work: Path) -> None:
    docs = work / f"x{scale}" / "docs"
    if not docs.exists():
        synth.make_docs(scale, ROOT / "docs", docs)
    index = load_site(docs)
    times = []
    for _ in range(3):
        start = time.process_time()
        files = export.data_files(index, SITE_URL)
        files[feed.FEED_FILE] = feed.atom_feed(index, "C2C", SITE_URL)
        times.append(time.process_time() - start)
    total = sum(len(content) for content in files.values())
    print(
        f"\n{scale}x: {len(index.groups)} groups, {len(index.priorities)} priorities, "
        f"{len(index.exhibitors)} exhibitors"
    )
    for path, content in files.items():
        print(f"  {path:42} {len(content):>12,} B")
    print(f"  {'total':42} {total:>12,} B; made in {statistics.median(times):.3f} s CPU (median of 3)")


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def builds(scale: int, work: Path, reps: int) -> None:
    docs = work / f"x{scale}" / "docs"
    if not docs.exists():
        synth.make_docs(scale, ROOT / "docs", docs)
    variant = ROOT / ".bench-opendata-nohook.yml"
    variant.write_text("INHERIT: mkdocs.yml\nhooks: []\n", encoding="utf-8")
    cpu: dict[str, list[float]] = {"with": [], "without": []}
    wall: dict[str, list[float]] = {"with": [], "without": []}
    try:
        for _ in range(reps):
            for name, config in (("with", ROOT / "mkdocs.yml"), ("without", variant)):
                site = work / f"x{scale}" / f"site-{name}"
                before, start = _child_cpu(), time.perf_counter()
                subprocess.run(
                    [sys.executable, "-c", BUILD, str(config), str(docs), str(site)],
                    check=True,
                    capture_output=True,
                    env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
                )
                wall[name].append(time.perf_counter() - start)
                cpu[name].append(_child_cpu() - before)
    finally:
        variant.unlink()
    with_cpu, without_cpu = statistics.median(cpu["with"]), statistics.median(cpu["without"])
    print(
        f"\n{scale}x builds (median of {reps}, CPU s / wall s): with the export {with_cpu:.2f} / "
        f"{statistics.median(wall['with']):.2f}, without {without_cpu:.2f} / {statistics.median(wall['without']):.2f}; "
        f"ratio (CPU) {with_cpu / without_cpu:.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="*", default=[1, 100])
    parser.add_argument("--builds", type=int, nargs="*", default=[1, 10])
    parser.add_argument("--reps", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="c2c-opendata-") as folder:
        work = Path(folder)
        for scale in args.sizes:
            sizes(scale, work)
        for scale in args.builds:
            builds(scale, work, args.reps)


if __name__ == "__main__":
    main()
