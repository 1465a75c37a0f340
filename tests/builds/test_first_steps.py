"""A contributor's first ten minutes: `make new`, `make check`, the served address, and no traceback without
the dependencies."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from ..support import ROOT

SITE_URL: str = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8").split("\ntheme:")[0])["site_url"]
SERVED = f"http://127.0.0.1:8000{urlsplit(SITE_URL).path}"
"""Where `mkdocs serve` serves the site: its default address, under the path of site_url."""


def bare_python(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """This interpreter without site-packages (`-S`): the standard library only, as a system Python might be."""
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run([sys.executable, "-S", *args], cwd=cwd, env=env, capture_output=True, text=True, check=False)


def test_the_bare_interpreter_really_lacks_the_dependencies() -> None:
    for module in ("pydantic", "yaml", "mkdocs"):
        assert bare_python("-c", f"import {module}").returncode != 0, module


@pytest.mark.parametrize("args", [["check"], ["new", "group", "Culture"], ["reference", "--check"], []])
def test_python_m_macros_without_the_dependencies_prints_one_line_and_no_traceback(args: list[str]) -> None:
    result = bare_python("-m", "macros", *args)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "pydantic" in lines[0]
    assert "`make check`" in lines[0]
    assert "source .venv/bin/activate" in lines[0]
    assert not (ROOT / "docs" / "groups" / "culture.md").exists()


def test_with_the_dependencies_the_command_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "macros", "check"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK: ")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """What `make new` and `make check` need: the Makefile, the pages, the package and the shared .venv."""
    for name in ("docs", "macros"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(ROOT / "Makefile", tmp_path / "Makefile")
    shutil.copy2(ROOT / "requirements.txt", tmp_path / "requirements.txt")
    (tmp_path / ".venv").symlink_to(Path(sys.executable).parent.parent)
    return tmp_path


def make(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`make` in the copy, never reinstalling into the shared environment (`-o`: its stamp counts as fresh)."""
    return subprocess.run(
        ["make", "--no-print-directory", "-o", ".venv/bin/.installed", *args],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )


def test_make_new_writes_the_page_and_make_check_names_its_placeholders(project: Path) -> None:
    result = make(project, "new", "KIND=exhibitor", 'NAME=Center "Shield" Inc.')
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "docs/marketplace/center-shield-inc.md"
    check = make(project, "check")
    assert check.returncode != 0
    lines = check.stderr.splitlines()
    assert lines[0].startswith("docs/marketplace/center-shield-inc.md:15: summary: placeholder 'TODO:")
    assert lines[1].startswith("docs/marketplace/center-shield-inc.md:25: sources.0: placeholder 'todo-source-id'")
    assert lines[2] == "2 problems found in the content."
    page = project / "docs" / "marketplace" / "center-shield-inc.md"
    text = page.read_text(encoding="utf-8").replace("TODO: ", "").replace("todo-source-id", "irex-marketplace")
    page.write_text(text, encoding="utf-8")
    check = make(project, "check")
    assert check.returncode == 0, check.stderr
    assert check.stdout.startswith("OK: 10 working groups, 7 priorities, 9 exhibitors")


def test_make_new_with_a_source_and_without_a_name(project: Path) -> None:
    result = make(project, "new", "KIND=group", "NAME=Culture and Heritage", "SOURCE=irex-priorities")
    assert result.returncode == 0, result.stderr
    text = (project / "docs" / "groups" / "culture-and-heritage.md").read_text(encoding="utf-8")
    assert "sources: [irex-priorities]" in text
    usage = make(project, "new", "KIND=group")
    assert usage.returncode != 0
    assert usage.stderr.startswith('usage: make new KIND=group NAME="')


@pytest.mark.parametrize("name", ["README.md", "docs/contribute.md", "CONTRIBUTING.md"])
def test_the_guides_give_the_served_address_exactly(name: str) -> None:
    text = (ROOT / name).read_text(encoding="utf-8")
    assert SERVED == "http://127.0.0.1:8000/c2c-summit/"
    assert SERVED in text
    assert not re.search(r"127\.0\.0\.1:8000(?!/)(?![^\n]*(?:redirect|takes you there))", text), name


def test_the_guide_explains_what_a_content_error_does_during_make_serve() -> None:
    text = " ".join((ROOT / "docs" / "contribute.md").read_text(encoding="utf-8").split())
    assert "the terminal running `make serve` prints it" in text
    assert "keeps loading" in text
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "the browser's request waits" in readme


def test_the_guide_activates_the_environment_before_running_python_m_macros() -> None:
    """Every console block that runs `python -m macros` comes after (or itself does) the activation."""
    text = (ROOT / "docs" / "contribute.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```console\n(.*?)```", text, re.DOTALL)
    runs = [number for number, block in enumerate(blocks) if "$ python -m macros" in block]
    activation = next(number for number, block in enumerate(blocks) if "$ source .venv/bin/activate" in block)
    assert runs
    assert all(number >= activation for number in runs)
    first_make = next(number for number, block in enumerate(blocks) if "$ make " in block)
    assert first_make < activation, "the first commands need no activation"
