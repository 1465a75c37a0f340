"""`mkdocs serve` reload: from saving a change to a working-group page to the rebuilt page being served, in English
and in Russian.

    .venv/bin/python bench/serve.py                 # the real site, 5 edits
    .venv/bin/python bench/serve.py --scale 10      # the 10x synthetic site
    .venv/bin/python bench/serve.py --scale 1,10    # both, one after the other (what `make bench` runs)
    .venv/bin/python bench/serve.py --full          # plain `mkdocs serve`: every page rebuilt on each save

A copy of the project (docs/, overrides/ and mkdocs.yml copied, everything else linked) is served by
`mkdocs serve` on a free 127.0.0.1 port, exactly as `make serve` runs it (both editions: mkdocs-static-i18n
rebuilds the Russian one inside each build). Two kinds of edit are timed, each a save of the English
`groups/<group>.md` alone, as a contributor makes it:

- prose: a unique sentence appended to the page's body. It shows on the group page in both editions (the
  Russian one shows it in English, marked) and, at 1x, on the full report in both (at 10x the report is an
  index of the groups: render/bounded.py);
- record: a priority added at the top of the page's `priorities` (its title unique to each save). It shows on
  the group page in both editions and, at 1x, on the priorities page in both (at 10x an index of the groups).

Each save is followed by polling those pages every 20 ms until all of them serve the new text: the time is
the last of them. Printed: the median of each kind and every time, the build time MkDocs logged for each
rebuild (both languages; the rest is MkDocs noticing the change: its file watcher polls every 0.5 s, then
waits 0.1 s for further changes), and the targets of issue 16: a median of at most 1.5 s on the real site
and 3 s at 10x, for each kind.
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


KINDS = ("prose", "record")
DEPENDENT = {"prose": "report/", "record": "priorities/"}
"""The site's own page that shows each kind of edit at 1x (at 10x it is an index of the groups)."""


def site_urls(config: Path, port: int, kind: str, scale: int) -> list[str]:
    """The pages that must show an edit of `kind`, as `mkdocs serve` serves them under `site_url`'s path."""
    from mkdocs.utils.yaml import yaml_load

    with config.open(encoding="utf-8") as file:
        mount = urlsplit(yaml_load(file).get("site_url") or "/").path.rstrip("/")
    pages = [f"groups/{synth.WATCHED_GROUP}/", *([DEPENDENT[kind]] if scale == 1 else [])]
    return [f"http://127.0.0.1:{port}{mount}/{edition}{page}" for page in pages for edition in ("", f"{RUSSIAN}/")]


def edited(original: str, kind: str, marker: str) -> str:
    """The group page with the edit of `kind` carrying `marker`."""
    if kind == "prose":
        return f"{original.rstrip()}\n\n{marker}\n"
    source = re.search(r"^sources:\n  - (\S+)$", original, re.MULTILINE)
    if "\npriorities:\n" not in original or source is None:
        raise SystemExit("bench/serve.py: the watched group has no `priorities:` or no `sources:` list")
    added = f"  - id: bench-edit\n    title: {marker}\n    text: {marker}\n    sources: [{source.group(1)}]\n"
    return original.replace("\npriorities:\n", "\npriorities:\n" + added, 1)


def time_edits(page_file: Path, urls: list[str], kind: str, reps: int) -> list[float]:
    """Save the page with an edit of `kind` `reps` times; the seconds until every URL serves it."""
    times = []
    original = page_file.read_text(encoding="utf-8")
    for rep in range(1, reps + 1):
        marker = f"Benchmark {kind} edit {rep} {time.time_ns()}."
        page_file.write_text(edited(original, kind, marker), encoding="utf-8")
        served = wait_for_all(urls, marker, timeout=1800)
        times.append(max(served))
        each = ", ".join(f"{urlsplit(url).path} {seconds:.2f} s" for url, seconds in zip(urls, served, strict=True))
        print(f"  {kind} edit {rep}: served after {times[-1]:.2f} s ({each})", flush=True)
        time.sleep(1)  # let the watcher settle before the next edit
    page_file.write_text(original, encoding="utf-8")
    time.sleep(3)  # the rebuild of the original
    return times


def bench_serve(scale: int, reps: int, dirty: bool) -> dict[str, tuple[float, str]]:
    """Serve the site at `scale` and time `reps` edits of each kind; per kind, the median and the line that
    reports it."""
    work = Path(tempfile.mkdtemp(prefix="c2c-serve-"))
    config = copy_project(work / "project", scale)
    page_file = config.parent / "docs" / "groups" / f"{synth.WATCHED_GROUP}.md"
    port = free_port()
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
    results = {}
    try:
        urls = site_urls(config, port, "prose", scale)
        first = max(wait_for_all(urls, "</html>", timeout=1800))
        served = f"first pages served {first:.1f} s after start"
        print(f"mkdocs serve{' --dirty' if dirty else ''} ({scale}x): {served}", flush=True)
        for kind in KINDS:
            logged = len(build_times(log))
            times = time_edits(page_file, site_urls(config, port, kind, scale), kind, reps)
            builds = build_times(log)[logged : logged + reps]
            rebuild = f"{statistics.median(builds):.2f} s" if builds else "not logged"
            median = statistics.median(times)
            line = (
                f"Save -> {kind} edit served on every page that shows it, English and Russian ({scale}x"
                f"{', --dirty' if dirty else ''}, {reps} edits): median {median:.2f} s (min {min(times):.2f}, "
                f"max {max(times):.2f}); MkDocs build time per rebuild (both languages): median {rebuild}"
            )
            print(line, flush=True)
            results[kind] = (median, line)
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)
    return results


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
    for kinds in results.values():
        for _, line in kinds.values():
            print(line)
    print(f"Targets (issue 16; median of {args.reps}, every page that shows the edit served in both languages):")
    for scale, kinds in results.items():
        limit = TARGETS.get(scale)
        if limit is None:
            continue
        for kind, (median, _) in kinds.items():
            verdict = "met" if median <= limit else "NOT met"
            note = " (plain `mkdocs serve`, not what `make serve` runs)" if args.full else ""
            print(f"  {kind} edit -> served <= {limit:.1f} s at {scale}x: {median:.2f} s -> {verdict}{note}")


if __name__ == "__main__":
    main()
