"""`python -m macros translate <page>`: write or update a page's Russian file, field by field.

Every translatable field of the English page (`overlay.texts`) is listed under `fields`, with the English text as
a comment beside it. A translated field keeps its text and its `translates` hash; a field not yet translated is
written commented out, to translate and uncomment; a field whose English changed since it was translated keeps
its old hash (so the site keeps marking it) and says which hash to record once the text is updated. `--accept`
records that every translation on the page now matches the English (after updating them).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from pydantic import BaseModel

from .model import FieldTranslation, Translation
from .overlay import texts, translation_hash

HEADER = (
    "# The Russian edition of {page}: `python -m macros translate {name}` writes and updates this file.\n"
    "# Under `fields`: each field's translation (`text`) and the hash of the English text it translates\n"
    "# (`translates`). A field still to translate is commented out with its English text: translate, uncomment.\n"
)
PAGE_KEYS = ("title", "description", "render_macros", "hide", "search")


@dataclass(frozen=True)
class Draft:
    """What the command writes, and what it found."""

    text: str
    translated: int
    missing: int
    stale: int


def _quoted(value: str) -> str:
    """A YAML double-quoted scalar (a JSON string is one)."""
    return json.dumps(value, ensure_ascii=False)


def _hash(value: str) -> str:
    """A hash as a YAML scalar, always quoted: YAML would read some as numbers (`12345678`, `1e345678`)."""
    return _quoted(value)


def _comment(text: str) -> str:
    return " ".join(text.split())


def _field_lines(model: BaseModel, fields: dict[str, FieldTranslation], accept: bool) -> Iterator[tuple[str, str]]:
    """(state, YAML lines) for each translatable field of `model`, in the page's order."""
    for path, english in texts(model):
        current = translation_hash(english)
        found = fields.get(path)
        key = _quoted(path)
        if found is None:
            hashed = _hash(current)
            yield "missing", (f"  # {key}:\n  #   en: {_comment(english)}\n  #   text: \n  #   translates: {hashed}\n")
            continue
        stale = found.translates != current and not accept
        note = (
            f"    # OUT OF DATE: the English changed. Translate it again, then record `translates: {_hash(current)}`\n"
            if stale
            else ""
        )
        recorded = found.translates if stale else current
        yield (
            "stale" if stale else "translated",
            (
                f"  {key}:\n    # en: {_comment(english)}\n{note}"
                f"    text: {_quoted(found.text)}\n    translates: {_hash(recorded)}\n"
            ),
        )


def _body(
    english_body: str, body: str, existing: Translation | None, *, generated: bool, accept: bool
) -> tuple[str, str | None]:
    """The Russian body to write (the English one to translate on a new page of the site's own) and its hash."""
    if not english_body.strip():
        return body, None
    if not body:
        if generated:
            return body, None
        return (
            "<!-- Translate the English text below into Russian, then run the command again with --accept. -->\n\n"
            + english_body.strip()
            + "\n"
        ), None
    if accept:
        return body, translation_hash(english_body)
    return body, existing.translates if existing is not None else None


def draft(
    page: str,
    model: BaseModel,
    english_body: str,
    existing: Translation | None,
    existing_body: str | None,
    *,
    generated: bool,
    accept: bool = False,
) -> Draft:
    """The whole Russian file for the English page `page` (relative to docs/)."""
    name = page.removesuffix(".md")
    lines = [HEADER.format(page=f"docs/{page}", name=name)]
    if existing is not None:
        data = existing.model_dump(include=set(PAGE_KEYS), exclude_defaults=True)
        lines += [f"{key}: {json.dumps(value, ensure_ascii=False)}\n" for key, value in data.items()]
    elif getattr(model, "render_macros", False):
        lines.append("render_macros: true\n")
    body = existing_body if existing_body is not None and existing_body.strip() else ""
    body, translates = _body(english_body, body, existing, generated=generated, accept=accept)
    lines += [f"translates: {_hash(translates)}\n"] if translates else []
    states: list[str] = []
    field_lines = []
    for state, text in _field_lines(model, dict(existing.fields) if existing else {}, accept):
        states.append(state)
        field_lines.append(text)
    if field_lines:
        lines.append("fields:\n")
        if all(state == "missing" for state in states):
            lines.append("  {}\n")
        lines += field_lines
    text = "---\n" + "".join(lines) + "---\n" + (f"\n{body.strip()}\n" if body.strip() else "")
    return Draft(text, states.count("translated"), states.count("missing"), states.count("stale"))
