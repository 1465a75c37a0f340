"""The built site in a real browser (headless Chromium), served under /c2c-summit/ as on GitHub Pages.

Readers follow links from home to a priority's row and on to an exhibitor and back, search, read on a phone,
use a screen reader (axe-core, light and dark palettes) and print the full report; no page may log an error
or ask any host but the site's own for anything.
"""

from __future__ import annotations

import io
import json
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from mkdocs.config import load_config
from playwright.sync_api import Browser, Page, expect
from pypdf import PdfReader

from macros import frontmatter
from macros.index import Entry, SiteIndex
from macros.model import Exhibitor, WorkingGroup

from ..support import ROOT, build_site, site_pages, soup
from .browser_support import (
    DESKTOP,
    PHONE,
    SCHEMES,
    Recorder,
    SiteServer,
    assert_lands_on_row,
    axe_violations,
    describe,
    foreign,
    iter_words,
    start_axe,
)

pytestmark = pytest.mark.browser

MISSING = "no/such/page/"
"""An address with no page: the server answers 404 with the site's 404.html, as GitHub Pages does."""


# --- Fixtures --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChainSite:
    """A copy of the site in which one priority links to one exhibitor (the real record relates none)."""

    server: SiteServer
    group: Entry[WorkingGroup]
    priority_id: str
    exhibitor: Entry[Exhibitor]


@pytest.fixture(scope="module")
def chain_site(tmp_path_factory: pytest.TempPathFactory, index: SiteIndex) -> Iterator[ChainSite]:
    """The real docs with an editorial link from a group's first priority to an exhibitor, built with mkdocs.yml."""
    group = next(entry for entry in index.groups if entry.model.priorities)
    priority = group.model.priorities[0]
    exhibitor = index.exhibitors[0]
    docs = tmp_path_factory.mktemp("chain") / "docs"
    shutil.copytree(ROOT / "docs", docs)
    page = frontmatter.read(docs / group.path)
    data = page.data
    data["priorities"][0]["exhibitors"] = [
        {"id": exhibitor.id, "relation": "editorial", "note": "Test fixture: a link the record does not make."}
    ]
    front = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    (docs / group.path).write_text(f"---\n{front}---\n{page.body}", encoding="utf-8")
    site = build_site(docs.parent / "site", docs_dir=str(docs))
    with SiteServer(site) as running:
        yield ChainSite(running, group, priority.id, exhibitor)


@dataclass(frozen=True)
class Visit:
    """What loading one page did."""

    status: int
    scheme: str
    requests: list[str]
    errors: list[str]
    violations: list[dict[str, Any]]


@pytest.fixture(scope="module")
def walk(browser: Browser, server: SiteServer, site: Path) -> dict[str, dict[str, Visit]]:
    """Every page (and a missing one) in the light and the dark palette: palette -> path -> visit.

    The dark palette is chosen once with the header's toggle (Material remembers it). Both palettes'
    pages load side by side and axe-core runs in both at once (two renderer processes).
    """
    contexts = {scheme: browser.new_context(viewport=DESKTOP) for scheme in ("light", "dark")}
    recorders = {scheme: Recorder().attach(context) for scheme, context in contexts.items()}
    pages = {scheme: context.new_page() for scheme, context in contexts.items()}
    try:
        pages["dark"].goto(server.url())
        pages["dark"].locator("form[data-md-component=palette] label:visible").click()
        expect(pages["dark"].locator("body")).to_have_attribute("data-md-color-scheme", "slate")
        recorders["dark"].take()
        visits: dict[str, dict[str, Visit]] = {scheme: {} for scheme in pages}
        for path in [*site_pages(site), MISSING]:
            statuses = {}
            for scheme, page in pages.items():
                response = page.goto(server.url(path))
                assert response is not None
                statuses[scheme] = response.status
                start_axe(page)
            for scheme, page in pages.items():
                violations = axe_violations(page)
                requests, errors = recorders[scheme].take()
                color = page.evaluate("document.body.dataset.mdColorScheme")
                visits[scheme][path] = Visit(statuses[scheme], color, requests, errors, violations)
        return visits
    finally:
        for context in contexts.values():
            context.close()


