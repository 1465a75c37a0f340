"""`python -m macros new`: ids from names, valid commented templates, no overwrites, pages that build."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import jsonschema  # type: ignore[import-untyped]  # no stubs: types-jsonschema is not a dependency
import pytest
from bs4 import BeautifulSoup
from mkdocs.exceptions import Abort

from macros import frontmatter, scaffold
from macros.cli import main
from macros.loader import validate_page
from macros.site import load_site

from ..support import ROOT, build_site
from .project_copy import copy_site


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Public Health", "public-health"),
        ("Public Health & Safety", "public-health-and-safety"),
        ("Children's Rights", "childrens-rights"),
        ("  Ashoka: Innovators for the Public  ", "ashoka-innovators-for-the-public"),
        ("Transparency International–Russia", "transparency-international-russia"),
        ("Éducation supérieure à Genève", "education-superieure-a-geneve"),
        ("Гражданское общество", "grazhdanskoe-obshchestvo"),
        ("Центр «Щит» и Юность", "tsentr-shchit-i-yunost"),
        ("E-Government 2.0", "e-government-2-0"),
        ("microsoft CETS", "microsoft-cets"),
    ],
)
def test_slugify_gives_a_stable_kebab_case_ascii_id(name: str, expected: str) -> None:
    assert scaffold.slugify(name) == expected
    assert scaffold.slugify(name) == scaffold.slugify(name.upper())
    assert scaffold.check_id(expected) == expected


def test_slugify_cuts_long_names_at_a_word_boundary() -> None:
    slug = scaffold.slugify("The Working Group on " + "Very Long Names " * 10)
    assert len(slug) <= scaffold.MAX_ID_LENGTH
    assert slug.startswith("the-working-group-on-very-long-names")
    assert not slug.endswith("-")
    assert all(word in {"the", "working", "group", "on", "very", "long", "names"} for word in slug.split("-"))


@pytest.mark.parametrize("name", ["東京大学", "Αθήνα", "جامعة", "Tokyo 東京"])
def test_slugify_refuses_other_scripts_and_says_what_to_do(name: str) -> None:
    with pytest.raises(scaffold.ScaffoldError, match="--id"):
        scaffold.slugify(name)


@pytest.mark.parametrize("name", ["", "   ", "!!!", "— –"])
def test_a_name_without_letters_is_refused(name: str) -> None:
    with pytest.raises(scaffold.ScaffoldError, match="expected"):
        scaffold.plan_page(Path("docs"), "group", name, page_id=None, order=1, source="irex-overview")


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    """A copy of the real docs folder to add pages to."""
    return Path(shutil.copytree(ROOT / "docs", tmp_path / "docs"))


def run_new(docs: Path, *args: str) -> int:
    return main(["new", *args, "--docs", str(docs)])


FILLED = {
    "TODO: ": "",
    "todo-source-id": "irex-priorities",
    "todo-exhibitor-id": "ashoka",
    "todo-group-id": "public-health",
}
"""What a contributor would write in place of each placeholder (here: the placeholder's own words)."""


def fill(path: Path) -> None:
    """Replace every placeholder in a scaffolded page, as a contributor would."""
    text = path.read_text(encoding="utf-8")
    for placeholder, value in FILLED.items():
        text = text.replace(placeholder, value)
    path.write_text(text, encoding="utf-8")


def test_new_group_writes_a_valid_page_with_the_next_order(docs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = load_site(docs)
    assert run_new(docs, "group", "Culture and Heritage") == 0
    out = capsys.readouterr().out
    path = docs / "groups" / "culture-and-heritage.md"
    assert out.splitlines()[0] == path.as_posix()
    fill(path)
    index = load_site(docs)
    entry = index.group("culture-and-heritage")
    assert entry.model.name == "Culture and Heritage"
    assert entry.model.order == max(group.model.order for group in before.groups) + 1
    assert len(index.groups) == len(before.groups) + 1


def test_new_exhibitor_writes_a_valid_page(docs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_new(docs, "exhibitor", "Open Map Lab") == 0
    assert capsys.readouterr().out.startswith((docs / "marketplace" / "open-map-lab.md").as_posix())
    fill(docs / "marketplace" / "open-map-lab.md")
    index = load_site(docs)
    assert index.exhibitor("open-map-lab").model.organization == "Open Map Lab"


def test_the_template_is_commented_and_points_editors_at_the_schema(docs: Path) -> None:
    assert run_new(docs, "group", "Culture") == 0
    assert run_new(docs, "exhibitor", "Lab") == 0
    for path, schema in (("groups/culture.md", "working-group"), ("marketplace/lab.md", "exhibitor")):
        text = (docs / path).read_text(encoding="utf-8")
        lines = text.splitlines()
        assert lines[1] == f"# yaml-language-server: $schema=../../schema/{schema}.schema.json"
        assert (ROOT / "docs" / path).parent.joinpath(f"../../schema/{schema}.schema.json").resolve().is_file()
        assert sum(line.startswith("#") for line in lines) >= 10
        data = frontmatter.parse(text).data
        jsonschema.validate(data, json.loads((ROOT / "schema" / f"{schema}.schema.json").read_text()))


def test_uncommenting_every_block_still_gives_a_valid_page(docs: Path) -> None:
    """The commented examples are real YAML: remove the '# ' and the page still validates."""
    assert run_new(docs, "group", "Culture") == 0
    assert run_new(docs, "exhibitor", "Lab") == 0
    group = docs / "groups" / "culture.md"
    exhibitor = docs / "marketplace" / "lab.md"
    for path in (group, exhibitor):
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        uncommented = [
            line[2:] if re.match(r"# (\s+|[a-z_]+:)", line) and "yaml-language-server" not in line else line
            for line in lines
        ]
        data = frontmatter.parse("".join(uncommented)).data
        assert {"co_chairs", "priorities", "follow_ups"} <= set(data) or {"presenter", "tool", "groups"} <= set(data)
        path.write_text("".join(uncommented), encoding="utf-8")
        fill(path)
    index = load_site(docs)
    assert index.priorities["culture-first-priority"].priority.exhibitors[0].id == "ashoka"
    assert [ref.id for ref in index.exhibitor("lab").model.groups] == ["public-health"]


def test_names_with_yaml_syntax_are_kept_exactly(docs: Path) -> None:
    name = 'Center "Shield": #1 & [Co] — Щит'
    assert run_new(docs, "exhibitor", name, "--id", "center-shield") == 0
    fill(docs / "marketplace" / "center-shield.md")
    assert load_site(docs).exhibitor("center-shield").model.organization == name


def test_new_refuses_to_overwrite_and_changes_nothing(docs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    existing = docs / "groups" / "public-health.md"
    before = existing.read_bytes()
    assert run_new(docs, "group", "Public Health") == 1
    err = capsys.readouterr().err
    assert "public-health.md already exists; nothing was written" in err
    assert existing.read_bytes() == before
    assert run_new(docs, "exhibitor", "New Lab") == 0
    assert run_new(docs, "exhibitor", "New Lab") == 1
    assert "already exists" in capsys.readouterr().err


def test_bad_ids_and_names_fail_cleanly(docs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_new(docs, "group", "Fine Name", "--id", "Not_An_Id") == 1
    assert "'Not_An_Id' is not a valid id" in capsys.readouterr().err
    assert run_new(docs, "group", "東京") == 1
    err = capsys.readouterr().err
    assert err.startswith("error: cannot derive an id")
    assert "--id" in err
    assert "Traceback" not in err
    assert not list((docs / "groups").glob("*tokyo*"))


def test_a_scaffolded_group_and_exhibitor_appear_in_the_navigation_and_tables(tmp_path: Path) -> None:
    project = copy_site(tmp_path / "project")
    docs = project / "docs"
    assert run_new(docs, "group", "Culture and Heritage") == 0
    assert run_new(docs, "exhibitor", "Open Map Lab") == 0
    fill(docs / "groups" / "culture-and-heritage.md")
    fill(docs / "marketplace" / "open-map-lab.md")
    site = build_site(tmp_path / "site", config_file=project / "mkdocs.yml")

    group_page = site / "groups" / "culture-and-heritage" / "index.html"
    exhibitor_page = site / "marketplace" / "open-map-lab" / "index.html"
    assert group_page.is_file()
    assert exhibitor_page.is_file()
    home = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "lxml")
    nav = {a.get_text(strip=True): a["href"] for a in home.select("nav.md-nav--primary a.md-nav__link[href]")}
    assert nav["Culture and Heritage"] == "groups/culture-and-heritage/"
    assert nav["Open Map Lab"] == "marketplace/open-map-lab/"
    groups = BeautifulSoup((site / "groups" / "index.html").read_text(encoding="utf-8"), "lxml")
    assert "culture-and-heritage/" in [a["href"] for a in groups.select("article table a[href]")]
    market = BeautifulSoup((site / "marketplace" / "index.html").read_text(encoding="utf-8"), "lxml")
    assert "open-map-lab/" in [a["href"] for a in market.select("article table a[href]")]


def test_an_unfilled_page_fails_the_check_naming_each_placeholder(
    docs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_new(docs, "group", "Culture and Heritage") == 0
    assert run_new(docs, "exhibitor", "Open Map Lab", "--source", "irex-marketplace") == 0
    capsys.readouterr()
    assert main(["check", "--docs", str(docs)]) == 1
    lines = capsys.readouterr().err.splitlines()
    group, exhibitor = f"{docs}/groups/culture-and-heritage.md", f"{docs}/marketplace/open-map-lab.md"
    assert [re.sub(r":\d+:", ":N:", line.split(": placeholder")[0]) for line in lines[:-1]] == [
        f"{group}:N: summary",
        f"{group}:N: sources.0",
        f"{exhibitor}:N: summary",
    ]
    assert all("left from `python -m macros new`" in line for line in lines[:-1])
    assert lines[-1] == "3 problems found in the content."
    fill(docs / "groups" / "culture-and-heritage.md")
    fill(docs / "marketplace" / "open-map-lab.md")
    capsys.readouterr()
    assert main(["check", "--docs", str(docs)]) == 0


def test_an_unfilled_page_cannot_be_built(tmp_path: Path) -> None:
    project = copy_site(tmp_path / "project")
    assert run_new(project / "docs", "exhibitor", "Open Map Lab") == 0
    with pytest.raises(Abort):
        build_site(tmp_path / "site", config_file=project / "mkdocs.yml")
    assert not (tmp_path / "site" / "marketplace" / "open-map-lab").exists()


def test_every_placeholder_of_the_templates_fails_when_uncommented_unfilled(docs: Path) -> None:
    """Uncommenting an example block without filling it in is caught too: no 'Full Name' gets published."""
    assert run_new(docs, "group", "Culture", "--source", "irex-priorities") == 0
    path = docs / "groups" / "culture.md"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    uncommented = [
        line[2:] if re.match(r"# (\s+|[a-z_]+:)", line) and "yaml-language-server" not in line else line
        for line in lines
    ]
    path.write_text("".join(uncommented), encoding="utf-8")
    problems = [problem.field for problem in validate_page("groups/culture.md", path.read_text(encoding="utf-8"))]
    assert sorted(problems) == [
        "co_chairs.0.name",
        "co_chairs.0.organization",
        "follow_ups.0.text",
        "priorities.0.exhibitors.0.id",
        "priorities.0.exhibitors.0.note",
        "priorities.0.text",
        "priorities.0.title",
        "summary",
    ]


@pytest.mark.parametrize(
    ("existing", "new", "close"),
    [
        ("ushahidi", "Ushahidi Inc.", True),
        ("ashoka", "Ashoka", False),  # the same id: refused as existing, not warned about
        ("microsoft-cets", "Microsoft CETS Ltd", True),
        ("epals", "ePals Inc", True),
        ("public-health", "Public Heath", True),
        ("arrivedok", "Open Map Lab", False),
        ("new-media", "Human Rights", False),
    ],
)
def test_close_ids_and_names(existing: str, new: str, close: bool) -> None:
    page = scaffold.plan_page(Path("docs"), "exhibitor", new, page_id=None, order=0, source="x")
    assert bool(scaffold.close_pages(page, new, {existing: existing})) is (close and page.id != existing)


def test_a_page_close_to_an_existing_one_gets_a_warning_naming_it(
    docs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (docs / "marketplace" / "ushahidi.md").write_text(
        "---\norganization: Ushahidi\nsummary: A mapping platform.\nsources: [irex-marketplace]\n---\n",
        encoding="utf-8",
    )
    assert run_new(docs, "exhibitor", "Ushahidi Inc.") == 0
    err = capsys.readouterr().err
    assert err.startswith("warning: 'ushahidi-inc' (Ushahidi Inc.) is close to the existing exhibitor 'ushahidi'")
    assert "docs/marketplace/ushahidi.md" in err
    assert (docs / "marketplace" / "ushahidi-inc.md").is_file()
    assert run_new(docs, "exhibitor", "Open Map Lab") == 0
    assert capsys.readouterr().err == ""
