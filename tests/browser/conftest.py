"""The browser tests' fixture: one headless Chromium for every browser test file."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, sync_playwright

from .browser_support import CHROMIUM_ARGS, chromium_executable


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One headless Chromium for every browser test file (Playwright's sync API allows one per process)."""
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=chromium_executable(), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
