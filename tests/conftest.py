"""Shared fixtures: the real site built once per test session, its index, and a copy of the mini site."""

from __future__ import annotations

from pathlib import Path

import pytest

from macros.index import SiteIndex
from macros.site import load_site

from .support import ROOT, build_site, copy_mini_docs


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site, built once per session with --strict."""
    return build_site(tmp_path_factory.mktemp("site"))


@pytest.fixture(scope="session")
def index() -> SiteIndex:
    """The real site's index, read from docs/ (a test module about the mini site overrides it)."""
    return load_site(ROOT / "docs")


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    """A copy of the mini site's docs folder (tests/data/mini/docs), to change freely."""
    return copy_mini_docs(tmp_path)
