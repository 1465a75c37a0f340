"""The GitHub issue forms: valid as GitHub documents them, and every prefilled link on the site opens one.

GitHub's form schema (docs.github.com, "Syntax for GitHub's form schema"): top-level `name`, `description`
and `body` are required; each body element has a `type` (markdown, textarea, input, dropdown, checkboxes)
and `attributes`; `id`s are unique and made of letters, digits, `-` and `_`; a markdown element has no
`id` and no `validations`; each type has its own required attributes.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup

from macros.index import Entry, SiteIndex
from macros.questions import FACT_FORM, FACT_FORM_FIELDS, Question, all_questions, exhibitor_questions, group_questions

from ..support import ROOT, attr, one

FORMS = ROOT / ".github" / "ISSUE_TEMPLATE"
CONFIG = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8").split("\ntheme:")[0])
REPO_URL: str = CONFIG["repo_url"].rstrip("/")

TOP_LEVEL = {"name", "description", "body", "title", "labels", "assignees", "projects", "type"}
ELEMENT_KEYS = {"type", "id", "attributes", "validations"}
ATTRIBUTES: dict[str, tuple[set[str], set[str]]] = {
    "markdown": ({"value"}, set()),
    "textarea": ({"label"}, {"description", "placeholder", "value", "render"}),
    "input": ({"label"}, {"description", "placeholder", "value"}),
    "dropdown": ({"label", "options"}, {"description", "multiple", "default"}),
    "checkboxes": ({"label", "options"}, {"description"}),
}
"""Per type: the attributes GitHub requires, and the others it accepts."""
ID = re.compile(r"^[A-Za-z0-9_-]+$")


def form_problems(form: Any) -> list[str]:
    """What GitHub would refuse in an issue form (empty when it is valid)."""
    if not isinstance(form, dict):
        return ["the form is not a mapping"]
    problems = [f"missing top-level key '{key}'" for key in ("name", "description", "body") if key not in form]
    problems += [f"unknown top-level key '{key}'" for key in sorted(set(form) - TOP_LEVEL)]
    problems += [
        f"'{key}' must be non-empty text"
        for key in ("name", "description", "title")
        if key in form and (not isinstance(form[key], str) or not form[key].strip())
    ]
    body = form.get("body")
    if not isinstance(body, list) or not body:
        return [*problems, "'body' must be a non-empty list"]
    ids: list[str] = []
    for number, element in enumerate(body):
        problems += element_problems(f"body[{number}]", element, ids)
    return problems


def element_problems(where: str, element: Any, ids: list[str]) -> list[str]:
    """What GitHub would refuse in one element of a form's body; adds the element's id to `ids`."""
    if not isinstance(element, dict):
        return [f"{where} is not a mapping"]
    problems = [f"{where}: unknown key '{key}'" for key in sorted(set(element) - ELEMENT_KEYS)]
    kind = element.get("type")
    if kind not in ATTRIBUTES:
        return [*problems, f"{where}: type {kind!r} is not one of {sorted(ATTRIBUTES)}"]
    attributes = element.get("attributes")
    if not isinstance(attributes, dict):
        return [*problems, f"{where}: 'attributes' is required"]
    problems += attribute_problems(where, kind, attributes)
    if kind == "markdown":
        return problems + [
            f"{where}: a markdown element takes no '{key}'" for key in ("id", "validations") if key in element
        ]
    problems += id_problems(where, element, ids)
    problems += option_problems(where, kind, attributes.get("options"))
    validations = element.get("validations", {})
    if not isinstance(validations, dict) or set(validations) - {"required"}:
        problems.append(f"{where}: 'validations' accepts only 'required'")
    elif not isinstance(validations.get("required", False), bool):
        problems.append(f"{where}: 'required' must be true or false")
    return problems


def attribute_problems(where: str, kind: str, attributes: dict[str, Any]) -> list[str]:
    """Missing, unknown or empty attributes of an element of type `kind`."""
    required, optional = ATTRIBUTES[kind]
    problems = [f"{where}: attribute '{key}' is required for {kind}" for key in sorted(required - set(attributes))]
    problems += [f"{where}: attribute '{key}' is not allowed" for key in sorted(set(attributes) - required - optional)]
    problems += [
        f"{where}: attribute '{key}' must be non-empty text"
        for key in ("label", "value", "description")
        if key in attributes and key in required | {"description"} and not str(attributes[key] or "").strip()
    ]
    return problems


def id_problems(where: str, element: dict[str, Any], ids: list[str]) -> list[str]:
    """An element's id must be a plain name, used once per form; a good one is added to `ids`."""
    if "id" not in element:
        return []
    if not isinstance(element["id"], str) or not ID.match(element["id"]):
        return [f"{where}: id {element['id']!r} may hold only letters, digits, '-' and '_'"]
    if element["id"] in ids:
        return [f"{where}: id '{element['id']}' is used twice"]
    ids.append(element["id"])
    return []