@dataclass(frozen=True)
class Fit:
    """How one page fits a phone's width."""

    page_width: int
    viewport: int
    tables: list[dict[str, Any]]
    """Every table wider than its box: how its box scrolls."""


@pytest.fixture(scope="module")
def phone_walk(browser: Browser, server: SiteServer, site: Path) -> dict[str, Fit]:
    """Every page (and a missing one) at 375×812: its width, and how each wide table scrolls."""
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2)
    phone = context.new_page()
    fits = {}
    try:
        for path in [*site_pages(site), MISSING]:
            phone.goto(server.url(path))
            fit = phone.evaluate(
                """() => ({
                    page: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
                    viewport: window.innerWidth,
                    tables: [...document.querySelectorAll('article table')].flatMap(table => {
                        const box = table.closest('.md-typeset__table')?.parentElement ?? table.parentElement;
                        if (table.scrollWidth <= box.clientWidth) return [];
                        box.scrollLeft = 80;
                        const rect = box.getBoundingClientRect();
                        return [{overflow: getComputedStyle(box).overflowX, scrolled: box.scrollLeft,
                                 pageScrolled: window.scrollX, left: rect.left, right: rect.right}];
                    }),
                })"""
            )
            fits[path] = Fit(fit["page"], fit["viewport"], fit["tables"])
        return fits
    finally:
        context.close()


# --- Helpers ---------------------------------------------------------------------------------------


def settle(page: Page) -> None:
    """Wait until no CSS transition or animation runs (Material slides the drawer in and fades table rows)."""
    page.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')")


def path_of(url: str, server: SiteServer) -> str:
    """`url` as a path relative to the site's root, fragment included."""
    assert url.startswith(server.base_url), url
    return url[len(server.base_url) :]


def page_url(path: str) -> str:
    """`groups/x.md` -> `groups/x/` (use_directory_urls)."""
    stem = path.removesuffix(".md")
    return "" if stem == "index" else stem.removesuffix("/index").removesuffix("index") + "/"


def searchable_texts(site: Path) -> dict[str, str]:
    """The text of every English page that search holds (`data-pagefind-body`), by path, lower-cased."""
    texts = {}
    for path in site_pages(site):
        if path.startswith("ru/") or path == "404.html":
            continue
        body = soup(site / path / "index.html").select_one("[data-pagefind-body]")
        if body is not None:
            texts[path] = body.get_text(" ").lower()
    return texts


def rare_word(text: str, pages: dict[str, str]) -> str:
    """The word of `text` (4 letters or more) found on the fewest of `pages`."""
    words = [word for word in iter_words(text) if len(word) >= 4]
    assert words, f"no word to search for in {text!r}"
    return min(words, key=lambda word: (sum(word.lower() in body for body in pages.values()), -len(word)))


def search(page: Page, query: str) -> list[str]:
    """Type `query` into Material's search box; the result links once the worker answers."""
    opener = page.locator("label.md-header__button[for=__search]")
    if opener.is_visible():  # phones: the header shows a button; wider screens show the box itself
        opener.click()
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(query, delay=20)
    results = page.locator(".md-search-result__item a.md-search-result__link")
    expect(results.first).to_be_visible(timeout=15_000)
    hrefs = [str(results.nth(i).get_attribute("href")) for i in range(results.count())]
    return [re.split(r"[?#]", href)[0] for href in hrefs]  # without ?h=<query> (search.highlight) and #section


# --- Navigation --------------------------------------------------------------------------------------


@pytest.mark.slow
def test_home_group_priority_exhibitor_and_back_to_the_same_priority(page: Page, chain_site: ChainSite) -> None:
    server, group, priority_id, exhibitor = (
        chain_site.server,
        chain_site.group,
        chain_site.priority_id,
        chain_site.exhibitor,
    )
    page.goto(server.url())
    page.locator("article").get_by_role("link", name=group.model.name, exact=True).first.click()
    expect(page).to_have_url(server.url(page_url(group.path)))

    # A reader following a link to the priority: the fragment lands on its row.
    page.evaluate("id => { location.hash = id; }", priority_id)
    assert_lands_on_row(page, priority_id)

    row = page.locator(f"tr:has([id='{priority_id}'])")
    row.get_by_role("link", name=exhibitor.model.name, exact=True).click()
    expect(page).to_have_url(server.url(page_url(exhibitor.path)))

    back = page.locator("article a[href$='#" + priority_id + "']")
    expect(back).to_have_count(1)
    back.click()
    expect(page).to_have_url(server.url(page_url(group.path)) + "#" + priority_id)
    assert_lands_on_row(page, priority_id)


