"""`translator.draft`: the Russian file it writes reads back as the same translations, hashes and body."""

from __future__ import annotations

import yaml

from macros.model import Exhibitor, FieldTranslation, Translation
from macros.overlay import translation_hash
from macros.translator import draft

DIGITS = "Showed tool number 43."
"""An English text whose hash is all digits, which YAML would read as a number if it were written bare."""

BODY = "In 2009 the city held a contest.\n"


def _exhibitor(summary: str) -> Exhibitor:
    return Exhibitor(organization="Example Inc.", summary=summary, sources=["example"])


def _front_matter(text: str) -> Translation:
    """The Translation that the written file's front matter holds, read as the site reads it."""
    _, front, _ = text.split("---\n", 2)
    return Translation.model_validate(yaml.safe_load(front))


def test_a_hash_of_digits_is_written_as_text() -> None:
    current = translation_hash(DIGITS)
    assert current.isdigit()
    fields = {"summary": FieldTranslation(text="Показан инструмент номер 43.", translates=current)}
    written = draft("marketplace/example.md", _exhibitor(DIGITS), "", Translation(fields=fields), None, generated=True)
    assert f'translates: "{current}"' in written.text
    assert _front_matter(written.text).fields["summary"].translates == current
    assert (written.translated, written.missing, written.stale) == (1, 1, 0)


def test_a_hash_with_letters_is_quoted_too() -> None:
    english = "Showed a tool."
    current = translation_hash(english)
    assert not current.isdigit()
    fields = {"summary": FieldTranslation(text="Показан инструмент.", translates=current)}
    written = draft("marketplace/example.md", _exhibitor(english), "", Translation(fields=fields), None, generated=True)
    assert f'    translates: "{current}"\n' in written.text  # every hash quoted: `1e345678` would be a number


def test_accept_records_the_body_of_a_generated_page() -> None:
    existing = Translation(fields={})
    russian = "В 2009 году город провёл конкурс.\n"
    model = _exhibitor("Showed a tool.")
    accepted = draft("marketplace/example.md", model, BODY, existing, russian, generated=True, accept=True)
    assert _front_matter(accepted.text).translates == translation_hash(BODY)
    assert accepted.text.endswith("\n" + russian)
    kept = draft("marketplace/example.md", model, BODY, _front_matter(accepted.text), russian, generated=True)
    assert _front_matter(kept.text).translates == translation_hash(BODY)


def test_a_generated_page_gets_no_english_body_to_translate() -> None:
    written = draft("marketplace/example.md", _exhibitor("Showed a tool."), BODY, None, None, generated=True)
    assert BODY.strip() not in written.text
    assert _front_matter(written.text).translates is None
    site_page = draft("marketplace/example.md", _exhibitor("Showed a tool."), BODY, None, None, generated=False)
    assert BODY.strip() in site_page.text
