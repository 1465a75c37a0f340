"""The content model's fields in words: their docstrings, their types, whether they are required, as a table."""

from __future__ import annotations

import ast
import inspect
import itertools
import json
import sys
import textwrap
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any, Final, Literal

from annotated_types import Ge, MinLen
from pydantic import BaseModel, StringConstraints
from pydantic.fields import FieldInfo

from ..model import DATE_PATTERN, ID_PATTERN, HttpUrl
from .words import EN, Words

_HTTP_CHECK: Final = typing.get_args(HttpUrl)[1]
"""The validator that marks a field as a web address."""

RULES: Final[dict[str, list[str]]] = {
    "Ref": ["A `sourced` link needs at least one entry in `sources`."],
    "Person": ["Give at least a `name` or an `organization`.", "`uncertain: true` needs a `note` saying why."],
    "Priority": ["`uncertain: true` needs a `note` saying why."],
    "FollowUp": ["`uncertain: true` needs a `note` saying why."],
    "Point": ["`uncertain: true` needs a `note` saying why."],
    "Milestone": ["`uncertain: true` needs a `note` saying why."],
    "Exhibitor": [
        "Give at least an `organization` or a `presenter`.",
        "`uncertain: true` needs a `note` saying why.",
    ],
}
"""Rules that span several fields (the models' validators), in words; a test keeps this in step."""

FALLBACK_DOCS: Final[dict[str, str]] = {
    "id": "A stable kebab-case id (lowercase letters and digits joined by hyphens); others link to it.",
    "title": "The page's title, shown in the navigation and the browser tab.",
    "description": "One or two sentences for search engines and link previews.",
    "render_macros": "Only on the site's own pages that call macros; contributors' pages never need it.",
    "text": "The point, in a sentence or two.",
    "sources": "Ids of entries in `docs/sources.md` that state this.",
    "themes": "The common themes, each with an `id`, a `title`, a `text` and its `sources`.",
    "reported_count_sources": "Ids of the sources that give the count.",
    "hide": "Parts of the page layout to hide (Material for MkDocs).",
    "search": "Search settings for the page (Material for MkDocs): `exclude` or `boost`.",
}
"""Descriptions of fields that carry no docstring in the models."""


# --- Attribute docstrings --------------------------------------------------------------


@cache
def _class_bodies(module: str) -> dict[str, list[ast.stmt]]:
    """The body of each class in `module`, by qualified name, from one parse of the module (`inspect.getsource` of
    a class parses its whole module again each time: a tenth of a second per build, for the models)."""
    bodies: dict[str, list[ast.stmt]] = {}

    def visit(statements: list[ast.stmt], prefix: str) -> None:
        for statement in statements:
            if isinstance(statement, ast.ClassDef):
                bodies[prefix + statement.name] = statement.body
                visit(statement.body, f"{prefix}{statement.name}.")

    visit(ast.parse(inspect.getsource(sys.modules[module])).body, "")
    return bodies


def _class_body(cls: type) -> list[ast.stmt]:
    body = _class_bodies(cls.__module__).get(cls.__qualname__)
    if body is not None:
        return body
    tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))  # a class made in a function (tests)
    return tree.body[0].body if tree.body and isinstance(tree.body[0], ast.ClassDef) else []


@cache
def field_docs(model: type[BaseModel]) -> dict[str, str]:
    """Each field's attribute docstring (the string literal right after it), from the class and its bases."""
    docs: dict[str, str] = {}
    for cls in reversed(model.__mro__):
        if not (isinstance(cls, type) and issubclass(cls, BaseModel)) or cls is BaseModel:
            continue
        body = _class_body(cls)
        for statement, following in itertools.pairwise(body):
            if (
                isinstance(statement, ast.AnnAssign)
                and isinstance(statement.target, ast.Name)
                and isinstance(following, ast.Expr)
                and isinstance(following.value, ast.Constant)
                and isinstance(following.value.value, str)
            ):
                docs[statement.target.id] = inspect.cleandoc(following.value.value)
    return docs


def describe_field(model: type[BaseModel], name: str) -> str:
    """The field's docstring, or a fallback for the few undocumented common fields."""
    return field_docs(model).get(name) or FALLBACK_DOCS.get(name, "")


