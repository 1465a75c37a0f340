"""The Russian edition in a real browser: the language switcher keeps the page, phones do not scroll sideways,
and axe finds nothing in either palette."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

from .browser_support import DESKTOP, SCHEMES, Scheme, SiteServer, axe_violations, describe

pytestmark = pytest.mark.browser

RUSSIAN_PAGES = ("ru/", "ru/groups/anti-corruption/", "ru/marketplace/ashoka/", "ru/priorities/", "ru/status/")
"""Pages with the most Russian text: the home page, the richest group, an exhibitor, the widest tables."""


def switch_to(page: Page, language: str) -> None:
    """Open Material's language menu and choose `language` (its link is `hreflang`-marked)."""
    page.locator(".md-header__option .md-select").first.hover()
    link = page.locator(f'.md-select__link[hreflang="{language}"]')
    expect(link).to_be_visible()
    link.click()


@pytest.mark.parametrize(
    "path", ["groups/public-health/", "marketplace/ashoka/", "priorities/", "status/", "about/", ""]
)
def test_the_switcher_keeps_the_page_both_ways(page: Page, server: SiteServer, path: str) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(server.url(path))
    switch_to(page, "ru")
    expect(page).to_have_url(server.url(f"ru/{path}"))
    assert page.locator("html").get_attribute("lang") == "ru"
    switch_to(page, "en")
    expect(page).to_have_url(server.url(path))
    assert page.locator("html").get_attribute("lang") == "en"
    assert [url for url in requested if url.endswith("/sitemap.xml")] == []  # overrides/main.html, block libs


@pytest.mark.parametrize("path", RUSSIAN_PAGES)
def test_a_phone_does_not_scroll_sideways_on_russian_pages(phone: Page, server: SiteServer, path: str) -> None:
    """Long Russian words (e.g. «институциональная») must wrap inside 375 px; wide tables scroll in their own box."""
    phone.goto(server.url(path))
    overflow = phone.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, path


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("path", RUSSIAN_PAGES)
def test_russian_pages_pass_axe_in_both_palettes(
    browser: Browser, server: SiteServer, scheme: Scheme, path: str
) -> None:
    context = browser.new_context(viewport=DESKTOP, color_scheme=scheme)
    try:
        page = context.new_page()
        page.goto(server.url(path))
        violations = axe_violations(page)
        assert violations == [], describe(violations)
    finally:
        context.close()
