"""The 404 page every edition shares: a later language's build keeps the default language's file."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, cast

from macros.notfound import kept_page

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig


def config(site_dir: Path, default_build: bool | None) -> MkDocsConfig:
    plugins = {} if default_build is None else {"i18n": SimpleNamespace(is_default_language_build=default_build)}
    return cast("MkDocsConfig", SimpleNamespace(plugins=plugins, site_dir=str(site_dir)))


def test_a_later_editions_build_keeps_the_404_page_written_first(tmp_path: Path) -> None:
    (tmp_path / "404.html").write_text("<html lang=en>", encoding="utf-8")
    assert kept_page("<html lang=ru>", "404.html", config(tmp_path, default_build=False)) == "<html lang=en>"


def test_the_default_build_and_other_templates_write_their_own(tmp_path: Path) -> None:
    (tmp_path / "404.html").write_text("old", encoding="utf-8")
    assert kept_page("new", "404.html", config(tmp_path, default_build=True)) == "new"
    assert kept_page("new", "404.html", config(tmp_path, default_build=None)) == "new"
    assert kept_page("new", "sitemap.xml", config(tmp_path, default_build=False)) == "new"


def test_nothing_to_keep_when_the_default_build_wrote_nothing(tmp_path: Path) -> None:
    assert kept_page("new", "404.html", config(tmp_path, default_build=False)) == "new"
