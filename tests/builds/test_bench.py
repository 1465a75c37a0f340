"""Smoke test: the build benchmark runs at 1x with one repetition and prints its figures (nothing is timed)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ..support import ROOT


def test_benchmark_runs_at_1x(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "build.py"), "--scales", "1", "--reps", "1", "--work", str(tmp_path)],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=600,
        check=False,
    )
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    for figure in ("process s", "build s", "peak MB", "ms/page", "group page", "search index", "(a)/(b)", "index"):
        assert figure in out
    assert "our code <= 5% of the build at every scale: 1x" in out
    assert "1x identical" in out  # the floor build writes the same site as the real one
    row = next(line.split() for line in out.splitlines() if line.lstrip().startswith("1x ") and "| a " in line)
    pages, reps, process_seconds = int(row[1]), row[2], float(row[5])
    assert pages > 20
    assert reps == "1"
    assert process_seconds > 0
