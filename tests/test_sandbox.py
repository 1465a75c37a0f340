"""The template walls: the allow-list checks the exact text mkdocs-macros renders, and the sandbox stops
what the allow-list would miss. Each wall is tested alone here, with the other switched off."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from unittest import mock

import pytest
from jinja2.exceptions import SecurityError, TemplateError, UndefinedError
from mkdocs.exceptions import Abort

from macros import templates
from macros.sandbox import MacroSandbox

from .conftest import build_site
from .test_build import MINI_NAV
from .test_safety import PAYLOADS, SECRET, built_text, with_payload

MINI = Path(__file__).parent / "data" / "mini" / "docs"


def cite(*ids: str) -> str:
    return "[" + ",".join(ids) + "]"


@pytest.mark.parametrize("payload", PAYLOADS)
def test_the_sandbox_alone_refuses_every_payload(payload: str, tmp_path: Path) -> None:
    marker = tmp_path / "MARKER"
    sandbox = MacroSandbox({"cite": cite})
    with mock.patch.dict(os.environ, {"C2C_SECRET": SECRET}), pytest.raises((TemplateError, TypeError)):
        sandbox.from_string(with_payload(payload, marker)).render(config={"secret": SECRET}, environment=os.environ)
    assert not marker.exists()


def test_the_sandbox_renders_the_sites_macro_calls_and_nothing_of_the_context() -> None:
    sandbox = MacroSandbox({"cite": cite})
    assert sandbox.from_string('See {{ cite("a", "b") }}.').render(config={"x": 1}) == "See [a,b]."
    with pytest.raises(UndefinedError):
        sandbox.from_string("{{ config }}").render(config={"x": 1})
    with pytest.raises(SecurityError):
        sandbox.from_string('{{ "x" * 1000000000 }}').render()
    with pytest.raises(SecurityError):
        sandbox.from_string("{{ cite.__globals__ }}").render()


@pytest.mark.parametrize("payload", PAYLOADS)
def test_with_the_allow_list_off_the_sandbox_still_stops_the_build(
    payload: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(templates, "check", lambda body, macros: [])
    docs = tmp_path / "docs"
    shutil.copytree(MINI, docs)
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
    docs = tmp_path / "docs"
    shutil.copytree(MINI, docs)
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
