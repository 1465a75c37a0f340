"""Everything derived from the content model for contributors: the front-matter reference page and the
JSON Schemas that editors use to check front matter as you type.

Both are generated here from `model.py` (field names, types, defaults and attribute docstrings), committed,
and verified: `python -m macros reference --check` fails when a committed file differs from what the models
give, and `--write` regenerates them (FastAPI's generate-then-verify idea).
"""

from __future__ import annotations

import ast
import inspect
import itertools
import json
import textwrap
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Final, Literal

from annotated_types import Ge, MinLen
from pydantic import BaseModel, StringConstraints
from pydantic.fields import FieldInfo

from . import frontmatter
from .loader import validate_page
from .model import (
    DATE_PATTERN,
    ID_PATTERN,
    Exhibitor,
    FreePage,
    GlossaryPage,
    HttpUrl,
    MarketplaceIndex,
    SourceList,
    ThemeList,
    TimelinePage,
    UpdateList,
    WorkingGroup,
)
from .problems import Problem

REFERENCE_PAGE: Final = "docs/reference.md"
"""The generated page, relative to the project's root."""
SCHEMA_DIR: Final = "schema"
"""Where the JSON Schemas go, relative to the project's root."""

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


@dataclass(frozen=True)
class PageType:
    """A kind of page: which files, which model, which schema file, and a complete example."""

    key: str
    """The schema's file name stem and the section's anchor (e.g. `working-group`)."""
    heading: str
    where: str
    """Which files use it."""
    model: type[BaseModel]
    example: str
    """A complete front matter (YAML text), validated against `model` when the reference is made."""

    @property
    def schema_path(self) -> str:
        return f"{SCHEMA_DIR}/{self.key}.schema.json"


_GROUP_EXAMPLE = """\
name: Example Working Group
order: 11
summary: >-
  Illustration only: every field a working-group page can hold. Two known
  co-chairs, one priority and one follow-up.
name_variants: [Example Group]
co_chairs:
  - name: Jane Doe
    organization: Example Foundation
    title: Director
    role: U.S. co-chair
    country: US
    sources: [irex-overview]
  - organization: Example Center
    country: RU
    uncertain: true
    note: The source names the center but not who represented it.
    sources: [irex-overview]
co_chairs_note: Both co-chairs are named in the overview.
participants:
  - name: John Roe
    organization: Example Network
    country: other
    sources: [irex-overview]
participants_note: The source lists one participant besides the co-chairs.
priorities:
  - id: example-working-group-exchange
    title: Peer exchange
    text: Exchange visits between U.S. and Russian organizations in the field.
    origin: Drafted at the June 2010 meeting.
    partners: [Example Foundation, Example Center]
    themes:
      - id: mentoring-and-training
        relation: editorial
        note: The editors see the exchange visits as mentoring.
    exhibitors:
      - id: ashoka
        relation: editorial
        note: Suggested by the editors; no source links them.
    sources: [irex-overview]
priorities_note: Further priorities are in the Summary Report, which was not recovered.
follow_ups:
  - text: The group met again in Moscow.
    date: "2010-10"
    sources: [irex-october]
  - text: A related programme started, which its source does not credit to C2C.
    date: "2011/2012"
    kind: later
    relation: editorial
    uncertain: true
    note: The dates are approximate.
    sources: [irex-overview]
background:
  - text: A point of context on the field, with its source.
    sources: [irex-overview]
report_page: p. 9
sources: [irex-overview, irex-project]
"""

_EXHIBITOR_EXAMPLE = """\
organization: Example Software Ltd.
presenter: Jane Doe
presenter_title: Founder
tool: Example Mapper
summary: >-
  Illustration only: every field an exhibitor page can hold. Showed a tool
  for mapping local volunteer groups.
summary_sources: [irex-marketplace]
body_sources: [irex-marketplace]
website: https://example.org/mapper
country: other
country_note: Registered in one country, working in both.
groups:
  - id: public-health
    relation: sourced
    sources: [irex-marketplace]
    note: The source names the group.
  - id: new-media
    relation: editorial
    note: Suggested by the editors; no source links them.
uncertain: true
note: The source spells the tool's name two ways.
sources: [irex-marketplace]
"""

