"""Every example in docs/reference.md, read from the page itself, goes through the real check.

The complete examples must pass; each documented mistake must give exactly the lines the page shows.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from macros import reference
from macros.cli import main
from macros.loader import validate_page

from ..support import ROOT

PAGE = (ROOT / "docs" / "reference.md").read_text(encoding="utf-8")
FENCE = re.compile(r"^```(\w+)\n(.*?)^```$", re.MULTILINE | re.DOTALL)
WHERE = {
    "working-group": "groups/example-working-group.md",
    "exhibitor": "marketplace/example-software.md",
    "sources": "sources.md",
    "themes": "themes.md",
    "marketplace-index": "marketplace/index.md",
    "page": "about.md",
    "glossary": "glossary.md",
    "timeline": "timeline.md",
    "updates": "updates.md",
    "translation": "themes.ru.md",
}
"""Where each kind of page's complete example would live."""


def complete_examples() -> dict[str, str]:
    """Section anchor -> the YAML block after "A complete example:" in that section."""
    found = {}
    for section in re.split(r"^## ", PAGE, flags=re.MULTILINE)[1:]:
        anchor = re.match(r".*\{#([a-z-]+)\}", section)
        example = re.search(r"A complete example:\n\n```yaml\n(.*?)^```$", section, re.MULTILINE | re.DOTALL)
        if anchor and example:
            found[anchor.group(1)] = example.group(1)
    return found


def mistakes() -> list[tuple[str, str, list[str]]]:
    """(path under docs/, the page's text, the lines the reference says the check prints)."""
    section = PAGE.split("## Common mistakes {#mistakes}", 1)[1]
    found = []
    for part in re.split(r"^### ", section, flags=re.MULTILINE)[1:]:
        path = re.search(r"^In `docs/(.+?)`:", part, re.MULTILINE)
        blocks = dict((kind, text) for kind, text in FENCE.findall(part))
        assert path, part
        assert set(blocks) == {"yaml", "console"}, part
        command, *lines = blocks["console"].splitlines()
        assert command == "$ python -m macros check"
        found.append((path.group(1), blocks["yaml"], lines))
    return found


def test_the_page_shows_every_example_and_mistake() -> None:
    assert set(complete_examples()) == set(WHERE) == {page.key for page in reference.PAGE_TYPES}
    assert len(mistakes()) == len(reference.MISTAKES) >= 5


@pytest.mark.parametrize("key", sorted(WHERE))
def test_each_complete_example_passes_the_check_of_its_page(key: str) -> None:
    text = complete_examples()[key]
    assert text.startswith("---\n")
    assert validate_page(WHERE[key], text) == []


def test_the_group_and_exhibitor_examples_pass_the_whole_site_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(ROOT / "docs", tmp_path / "docs")
    for key in ("working-group", "exhibitor"):
        (tmp_path / "docs" / WHERE[key]).write_text(complete_examples()[key], encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--docs", "docs"]) == 0, capsys.readouterr().err
    assert capsys.readouterr().out.startswith("OK: 11 working groups")


@pytest.mark.parametrize("number", range(len(reference.MISTAKES)))
def test_each_documented_mistake_gives_the_documented_lines(
    number: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The real command on a copy of the site with the mistaken page added prints exactly what the page shows."""
    path, text, expected = mistakes()[number]
    shutil.copytree(ROOT / "docs", tmp_path / "docs")
    (tmp_path / "docs" / path).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--docs", "docs"]) == 1
    assert capsys.readouterr().err.splitlines() == expected


def test_no_message_in_the_reference_uses_pydantics_wording() -> None:
    lines = [line for _, _, expected in mistakes() for line in expected]
    assert not [line for line in lines if "Input should" in line or "validation error" in line]
    assert all("(expected " in line for line in lines if not line.endswith("found in the content."))
