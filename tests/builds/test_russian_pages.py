"""The Russian edition of the site's own pages: every one is built under /ru/ in Russian, and keeps the English
page's heading ids, so that a link to `about.md#some-id` lands in both editions.

The real site is built once per session (the `site` fixture); the HTML is parsed with BeautifulSoup.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from macros.layout import GROUPS_PAGE, MARKETPLACE_PAGE, localized, split_locale

from ..support import ROOT, attr, one, page, soup

DOCS = ROOT / "docs"

OWN_PAGES = sorted(
    [p.name for p in DOCS.glob("*.md") if split_locale(p.name)[1] == "en"] + [GROUPS_PAGE, MARKETPLACE_PAGE]
)
"""The site's own English pages (not the working groups' or exhibitors' pages), read from docs/."""

TRANSLATED = [p for p in OWN_PAGES if (DOCS / localized(p, "ru")).is_file()]
"""The pages that have a Russian text of their own (`page.ru.md`); the others fall back to the English text."""

RUSSIAN_ONLY_IDS = {"about.md": {"russian-edition"}}
"""Headings only the Russian edition has: the About page's note on who translated what."""


def heading_ids(html: BeautifulSoup) -> set[str]:
    """The ids of the h1-h6 in a page's content (the theme's own chrome left out)."""
    content = one(html, "article.md-content__inner")
    return {str(h["id"]) for h in content.find_all(["h1", "h2", "h3", "h4", "h5", "h6"]) if h.has_attr("id")}


def test_own_pages_are_found() -> None:
    assert {"index.md", "about.md", "groups/index.md", "marketplace/index.md", "sources.md"} <= set(OWN_PAGES)
    assert set(TRANSLATED) >= {"index.md", "about.md", "timeline.md", "sources.md"}


@pytest.mark.parametrize("src", OWN_PAGES)
def test_russian_page_is_built_in_russian(site: Path, src: str) -> None:
    assert attr(one(page(site, src), "html"), "lang") == "en"
    assert attr(one(page(site / "ru", src), "html"), "lang") == "ru", src


@pytest.mark.parametrize("src", OWN_PAGES)
def test_russian_page_keeps_the_heading_ids(site: Path, src: str) -> None:
    english = heading_ids(page(site, src))
    russian = heading_ids(page(site / "ru", src))
    assert russian == english | RUSSIAN_ONLY_IDS.get(src, set()), (
        f"{src}: only in Russian {sorted(russian - english)}, only in English {sorted(english - russian)}"
    )


@pytest.mark.parametrize("src", TRANSLATED)
def test_translated_page_shows_its_russian_text(site: Path, src: str) -> None:
    """A `page.ru.md` is what /ru/ shows, not the English fallback."""
    english = one(page(site, src), "article.md-content__inner")
    russian = one(page(site / "ru", src), "article.md-content__inner")
    assert russian.get_text() != english.get_text(), src
    assert any("а" <= ch <= "я" for ch in russian.get_text().lower()), src


def test_links_to_about_headings_land_in_both_editions(site: Path) -> None:
    """The timeline's milestones link to headings of the About page; each target exists in both editions."""
    for root in (site, site / "ru"):
        timeline = soup(root / "timeline" / "index.html")
        about_ids = heading_ids(page(root, "about.md"))
        links = [str(a["href"]) for a in timeline.select("article a[href*='about/#']")]
        assert links, root
        for href in links:
            assert href.partition("#")[2] in about_ids, (root, href)