_SOURCES_EXAMPLE = """\
title: Sources
description: Every source this site draws on.
render_macros: true
sources:
  - id: irex-overview
    title: "U.S.-Russia Civil Society Summit: overview"
    publisher: IREX
    url: https://www.irex.org/example-page
    note: Only the summary paragraphs were recovered.
"""

_THEMES_EXAMPLE = """\
title: Common themes
description: The themes running through the working groups' priorities.
render_macros: true
themes:
  - id: new-technology
    title: New technology
    text: Technology as an asset for collaboration.
    sources: [irex-priorities]
"""

_MARKETPLACE_EXAMPLE = """\
title: Innovation Marketplace
description: The exhibition of technology for civil society.
render_macros: true
reported_count: 10
reported_count_sources: [irex-overview]
"""

_GLOSSARY_EXAMPLE = """\
title: Glossary
description: Abbreviations and terms used on this site.
render_macros: true
terms:
  - term: EXMPL
    forms: [EXMPLs]
    text: Illustration only; explained wherever EXMPL appears on a page.
    sources: [irex-overview]
"""

_TIMELINE_EXAMPLE = """\
title: Timeline
description: The C2C process in date order.
render_macros: true
milestones:
  - date: "2010-06-23/2010-06-24"
    title: Illustration only
    text: What happened, in a sentence or two.
    link: about.md
    uncertain: true
    note: Why it is uncertain.
    sources: [irex-project]
"""

_UPDATES_EXAMPLE = """\
title: Updates
description: What was added to or corrected in the record, and when.
render_macros: true
updates:
  - id: example-co-chairs-added
    date: "2026-12-01"
    title: Co-chairs of the Example group
    summary: Both co-chairs were added from the group's section of the Summary Report.
    pages: [groups/index.md]
"""

_PAGE_EXAMPLE = """\
title: About the C2C process
description: How the summit came about and what followed.
render_macros: true
hide: [toc]
search:
  boost: 2
"""


@dataclass(frozen=True)
class Mistake:
    """A typical mistake: a small page that has it, and what the check says (worked out when the page is made)."""

    title: str
    path: str
    """Where the page would be, relative to docs/."""
    example: str
    """The page's whole front matter (YAML text)."""

    def report(self) -> list[str]:
        """The lines `python -m macros check` prints for this page alone."""
        problems = sorted(validate_page(self.path, f"---\n{self.example}---\n"), key=Problem.sort_key)
        count = len(problems)
        return [str(problem) for problem in problems] + [
            f"{count} problem{'s' if count != 1 else ''} found in the content."
        ]


MISTAKES: Final[tuple[Mistake, ...]] = (
    Mistake(
        "A country outside the list",
        "marketplace/example-software.md",
        "organization: Example Software Ltd.\nsummary: Showed a mapping tool.\ncountry: USA\nsources: [irex-marketplace]\n",
    ),
    Mistake(
        "An exhibitor without sources",
        "marketplace/example-software.md",
        "organization: Example Software Ltd.\nsummary: Showed a mapping tool.\ncountry: US\n",
    ),
    Mistake(
        "A word for a number, a misspelt field and a date written out",
        "groups/example-working-group.md",
        "name: Example Working Group\norder: eleven\nsummary: What the record holds.\nco_chair:\n"
        "  - name: Jane Doe\n    sources: [irex-overview]\nfollow_ups:\n  - text: The group met again.\n"
        '    date: "October 2010"\n    sources: [irex-october]\nsources: [irex-overview]\n',
    ),
    Mistake(
        "A sourced link without its source",
        "marketplace/example-software.md",
        "organization: Example Software Ltd.\nsummary: Showed a mapping tool.\ngroups:\n  - id: public-health\n"
        "    relation: sourced\nsources: [irex-marketplace]\n",
    ),
    Mistake(
        "Placeholders left from `python -m macros new`",
        "marketplace/example-software.md",
        "organization: Example Software Ltd.\nsummary: >-\n  TODO: what this exhibitor showed at the Innovation "
        "Marketplace, in one or two sentences.\nsources: [todo-source-id]\n",
    ),
)
"""Typical mistakes the reference shows with the check's own report; a test runs each through the real check."""


