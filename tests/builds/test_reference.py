"""The front-matter reference page and the editor schemas: generated from the models, committed, never stale."""

from __future__ import annotations

import fnmatch
import json
import shutil
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]  # no stubs: types-jsonschema is not a dependency
import pytest
from bs4 import BeautifulSoup
from referencing import Registry, Resource

from macros import frontmatter, reference
from macros.cli import main
from macros.layout import DEFAULT_LOCALE, split_locale
from macros.site import load_site

from ..support import ROOT

SCHEMA_FOR = {
    "sources.md": "sources",
    "themes.md": "themes",
    "marketplace/index.md": "marketplace-index",
    "glossary.md": "glossary",
    "timeline.md": "timeline",
    "updates.md": "updates",
}


def schema_key(path: str) -> str:
    """Which schema a page (path relative to docs/) is checked with."""
    folder, _, name = path.rpartition("/")
    if split_locale(path)[1] != DEFAULT_LOCALE:
        return "translation"
    if path in SCHEMA_FOR:
        return SCHEMA_FOR[path]
    if folder == "groups" and name != "index.md":
        return "working-group"
    if folder == "marketplace" and name != "index.md":
        return "exhibitor"
    return "page"


def load_schema(key: str) -> dict[str, Any]:
    schema: dict[str, Any] = json.loads((ROOT / "schema" / f"{key}.schema.json").read_text(encoding="utf-8"))
    return schema


def test_committed_files_match_the_models() -> None:
    stale = reference.stale_files(ROOT)
    assert not stale, f"{stale} differ from macros/model.py: run `python -m macros reference --write` and commit them"


