"""macros/search.py's pure parts: which pages are marked for search, and the worker check."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError

from macros import search

from ..support import ROOT

PAGE = f"<html><body>{search.ARTICLE}<h1>T</h1></article></body></html>"


def config_script(worker: str) -> str:
    return f'<script id="__config" type="application/json">{{"base": ".", "search": "{worker}"}}</script>'


def test_a_page_is_marked_for_search_unless_excluded() -> None:
    assert search.mark_body(PAGE, {}).count("data-pagefind-body") == 1
    assert search.mark_body(PAGE, {"search": {"boost": 2}}).count("data-pagefind-body") == 1
    assert search.mark_body(PAGE, {"search": {"exclude": True}}) == PAGE


def test_a_page_without_materials_article_fails_the_build() -> None:
    with pytest.raises(PluginError, match="Material"):
        search.mark_body("<html><body><article>x</article></body></html>", {})


def test_the_build_fails_when_material_starts_its_own_worker(tmp_path: Path) -> None:
    home = tmp_path / "index.html"
    home.write_text(config_script("assets/javascripts/workers/search.a7633da7.min.js"), encoding="utf-8")
    with pytest.raises(PluginError, match=r"overrides/main\.html"):
        search.check_worker(tmp_path)
    home.write_text(config_script(f"{search.WORKER}?lang=en"), encoding="utf-8")
    search.check_worker(tmp_path)


def test_a_pagefind_of_another_version_named_by_c2c_pagefind_fails_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "pagefind"
    fake.write_text("#!/bin/sh\necho pagefind 1.4.0\n", encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv("C2C_PAGEFIND", str(fake))
    with pytest.raises(PluginError, match=r"expected pagefind 1\.5\.2"):
        search.pagefind_binary()
    fake.write_text("#!/bin/sh\necho pagefind 1.5.2\n", encoding="utf-8")
    assert search.pagefind_binary() == str(fake)
    monkeypatch.delenv("C2C_PAGEFIND")
    assert search.pagefind_binary().endswith(("pagefind", "pagefind.exe"))


def test_a_large_page_is_indexed_by_its_headings_and_prose_only() -> None:
    rows = "<tr><td>row</td></tr>" * (search.LARGE // 20)
    content = f"<h2>H</h2><p>P</p><table>{rows}</table><ul><li>x</li></ul>"
    large = f"<html><body>{search.ARTICLE}{content}</article></body></html>"
    marked = search.mark_body(large, {})
    assert "<table data-pagefind-ignore>" in marked
    assert "<ul data-pagefind-ignore>" in marked
    assert "<h2>H</h2><p>P</p>" in marked
    small = search.mark_body(PAGE.replace("<h1>T</h1>", "<table><tr><td>x</td></tr></table>"), {})
    assert "data-pagefind-ignore" not in small


def test_material_search_keeps_its_box_but_reads_no_page() -> None:
    """Its `on_page_context` (every page parsed into lunr's index) leaves the build; the plugin, which the theme's
    header asks for to show the search box, and its other events stay."""
    config = load_config(str(ROOT / "mkdocs.yml"))
    plugin = config.plugins[search.MATERIAL_PLUGIN]
    events = config.plugins.events
    others = [h for h in events["page_context"] if getattr(h, "__self__", None) is not plugin]
    assert len(others) < len(events["page_context"])
    search.skip_material_indexing(config.plugins)
    search.skip_material_indexing(config.plugins)  # each language's build runs on_config again
    assert events["page_context"] == others
    assert search.MATERIAL_PLUGIN in config.plugins
    assert any(getattr(h, "__self__", None) is plugin for h in events["post_build"])