def test_priorities_page_links_land_on_each_row(page: Page, server: SiteServer, index: SiteIndex) -> None:
    page.goto(server.url("priorities/"))
    for priority_id, entry in index.priorities.items():
        link = page.locator(f"article a[href$='#{priority_id}']").first
        href = str(link.evaluate("a => a.href"))
        assert href == server.url(page_url(entry.group.path)) + "#" + priority_id
    for priority_id, entry in index.priorities.items():
        page.goto(server.url(page_url(entry.group.path)) + "#" + priority_id)
        assert_lands_on_row(page, priority_id)


def test_home_group_related_exhibitor_and_back(page: Page, server: SiteServer, index: SiteIndex) -> None:
    group = next(entry for entry in index.groups if index.group_exhibitors.get(entry.id))
    exhibitor = index.exhibitor(index.group_exhibitors[group.id][0].source_id)
    page.goto(server.url())
    page.locator("article").get_by_role("link", name=group.model.name, exact=True).first.click()
    expect(page).to_have_url(server.url(page_url(group.path)))
    page.locator("article").get_by_role("link", name=exhibitor.model.name, exact=True).first.click()
    expect(page).to_have_url(server.url(page_url(exhibitor.path)))
    page.locator("article").get_by_role("link", name=group.model.name, exact=True).first.click()
    expect(page).to_have_url(server.url(page_url(group.path)))


def test_missing_page_answers_404_with_links_that_work(page: Page, server: SiteServer) -> None:
    response = page.goto(server.url("groups/no-such-group/deeper/"))
    assert response is not None
    assert response.status == 404
    expect(page.locator("h1")).to_have_text("Page not found")
    links = page.locator("article a")
    hrefs = [str(links.nth(i).get_attribute("href")) for i in range(links.count())]
    assert len(hrefs) >= 4
    for href in hrefs:
        answer = page.request.get(server.origin + href if href.startswith("/") else href)
        assert answer.status == 200, href
    page.locator("article [lang=en] input[name=q]").fill("summit")
    page.locator("article [lang=en] button[type=submit]").click()
    expect(page.locator("input.md-search__input")).to_have_value("summit")
    expect(page.locator(".md-search-result__item").first).to_be_visible(timeout=15_000)
    # The Russian half searches the Russian edition.
    page.goto(server.url("groups/no-such-group/deeper/"))
    page.locator("article [lang=ru] input[name=q]").fill("саммит")
    page.locator("article [lang=ru] button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/ru/\?q="))
    expect(page.locator("input.md-search__input")).to_have_value("саммит")
    expect(page.locator(".md-search-result__item").first).to_be_visible(timeout=15_000)


# --- Search --------------------------------------------------------------------------------------


def test_search_finds_group_by_a_word_of_a_priority_title(
    page: Page, server: SiteServer, site: Path, index: SiteIndex
) -> None:
    entry = next(iter(index.priorities.values()))
    word = rare_word(entry.priority.title, searchable_texts(site))
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(server.url(), wait_until="networkidle")
    bundle = server.url("pagefind/")
    assert not [url for url in requests if url.startswith(bundle)], "search's index loads before anyone searches"
    material_index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert material_index["docs"] == [], "Material's script fetches its index on every page: it must stay empty"
    hrefs = search(page, word)
    assert [url for url in requests if url.startswith(bundle)]
    expected = server.url(page_url(entry.group.path))
    assert expected in hrefs, (word, expected, hrefs)
    assert not describe(axe_violations(page, ".md-search")), "the open search dialog fails axe"


