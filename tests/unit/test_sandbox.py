"""The template sandbox alone: it refuses every payload and renders only the site's macro calls.
(The sandbox and the allow-list inside a real build are tested in tests/builds/test_sandbox_walls.py.)"""

from __future__ import annotations

import os
from pathlib import Path
from unittest import mock

import pytest
from jinja2.exceptions import SecurityError, TemplateError, UndefinedError

from macros.sandbox import MacroSandbox

from ..payloads import PAYLOADS, SECRET, with_payload


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
