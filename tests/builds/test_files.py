"""Files stay inside the project: a symbolic link, a file reaching outside, or an unpublishable file type
fails the check and the build, naming the file, and nothing outside the repository reaches the site."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from ..support import run_check
from .project_copy import copy_site, mkdocs


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_site(tmp_path / "project")


def check(project: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    return run_check(project / "docs", capsys)


CASES: dict[str, tuple[Callable[[Path], object], str]] = {
    "a page linked to /etc/passwd": (lambda p: (p / "docs" / "leak.md").symlink_to("/etc/passwd"), "docs/leak.md"),
    "a folder linked to .git": (lambda p: (p / "docs" / "git").symlink_to(p / ".git"), "docs/git"),
    "a stylesheet linked outside": (
        lambda p: (p / "docs" / "assets" / "x.css").symlink_to("/etc/hostname"),
        "docs/assets/x.css",
    ),
    "an override linked to /etc/passwd": (
        lambda p: (p / "overrides" / "partials" / "copyright.html").symlink_to("/etc/passwd"),
        "overrides/partials/copyright.html",
    ),
    "an html file": (lambda p: (p / "docs" / "x.html").write_text("<script>alert(1)</script>"), "docs/x.html"),
    "an svg file": (lambda p: (p / "docs" / "x.svg").write_text("<svg onload=alert(1)/>"), "docs/x.svg"),
    "a javascript file": (lambda p: (p / "docs" / "x.js").write_text("alert(1)"), "docs/x.js"),
    "a page in another markdown suffix": (
        lambda p: (p / "docs" / "x.markdown").write_text("---\nrender_macros: true\n---\n{{ config }}\n"),
        "docs/x.markdown",
    ),
    "a name that is markup": (
        lambda p: (p / "docs" / "<img src=x onerror=alert(1)>.md").write_text("# x\n"),
        "docs/<img",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_files_outside_or_unpublishable_fail_the_check_and_the_build(
    name: str, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / ".git").mkdir(exist_ok=True)
    (project / ".git" / "config").write_text("[http]\n\textraheader = AUTHORIZATION: basic c2c-token-1234\n")
    make, shown = CASES[name]
    make(project)
    code, output = check(project, capsys)
    assert code == 1
    output = output.replace(str(project) + "/", "")
    assert any(line.startswith(shown) and ": file: " in line for line in output.splitlines()), output
    assert "Traceback" not in output
    result = mkdocs(project, "build", "--strict")
    assert result.returncode == 1
    assert shown.split("/", 1)[1].split("<")[0] in result.stderr
    site = project / "site"
    published = (
        "\n".join(f.read_text(errors="replace") for f in site.rglob("*") if f.is_file()) if site.exists() else ""
    )
    for secret in ("root:x:0:0", "c2c-token-1234", "alert(1)"):
        assert secret not in published


def test_nothing_is_read_through_a_link(project: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A linked page is never read: its text could be a secret, and would show in a YAML error."""
    secret = tmp_path / "secret.md"
    secret.write_text("---\nc2c-token-1234: [\n---\n", encoding="utf-8")
    (project / "docs" / "groups" / "leak.md").symlink_to(secret)
    code, output = check(project, capsys)
    assert code == 1
    assert "c2c-token-1234" not in output
    assert os.path.islink(project / "docs" / "groups" / "leak.md")