def test_search_finds_exhibitor_by_a_word_of_its_tool(
    browser: Browser, server: SiteServer, site: Path, index: SiteIndex
) -> None:
    exhibitor = next(entry for entry in index.exhibitors if entry.model.tool)
    assert exhibitor.model.tool is not None
    word = rare_word(exhibitor.model.tool, searchable_texts(site))
    # In the dark palette this time: with nothing stored, Material follows the system's colour scheme.
    page = browser.new_page(viewport=DESKTOP, color_scheme="dark")
    page.goto(server.url("groups/"))
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    hrefs = search(page, word)
    expected = server.url(page_url(exhibitor.path))
    assert expected in hrefs, (word, expected, hrefs)
    assert not describe(axe_violations(page, ".md-search")), "the open search dialog fails axe"
    page.close()


# --- Phones --------------------------------------------------------------------------------------


def test_phone_no_page_scrolls_sideways(phone_walk: dict[str, Fit]) -> None:
    assert not {path: fit for path, fit in phone_walk.items() if fit.page_width > fit.viewport}


def test_phone_wide_tables_scroll_inside_their_own_box(phone_walk: dict[str, Fit]) -> None:
    wide = [(path, table, fit.viewport) for path, fit in phone_walk.items() for table in fit.tables]
    assert len(wide) >= 3, "hardly any table is wider than a phone: the check proves little"
    stuck = [
        (path, table)
        for path, table, viewport in wide
        if not (
            table["overflow"] in ("auto", "scroll")
            and table["scrolled"] > 0
            and table["pageScrolled"] == 0
            and table["left"] >= 0
            and table["right"] <= viewport
        )
    ]
    assert not stuck


def test_phone_drawer_reaches_every_section(phone: Page, server: SiteServer) -> None:
    """From a page outside the nav (the 404 page), the drawer reaches every top-level entry and every section's pages.

    A trial click checks that a reader could tap the entry (visible, on top, steady) without leaving the page.
    """
    config_nav = load_config(str(ROOT / "mkdocs.yml"))["nav"]  # MkDocs' own loader (mkdocs.yml names a Python function)
    expected = [next(iter(item)) for item in config_nav]

    def open_drawer() -> Any:
        phone.goto(server.url(MISSING))
        phone.locator("label.md-header__button[for=__drawer]").click()
        expect(phone.locator("nav.md-nav--primary")).to_be_in_viewport()
        return phone.locator("nav.md-nav--primary > ul > li")

    items = open_drawer()
    top = ":scope > a.md-nav__link, :scope > .md-nav__container > a.md-nav__link, :scope > label.md-nav__link"
    titles = [" ".join(items.nth(i).locator(top).first.inner_text().split()) for i in range(items.count())]
    assert titles == expected
    reached, sections = [], []
    for number, title in enumerate(titles):
        item = items.nth(number)
        link = item.locator(":scope > a.md-nav__link, :scope > .md-nav__container > a.md-nav__link")
        if item.locator(":scope > nav a.md-nav__link").count():
            sections.append(number)
        else:
            assert link.count(), f"{title}: neither a page nor a section"
        if link.count():  # a page, or a section's index page
            link.click(trial=True)
            reached.append(str(link.evaluate("a => a.href")))
    assert sections, "no section with pages of its own: the check proves little"
    for number in sections:
        # The section's toggle slides its own pages in; each can be tapped.
        item = open_drawer().nth(number)
        item.locator(":scope label.md-nav__link[for^='__nav_']").first.click()
        children = item.locator(":scope > nav a.md-nav__link")
        for child in range(children.count()):
            children.nth(child).click(trial=True)
            reached.append(str(children.nth(child).evaluate("a => a.href")))
    last = children.last
    href = str(last.evaluate("a => a.href"))
    last.click()
    expect(phone).to_have_url(href)
    assert {url: phone.request.get(url).status for url in reached} == dict.fromkeys(reached, 200)


# --- Every page: errors, requests, accessibility ---------------------------------------------------


