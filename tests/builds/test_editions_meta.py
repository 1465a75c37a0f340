"""The pages both editions share or mirror: the bilingual 404 page, and `og:locale` per page language.

The built HTML is parsed with BeautifulSoup, never matched with regular expressions.
"""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup, Tag

from .test_site_meta import SITE_URL, meta, pages, soup_of

PREFIX = "/" + SITE_URL.split("://", 1)[1].split("/", 1)[1]
"""The path of site_url (`/c2c-summit/`): the 404 page's links are absolute paths under it."""


def part(soup: BeautifulSoup, lang: str) -> Tag:
    article = soup.select_one("article")
    assert article is not None
    found = article.find(lang=lang)
    assert isinstance(found, Tag), lang
    return found


def test_404_is_the_english_builds_page_with_both_languages(site: Path) -> None:
    soup = soup_of(site / "404.html")
    html = soup.find("html")
    assert isinstance(html, Tag)
    assert html["lang"] == "en", "a later edition's build replaced the 404 page"
    assert meta(soup, property="og:locale") == "en_US"
    english, russian = part(soup, "en"), part(soup, "ru")
    assert english.find("h1", string="Page not found")
    assert russian.find(["h1", "h2"], string="Страница не найдена")
    assert english.find("a", href=[PREFIX, PREFIX + "."]), "no link home"  # MkDocs writes the home page's url as `.`
    assert russian.find("a", href=PREFIX + "ru/"), "no link to the Russian home page"
    assert not russian.find("a", href=lambda href: not str(href).startswith(PREFIX + "ru/"))
    for link in [*english.find_all("a"), *russian.find_all("a")]:
        target = site / str(link["href"]).removeprefix(PREFIX) / "index.html"
        assert target.is_file(), link["href"]


def test_every_page_says_its_language_to_link_previews(site: Path) -> None:
    built = pages(site)
    assert any(address.startswith("ru/") for address in built)
    for address, soup in built.items():
        expected = "ru_RU" if address.startswith("ru/") else "en_US"
        assert meta(soup, property="og:locale") == expected, address
