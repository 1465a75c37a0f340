"""Search's build side (macros/search.py, README: Search): what Pagefind indexes, the worker each page starts, and
the files the build leaves.

The browser side (queries in both editions) is tests/browser/test_browser_search.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from macros import search

from ..support import MINI_NAV, build_site, copy_mini_docs, site_pages, soup


def html_of(site: Path, path: str) -> Path:
    return site / (path if path.endswith(".html") else path + "index.html")


def test_every_page_but_the_full_report_and_the_404_page_is_searchable(site: Path) -> None:
    pages = site_pages(site)
    assert any(path.startswith("ru/") for path in pages)
    for path in pages:
        marked = soup(html_of(site, path)).select("[data-pagefind-body]")
        if path in {"404.html", "report/", "ru/report/"}:
            assert marked == [], path
        else:
            assert len(marked) == 1, path
            assert marked[0].name == "article", path


def test_pagefind_indexed_every_searchable_page_once_per_edition(site: Path) -> None:
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    languages = entry["languages"]
    assert list(languages) == sorted(languages) == ["en", "ru"]  # sorted: Pagefind writes them in any order
    pages = [path for path in site_pages(site) if path not in {"404.html", "report/", "ru/report/"}]
    assert languages["ru"]["page_count"] == sum(path.startswith("ru/") for path in pages)
    assert languages["en"]["page_count"] == sum(not path.startswith("ru/") for path in pages)
    for language in languages.values():
        assert (site / "pagefind" / f"pagefind.{language['hash']}.pf_meta").is_file()


def test_each_page_starts_our_worker_for_its_language(site: Path) -> None:
    for path, language, prefix in [("", "en", ""), ("groups/", "en", "../"), ("ru/about/", "ru", "../../")]:
        worker = search.worker_of(html_of(site, path).read_text(encoding="utf-8"))
        assert worker == f"{prefix}{search.WORKER}?lang={language}", path
    assert (site / search.WORKER).is_file()


def test_material_index_is_empty_and_pagefind_ui_is_not_published(site: Path) -> None:
    material = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert material["docs"] == []
    assert (site / "pagefind" / "pagefind.js").stat().st_size > 10_000
    for name in search.UNUSED:
        assert not (site / "pagefind" / name).exists(), name


def test_pagefind_runs_once_after_both_editions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """mkdocs-static-i18n builds the Russian edition inside the English build's on_post_build: Pagefind runs once,
    after it, over a site that has both editions."""
    calls: list[bool] = []
    index_site = search.index_site

    def counted(site: Path, *, serving: bool = False) -> None:
        calls.append((site / "ru" / "index.html").is_file() and not serving)
        index_site(site, serving=serving)

    monkeypatch.setattr(search, "index_site", counted)
    build_site(tmp_path / "site", docs_dir=str(copy_mini_docs(tmp_path)), nav=MINI_NAV)
    assert calls == [True]