def option_problems(where: str, kind: str, options: Any) -> list[str]:
    """A dropdown's options are unique texts; each checkbox has a label."""
    problems = []
    if kind == "dropdown" and isinstance(options, list):
        if not options or len(set(map(str, options))) != len(options):
            problems.append(f"{where}: options must be a non-empty list of unique values")
        if any(not isinstance(option, str) for option in options):
            problems.append(f"{where}: dropdown options must be text (quote 'Yes' and 'No')")
    if kind == "checkboxes" and (
        not isinstance(options, list) or not options or not all(isinstance(o, dict) and "label" in o for o in options)
    ):
        problems.append(f"{where}: checkbox options must each have a 'label'")
    return problems


def forms() -> dict[str, dict[str, Any]]:
    return {
        path.name: yaml.safe_load(path.read_text(encoding="utf-8"))
        for path in sorted(FORMS.glob("*.yml"))
        if path.name != "config.yml"
    }


def field_ids(form: dict[str, Any]) -> set[str]:
    return {element["id"] for element in form["body"] if "id" in element}


def test_the_two_forms_exist_and_are_valid() -> None:
    found = forms()
    assert set(found) == {FACT_FORM, "report-a-problem.yml"}
    for name, form in found.items():
        assert form_problems(form) == [], name
    assert found[FACT_FORM]["name"] == "Add or correct a fact"
    assert found["report-a-problem.yml"]["name"] == "Report a problem with the site"


def test_the_fact_form_asks_for_the_page_what_is_missing_the_source_and_whether_you_were_there() -> None:
    form = forms()[FACT_FORM]
    elements = {element.get("id"): element for element in form["body"]}
    assert set(FACT_FORM_FIELDS) | {"source", "there"} <= set(elements)
    for field in ("page", "missing", "source"):
        assert elements[field]["validations"]["required"] is True
    assert elements["page"]["type"] == "input"
    assert elements["source"]["type"] == "textarea"
    assert elements["there"]["type"] == "dropdown"


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda f: f.pop("name"), "missing top-level key 'name'"),
        (lambda f: f["body"].append({"type": "text", "attributes": {"label": "x"}}), "is not one of"),
        (lambda f: f["body"][1].update(id="missing"), "id 'missing' is used twice"),
        (lambda f: f["body"][1].update(id="a page"), "may hold only letters"),
        (lambda f: f["body"][1]["attributes"].pop("label"), "attribute 'label' is required for input"),
        (lambda f: f["body"][0].update(id="intro"), "a markdown element takes no 'id'"),
        (lambda f: f["body"][4]["attributes"].update(options=[True, False]), "must be text"),
        (lambda f: f["body"][4]["attributes"].update(options=[]), "non-empty list of unique"),
        (lambda f: f["body"][2].update(validations={"required": "yes"}), "must be true or false"),
        (lambda f: f["body"][2]["attributes"].update(rows=3), "attribute 'rows' is not allowed"),
    ],
)
def test_the_form_check_catches_what_github_refuses(change: Any, problem: str) -> None:
    form = yaml.safe_load((FORMS / FACT_FORM).read_text(encoding="utf-8"))
    change(form)
    assert any(problem in line for line in form_problems(form)), form_problems(form)


def test_the_chooser_points_at_the_contributor_guide() -> None:
    config = yaml.safe_load((FORMS / "config.yml").read_text(encoding="utf-8"))
    assert config["blank_issues_enabled"] is True
    (link,) = config["contact_links"]
    assert set(link) == {"name", "url", "about"}
    assert link["url"] == CONFIG["site_url"] + "contribute/"
    assert (ROOT / "docs" / "contribute.md").is_file()


