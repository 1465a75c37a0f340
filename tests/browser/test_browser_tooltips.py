"""Material's tooltips insert a `title` as HTML: hostile text in a glossary entry or a source's title shows as text.

A copy of the mini site gets an `<img onerror>` in a glossary term's explanation and in the title of the source
that a group page cites. The build must pass (our titles are written so that the tooltip shows them as text),
and in Chromium, hovering the term and the citation marker opens a tooltip that holds the text, no element,
and fires no dialog.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Dialog, Page, expect

from ..support import MINI_NAV, build_site, copy_mini_docs
from .browser_support import DESKTOP, SiteServer

pytestmark = pytest.mark.browser

GLOSSARY_PAYLOAD = "<img src=x onerror=alert('glossary')> & <b>bold</b>"
SOURCE_PAYLOAD = "<img src=x onerror=alert('source')> report"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    docs = copy_mini_docs(tmp_path_factory.mktemp("hostile"))
    glossary = docs / "glossary.md"
    glossary.write_text(
        glossary.read_text(encoding="utf-8").replace(
            '"International Research & Exchanges Board <b>not bold</b> | pipe"', repr(GLOSSARY_PAYLOAD)
        ),
        encoding="utf-8",
    )
    sources = docs / "sources.md"
    sources.write_text(
        sources.read_text(encoding="utf-8").replace("title: The summary report", f'title: "{SOURCE_PAYLOAD}"'),
        encoding="utf-8",
    )
    site = build_site(tmp_path_factory.mktemp("site"), docs_dir=str(docs), nav=MINI_NAV)
    with SiteServer(site) as running:
        yield running


def hover_and_read(page: Page, selector: str) -> str:
    """Hover the first element matching `selector`; the active tooltip's text, after checking it holds no element."""
    page.locator(selector).first.hover()
    tooltip = page.locator(".md-tooltip2--active")
    expect(tooltip).to_be_visible()
    assert tooltip.locator("img, b, script").count() == 0
    return tooltip.inner_text()


def test_hostile_text_in_titles_shows_as_text_in_tooltips(browser: Browser, server: SiteServer) -> None:
    context = browser.new_context(viewport=DESKTOP)
    dialogs: list[str] = []

    def record(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page = context.new_page()
    page.on("dialog", record)
    try:
        page.goto(server.url("glossary/"))
        assert "<img src=x onerror=alert('glossary')>" in hover_and_read(page, "article abbr")
        page.goto(server.url("groups/alpha/"))
        assert "<img src=x onerror=alert('source')>" in hover_and_read(page, "article a.c2c-cite")
        page.wait_for_timeout(300)  # an error event on a broken image would fire by now
        assert dialogs == []
    finally:
        context.close()
