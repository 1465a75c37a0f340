"""Search in both editions, in Chromium: Material's search box, our worker, Pagefind's index (README: Search).

A copy of the mini site gets two Russian pages. On a Russian page, an inflected query and a query with е for ё find
them, and results come from the Russian edition only; on an English page, an English query finds English pages
only. Results link to the page and the heading; titles and excerpts are shown as text; the open dialog has no axe
violation in either palette; no request leaves the site; and the worker Material starts is ours.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import unquote

import pytest
from playwright.sync_api import Browser, Dialog, Page, expect

from ..support import MINI_NAV, ROOT, build_site, copy_mini_docs
from .browser_support import DESKTOP, SCHEMES, SiteServer, axe_violations, describe, foreign

pytestmark = pytest.mark.browser

REPORT_RU = """---
title: Итоговый отчёт
---

# Итоговый отчёт

Итоговый отчёт саммита вышел в ноябре 2010 года.

## Встречи в Петрозаводске

Десять рабочих групп встречались в Вашингтоне, а в октябре в Москве, Петрозаводске и Санкт-Петербурге.

## Перевод {#translating}

Раздел, куда ведут пометки непереведённого текста.
"""

HOSTILE_RU = """---
title: Разметка
---

# Разметка &lt;b&gt;не жирно&lt;/b&gt;

Текст &lt;img src=x onerror=alert(1)&gt; остаётся текстом.
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mini site with `contribute.ru.md` (the Russian report text above) and `status.ru.md` (markup as text)."""
    docs = copy_mini_docs(tmp_path_factory.mktemp("search"))
    shutil.copytree(ROOT / "docs" / "assets", docs / "assets")  # the site's styles (search results' contrast)
    (docs / "contribute.ru.md").write_text(REPORT_RU, encoding="utf-8")
    (docs / "status.ru.md").write_text(HOSTILE_RU, encoding="utf-8")
    return build_site(tmp_path_factory.mktemp("site"), docs_dir=str(docs), nav=MINI_NAV)


def search(page: Page, query: str) -> list[str]:
    """Type `query` into Material's search box; every result link (page and section), decoded, once shown."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    box.press_sequentially(query, delay=20)
    box.press("End")  # Material reads the box on keyup, which Playwright does not send for letters beyond ASCII
    results = page.locator(".md-search-result__item a.md-search-result__link")
    expect(results.first).to_be_attached(timeout=15_000)
    return [unquote(str(results.nth(i).get_attribute("href"))).replace("?h=", "?") for i in range(results.count())]


def pages_of(hrefs: list[str], server: SiteServer) -> set[str]:
    """The pages (site-relative paths) that results link to."""
    return {href.split("?")[0].split("#")[0].removeprefix(server.base_url) for href in hrefs}


def test_russian_inflected_and_yo_queries_find_russian_pages(page: Page, server: SiteServer) -> None:
    page.goto(server.url("ru/"))
    # The page says «отчёт» and «групп»: «отчетом» differs by ending and by е for ё, «группа» by ending.
    for query in ("отчетом", "группа", "ОТЧЁТЫ"):
        found = pages_of(search(page, query), server)
        assert "ru/contribute/" in found, query  # (the Russian group page's labels name the report too)
        assert all(path.startswith("ru/") for path in found), query
    # A result names the page, then the section that matches, with the matching words marked.
    hrefs = search(page, "Петрозаводск")
    assert server.url("ru/contribute/") + "?Петрозаводск#встречи-в-петрозаводске" in hrefs, hrefs
    item = page.locator(".md-search-result__item").first
    expect(item.locator("h1")).to_have_text("Итоговый отчёт")
    expect(item.locator("h2").first).to_have_text("Встречи в Петрозаводске")
    expect(item.locator("mark").first).to_contain_text("Петрозаводске")


def test_results_on_russian_pages_come_from_the_russian_edition(page: Page, server: SiteServer) -> None:
    page.goto(server.url("ru/contribute/"))
    found = pages_of(search(page, "summit"), server)  # English text, on the Russian edition's fallback pages
    assert found, "the Russian edition's fallback pages are searchable"
    assert all(path.startswith("ru/") for path in found), found


def test_english_query_finds_english_pages_only(page: Page, server: SiteServer) -> None:
    page.goto(server.url("groups/"))
    found = pages_of(search(page, "technology"), server)
    assert "themes/" in found, found
    assert not any(path.startswith("ru/") for path in found), found
    box = page.locator("input.md-search__input")
    box.fill("")
    box.press_sequentially("отчёт", delay=20)  # on the Russian page only
    box.press("End")
    expect(page.locator(".md-search-result__meta")).to_have_text("No matching documents", timeout=15_000)


def test_titles_and_excerpts_show_as_text(page: Page, server: SiteServer) -> None:
    dialogs: list[str] = []

    def record(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", record)
    page.goto(server.url("ru/"))
    search(page, "разметка")
    item = page.locator(".md-search-result__item").first
    expect(item.locator("h1")).to_have_text("Разметка <b>не жирно</b>")
    search(page, "остаётся")
    expect(item).to_contain_text("<img src=x onerror=alert(1)>")
    assert page.locator(".md-search-result img, .md-search-result b").count() == 0
    assert dialogs == []


def test_the_worker_is_ours_and_nothing_leaves_the_site(page: Page, server: SiteServer) -> None:
    workers: list[str] = []
    requests: list[str] = []
    page.on("worker", lambda worker: workers.append(worker.url))
    page.on("request", lambda request: requests.append(request.url))
    page.goto(server.url("ru/contribute/"), wait_until="networkidle")
    assert not [url for url in requests if "/pagefind/" in url], "Pagefind's files wait for the first query"
    search(page, "отчет")
    assert workers == [server.url("assets/javascripts/c2c-search.js?lang=ru")], workers
    assert not [url for url in requests if "/workers/search." in url], "Material's own search worker was loaded"
    assert [url for url in requests if "/pagefind/" in url]
    assert foreign(requests, server.origin) == []


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("edition", ["", "ru/"])
def test_open_search_dialog_has_no_axe_violation(
    browser: Browser, server: SiteServer, scheme: str, edition: str
) -> None:
    page = browser.new_page(viewport=DESKTOP, color_scheme="dark" if scheme == "dark" else "light")
    try:
        page.goto(server.url(edition))
        expect(page.locator("body")).to_have_attribute(
            "data-md-color-scheme", "slate" if scheme == "dark" else "default"
        )
        search(page, "отчет" if edition else "summit")
        assert not describe(axe_violations(page, ".md-search")), "the open search dialog fails axe"
    finally:
        page.close()