def prefilled_links(html_file: Path) -> list[str]:
    soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "lxml")
    return [str(a["href"]) for a in soup.select("article a[href]") if "/issues/new?" in str(a["href"])]


def test_every_prefilled_link_on_the_site_opens_an_existing_form_with_existing_fields(site: Path) -> None:
    known = {name: field_ids(form) for name, form in forms().items()}
    links = [link for page in sorted(site.rglob("*.html")) for link in prefilled_links(page)]
    assert len(links) >= 40
    for link in links:
        parts = urlsplit(link)
        assert f"{parts.scheme}://{parts.netloc}{parts.path}" == f"{REPO_URL}/issues/new"
        query = parse_qs(parts.query, strict_parsing=True)
        assert all(len(values) == 1 for values in query.values()), link
        template = query.pop("template")[0]
        assert template in known, link
        title = query.pop("title")[0]
        assert title.strip()
        assert set(query) <= known[template], f"{link}: unknown fields {set(query) - known[template]}"
        assert set(query) == set(FACT_FORM_FIELDS)


def help_box(site: Path, page: str) -> list[tuple[str, dict[str, list[str]]]]:
    """(question text, prefilled fields) for each item of a page's help box."""
    html = site / page.removesuffix(".md") / "index.html"
    soup = BeautifulSoup(html.read_text(encoding="utf-8"), "lxml")
    heading = soup.find("h2", id="help-complete-this-record")
    assert heading is not None, page
    items = []
    box = heading.find_next_sibling("ul")
    for item in box.find_all("li") if box else []:
        link = one(item, "a")
        text = " ".join(item.get_text().split())  # no separator: glossary terms are <abbr> elements in the text
        text = text.removesuffix(f"({link.get_text(strip=True)})").strip()
        items.append((text, parse_qs(urlsplit(attr(link, "href")).query)))
    return items


def test_each_page_asks_its_own_questions_with_the_page_prefilled(site: Path, index: SiteIndex) -> None:
    pages: list[tuple[Entry[Any], list[Question]]] = [(entry, group_questions(entry)) for entry in index.groups]
    pages += [(entry, exhibitor_questions(entry)) for entry in index.exhibitors]
    boxes = set()
    for entry, questions in pages:
        box = help_box(site, entry.path)
        assert [text for text, _ in box] == [question.text for question in questions], entry.path
        for (_, fields), question in zip(box, questions, strict=True):
            assert fields["page"] == [f"{entry.model.name} (docs/{entry.path})"]
            assert fields["missing"][0].startswith(question.text)
        boxes.add(tuple(text for text, _ in box))
    assert len(boxes) > len(pages) / 2, "the help boxes should differ from page to page"


def test_a_page_without_questions_still_links_to_the_form_and_the_edit_page(site: Path, index: SiteIndex) -> None:
    """A fully recorded exhibitor: the box offers the form with the page prefilled, and the edit link."""
    entry = index.exhibitor("darien-library")
    assert exhibitor_questions(entry) == []
    html = BeautifulSoup((site / "marketplace" / "darien-library" / "index.html").read_text("utf-8"), "lxml")
    links = [attr(a, "href") for a in one(html, "h2#help-complete-this-record").find_all_next("a")]
    form = next(link for link in links if "/issues/new?" in link)
    assert parse_qs(urlsplit(form).query)["page"] == [f"{entry.model.name} (docs/{entry.path})"]
    assert f"{REPO_URL}/edit/main/docs/marketplace/darien-library.md" in links


def test_the_status_page_lists_every_open_question(site: Path, index: SiteIndex) -> None:
    soup = BeautifulSoup((site / "status" / "index.html").read_text(encoding="utf-8"), "lxml")
    listing = one(soup, "h2#open-questions").find_next_sibling("ul")
    assert listing is not None
    links = [a for a in listing.select("li li a[href]") if "/issues/new?" in attr(a, "href")]
    assert len(links) == len(all_questions(index))
    hrefs = [attr(a, "href") for a in listing.find_all("a", recursive=True)]
    pages = [href for href in hrefs if "/issues/new?" not in href]
    assert "../groups/new-media/" in pages
    assert "../marketplace/" in pages
