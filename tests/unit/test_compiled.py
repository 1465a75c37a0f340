"""Theme templates are compiled once a process (macros/compiled.py), and again whenever that would differ."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from macros import compiled


def environment(folder: Path, **options: object) -> jinja2.Environment:
    return compiled.share_compiled(jinja2.Environment(loader=jinja2.FileSystemLoader(folder), **options))  # type: ignore[arg-type]


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The templates Jinja compiles from here on."""
    names: list[str] = []
    compile_ = jinja2.Environment.compile

    def counting(self: jinja2.Environment, source: str, name: str | None = None, filename: str | None = None) -> object:
        names.append(str(name))
        return compile_(self, source, name, filename)

    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    return names


def test_a_second_environment_reuses_the_code_until_the_source_changes(tmp_path: Path, counted: list[str]) -> None:
    (tmp_path / "page.html").write_text("<p>{{ x }}</p>", encoding="utf-8")
    first = environment(tmp_path, trim_blocks=True, keep_trailing_newline=True)
    assert first.get_template("page.html").render(x=1) == "<p>1</p>"
    again = environment(tmp_path, trim_blocks=True, keep_trailing_newline=True)  # the next language, or rebuild
    assert again.get_template("page.html").render(x=2) == "<p>2</p>"
    assert counted == ["page.html"]
    (tmp_path / "page.html").write_text("<p>{{ x }}!</p>", encoding="utf-8")  # edited while serving
    edited = environment(tmp_path, trim_blocks=True, keep_trailing_newline=True)
    assert edited.get_template("page.html").render(x=3) == "<p>3!</p>"
    assert counted == ["page.html", "page.html"]


def test_an_environment_that_compiles_differently_compiles_on_its_own(tmp_path: Path, counted: list[str]) -> None:
    (tmp_path / "page.html").write_text("<p>{{ x }}</p>", encoding="utf-8")
    assert environment(tmp_path).get_template("page.html").render(x="<b>") == "<p><b></p>"
    assert environment(tmp_path, autoescape=True).get_template("page.html").render(x="<b>") == "<p>&lt;b&gt;</p>"
    assert (
        environment(tmp_path, variable_start_string="[[", variable_end_string="]]")
        .get_template("page.html")
        .render(x=1)
        == "<p>{{ x }}</p>"
    )
    assert len(counted) == 3
    by_function = jinja2.Environment(loader=jinja2.FileSystemLoader(tmp_path), autoescape=jinja2.select_autoescape())
    assert compiled.share_compiled(by_function).bytecode_cache is None
