"""Every kind of bad input gets one clear line naming the file, the line, the field and what was expected."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from ..support import MINI_DOCS, ROOT, edit, run_check
from .project_copy import copy_site


def write(path: str, text: str) -> Callable[[Path], None]:
    def apply(docs: Path) -> None:
        (docs / path).write_text(text, encoding="utf-8")

    return apply


@dataclass(frozen=True)
class Case:
    mutate: Callable[[Path], None]
    where: str
    """What the line must start with: `docs/<path>:<line>: <field>`."""
    says: str
    """A phrase the message must hold."""


CASES: dict[str, Case] = {
    "yaml syntax error": Case(
        edit("groups/beta.md", "order: 2", "order: [2"), "docs/groups/beta.md:4: front matter", "not valid YAML"
    ),
    "front matter not a mapping": Case(
        write("groups/beta.md", "---\n- a list\n- not a mapping\n---\n"),
        "docs/groups/beta.md:2: front matter",
        "not a mapping",
    ),
    "missing required field": Case(
        edit("groups/beta.md", "summary: Nothing is recorded for this group.\n", ""),
        "docs/groups/beta.md:2: summary",
        "required field is missing",
    ),
    "wrong type": Case(
        edit("groups/beta.md", "order: 2", "order: two"), "docs/groups/beta.md:3: order", "expected a whole number"
    ),
    "unknown field with suggestion": Case(
        edit("groups/beta.md", "sources: [report]", "sources: [report]\nsoruces: [blog]"),
        "docs/groups/beta.md:6: soruces",
        "did you mean 'sources'?",
    ),
    "id in the wrong format": Case(
        edit("groups/alpha.md", "id: alpha-second", "id: Alpha_Second"),
        "docs/groups/alpha.md:30: priorities.1.id",
        "kebab-case id",
    ),
    "file name not an id": Case(
        write("groups/Gamma_Group.md", "---\nname: Gamma\norder: 3\nsummary: x\nsources: [report]\n---\n"),
        "docs/groups/Gamma_Group.md: file:",
        "is not a valid id",
    ),
    "file name with a space": Case(
        write("groups/Gamma Group.md", "---\nname: Gamma\norder: 3\nsummary: x\nsources: [report]\n---\n"),
        "docs/groups/Gamma Group.md: file:",
        "the name has characters other than letters, digits",
    ),
    "same id in two files": Case(
        edit(
            "groups/beta.md",
            "sources: [report]",
            "sources: [report]\npriorities:\n"
            "  - id: alpha-first\n    title: Copy\n    text: Copy.\n    sources: [report]",
        ),
        "docs/groups/beta.md:7: priorities.0.id",
        "duplicate priority id 'alpha-first' (already used in docs/groups/alpha.md",
    ),
    "unknown exhibitor": Case(
        edit("groups/alpha.md", "- id: gadget", "- id: gadgett"),
        "docs/groups/alpha.md:27: priorities.0.exhibitors.0.id",
        "did you mean 'gadget'?",
    ),
    "unknown group": Case(
        edit("marketplace/gadget.md", "- id: alpha", "- id: alpah"),
        "docs/marketplace/gadget.md:7: groups.0.id",
        "expected one of: alpha, beta",
    ),
    "unknown theme": Case(
        edit("groups/alpha.md", "- id: technology", "- id: tech"),
        "docs/groups/alpha.md:23: priorities.0.themes.0.id",
        "did you mean 'technology'?",
    ),
    "unknown source": Case(
        edit("groups/beta.md", "sources: [report]", "sources: [reprt]"),
        "docs/groups/beta.md:5: sources.0",
        "did you mean 'report'?",
    ),
    "unknown priority in a macro call": Case(
        edit("index.md", 'priority_link("alpha-first")', 'priority_link("alpha-frist")'),
        "docs/index.md:14: body",
        "did you mean 'alpha-first'?",
    ),
    "javascript: website": Case(
        edit("marketplace/gadget.md", "country: US", "country: US\nwebsite: javascript:alert(1)"),
        "docs/marketplace/gadget.md:6: website",
        "http:// or https://",
    ),
    "data: source address": Case(
        edit("sources.md", "url: https://example.org/report", "url: data:text/html,<script>alert(1)</script>"),
        "docs/sources.md:8: sources.0.url",
        "http:// or https://",
    ),
    "empty required text": Case(
        edit("groups/beta.md", "summary: Nothing is recorded for this group.", 'summary: "  "'),
        "docs/groups/beta.md:4: summary",
        "is empty",
    ),
    "section page without front matter": Case(
        write("groups/gamma.md", "# Gamma\n\nSome text.\n"),
        "docs/groups/gamma.md: front matter:",
        "need working-group front matter",
    ),
    "uncertain without a note": Case(
        edit("groups/alpha.md", "    note: The date is unclear.\n", ""),
        "docs/groups/alpha.md:30: priorities.1",
        "needs a `note`",
    ),
    "sourced link without a source": Case(
        edit(
            "groups/alpha.md", "        relation: sourced\n        sources: [report]\n", "        relation: sourced\n"
        ),
        "docs/groups/alpha.md:27: priorities.0.exhibitors.0:",
        "needs at least one entry in `sources`",
    ),
    "bad relation": Case(
        edit("marketplace/gadget.md", "relation: editorial", "relation: inferred"),
        "docs/marketplace/gadget.md:8: groups.0.relation",
        "(expected one of: 'sourced', 'editorial')",
    ),
    "bad date": Case(
        edit("groups/alpha.md", "date: 2010-10", "date: October 2010"),
        "docs/groups/alpha.md:38: follow_ups.0.date",
        "YYYY-MM",
    ),
    "render_macros on a group page": Case(
        edit("groups/beta.md", "order: 2", "order: 2\nrender_macros: true"),
        "docs/groups/beta.md:4: render_macros",
        "unknown field",
    ),
    "template syntax beyond macro calls": Case(
        edit("status.md", "{{ status_table() }}", "{{ config }}"),
        "docs/status.md:8: body",
        "only calls to the site's macros",
    ),
    "macro with a wrong argument count": Case(
        edit("status.md", "{{ status_table() }}", '{{ status_table("x") }}'),
        "docs/status.md:8: body",
        "takes 0 to 0 argument(s)",
    ),
    "script in a page body": Case(
        write(
            "marketplace/widget.md",
            "---\npresenter: W\nsummary: S.\nsources: [blog]\n---\n\n<script>alert(1)</script>\n",
        ),
        "docs/marketplace/widget.md:7: body",
        "<script> is not allowed",
    ),
    "javascript: link in a page body": Case(
        edit("contribute.md", "Open a pull request.", "[Open](javascript:alert(1)) a pull request."),
        "docs/contribute.md:7: body",
        "javascript:",
    ),
    "event handler through attr_list": Case(
        edit("contribute.md", "Open a pull request.", "Open a pull request.{onclick='alert(1)'}"),
        "docs/contribute.md:7: body",
        "event-handler",
    ),
    "missing list of sources": Case(
        lambda docs: (docs / "sources.md").unlink(), "docs/sources.md: front matter:", "the list of sources is missing"
    ),
}


def test_the_fixture_itself_is_valid(docs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_check(docs, capsys)[0] == 0


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input_is_reported_with_file_line_field_and_expectation(
    name: str, docs: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    case = CASES[name]
    case.mutate(docs)
    monkeypatch.chdir(docs.parent)  # so problems are named docs/..., as contributors see them
    code, output = run_check(Path("docs"), capsys)
    assert code == 1
    lines = [line for line in output.splitlines() if line.startswith(case.where)]
    assert any(case.says in line for line in lines), output
    assert len(output.strip().splitlines()) == 2, "one problem, one line, then the count"
    assert "Traceback" not in output


def test_every_problem_is_reported_in_one_run(docs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    names = ["wrong type", "unknown group", "data: source address", "unknown theme", "script in a page body"]
    for name in names:
        CASES[name].mutate(docs)
    code, output = run_check(docs, capsys)
    assert code == 1
    assert output.strip().splitlines()[-1] == f"{len(names)} problems found in the content."


def test_a_bad_page_fails_the_build_cleanly_and_writes_nothing(tmp_path: Path) -> None:
    project = copy_site(tmp_path / "project")
    page = project / "docs" / "groups" / "new-media.md"
    page.write_text(page.read_text(encoding="utf-8").replace("order: 7", "order: seven"), encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "out")],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "docs/groups/new-media.md:3: order: got str 'seven' (expected a whole number)" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_check_command_runs_as_a_module(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(MINI_DOCS, docs)
    CASES["unknown group"].mutate(docs)
    result = subprocess.run(
        [sys.executable, "-m", "macros", "check", "--docs", "docs"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("docs/marketplace/gadget.md:7: groups.0.id: unknown working group 'alpah'")
    assert "Traceback" not in result.stderr