PAGE_TYPES: Final[tuple[PageType, ...]] = (
    PageType("working-group", "Working-group page", "`docs/groups/<id>.md`", WorkingGroup, _GROUP_EXAMPLE),
    PageType("exhibitor", "Exhibitor page", "`docs/marketplace/<id>.md`", Exhibitor, _EXHIBITOR_EXAMPLE),
    PageType("sources", "List of sources", "`docs/sources.md`", SourceList, _SOURCES_EXAMPLE),
    PageType("themes", "Common themes", "`docs/themes.md`", ThemeList, _THEMES_EXAMPLE),
    PageType(
        "marketplace-index",
        "Marketplace index",
        "`docs/marketplace/index.md`",
        MarketplaceIndex,
        _MARKETPLACE_EXAMPLE,
    ),
    PageType("glossary", "Glossary", "`docs/glossary.md`", GlossaryPage, _GLOSSARY_EXAMPLE),
    PageType("timeline", "Timeline", "`docs/timeline.md`", TimelinePage, _TIMELINE_EXAMPLE),
    PageType("updates", "Record updates", "`docs/updates.md`", UpdateList, _UPDATES_EXAMPLE),
    PageType(
        "page",
        "Any other page",
        "every other page: `docs/index.md`, `docs/about.md`, `docs/groups/index.md`, this guide, ...",
        FreePage,
        _PAGE_EXAMPLE,
    ),
)
"""Every kind of page, in the order the reference presents them."""


# --- Attribute docstrings --------------------------------------------------------------


@cache
def field_docs(model: type[BaseModel]) -> dict[str, str]:
    """Each field's attribute docstring (the string literal right after it), from the class and its bases."""
    docs: dict[str, str] = {}
    for cls in reversed(model.__mro__):
        if not (isinstance(cls, type) and issubclass(cls, BaseModel)) or cls is BaseModel:
            continue
        tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
        body = tree.body[0].body if tree.body and isinstance(tree.body[0], ast.ClassDef) else []
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


# --- JSON Schema ---------------------------------------------------------------------


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
        if _is_web_address(info):
            branches = [branch for branch in prop.get("anyOf", [prop]) if branch.get("type") == "string"]
            for branch in branches:
                branch.update({"format": "uri", "pattern": "^[Hh][Tt][Tt][Pp][Ss]?://"})
    if model.__name__ in RULES:
        definition["description"] = " ".join([definition.get("description", ""), *RULES[model.__name__]]).strip()


def _is_web_address(info: FieldInfo) -> bool:
    """Whether the field holds an `HttpUrl` (possibly optional)."""
    annotated = [arg for arg in typing.get_args(info.annotation) if typing.get_origin(arg) is typing.Annotated]
    return _HTTP_CHECK in info.metadata or any(_HTTP_CHECK in arg.__metadata__ for arg in annotated)


def schema_text(page: PageType) -> str:
    """The schema file's exact content."""
    return json.dumps(json_schema(page), indent=2, ensure_ascii=False) + "\n"


EDITOR_PAGE_TYPES: Final = ("working-group", "exhibitor")
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


