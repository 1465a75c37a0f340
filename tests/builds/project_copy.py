"""A copy of the project's site sources in a temporary folder, to change and build without touching the repo."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from ..support import ROOT

SITE_SOURCES = ("docs", "overrides", "macros", "schema", "mkdocs.yml", ".gitignore")
"""What a build reads (the pages, the theme overrides, the macros package and the configuration), and
.gitignore so that a commit in the copy leaves the built site/ out, as in the real repository."""

MKDOCS = Path(sys.executable).with_name("mkdocs")
"""The mkdocs of the environment running the tests (.venv's)."""


def copy_site(target: Path) -> Path:
    """Copy what a build reads into `target`; return `target`."""
    target.mkdir(parents=True, exist_ok=True)
    for name in SITE_SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(source, target / name)
    return target


def git(cwd: Path, *args: str, env: dict[str, str] | None = None) -> str:
    """Run git in `cwd` with a fixed identity; return its standard output."""
    result = subprocess.run(["git", *args], cwd=cwd, env=env or git_env(), check=True, capture_output=True, text=True)
    return result.stdout.strip()


def git_env(**extra: str) -> dict[str, str]:
    """The environment for git and mkdocs in a test repository: a fixed author, no user config."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("GIT_")}
    env.update(
        GIT_AUTHOR_NAME="C2C Test",
        GIT_AUTHOR_EMAIL="test@example.invalid",
        GIT_COMMITTER_NAME="C2C Test",
        GIT_COMMITTER_EMAIL="test@example.invalid",
        GIT_CONFIG_GLOBAL=os.devnull,
        GIT_CONFIG_NOSYSTEM="1",
        NO_MKDOCS_2_WARNING="1",
        PYTHONDONTWRITEBYTECODE="1",
    )
    env.update(extra)
    return env


def mkdocs(cwd: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run .venv's mkdocs in `cwd` (a subprocess, as an organizer would); never raises on failure."""
    return subprocess.run(
        [str(MKDOCS), *args], cwd=cwd, env=env or git_env(), capture_output=True, text=True, check=False
    )
