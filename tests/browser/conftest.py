"""The browser tests' fixtures: one headless Chromium for every browser test file, the module's site served, and
a fresh desktop or phone page for each test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from .browser_support import CHROMIUM_ARGS, DESKTOP, PHONE, SiteServer, chromium_executable


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One headless Chromium for every browser test file (Playwright's sync API allows one per process)."""
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=chromium_executable(), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def server(site: Path) -> Iterator[SiteServer]:
    """The module's `site` (the session's strict build of the real site, unless the module builds its own) on
    127.0.0.1 under /c2c-summit/."""
    with SiteServer(site) as running:
        yield running


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A desktop page in a context of its own."""
    context = browser.new_context(viewport=DESKTOP)
    yield context.new_page()
    context.close()


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:
    """A phone's page (375 px, touch, 2x) in a context of its own."""
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2)
    yield context.new_page()
    context.close()
