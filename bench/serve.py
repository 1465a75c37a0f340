"""`mkdocs serve` reload: from saving a change to a working-group page to the rebuilt page being served, in English
and in Russian.

    .venv/bin/python bench/serve.py                 # the real site, 5 edits
    .venv/bin/python bench/serve.py --scale 10      # the 10x synthetic site
    .venv/bin/python bench/serve.py --scale 1,10    # both, one after the other (what `make bench` runs)
    .venv/bin/python bench/serve.py --full          # plain `mkdocs serve`: every page rebuilt on each save

A copy of the project (docs/, overrides/ and mkdocs.yml copied, everything else linked) is served by
`mkdocs serve` on a free 127.0.0.1 port, exactly as `make serve` runs it (both editions: mkdocs-static-i18n
rebuilds the Russian one inside each build). Each repetition appends a unique sentence to the body of the
copy's `groups/<group>.md` (and, should the group have a Russian file, `groups/<group>.ru.md`, right after)
and polls the English page and its Russian edition (`ru/groups/<group>/`) every 20 ms until both serve
the sentence: the time is the later of the two. Printed: the median and every time, the build time MkDocs
logged for each rebuild (both languages; the rest is MkDocs noticing the change: its file watcher polls
every 0.5 s, then waits 0.1 s for further changes), and the targets of issue 16: a median of at most
1.5 s on the real site and 3 s at 10x.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import synth  # noqa: E402 - needs ROOT on the path

POLL = 0.02
TARGETS = {1: 1.5, 10: 3.0}
"""Issue 16: save -> rebuilt page served in both languages, median seconds, at most this at each scale."""
RUSSIAN = "ru"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def copy_project(dest: Path, scale: int) -> Path:
    """The project under `dest`, with its own docs/ (real, or synthetic at `scale`); returns its mkdocs.yml."""
    dest.mkdir(parents=True)
    for entry in ROOT.iterdir():
        if entry.name in ("docs", "overrides", "site", ".git", "mkdocs.yml"):
            continue
        (dest / entry.name).symlink_to(entry)
    shutil.copy2(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copytree(ROOT / "overrides", dest / "overrides")  # the build refuses a linked overrides/
    if scale == 1:
        shutil.copytree(ROOT / "docs", dest / "docs")
    else:
        synth.make_docs(scale, ROOT / "docs", dest / "docs")
    return dest / "mkdocs.yml"


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # a local URL we built
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return ""


def wait_for_all(urls: list[str], text: str, timeout: float) -> list[float]:
    """Seconds until each page in `urls` contains `text` (polled in turn from the same start)."""
    start = time.perf_counter()
    served: dict[str, float] = {}
    while time.perf_counter() - start < timeout:
        for url in urls:
            if url not in served and text in fetch(url):
                served[url] = time.perf_counter() - start
        if len(served) == len(urls):
            return [served[url] for url in urls]
        time.sleep(POLL)
    missing = ", ".join(url for url in urls if url not in served)
    raise TimeoutError(f"{missing} did not show {text!r} within {timeout:.0f} s")


def build_times(log: Path) -> list[float]:
    return [float(s) for s in re.findall(r"Documentation built in ([\d.]+) seconds", log.read_text())]


def site_urls(config: Path, port: int) -> list[str]:
    """The watched group's page as `mkdocs serve` serves it, under the path of `site_url`: English, then Russian."""
    from mkdocs.utils.yaml import yaml_load

    with config.open(encoding="utf-8") as file:
        mount = urlsplit(yaml_load(file).get("site_url") or "/").path.rstrip("/")
    page = f"groups/{synth.WATCHED_GROUP}/"
    return [f"http://127.0.0.1:{port}{mount}/{page}", f"http://127.0.0.1:{port}{mount}/{RUSSIAN}/{page}"]


def time_edits(page_files: list[Path], urls: list[str], reps: int) -> list[float]:
    """Append a unique sentence to the page (each of its files) `reps` times; the seconds until every URL serves it."""
    times = []
    originals = [file.read_text(encoding="utf-8") for file in page_files]
    for rep in range(1, reps + 1):
        marker = f"Benchmark edit {rep} {time.time_ns()}."
        for file, original in zip(page_files, originals, strict=True):
            file.write_text(f"{original.rstrip()}\n\n{marker}\n", encoding="utf-8")
        served = wait_for_all(urls, marker, timeout=1800)
        times.append(max(served))
        each = ", ".join(
            f"{label} {seconds:.2f} s" for label, seconds in zip(("English", "Russian"), served, strict=True)
        )
        print(f"  edit {rep}: rebuilt page served in both languages after {times[-1]:.2f} s ({each})", flush=True)
        time.sleep(1)  # let the watcher settle before the next edit
    return times


def bench_serve(scale: int, reps: int, dirty: bool) -> tuple[float, str]:
    """Serve the site at `scale` and time `reps` edits; the median and the line that reports them."""
    work = Path(tempfile.mkdtemp(prefix="c2c-serve-"))
    config = copy_project(work / "project", scale)
    page_file = config.parent / "docs" / "groups" / f"{synth.WATCHED_GROUP}.md"
    russian_file = page_file.with_suffix(f".{RUSSIAN}.md")
    page_files = [page_file, *([russian_file] if russian_file.is_file() else [])]
    port = free_port()
    urls = site_urls(config, port)
    log = work / "serve.log"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    with log.open("w") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-f", str(config), "-a", f"127.0.0.1:{port}"]
            + (["--dirty"] if dirty else []),
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
        )
    try:
        first = max(wait_for_all(urls, "</html>", timeout=1800))
        served = f"first pages served {first:.1f} s after start; {' and '.join(urls)}"
        print(f"mkdocs serve{' --dirty' if dirty else ''} ({scale}x): {served}", flush=True)
        times = time_edits(page_files, urls, reps)
        builds = build_times(log)[1:]
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)
    rebuild = f"{statistics.median(builds):.2f} s" if builds else "not logged"
    median = statistics.median(times)
    line = (
        f"Save -> rebuilt page served in English and Russian ({scale}x{', --dirty' if dirty else ''}, {reps} edits): "
        f"median {median:.2f} s (min {min(times):.2f}, max {max(times):.2f}); "
        f"MkDocs build time per rebuild (both languages): median {rebuild}"
    )
    print(line, flush=True)
    return median, line


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", default="1", help="comma-separated: 1 the real site (default); 10 or 100 synthetic")
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument(
        "--full", action="store_true", help="plain `mkdocs serve` (every page rebuilt), not `make serve`'s --dirty"
    )
    args = parser.parse_args()
    scales = [int(scale) for scale in args.scale.split(",")]
    dirty = not args.full  # `make serve`: --dirty, with macros/dependents.py rebuilding what an edit touches
    results = {scale: bench_serve(scale, args.reps, dirty) for scale in scales}
    print()
    for _, line in results.values():
        print(line)
    print(f"Targets (issue 16; median of {args.reps}, both languages served):")
    for scale, (median, _) in results.items():
        limit = TARGETS.get(scale)
        if limit is None:
            continue
        verdict = "met" if median <= limit else "NOT met"
        note = " (plain `mkdocs serve`, not what `make serve` runs)" if args.full else ""
        print(f"  save -> served in both languages <= {limit:.1f} s at {scale}x: {median:.2f} s -> {verdict}{note}")


if __name__ == "__main__":
    main()
