"""Two builds of the same commit are byte-identical, whatever the checkout's path, the hash seed or the time zone.

MkDocs dates the sitemap (<lastmod>, and the gzip header of sitemap.xml.gz) with SOURCE_DATE_EPOCH when it is
set, and with the current date otherwise; `make deploy` and the deploy workflow set it from the last commit.
"""

from __future__ import annotations

import gzip
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from ..support import ROOT
from .project_copy import copy_site, git_env, mkdocs


def last_commit_epoch() -> str:
    return subprocess.run(
        ["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()


def build(project: Path, out: Path, **env: str) -> dict[str, bytes]:
    result = mkdocs(project, "build", "--strict", "--site-dir", str(out), env=git_env(**env))
    assert result.returncode == 0, result.stderr
    return {path.relative_to(out).as_posix(): path.read_bytes() for path in sorted(out.rglob("*")) if path.is_file()}


def test_two_builds_of_the_same_commit_are_byte_identical(tmp_path: Path) -> None:
    epoch = last_commit_epoch()
    first = build(
        copy_site(tmp_path / "one" / "project"),
        tmp_path / "site-one",
        SOURCE_DATE_EPOCH=epoch,
        PYTHONHASHSEED="1",
        TZ="UTC",
    )
    second = build(
        copy_site(tmp_path / "two" / "a" / "longer" / "path"),
        tmp_path / "elsewhere" / "site-two",
        SOURCE_DATE_EPOCH=epoch,
        PYTHONHASHSEED="2",
        TZ="JST-9",
    )
    assert sorted(first) == sorted(second)
    different = [path for path in first if first[path] != second[path]]
    assert different == []
    assert len(first) > 50
    assert "sitemap.xml.gz" in first
    assert "search/search_index.json" in first
    # Pagefind's index (macros/search.py), with its entry file's languages sorted
    assert {"pagefind/pagefind.js", "pagefind/pagefind-entry.json", "pagefind/wasm.ru.pagefind"} <= set(first)
    assert sum(path.startswith("pagefind/fragment/") for path in first) > 50


def test_the_sitemap_is_dated_by_the_commit(tmp_path: Path) -> None:
    epoch = last_commit_epoch()
    files = build(copy_site(tmp_path / "project"), tmp_path / "site", SOURCE_DATE_EPOCH=epoch)
    day = datetime.fromtimestamp(int(epoch), UTC).strftime("%Y-%m-%d")
    sitemap = files["sitemap.xml"].decode()
    assert sitemap.count("<lastmod>") == sitemap.count(f"<lastmod>{day}</lastmod>") > 20
    assert gzip.decompress(files["sitemap.xml.gz"]) == files["sitemap.xml"]
    header_mtime = int.from_bytes(files["sitemap.xml.gz"][4:8], "little")
    assert datetime.fromtimestamp(header_mtime, UTC).strftime("%Y-%m-%d") == day
