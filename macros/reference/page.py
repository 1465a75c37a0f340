"""The front-matter reference page (docs/reference.md): every kind of page, its parts, and common mistakes."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Final

from pydantic import BaseModel

from .examples import PAGE_TYPES, PageType, checked_example
from .fields import RULES, anchor, field_table, nested_models
from .mistakes import MISTAKES

REFERENCE_PAGE: Final = "docs/reference.md"
"""The generated page, relative to the project's root."""


@dataclass(frozen=True)
class PageText:
    """What the reference page says around the tables, in one language (`ru.py` gives the Russian)."""

    intro: tuple[str, ...]
    """The front matter, the title and the introduction."""
    heading: Callable[[PageType], str]
    where: Callable[[PageType], str]
    doc: Callable[[type[BaseModel]], str]
    """A model's description (the English one is its docstring)."""
    used_by: str
    """`{where}`, `{doc}`."""
    schema: str
    """`{path}`: the page type's JSON Schema."""
    example: str
    parts: str
    """The heading and introduction of the parts' section."""
    table: Callable[[type[BaseModel]], str]
    rules: Mapping[str, list[str]]
    mistakes: str
    """The heading and introduction of the common mistakes."""
    mistake_title: Callable[[str], str]
    in_file: str
    """`{path}`: where a mistake's example stands."""


def _rules(model: type[BaseModel], text: PageText) -> str:
    rules = text.rules.get(model.__name__)
    return "".join(f"- {rule}\n" for rule in rules) + "\n" if rules else ""


def sections(text: PageText) -> Iterator[str]:
    """The reference page in the language of `text`: each page type, its parts, the common mistakes."""
    yield from text.intro
    parts: list[type[BaseModel]] = []
    for page in PAGE_TYPES:
        yield f"## {text.heading(page)} {{#{page.key}}}\n\n"
        yield text.used_by.format(where=text.where(page), doc=text.doc(page.model))
        yield text.schema.format(path=page.schema_path)
        yield text.table(page.model) + "\n"
        yield _rules(page.model, text)
        yield f"{text.example}\n\n```yaml\n---\n{checked_example(page)}---\n```\n\n"
        parts.extend(model for model in nested_models(page.model) if model not in parts)
    yield text.parts
    for model in parts:
        yield f"### {model.__name__} {{#{anchor(model)}}}\n\n{text.doc(model)}\n\n"
        yield text.table(model) + "\n"
        yield _rules(model, text)
    yield text.mistakes
    for mistake in MISTAKES:
        yield f"### {text.mistake_title(mistake.title)} {{#{mistake.anchor}}}\n\n"
        yield text.in_file.format(path=mistake.path) + f"\n\n```yaml\n---\n{mistake.example}---\n```\n\n"
        yield "```console\n$ python -m macros check\n" + "\n".join(mistake.report()) + "\n```\n\n"


def _docstring(model: type[BaseModel]) -> str:
    return inspect.cleandoc(model.__doc__ or "")


EN_TEXT: Final = PageText(
    intro=(
        "---\n",
        "title: Front-matter reference\n",
        "description: Every field of every kind of page on this site, with a complete example of each.\n",
        "---\n\n",
        "<!-- Generated from macros/model.py by `python -m macros reference --write`: do not edit by hand. -->\n\n",
        "# Front-matter reference {#front-matter-reference}\n\n",
        "The *front matter* is the block between the two `---` lines at the top of a page. On working-group and\n",
        "exhibitor pages it is the page: the site builds the tables, links and backlinks from it. This reference is\n",
        "generated from the site's content model, so it always matches what `python -m macros check` accepts.\n",
        "See [how to contribute](contribute.md) for the steps.\n\n",
        "Fields marked **required** must be present; every other field may be left out. Ids are *kebab-case*:\n",
        "lowercase letters and digits joined by single hyphens (`public-health`). Text is plain text, never\n",
        "Markdown or HTML: it is shown exactly as written. Unknown fields are errors, so a misspelt field name is\n",
        "reported rather than ignored.\n\n",
    ),
    heading=lambda page: page.heading,
    where=lambda page: page.where,
    doc=_docstring,
    used_by="Used by {where}. {doc}\n",
    schema="Editors check it with `{path}`.\n\n",
    example="A complete example:",
    parts="## Parts {#parts}\n\nThe lists and links inside the pages above.\n\n",
    table=field_table,
    rules=RULES,
    mistakes=(
        "## Common mistakes {#mistakes}\n\n"
        "What `python -m macros check` (and the build) reports for a few typical mistakes, each in a small page.\n"
        "Every line names the file, the line, the field, what is wrong and, in brackets, what was expected.\n\n"
    ),
    mistake_title=lambda title: title,
    in_file="In `docs/{path}`:",
)
"""The English page's words (docs/reference.md)."""


def reference_markdown() -> str:
    """The whole front-matter reference page."""
    return "".join(sections(EN_TEXT)).rstrip("\n") + "\n"
