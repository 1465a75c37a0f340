"""The template walls in a build: the allow-list checks the exact text mkdocs-macros renders, and the
sandbox stops what the allow-list would miss. Each wall is tested alone here, with the other switched off."""

from __future__ import annotations

import os
from pathlib import Path
from unittest import mock

import pytest
from mkdocs.exceptions import Abort

from macros import templates

from ..payloads import PAYLOADS, SECRET, built_text, with_payload
from ..support import MINI_NAV, build_site, copy_mini_docs


@pytest.mark.parametrize("payload", PAYLOADS)
def test_with_the_allow_list_off_the_sandbox_still_stops_the_build(
    payload: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(templates, "check", lambda body, macros: [])
    docs = copy_mini_docs(tmp_path)
    marker = tmp_path / "MARKER"
    status = docs / "status.md"
    status.write_text(
        status.read_text(encoding="utf-8") + "\n" + with_payload(payload, marker) + "\n", encoding="utf-8"
    )
    with mock.patch.dict(os.environ, {"C2C_SECRET": SECRET}), pytest.raises((Abort, SystemExit)):
        build_site(tmp_path / "site", docs_dir=str(docs), nav=MINI_NAV)
    assert not marker.exists()
    assert not (tmp_path / "site").exists() or SECRET not in built_text(tmp_path / "site")


def test_the_allow_list_checks_the_text_mkdocs_macros_is_about_to_render(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page that changes between the check and the render is refused at render time too."""
    docs = copy_mini_docs(tmp_path)
    from macros import site

    original = site.check_site

    def check_then_change(*args: object, **kwargs: object) -> object:
        result = original(*args, **kwargs)  # type: ignore[arg-type]
        index = result[0]
        index.texts["status.md"] += "\n{{ config }}\n"
        return result

    monkeypatch.setattr(site, "check_site", check_then_change)
    with pytest.raises(Abort):
        build_site(tmp_path / "site", docs_dir=str(docs), nav=MINI_NAV)


def test_whatever_mkdocs_macros_decides_to_render_is_held_to_the_allow_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The glue's own prediction of which pages mkdocs-macros renders (`_renders`) only words the messages: the
    sandbox holds every source it compiles to the allow-list. `~` (joining text) is no operator the sandbox
    stops, so only the allow-list refuses it here."""
    import macros
    from macros import site

    docs = copy_mini_docs(tmp_path)
    original = site.check_site

    def check_then_change(*args: object, **kwargs: object) -> object:
        result = original(*args, **kwargs)  # type: ignore[arg-type]
        result[0].texts["status.md"] += '\n{{ "con" ~ "cat" }}\n'
        return result

    monkeypatch.setattr(site, "check_site", check_then_change)
    monkeypatch.setattr(macros, "_renders", lambda env: False)
    with pytest.raises((Abort, SystemExit)):
        build_site(tmp_path / "site", docs_dir=str(docs), nav=MINI_NAV)
    assert not (tmp_path / "site" / "status" / "index.html").exists()
