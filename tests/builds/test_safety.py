"""Contributed content cannot run code, read files or the environment, or break a page."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from unittest import mock

import markdown  # type: ignore[import-untyped]  # no stubs: types-Markdown is not a dependency
import pytest
import yaml
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from macros import render
from macros.problems import ContentError
from macros.render import Here
from macros.site import check_site, load_site

from ..payloads import PAYLOADS, SECRET, built_text, with_payload
from ..support import MINI_DOCS, MINI_NAV, ROOT, build_site, by_id, one, parent
from .project_copy import copy_site


def append_line(page: Path, text: str) -> None:
    page.write_text(page.read_text(encoding="utf-8") + f"\n{text}\n", encoding="utf-8")


def unmarked(text: str) -> str:
    return " ".join(text.replace("_", "").replace("*", "").split())


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_in_a_templated_page_fails_the_check_and_runs_nothing(
    payload: str, docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("C2C_SECRET", SECRET)
    marker = tmp_path / "MARKER"
    append_line(docs / "status.md", with_payload(payload, marker))
    _, problems = check_site(docs)
    assert [str(p) for p in problems if p.path.endswith("docs/status.md") and p.field == "body"], problems
    with pytest.raises(Abort):
        build_site(tmp_path / "site", docs_dir=str(docs), nav=MINI_NAV)
    assert not marker.exists()
    assert not (tmp_path / "site").exists() or SECRET not in built_text(tmp_path / "site")


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_in_a_contributor_page_shows_as_text(
    payload: str, docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("C2C_SECRET", SECRET)
    marker = tmp_path / "MARKER"
    text = with_payload(payload, marker)
    append_line(docs / "groups" / "beta.md", text)
    append_line(docs / "contribute.md", text)
    site = build_site(tmp_path / "site", docs_dir=str(docs), nav=MINI_NAV)
    assert not marker.exists()
    assert SECRET not in built_text(site)
    for page in ("groups/beta/index.html", "contribute/index.html"):
        article = BeautifulSoup((site / page).read_text(encoding="utf-8"), "lxml").select_one("article")
        assert article is not None
        # Markdown may still read `__x__` as emphasis in a body; the words all stay, and nothing ran.
        assert unmarked(text) in unmarked(article.get_text()), page


def test_render_macros_in_contributor_front_matter_is_refused(docs: Path, tmp_path: Path) -> None:
    marker = tmp_path / "MARKER"
    group = docs / "groups" / "beta.md"
    group.write_text(
        group.read_text(encoding="utf-8").replace("order: 2", "order: 2\nrender_macros: true", 1)
        + f"\n{with_payload(PAYLOADS[0], marker)}\n",
        encoding="utf-8",
    )
    with pytest.raises(ContentError, match="render_macros: unknown field"):
        load_site(docs)
    with pytest.raises(Abort):
        build_site(tmp_path / "site", docs_dir=str(docs), nav=MINI_NAV)
    assert not marker.exists()


def test_no_yaml_tag_can_construct_python_objects(docs: Path, tmp_path: Path) -> None:
    marker = tmp_path / "MARKER"
    group = docs / "groups" / "beta.md"
    group.write_text(
        group.read_text(encoding="utf-8").replace(
            "order: 2", f"order: 2\nevil: !!python/object/apply:os.system ['touch {marker}']", 1
        ),
        encoding="utf-8",
    )
    with pytest.raises(ContentError, match=r"a YAML tag .* is not allowed"):
        load_site(docs)
    assert not marker.exists()


def test_the_macros_plugin_renders_only_opted_in_pages_and_fails_on_errors() -> None:
    config = load_config(str(ROOT / "mkdocs.yml"))
    macros = config["plugins"]["macros"].config
    assert macros["render_by_default"] is False
    assert macros["on_error_fail"] is True
    assert macros["on_undefined"] == "strict"
    assert not macros["force_render_paths"]
    assert not macros["include_yaml"]
    assert "pymdownx.snippets" not in config["markdown_extensions"]


# --- No text breaks a page ------------------------------------------------------------

NASTY = [
    "a | b | c",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "`code` and ``more``",
    "*bold* _it_ **x**",
    "{{ config }} {% include 'x' %}",
    "line one\nline two\n\nthree",
    "Гражданское общество — Россия",
    "emoji 🇺🇸🇷🇺 🤝",
    "x" * 5000,
    "\"quoted\" & 'single' </title><script>",
    "# not a heading",
    "- not a list",
    "1. not a list",
    "&amp; &lt; &#124;",
    "\\| escaped pipe \\",
]

_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff\x85\u2028\u2029"),
    min_size=1,
    max_size=300,
).filter(lambda value: value.strip() != "")
TEXTS = st.one_of(st.sampled_from(NASTY), _TEXT, st.lists(st.sampled_from(NASTY), min_size=2, max_size=4).map(" ".join))


def set_texts(docs: Path, group_name: str, priority_title: str, summary: str) -> None:
    """Write `alpha.md` with the given texts (YAML-dumped, so any text round-trips)."""
    page = docs / "groups" / "alpha.md"
    head, _, body = page.read_text(encoding="utf-8").removeprefix("---\n").partition("\n---\n")
    data = yaml.safe_load(head)
    data["name"] = group_name
    data["summary"] = summary
    data["priorities"][0]["title"] = priority_title
    page.write_text(
        "---\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=False) + "---\n" + body, encoding="utf-8"
    )


def flat(text: str) -> str:
    return " ".join(text.split())


def assert_shown_literally(html: str, name: str, title: str, summary: str) -> None:
    document = BeautifulSoup(html, "lxml")
    article = document.select_one("article") or document
    assert article.find("script") is None
    assert not any(attribute.startswith("on") for tag in article.find_all(True) for attribute in tag.attrs)
    assert flat(one(article, "h1").get_text()).removesuffix("¶") == flat(name)
    row = parent(by_id(article, "alpha-first"), "tr")
    assert flat(one(row, "td").get_text()) == flat(title)
    for table in article.find_all("table"):
        widths = {len(tr.find_all(["td", "th"], recursive=False)) for tr in table.find_all("tr")}
        assert len(widths) == 1, "every row of a table keeps the same number of cells"
    assert flat(summary) in flat(article.get_text())


@settings(max_examples=200, deadline=None)
@given(name=TEXTS, title=TEXTS, summary=TEXTS)
def test_any_text_renders_literally_in_markdown(name: str, title: str, summary: str) -> None:
    index = load_site(MINI_DOCS)
    group = index.group("alpha")
    model = group.model.model_copy(update={"name": name, "summary": summary})
    priorities = [model.priorities[0].model_copy(update={"title": title}), *model.priorities[1:]]
    entry = type(group)(group.id, group.path, model.model_copy(update={"priorities": priorities}), group.body)
    config = load_config(str(ROOT / "mkdocs.yml"))
    html = markdown.markdown(
        render.group_page(index, Here(group.path), entry),
        extensions=config["markdown_extensions"],
        extension_configs=config["mdx_configs"],
    )
    assert_shown_literally(html, name, title, summary)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(name=TEXTS, title=TEXTS, summary=TEXTS)
def test_any_text_in_front_matter_builds_and_shows_literally(
    name: str, title: str, summary: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    docs = tmp_path_factory.mktemp("docs") / "docs"
    shutil.copytree(MINI_DOCS, docs)
    set_texts(docs, name, title, summary)
    try:
        with mock.patch.dict(os.environ, {"C2C_SECRET": SECRET}):
            site = build_site(tmp_path_factory.mktemp("site"), docs_dir=str(docs), nav=MINI_NAV)
    except Abort:
        _, problems = check_site(docs)
        assert problems, "a failed build must come with a clean problem report"
        return
    html = (site / "groups" / "alpha" / "index.html").read_text(encoding="utf-8")
    assert_shown_literally(html, name, title, summary)
    document = BeautifulSoup(html, "lxml")
    assert document.title is not None
    assert flat(document.title.get_text()).startswith(flat(name)[:50])
    assert one(document, "head").find("script", string=lambda s: s is not None and "alert(1)" in s) is None
    nav_link = document.select_one('nav a[href="./"], nav a.md-nav__link--active')
    assert nav_link is not None
    assert document.find("img", src="x") is None
    assert SECRET not in built_text(site)


def test_template_syntax_in_a_contributor_page_reads_the_same_on_its_page_and_in_the_full_report(
    tmp_path: Path,
) -> None:
    """The full report copies a group's prose; it must not render calls its own page shows as text (unknown
    ids there once made the whole build crash with a KeyError)."""
    project = copy_site(tmp_path / "project")
    line = '{{ priority_link("no-such-priority") }} and {{ cite("no-such-source") }} and {{ config }}'
    append_line(project / "docs" / "groups" / "new-media.md", line)
    site = build_site(tmp_path / "site", config_file=project / "mkdocs.yml")
    for page in ("groups/new-media/index.html", "report/index.html"):
        text = BeautifulSoup((site / page).read_text(encoding="utf-8"), "lxml").get_text()
        assert unmarked(line) in unmarked(text), page
