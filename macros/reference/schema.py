"""The JSON Schemas that editors use to check front matter as you type, one per kind of page."""

from __future__ import annotations

import json
from typing import Any, Final

from pydantic import BaseModel

from .examples import SCHEMA_DIR, PageType
from .fields import RULES, describe_field, is_web_address, nested_models


def json_schema(page: PageType) -> dict[str, Any]:
    """The page type's JSON Schema (draft 2020-12), with every field's description and web-address format."""
    schema = page.model.model_json_schema(mode="validation")
    models = {model.__name__: model for model in nested_models(page.model)}
    _annotate(schema, page.model)
    for name, definition in schema.get("$defs", {}).items():
        if name in models:
            _annotate(definition, models[name])
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"{page.heading} ({page.where.replace('`', '')})",
        **{key: value for key, value in schema.items() if key != "title"},
    }


def _annotate(definition: dict[str, Any], model: type[BaseModel]) -> None:
    for name, info in model.model_fields.items():
        prop = definition.get("properties", {}).get(name)
        if prop is None:
            continue
        description = describe_field(model, name)
        if description:
            prop["description"] = description
        prop.pop("title", None)
        if is_web_address(info):
            branches = [branch for branch in prop.get("anyOf", [prop]) if branch.get("type") == "string"]
            for branch in branches:
                branch.update({"format": "uri", "pattern": "^[Hh][Tt][Tt][Pp][Ss]?://"})
    if model.__name__ in RULES:
        definition["description"] = " ".join([definition.get("description", ""), *RULES[model.__name__]]).strip()


def schema_text(page: PageType) -> str:
    """The schema file's exact content."""
    return json.dumps(json_schema(page), indent=2, ensure_ascii=False) + "\n"


EDITOR_PAGE_TYPES: Final = ("working-group", "exhibitor", "translation")
"""The pages an editor opens as YAML (front matter only, no body): `.vscode/settings.json` maps them."""


def editor_schema_path(key: str) -> str:
    return f"{SCHEMA_DIR}/editor/{key}.json"


def editor_schema_text(key: str) -> str:
    """A wrapper for editors that read a whole Markdown page as YAML.

    yaml-language-server applies a folder's schema to every YAML document in the file, and the text after
    the closing `---` is a second document (empty, or the page's prose): the wrapper accepts anything but a
    mapping there, and checks every mapping (the front matter) against the real schema.
    """
    wrapper = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "description": (
            f"The front matter of a page, checked against ../{key}.schema.json. An editor that reads the whole "
            "Markdown file as YAML sees the body after the closing '---' as a second document: anything but a "
            "mapping is accepted for it."
        ),
        "anyOf": [{"$ref": f"../{key}.schema.json"}, {"not": {"type": "object"}}],
    }
    return json.dumps(wrapper, indent=2) + "\n"
