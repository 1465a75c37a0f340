"""Everything derived from the content model for contributors: the front-matter reference page and the
JSON Schemas that editors use to check front matter as you type.

Both are generated here from `model.py` (field names, types, defaults and attribute docstrings), committed,
and verified: `python -m macros reference --check` fails when a committed file differs from what the models
give, and `--write` regenerates them (FastAPI's generate-then-verify idea).

- `fields.py`: each field in words (docstring, type, required or default), and a model's fields as a table;
- `examples.py`: every kind of page, with a complete example of its front matter;
- `mistakes.py`: typical mistakes, each with the check's own report;
- `schema.py`: the JSON Schemas for editors (and the wrappers for editors that read a whole page as YAML);
- `page.py`: the reference page, assembled from the above (`sections`), and its English words;
- `ru.py`, `words.py`: the Russian words of the same page (docs/reference.ru.md), from the same models and examples;
- here: the list of generated files, and writing or verifying them.
"""

from __future__ import annotations

from pathlib import Path

from ..model import WorkingGroup
from .examples import PAGE_TYPES, SCHEMA_DIR, PageType, checked_example
from .fields import (
    FALLBACK_DOCS,
    RULES,
    anchor,
    describe_field,
    field_docs,
    field_table,
    nested_models,
    ordered_fields,
    type_words,
)
from .mistakes import MISTAKES, Mistake
from .page import REFERENCE_PAGE, reference_markdown
from .ru import REFERENCE_PAGE_RU, reference_ru_markdown
from .schema import EDITOR_PAGE_TYPES, editor_schema_path, editor_schema_text, json_schema, schema_text

__all__ = [
    "EDITOR_PAGE_TYPES",
    "FALLBACK_DOCS",
    "MISTAKES",
    "PAGE_TYPES",
    "REFERENCE_PAGE",
    "REFERENCE_PAGE_RU",
    "RULES",
    "SCHEMA_DIR",
    "Mistake",
    "PageType",
    "WorkingGroup",
    "anchor",
    "checked_example",
    "describe_field",
    "editor_schema_path",
    "editor_schema_text",
    "field_docs",
    "field_table",
    "generated_files",
    "json_schema",
    "nested_models",
    "ordered_fields",
    "reference_markdown",
    "reference_ru_markdown",
    "schema_text",
    "stale_files",
    "type_words",
    "write_files",
]


# --- Generate, then verify ---------------------------------------------------------------


def generated_files() -> dict[str, str]:
    """Every generated file (path relative to the project's root) and its exact content."""
    files = {REFERENCE_PAGE: reference_markdown(), REFERENCE_PAGE_RU: reference_ru_markdown()}
    files.update({page.schema_path: schema_text(page) for page in PAGE_TYPES})
    files.update({editor_schema_path(key): editor_schema_text(key) for key in EDITOR_PAGE_TYPES})
    return files


def stale_files(root: Path) -> list[str]:
    """The generated files that are missing under `root` or differ from what the models give."""
    stale = []
    for path, text in generated_files().items():
        file = root / path
        if not file.is_file() or file.read_text(encoding="utf-8") != text:
            stale.append(path)
    return stale


def write_files(root: Path) -> list[str]:
    """Write every generated file that changed; return their paths."""
    changed = stale_files(root)
    files = generated_files()
    for path in changed:
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(files[path], encoding="utf-8", newline="\n")
    return changed