def type_words(annotation: Any, metadata: list[Any] | None = None) -> str:
    """A field's type in words for contributors, with links to part models."""
    metadata = list(metadata or [])
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        return type_words(args[0], [*metadata, *annotation.__metadata__])
    if origin in (typing.Union, types.UnionType):
        words = [type_words(arg) for arg in args if arg is not type(None)]
        return " or ".join(words)
    if origin is Literal:
        return "one of " + ", ".join(f"`{value}`" for value in args)
    if origin is list:
        return f"list of {type_words(args[0])}"
    if origin is dict:
        return f"mapping of {type_words(args[0])} to {type_words(args[1])}"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return f"[{annotation.__name__}](#{anchor(annotation)})"
    if annotation is str:
        return _string_words(metadata)
    if annotation is bool:
        return "`true` or `false`"
    if annotation is int:
        minimum = next((item.ge for item in metadata if isinstance(item, Ge)), None)
        return "whole number" + (f" ≥ {minimum}" if minimum is not None else "")
    if annotation is float:
        return "number"
    return str(annotation)


def _string_words(metadata: list[Any]) -> str:
    if _HTTP_CHECK in metadata:
        return "web address (`http://` or `https://`)"
    pattern = next((item.pattern for item in metadata if isinstance(item, StringConstraints) and item.pattern), None)
    if pattern == ID_PATTERN:
        return "id (kebab-case)"
    if pattern == DATE_PATTERN:
        return 'date (`"2010"`, `"2010-10"`, `"2010-10-15"` or a range `"2010-10/2011-02"`)'
    return "text"


def _requirement(info: FieldInfo) -> str:
    if info.is_required():
        minimum = next((item.min_length for item in info.metadata if isinstance(item, MinLen)), None)
        return "**required**" + (f" (at least {minimum})" if minimum else "")
    default = info.get_default(call_default_factory=True)
    if default is None:
        return "optional"
    shown = json.dumps(default) if not isinstance(default, str) else default
    return f"optional (default `{shown}`)"


# --- The reference page ----------------------------------------------------------------


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def ordered_fields(model: type[BaseModel]) -> list[tuple[str, FieldInfo]]:
    """The model's fields, its own first and then those it inherits (e.g. `sources`, `uncertain`, `note`)."""
    own = inspect.get_annotations(model)
    fields = list(model.model_fields.items())
    return [item for item in fields if item[0] in own] + [item for item in fields if item[0] not in own]


def field_table(model: type[BaseModel]) -> str:
    """The model's fields as a Markdown table: field, type, required or default, description."""
    lines = ["| Field | Type | Required | Description |", "|---|---|---|---|"]
    for name, info in ordered_fields(model):
        lines.append(
            f"| `{name}` | {_cell(type_words(info.annotation, info.metadata))} | {_requirement(info)} "
            f"| {_cell(describe_field(model, name))} |"
        )
    return "\n".join(lines) + "\n"


def _rules(model: type[BaseModel]) -> str:
    rules = RULES.get(model.__name__)
    return "".join(f"- {rule}\n" for rule in rules) + "\n" if rules else ""


def checked_example(page: PageType) -> str:
    """The page type's example, after checking that it is valid front matter for its model."""
    data = frontmatter.parse(f"---\n{page.example}---\n").data
    page.model.model_validate(data)
    return page.example


def _sections() -> Iterator[str]:
    yield from (
        "---\n",
        "title: Front-matter reference\n",
        "description: Every field of every kind of page on this site, with a complete example of each.\n",
        "---\n\n",
        "<!-- Generated from macros/model.py by `python -m macros reference --write`: do not edit by hand. -->\n\n",
        "# Front-matter reference\n\n",
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
        yield f"### {mistake.title}\n\nIn `docs/{mistake.path}`:\n\n```yaml\n---\n{mistake.example}---\n```\n\n"
        yield "```console\n$ python -m macros check\n" + "\n".join(mistake.report()) + "\n```\n\n"


def reference_markdown() -> str:
    """The whole front-matter reference page."""
    return "".join(_sections()).rstrip("\n") + "\n"


# --- Generate, then verify ---------------------------------------------------------------


def generated_files() -> dict[str, str]:
    """Every generated file (path relative to the project's root) and its exact content."""
    files = {REFERENCE_PAGE: reference_markdown()}
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
