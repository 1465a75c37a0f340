"""The overview matrices and the open-data pages in headless Chromium: a phone, the keyboard, axe-core.

At 375 px the page never scrolls sideways: a wide matrix scrolls in its own box. Tab reaches the box and
then each mark's link in reading order, and Enter on a mark lands on the row it names. axe-core finds no
violation on the pages this work adds, in the light and the dark palette.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

from .browser_support import DESKTOP, SCHEMES, Scheme, SiteServer, axe_violations, describe

pytestmark = pytest.mark.browser

PAGES = ("", "overview/", "data/", "updates/")
"""Home (the compact matrix), the overview, the Data page and the Updates page."""


@pytest.mark.parametrize("path", ["overview/", ""])
def test_phone_the_page_does_not_scroll_sideways_the_matrix_box_does(
    phone: Page, server: SiteServer, path: str
) -> None:
    phone.goto(server.url(path))
    fit = phone.evaluate(
        """() => ({
            page: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
            viewport: window.innerWidth,
            boxes: [...document.querySelectorAll('.c2c-matrix-box')].map(box => {
                const wide = box.scrollWidth > box.clientWidth;
                box.scrollLeft = 60;
                const rect = box.getBoundingClientRect();
                return {wide, overflow: getComputedStyle(box).overflowX, scrolled: box.scrollLeft,
                        left: rect.left, right: rect.right, pageScrolled: window.scrollX};
            }),
        })"""
    )
    assert fit["page"] <= fit["viewport"], f"{path}: the page is {fit['page']} px wide on a {fit['viewport']} px phone"
    assert fit["boxes"]
    for box in fit["boxes"]:
        assert box["left"] >= 0
        assert box["right"] <= fit["viewport"]
        assert box["pageScrolled"] == 0
        if box["wide"]:
            assert box["overflow"] == "auto"
            assert box["scrolled"] > 0
    if path == "overview/":
        assert any(box["wide"] for box in fit["boxes"]), "the groups × exhibitors matrix is wider than a phone"


def test_keyboard_reaches_every_mark_in_order_and_enter_lands_on_its_row(browser: Browser, server: SiteServer) -> None:
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    try:
        page.goto(server.url("overview/"))
        marks = page.eval_on_selector_all(".c2c-matrix td a", "links => links.map(a => a.href)")
        assert len(marks) >= 10
        first_box = page.locator(".c2c-matrix-box").first
        first_box.evaluate("box => box.previousElementSibling.setAttribute('tabindex', '-1')")
        first_box.evaluate("box => box.previousElementSibling.focus()")
        reached: list[str] = []
        focused_box = False
        for _ in range(400):
            page.keyboard.press("Tab")
            state = page.evaluate(
                """() => ({box: document.activeElement.classList.contains('c2c-matrix-box'),
                           mark: !!document.activeElement.closest('.c2c-matrix td'),
                           href: document.activeElement.href || null,
                           inMatrix: !!document.activeElement.closest('.c2c-matrix-box')})"""
            )
            focused_box = focused_box or state["box"]
            if state["mark"]:
                reached.append(state["href"])
            if len(reached) == len(marks):
                break
        assert focused_box, "the scrolling box takes focus, so keyboard users can scroll it"
        assert reached == marks, "every mark, in reading order"
        # Back to the first mark, then Enter: the priority's row is the target.
        link = page.locator(".c2c-matrix td a").first
        link.focus()
        expect(link).to_be_focused()
        target = link.get_attribute("href") or ""
        page.keyboard.press("Enter")
        fragment = target.partition("#")[2]
        page.wait_for_function("id => location.hash === '#' + id", arg=fragment)
        assert page.evaluate("id => !!document.getElementById(id).closest('tr')", fragment)
    finally:
        context.close()


@pytest.mark.parametrize("scheme", SCHEMES)
def test_axe_finds_no_violation_on_the_open_data_pages(browser: Browser, server: SiteServer, scheme: Scheme) -> None:
    context = browser.new_context(viewport=DESKTOP, color_scheme=scheme)
    page = context.new_page()
    try:
        for path in PAGES:
            page.goto(server.url(path))
            expected = "slate" if scheme == "dark" else "default"
            expect(page.locator("body")).to_have_attribute("data-md-color-scheme", expected)
            violations = axe_violations(page)
            assert violations == [], f"{path or 'home'} ({scheme}): {describe(violations)}"
    finally:
        context.close()


def test_phone_axe_finds_no_violation_on_the_overview(phone: Page, server: SiteServer) -> None:
    phone.goto(server.url("overview/"))
    violations = axe_violations(phone)
    assert violations == [], describe(violations)
