"""Issue 11 in a real browser: the timeline, glossary tooltips and citation markers, in both palettes and on a phone.

The site is served under /c2c-summit/ as on GitHub Pages (tests/browser_support.py); axe-core checks every rule
with a tooltip open and on the timeline and glossary, light and dark, at desktop and at 375 px.
"""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Browser, Page, ViewportSize, expect

from macros.index import SiteIndex

from .browser_support import (
    DESKTOP,
    PHONE,
    SCHEMES,
    Recorder,
    Scheme,
    SiteServer,
    assert_lands_on_row,
    axe_violations,
    describe,
)

pytestmark = pytest.mark.browser

"""`color_scheme` of a new context: with nothing stored, Material follows it (light: default, dark: slate)."""
PALETTE = {"light": "default", "dark": "slate"}


def open_page(
    browser: Browser, scheme: Scheme, viewport: ViewportSize, *, is_mobile: bool = False, has_touch: bool = False
) -> Page:
    context = browser.new_context(viewport=viewport, color_scheme=scheme, is_mobile=is_mobile, has_touch=has_touch)
    return context.new_page()


def outside_tooltips(violations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """axe's violations, less `region` for an open tooltip alone.

    Material appends an open tooltip (`role="tooltip"`, the target of the term's `aria-describedby`) to `<body>`,
    outside the page's landmarks, so axe's best-practice rule `region` names it. A tooltip is a transient popup
    tied to its term, not page content a landmark should hold (WAI-ARIA's tooltip pattern); every other rule still
    runs on it (its contrast in both palettes, for one).
    """
    return [
        violation
        for violation in violations
        if not (
            violation["id"] == "region"
            and all(str(node["target"][0]).startswith("#__tooltip2_") for node in violation["nodes"])
        )
    ]


def show_tooltip(page: Page, term: str, *, tap: bool = False) -> str:
    """Hover (or tap) the first explained `term` in the article; the text of the tooltip that opens."""
    abbr = page.locator("article abbr", has_text=term).first
    if tap:
        abbr.tap()
    else:
        abbr.hover()
    tooltip = page.locator(".md-tooltip2--active")
    expect(tooltip).to_be_visible()
    return tooltip.inner_text()


@pytest.mark.parametrize("scheme", SCHEMES)
def test_tooltip_explains_a_term_and_passes_axe(
    browser: Browser, server: SiteServer, index: SiteIndex, scheme: Scheme
) -> None:
    page = open_page(browser, scheme, DESKTOP)
    recorder = Recorder().attach(page.context)
    try:
        page.goto(server.url())
        expect(page.locator("body")).to_have_attribute("data-md-color-scheme", PALETTE[scheme])
        irex = next(term for term in index.glossary if term.term == "IREX")
        assert " ".join(show_tooltip(page, "IREX").split()) == " ".join(irex.text.split())
        violations = outside_tooltips(axe_violations(page))
        assert violations == [], describe(violations)
        requests, errors = recorder.take()
        assert errors == []
        assert all(request.startswith(server.origin) for request in requests)
    finally:
        page.context.close()


@pytest.mark.parametrize("scheme", SCHEMES)
def test_phone_tap_on_a_term_shows_its_explanation(browser: Browser, server: SiteServer, scheme: Scheme) -> None:
    page = open_page(browser, scheme, PHONE, is_mobile=True, has_touch=True)
    try:
        page.goto(server.url("glossary/"))
        assert "Non-governmental organization" in show_tooltip(page, "NGOs", tap=True)
        width = page.evaluate("() => document.documentElement.scrollWidth")
        assert width <= PHONE["width"]
        violations = outside_tooltips(axe_violations(page))
        assert violations == [], describe(violations)
    finally:
        page.context.close()


@pytest.mark.parametrize(("scheme", "viewport"), [(s, v) for s in SCHEMES for v in (DESKTOP, PHONE)])
def test_timeline_reads_in_order_and_passes_axe(
    browser: Browser, server: SiteServer, scheme: Scheme, viewport: ViewportSize
) -> None:
    page = open_page(browser, scheme, viewport)
    try:
        page.goto(server.url("timeline/"))
        expect(page.locator("body")).to_have_attribute("data-md-color-scheme", PALETTE[scheme])
        headings = page.locator("article h2").all_inner_texts()
        assert [heading.rstrip("¶").strip() for heading in headings] == [
            "The C2C process",
            "Later developments",
            "Sources",
        ]
        years = [
            int(text.rstrip("¶").strip())
            for text in page.locator("article h2#the-c2c-process ~ h3").all_inner_texts()[:3]
        ]
        assert years == sorted(years)
        assert page.evaluate("() => document.documentElement.scrollWidth") <= viewport["width"]
        violations = axe_violations(page)
        assert violations == [], describe(violations)
    finally:
        page.context.close()


def test_timeline_entry_lands_on_its_follow_up_row(browser: Browser, server: SiteServer, index: SiteIndex) -> None:
    group = next(group for group in index.groups if group.model.follow_ups)
    page = open_page(browser, "light", DESKTOP)
    try:
        page.goto(server.url("timeline/"))
        page.locator(f"article a[href$='groups/{group.id}/#follow-up-1']").first.click()
        expect(page).to_have_url(server.url(f"groups/{group.id}/") + "#follow-up-1")
        assert_lands_on_row(page, "follow-up-1")
    finally:
        page.context.close()


def test_a_citation_marker_opens_its_source_at_the_foot(browser: Browser, server: SiteServer) -> None:
    page = open_page(browser, "light", DESKTOP)
    try:
        page.goto(server.url("about/"))
        marker = page.locator("article a.c2c-cite").first
        target = str(marker.get_attribute("href"))
        size = marker.evaluate(
            "e => parseFloat(getComputedStyle(e).fontSize) / parseFloat(getComputedStyle(e.parentElement).fontSize)"
        )
        assert size < 0.9, "a marker is smaller than the text it cites"
        marker.click()
        expect(page).to_have_url(server.url("about/") + target)
        item = page.locator(f"[id='{target[1:]}']")
        expect(item).to_be_in_viewport()
        expect(page.locator("li", has=item).get_by_role("link", name="All sources")).to_be_visible()
    finally:
        page.context.close()