def test_every_page_loads_without_console_errors(walk: dict[str, dict[str, Visit]]) -> None:
    errors = {}
    for scheme, visits in walk.items():
        for path, visit in visits.items():
            # The missing page's own 404 is the one error expected: Chromium logs it for the document.
            found = [e for e in visit.errors if not (path == MISSING and "404" in e and MISSING in e)]
            if found:
                errors[scheme, path] = found
        assert visits[MISSING].status == 404
        assert all(visit.status == 200 for path, visit in visits.items() if path != MISSING)
    assert not errors


def test_every_page_requests_nothing_from_other_hosts(walk: dict[str, dict[str, Visit]], server: SiteServer) -> None:
    outside = {
        (scheme, path): foreign(visit.requests, server.origin)
        for scheme, visits in walk.items()
        for path, visit in visits.items()
    }
    assert not {key: urls for key, urls in outside.items() if urls}
    assert all(visit.requests for visit in walk["light"].values()), "no request was recorded"


def test_axe_finds_no_violation_in_the_light_palette(walk: dict[str, dict[str, Visit]]) -> None:
    assert {visit.scheme for visit in walk["light"].values()} == {"default"}
    failures = {path: describe(visit.violations) for path, visit in walk["light"].items() if visit.violations}
    assert not failures


def test_axe_finds_no_violation_in_the_dark_palette(walk: dict[str, dict[str, Visit]]) -> None:
    assert {visit.scheme for visit in walk["dark"].values()} == {"slate"}
    failures = {path: describe(visit.violations) for path, visit in walk["dark"].items() if visit.violations}
    assert not failures


def test_axe_finds_no_violation_on_a_phone_with_the_drawer_open(browser: Browser, server: SiteServer) -> None:
    """Phones show what desktops hide (the drawer, section titles): axe in both palettes, drawer open."""
    contexts = {
        scheme: browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, color_scheme=scheme)
        for scheme in SCHEMES
    }
    phones = {scheme: context.new_page() for scheme, context in contexts.items()}
    failures = {}
    for path in ["", "groups/", "groups/public-health/", "priorities/"]:
        for phone in phones.values():
            phone.goto(server.url(path))
            phone.locator("label.md-header__button[for=__drawer]").click()
        for phone in phones.values():
            expect(phone.locator("nav.md-nav--primary")).to_be_in_viewport()
            settle(phone)  # the drawer slides in, and the overlay fades in
            start_axe(phone)
        for scheme, phone in phones.items():
            violations = axe_violations(phone)
            if violations:
                failures[scheme, path] = describe(violations)
    for context in contexts.values():
        context.close()
    assert not failures


# --- The printable report ------------------------------------------------------------------------------


def test_report_prints_without_chrome_and_with_link_targets(page: Page, server: SiteServer) -> None:
    page.goto(server.url("report/"))
    page.emulate_media(media="print")
    hidden = page.evaluate(
        """() => ['.md-header', '.md-sidebar--primary', '.md-sidebar--secondary', '.md-footer', '.md-search']
            .map(s => [s, getComputedStyle(document.querySelector(s)).display])"""
    )
    assert all(display == "none" for _, display in hidden), hidden
    link = page.evaluate(
        """() => {
            const a = [...document.querySelectorAll('article a[href^="http"]')].find(a => !a.matches('.c2c-url'));
            return a && [a.href, getComputedStyle(a, '::after').content];
        }"""
    )
    assert link, "the report has no outside link besides the sources' addresses"
    assert link[0] in link[1], link
    assert page.evaluate("getComputedStyle(document.querySelector('article tr')).breakInside") == "avoid"


def test_report_pdf_holds_every_group_and_every_priority_id(page: Page, server: SiteServer, index: SiteIndex) -> None:
    page.goto(server.url("report/"))
    pdf = page.pdf(format="A4", print_background=False)
    reader = PdfReader(io.BytesIO(pdf))
    text = "".join(page_.extract_text() or "" for page_ in reader.pages)
    flat = re.sub(r"\s+", "", text)
    missing_groups = [g.model.name for g in index.groups if re.sub(r"\s+", "", g.model.name) not in flat]
    missing_ids = [priority_id for priority_id in index.priorities if priority_id not in flat]
    assert not missing_groups
    assert not missing_ids
    assert len(reader.pages) > 1
