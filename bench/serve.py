"""`mkdocs serve` reload: from saving a change to a working-group page to the rebuilt page being served.

    .venv/bin/python bench/serve.py               # the real site, 5 edits
    .venv/bin/python bench/serve.py --scale 10    # the 10x synthetic site
    .venv/bin/python bench/serve.py --dirty       # `mkdocs serve --dirty`: rebuild changed pages only

A copy of the project (docs/, overrides/ and mkdocs.yml copied, everything else linked) is served by
`mkdocs serve` on a free 127.0.0.1 port, exactly as `make serve` runs it. Each repetition appends
a unique sentence to the body of the copy's `groups/<group>.md` and polls the page every 20 ms until
the sentence is served. Printed: the median and every time, and the build time MkDocs logged for
each rebuild (the rest is MkDocs noticing the change: its file watcher polls every 0.5 s, then waits
0.1 s for further changes).
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


def wait_for(url: str, text: str, timeout: float) -> float:
    """Seconds until the page at `url` contains `text`."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if text in fetch(url):
            return time.perf_counter() - start
        time.sleep(POLL)
    raise TimeoutError(f"{url} did not show {text!r} within {timeout:.0f} s")


def build_times(log: Path) -> list[float]:
    return [float(s) for s in re.findall(r"Documentation built in ([\d.]+) seconds", log.read_text())]


def site_url(config: Path, port: int) -> str:
    """The watched group's page as `mkdocs serve` serves it: under the path of `site_url`."""
    from mkdocs.utils.yaml import yaml_load

    with config.open(encoding="utf-8") as file:
        mount = urlsplit(yaml_load(file).get("site_url") or "/").path.rstrip("/")
    return f"http://127.0.0.1:{port}{mount}/groups/{synth.WATCHED_GROUP}/"


def time_edits(page_file: Path, url: str, reps: int) -> list[float]:
    """Append a unique sentence to the page `reps` times; the seconds until each is served."""
    times = []
    original = page_file.read_text(encoding="utf-8")
    for rep in range(1, reps + 1):
        marker = f"Benchmark edit {rep} {time.time_ns()}."
        page_file.write_text(f"{original.rstrip()}\n\n{marker}\n", encoding="utf-8")
        times.append(wait_for(url, marker, timeout=1800))
        print(f"  edit {rep}: rebuilt page served after {times[-1]:.2f} s", flush=True)
        time.sleep(1)  # let the watcher settle before the next edit
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=1, help="1: the real site (default); 10 or 100: synthetic")
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--dirty", action="store_true", help="serve with --dirty (other pages' tables go stale)")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="c2c-serve-"))
    config = copy_project(work / "project", args.scale)
    page_file = config.parent / "docs" / "groups" / f"{synth.WATCHED_GROUP}.md"
    port = free_port()
    url = site_url(config, port)
    log = work / "serve.log"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    dirty = ["--dirty"] if args.dirty else []
    with log.open("w") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-f", str(config), "-a", f"127.0.0.1:{port}", *dirty],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
        )
    try:
        first = wait_for(url, "</html>", timeout=1800)
        served = f"first page served {first:.1f} s after start; {url}"
        print(f"mkdocs serve{' --dirty' if args.dirty else ''} ({args.scale}x): {served}", flush=True)
        times = time_edits(page_file, url, args.reps)
        builds = build_times(log)[1:]
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)
    rebuild = f"{statistics.median(builds):.2f} s" if builds else "not logged"
    print(
        f"Save -> rebuilt page served ({args.scale}x{', --dirty' if args.dirty else ''}, {args.reps} edits): "
        f"median {statistics.median(times):.2f} s "
        f"(min {min(times):.2f}, max {max(times):.2f}); MkDocs build time per rebuild: median {rebuild}"
    )


if __name__ == "__main__":
    main()