def test_check_fails_on_drift_and_write_repairs_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for path in reference.generated_files():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / path, tmp_path / path)
    assert main(["reference", "--check", "--root", str(tmp_path)]) == 0
    page = tmp_path / "docs" / "reference.md"
    page.write_text(page.read_text(encoding="utf-8").replace("| `order` |", "| `rank` |"), encoding="utf-8")
    (tmp_path / "schema" / "exhibitor.schema.json").unlink()
    capsys.readouterr()
    assert main(["reference", "--check", "--root", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "docs/reference.md: out of date with macros/model.py" in err
    assert "schema/exhibitor.schema.json: out of date" in err
    assert main(["reference", "--write", "--root", str(tmp_path)]) == 0
    assert capsys.readouterr().out.splitlines() == ["wrote docs/reference.md", "wrote schema/exhibitor.schema.json"]
    assert main(["reference", "--check", "--root", str(tmp_path)]) == 0


def test_every_field_of_every_model_is_in_the_reference() -> None:
    rows = [line for line in (ROOT / "docs" / "reference.md").read_text(encoding="utf-8").splitlines()]
    for page_type in reference.PAGE_TYPES:
        for model in [page_type.model, *reference.nested_models(page_type.model)]:
            for name, info in model.model_fields.items():
                matching = [row for row in rows if row.startswith(f"| `{name}` |")]
                assert matching, f"{model.__name__}.{name} is not in the reference"
                if info.is_required():
                    assert any("**required**" in row for row in matching), f"{model.__name__}.{name}"


def test_field_docstrings_reach_the_reference_and_the_schemas() -> None:
    docs = reference.field_docs(reference.WorkingGroup)
    assert docs["order"] == "Position in lists of groups (IREX's order)."
    schema = load_schema("working-group")
    assert schema["properties"]["order"]["description"] == docs["order"]
    person = schema["$defs"]["Person"]
    assert person["properties"]["note"]["description"] == "A caveat or explanation shown next to the item."
    assert "Give at least a `name` or an `organization`." in person["description"]


@pytest.mark.parametrize("page_type", reference.PAGE_TYPES, ids=lambda page: page.key)
def test_each_example_is_complete_and_valid(page_type: reference.PageType) -> None:
    data = frontmatter.parse(f"---\n{page_type.example}---\n").data
    page_type.model.model_validate(data)
    assert set(data) == set(page_type.model.model_fields), "the example should show every field"
    jsonschema.validate(data, load_schema(page_type.key))


def test_the_page_examples_pass_the_whole_site_check(tmp_path: Path) -> None:
    """Cross-references in the examples (sources, themes, exhibitors, groups) point at real ids."""
    docs = Path(shutil.copytree(ROOT / "docs", tmp_path / "docs"))
    by_key = {page.key: page for page in reference.PAGE_TYPES}
    (docs / "groups" / "example-working-group.md").write_text(f"---\n{by_key['working-group'].example}---\n")
    (docs / "marketplace" / "example-software.md").write_text(f"---\n{by_key['exhibitor'].example}---\n")
    index = load_site(docs)
    assert "example-working-group-exchange" in index.priorities


def test_every_cross_field_rule_is_written_out() -> None:
    """A model validator the reference does not describe would surprise contributors."""
    for page_type in reference.PAGE_TYPES:
        for model in [page_type.model, *reference.nested_models(page_type.model)]:
            validators = model.__pydantic_decorators__.model_validators
            if validators:
                assert len(reference.RULES.get(model.__name__, [])) >= len(validators), model.__name__


def test_every_page_validates_against_its_schema() -> None:
    docs = ROOT / "docs"
    checked = 0
    for file in sorted(docs.rglob("*.md")):
        path = file.relative_to(docs).as_posix()
        data = frontmatter.read(file).data
        jsonschema.validate(data, load_schema(schema_key(path)))
        checked += 1
    assert checked >= 20


@pytest.mark.parametrize(
    ("key", "change", "message"),
    [
        ("working-group", {"co_chair": []}, "Additional properties are not allowed ('co_chair' was unexpected)"),
        ("working-group", {"order": "first"}, "'first' is not of type 'integer'"),
        ("working-group", {"sources": ["Not An Id"]}, "does not match"),
        ("exhibitor", {"website": "javascript:alert(1)"}, "does not match"),
        ("exhibitor", {"country": "USA"}, "is not one of ['US', 'RU', 'other']"),
        ("exhibitor", {"summary": ""}, "should be non-empty"),
    ],
)
def test_the_schemas_catch_typical_mistakes(key: str, change: dict[str, Any], message: str) -> None:
    example = next(page for page in reference.PAGE_TYPES if page.key == key).example
    data = {**frontmatter.parse(f"---\n{example}---\n").data, **change}
    with pytest.raises(jsonschema.ValidationError, match=None) as error:
        jsonschema.validate(data, load_schema(key))
    assert message in error.value.message


def test_a_missing_required_field_is_caught_by_the_schema() -> None:
    data = frontmatter.parse(f"---\n{reference.PAGE_TYPES[0].example}---\n").data
    del data["name"]
    with pytest.raises(jsonschema.ValidationError, match="'name' is a required property"):
        jsonschema.validate(data, load_schema("working-group"))


def test_the_reference_page_is_built_and_in_the_navigation(site: Path) -> None:
    html = BeautifulSoup((site / "reference" / "index.html").read_text(encoding="utf-8"), "lxml")
    headings = {h.get("id") for h in html.select("article h2, article h3")}
    assert {page.key for page in reference.PAGE_TYPES} <= headings
    assert len(html.select("article table")) >= len(reference.PAGE_TYPES)
    home = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "lxml")
    nav = [a["href"] for a in home.select("nav.md-nav--primary a.md-nav__link[href]")]
    assert "contribute/" in nav
    assert "reference/" in nav


def editor_validator(key: str) -> jsonschema.Draft202012Validator:
    """The editor wrapper for `key`, with its relative $ref resolved to the committed schema file."""
    target = (ROOT / "schema" / f"{key}.schema.json").as_uri()
    registry: Registry[Any] = Registry().with_resource(target, Resource.from_contents(load_schema(key)))
    wrapper_path = ROOT / reference.editor_schema_path(key)
    wrapper = {**json.loads(wrapper_path.read_text(encoding="utf-8")), "$id": wrapper_path.as_uri()}
    return jsonschema.Draft202012Validator(wrapper, registry=registry)


def test_vscode_maps_every_data_page_to_its_editor_schema() -> None:
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    mapping = settings["yaml.schemas"]
    associations = settings["files.associations"]
    for key, folder in (("working-group", "groups"), ("exhibitor", "marketplace")):
        schema = f"./{reference.editor_schema_path(key)}"
        assert (ROOT / schema).is_file()
        assert mapping[schema] == [f"docs/{folder}/*.md", f"!docs/{folder}/*.ru.md"]  # a translation has its own
        assert associations[f"**/docs/{folder}/*.md"] == "yaml"
        assert associations[f"**/docs/{folder}/index.md"] == "markdown"
        pages = [path for path in (ROOT / "docs" / folder).glob("*.md") if path.name != "index.md"]
        assert pages
        assert all(fnmatch.fnmatch(path.relative_to(ROOT).as_posix(), f"docs/{folder}/*.md") for path in pages)
        assert f"docs/{folder}/*.ru.md" in mapping[f"./{reference.editor_schema_path('translation')}"]
    recommended = json.loads((ROOT / ".vscode" / "extensions.json").read_text(encoding="utf-8"))
    assert "redhat.vscode-yaml" in recommended["recommendations"]


@pytest.mark.parametrize("key", reference.EDITOR_PAGE_TYPES)
def test_the_editor_schema_checks_the_front_matter_and_ignores_the_body(key: str) -> None:
    validator = editor_validator(key)
    folders = {"working-group": ["groups"], "exhibitor": ["marketplace"], "translation": ["groups", "marketplace"]}
    checked = 0
    for folder in folders[key]:
        for page in (ROOT / "docs" / folder).glob("*.md"):
            translation = split_locale(page.name)[1] != DEFAULT_LOCALE
            if page.name != "index.md" and translation == (key == "translation"):
                validator.validate(frontmatter.read(page).data)
                checked += 1
    assert checked >= 8
    for body in (None, "Some prose after the front matter.", ["a", "list"]):
        validator.validate(body)
    example = next(page for page in reference.PAGE_TYPES if page.key == key).example
    data = {**frontmatter.parse(f"---\n{example}---\n").data, "countyr": "RU"}
    assert not validator.is_valid(data)
