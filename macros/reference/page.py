"""The front-matter reference page (docs/reference.md): every kind of page, its parts, and common mistakes."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import Final

from pydantic import BaseModel

from .examples import PAGE_TYPES, checked_example
from .fields import RULES, anchor, field_table, nested_models
from .mistakes import MISTAKES

REFERENCE_PAGE: Final = "docs/reference.md"
"""The generated page, relative to the project's root."""


def _rules(model: type[BaseModel]) -> str:
    rules = RULES.get(model.__name__)
    return "".join(f"- {rule}\n" for rule in rules) + "\n" if rules else ""


def _sections() -> Iterator[str]:
    yield from (
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
    )
    parts: list[type[BaseModel]] = []
    for page in PAGE_TYPES:
        yield f"## {page.heading} {{#{page.key}}}\n\n"
        yield f"Used by {page.where}. {inspect.cleandoc(page.model.__doc__ or '')}\n"
        yield f"Editors check it with `{page.schema_path}`.\n\n"
        yield field_table(page.model) + "\n"
        yield _rules(page.model)
        yield f"A complete example:\n\n```yaml\n---\n{checked_example(page)}---\n```\n\n"
        parts.extend(model for model in nested_models(page.model) if model not in parts)
    yield "## Parts {#parts}\n\nThe lists and links inside the pages above.\n\n"
    for model in parts:
        yield f"### {model.__name__} {{#{anchor(model)}}}\n\n{inspect.cleandoc(model.__doc__ or '')}\n\n"
        yield field_table(model) + "\n"
        yield _rules(model)
    yield from _mistakes()


def _mistakes() -> Iterator[str]:
    yield "## Common mistakes {#mistakes}\n\n"
    yield "What `python -m macros check` (and the build) reports for a few typical mistakes, each in a small page.\n"
    yield "Every line names the file, the line, the field, what is wrong and, in brackets, what was expected.\n\n"
    for mistake in MISTAKES:
        yield f"### {mistake.title} {{#{mistake.anchor}}}\n\n"
        yield f"In `docs/{mistake.path}`:\n\n```yaml\n---\n{mistake.example}---\n```\n\n"
        yield "```console\n$ python -m macros check\n" + "\n".join(mistake.report()) + "\n```\n\n"


def reference_markdown() -> str:
    """The whole front-matter reference page."""
    return "".join(_sections()).rstrip("\n") + "\n"
