"""Every page, generated ones included, has an "Edit this page" link to its own Markdown source."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup
from mkdocs.config import load_config

from macros.layout import DEFAULT_LOCALE, split_locale

from ..support import ROOT, attr


def built_page(src: str) -> str:
    """Where MkDocs (directory URLs) writes the page built from `src` (`about.ru.md`: `ru/about/index.html`)."""
    english, locale = split_locale(src)
    if locale != DEFAULT_LOCALE:
        return f"{locale}/{built_page(english)}"
    stem = src.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return f"{stem}.html"
    return f"{stem}/index.html"


def edit_links(html: Path) -> list[str]:
    soup = BeautifulSoup(html.read_text(encoding="utf-8"), "lxml")
    return [attr(a, "href") for a in soup.select('a[rel="edit"][href]')]


def test_every_page_links_to_its_own_source(site: Path) -> None:
    config = load_config(str(ROOT / "mkdocs.yml"))
    repo_url = config.repo_url
    assert repo_url is not None
    base = f"{repo_url.rstrip('/')}/{config.edit_uri}"
    sources = sorted(path.relative_to(ROOT / "docs").as_posix() for path in (ROOT / "docs").rglob("*.md"))
    assert "groups/public-health.md" in sources
    for src in sources:
        assert edit_links(site / built_page(src)) == [f"{base}{src}"], src


def test_every_built_page_comes_from_a_source_with_an_edit_link(site: Path) -> None:
    paths = [path.relative_to(ROOT / "docs").as_posix() for path in (ROOT / "docs").rglob("*.md")]
    sources = {built_page(path) for path in paths}
    sources |= {f"ru/{built_page(path)}" for path in paths if split_locale(path)[1] == DEFAULT_LOCALE}  # or fallback
    pages = {path.relative_to(site).as_posix() for path in site.rglob("*.html")} - {"404.html"}
    assert pages == sources


def test_the_edit_link_is_configured_in_one_place() -> None:
    config = load_config(str(ROOT / "mkdocs.yml"))
    assert config.repo_url is not None
    assert config.repo_url.startswith("https://github.com/")
    assert config.edit_uri == "edit/main/docs/"
    assert "content.action.edit" in config.theme["features"]
