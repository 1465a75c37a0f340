"""The Russian contributor guide (docs/contribute.ru.md) follows the English one: same sections, same ids, same code."""

from __future__ import annotations

import re

from pymdownx.slugs import slugify  # type: ignore[import-untyped]  # no stubs

from macros import frontmatter
from macros.model import Translation

from ..support import ROOT

ENGLISH = ROOT / "docs" / "contribute.md"
RUSSIAN = ROOT / "docs" / "contribute.ru.md"
HEADING = re.compile(r"^(#{1,6}) (.*?)(?: \{#([^}]+)\})?$")
FENCE = re.compile(r"^```(\w+)\n.*?^```$", re.MULTILINE | re.DOTALL)
SLUG = slugify(case="lower")
"""mkdocs.yml's `toc` slugify."""


def headings(text: str) -> list[tuple[str, str | None, str]]:
    """(level, explicit id or None, the heading's text) of each heading outside code blocks."""
    found = []
    for line in FENCE.sub("", text).splitlines():
        match = HEADING.match(line)
        if match:
            found.append((match.group(1), match.group(3), match.group(2)))
    return found


def english_ids() -> list[tuple[str, str]]:
    """The English headings' levels and ids, as the build makes them."""
    return [
        (level, explicit or str(SLUG(re.sub(r"[`*]", "", title), "-")))
        for level, explicit, title in headings(ENGLISH.read_text(encoding="utf-8"))
    ]


def test_every_russian_heading_carries_the_english_headings_id() -> None:
    russian = headings(frontmatter.read(RUSSIAN).body)  # the body: the front matter's comments are not headings
    assert all(explicit for _, explicit, _ in russian), "every Russian heading needs an explicit {#id}"
    assert [(level, explicit) for level, explicit, _ in russian] == english_ids()
    assert ("##", "translating") in english_ids()
    assert all(re.search("[а-яё]", title.lower()) for _, _, title in russian)


def test_the_front_matter_is_a_russian_title_and_description() -> None:
    english = frontmatter.read(ENGLISH).data
    russian = frontmatter.read(RUSSIAN).data
    expected = {"title", "description", "translates"} | ({"render_macros", "hide", "search"} & set(english))
    assert set(russian) == expected  # `translates`: the English text it translates (python -m macros translate)
    assert all(russian[key] == english[key] for key in ("render_macros", "hide", "search") if key in english)
    assert re.search("[а-яё]", russian["title"].lower())
    assert re.search("[а-яё]", russian["description"].lower())
    Translation.model_validate(russian)


def test_commands_and_the_checks_output_stay_as_in_english() -> None:
    english = [block for block in FENCE.finditer(ENGLISH.read_text(encoding="utf-8")) if block.group(1) == "console"]
    russian = [block for block in FENCE.finditer(RUSSIAN.read_text(encoding="utf-8")) if block.group(1) == "console"]
    assert [block.group(0) for block in russian] == [block.group(0) for block in english]


def test_links_point_at_the_english_paths() -> None:
    english = set(re.findall(r"\]\(([^)#]+\.md)", ENGLISH.read_text(encoding="utf-8")))
    russian = set(re.findall(r"\]\(([^)#]+\.md)", RUSSIAN.read_text(encoding="utf-8")))
    assert russian == english
    assert not any(".ru.md" in path for path in russian)