def is_web_address(info: FieldInfo) -> bool:
    """Whether the field holds an `HttpUrl` (possibly optional)."""
    annotated = [arg for arg in typing.get_args(info.annotation) if typing.get_origin(arg) is typing.Annotated]
    return _HTTP_CHECK in info.metadata or any(_HTTP_CHECK in arg.__metadata__ for arg in annotated)


# --- Types in words ------------------------------------------------------------------


def nested_models(model: type[BaseModel]) -> list[type[BaseModel]]:
    """The models used inside `model`'s fields, in order of first use (not `model` itself)."""
    found: list[type[BaseModel]] = []

    def visit(annotation: Any) -> None:
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            if annotation not in found and annotation is not model:
                found.append(annotation)
                for info in annotation.model_fields.values():
                    visit(info.annotation)
            return
        for arg in typing.get_args(annotation):
            visit(arg)

    for info in model.model_fields.values():
        visit(info.annotation)
    return found


def anchor(model: type[BaseModel]) -> str:
    """The reference's anchor for a part model: `FollowUp` -> `part-follow-up`."""
    words = [char if char.islower() else f"-{char.lower()}" for char in model.__name__]
    return "part" + "".join(words)


def type_words(annotation: Any, metadata: list[Any] | None = None, words: Words = EN) -> str:
    """A field's type in words for contributors, with links to part models."""
    metadata = list(metadata or [])
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        return type_words(args[0], [*metadata, *annotation.__metadata__], words)
    if origin in (typing.Union, types.UnionType):
        return words.either.join(type_words(arg, words=words) for arg in args if arg is not type(None))
    if origin is Literal:
        return words.one_of.format(values=", ".join(f"`{value}`" for value in args))
    if origin is list:
        return words.list_of.format(item=type_words(args[0], words=words))
    if origin is dict:
        return words.mapping.format(key=type_words(args[0], words=words), value=type_words(args[1], words=words))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return f"[{annotation.__name__}](#{anchor(annotation)})"
    return _scalar_words(annotation, metadata, words)


def _scalar_words(annotation: Any, metadata: list[Any], words: Words) -> str:
    """A plain value's type in words: text, `true` or `false`, a number (with its minimum)."""
    if annotation is str:
        return _string_words(metadata, words)
    if annotation is bool:
        return words.boolean
    if annotation is int:
        minimum = next((item.ge for item in metadata if isinstance(item, Ge)), None)
        return words.whole_number + (f" ≥ {minimum}" if minimum is not None else "")
    if annotation is float:
        return words.number
    return str(annotation)


def _string_words(metadata: list[Any], words: Words) -> str:
    if _HTTP_CHECK in metadata:
        return words.web_address
    pattern = next((item.pattern for item in metadata if isinstance(item, StringConstraints) and item.pattern), None)
    if pattern == ID_PATTERN:
        return words.id
    if pattern == DATE_PATTERN:
        return words.date
    return words.text


def _requirement(info: FieldInfo, words: Words) -> str:
    if info.is_required():
        minimum = next((item.min_length for item in info.metadata if isinstance(item, MinLen)), None)
        return words.required + (words.at_least.format(minimum=minimum) if minimum else "")
    default = info.get_default(call_default_factory=True)
    if default is None:
        return words.optional
    shown = json.dumps(default) if not isinstance(default, str) else default
    return words.default.format(value=shown)


# --- As a table ----------------------------------------------------------------------


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def ordered_fields(model: type[BaseModel]) -> list[tuple[str, FieldInfo]]:
    """The model's fields, its own first and then those it inherits (e.g. `sources`, `uncertain`, `note`)."""
    own = inspect.get_annotations(model)
    fields = list(model.model_fields.items())
    return [item for item in fields if item[0] in own] + [item for item in fields if item[0] not in own]


def field_table(
    model: type[BaseModel],
    words: Words = EN,
    describe: Callable[[type[BaseModel], str], str] = describe_field,
) -> str:
    """The model's fields as a Markdown table: field, type, required or default, description."""
    lines = ["| " + " | ".join(words.header) + " |", "|---|---|---|---|"]
    for name, info in ordered_fields(model):
        lines.append(
            f"| `{name}` | {_cell(type_words(info.annotation, info.metadata, words))} | {_requirement(info, words)} "
            f"| {_cell(describe(model, name))} |"
        )
    return "\n".join(lines) + "\n"
