"""Shared fixtures: the real site built once per test session, and a helper to build variants."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from playwright.sync_api import Browser, sync_playwright

from .browser_support import CHROMIUM_ARGS, chromium_executable

if TYPE_CHECKING:
    from playwright.sync_api import Browser

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


def build_site(site_dir: Path, config_file: Path = ROOT / "mkdocs.yml", **overrides: Any) -> Path:
    """Build a site in-process with --strict (a warning is an error) into `site_dir`."""
    config = load_config(str(config_file), site_dir=str(site_dir), strict=True, **overrides)
    build(config)
    return site_dir


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site, built once per session with --strict."""
    return build_site(tmp_path_factory.mktemp("site"))


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One headless Chromium for every browser test file (Playwright's sync API allows one per process)."""
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=chromium_executable(), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
