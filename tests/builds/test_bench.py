"""Smoke tests: the build and serve benchmarks run at 1x with one repetition and print their figures (nothing is
judged on the times)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ..support import ROOT


def bench(script: str, *args: str) -> str:
    """What `bench/<script>` prints; it must succeed."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / script), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=600,
        check=False,
    )
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_benchmark_runs_at_1x(tmp_path: Path) -> None:
    out = bench("build.py", "--scales", "1", "--reps", "1", "--work", str(tmp_path))
    for figure in ("process s", "floor s", "build s", "peak MB", "ms/page", "group page", "search index", "(a)/(b)"):
        assert figure in out
    assert "bi / en" in out
    assert "largest page" in out
    assert "our code <= 5% of the build at every scale: 1x" in out
    assert "1x identical" in out  # the floor builds write the same sites as the real ones, in both editions
    assert "the content read and checked once per bilingual build: 1x 1 read, 1 reused -> met" in out
    row = next(line for line in out.splitlines() if line.lstrip().startswith("1x ") and "| English only |" in line)
    scale, _languages, process, *_ = (cell.split() for cell in row.split("|"))
    assert int(scale[1]) > 20  # pages a language
    assert scale[2] == "1"  # repetitions
    assert float(process[0]) > 0


def test_serve_benchmark_times_both_kinds_of_edit_at_1x() -> None:
    """`bench/serve.py` saves a prose edit and a record edit of a group page and waits for every page that shows
    each, in both editions."""
    out = bench("serve.py", "--scale", "1", "--reps", "1")
    for kind, page in (("prose", "report/"), ("record", "priorities/")):
        assert f"{kind} edit -> served <= 1.5 s at 1x" in out
        edit = next(line for line in out.splitlines() if line.startswith(f"  {kind} edit 1:"))
        assert f"/c2c-summit/ru/{page}" in edit
        assert "/c2c-summit/ru/groups/child-protection/" in edit
