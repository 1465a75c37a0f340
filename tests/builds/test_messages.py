"""What a contributor reads: one line per problem, the line of the actual mistake, plain words, never a
traceback, never a bare '-' in the field column, never a line of more than about 300 characters."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from macros.problems import MESSAGE_MAX, ContentError, Problem

from ..support import DATA, edit, run_check

GOLDEN = DATA / "check"


def check_lines(docs: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    """The check without a build: its exit code and its lines, the docs folder named `docs`."""
    code, output = run_check(docs, capsys, "--no-build")
    return code, output.replace(str(docs), "docs").splitlines()


def alias_chain(docs: Path) -> None:
    """The 'billion laughs': about 700 bytes that would expand to millions of values."""
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for number in range(1, 9):
        previous, name = chr(ord("a") + number - 1), chr(ord("a") + number)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    edit("groups/beta.md", "order: 2\n", "order: 2\n" + "\n".join(lines) + "\n")(docs)


CASES: dict[str, tuple[Callable[[Path], None], str]] = {
    "duplicate key": (
        edit("groups/beta.md", "order: 2\n", "order: 2\norder: 3\n"),
        "docs/groups/beta.md:4: order: duplicate key 'order' "
        "(first on line 3, again on line 4; expected each key once)",
    ),
    "alias chain": (alias_chain, "docs/groups/beta.md:4: front matter: a YAML anchor ('&a') is not allowed"),
    "date-like title on a site page": (
        edit("contribute.md", "title: Contribute", "title: 2010-10-05"),
        "docs/contribute.md:2: title: '2010-10-05' would be read as a date, not as text "
        '(expected it in quotes: "2010-10-05")',
    ),
    "number as a title": (
        edit("contribute.md", "title: Contribute", "title: 2010"),
        "docs/contribute.md:2: title: got int 2010 (expected text)",
    ),
    "tab indentation": (
        edit("groups/beta.md", "sources: [report]", "sources:\n\t- report"),
        "docs/groups/beta.md:6: front matter: front matter is not valid YAML: a tab character "
        "(expected indentation with spaces, not tabs)",
    ),
    "colon in a value": (
        edit("groups/beta.md", "summary: Nothing", "summary: Note: nothing"),
        "docs/groups/beta.md:4: front matter: front matter is not valid YAML: a ': ' inside a value "
        "(expected text that contains ': ' in quotes)",
    ),
    "unclosed quote": (
        edit("groups/beta.md", "summary: Nothing is recorded", 'summary: "Nothing is recorded'),
        "docs/groups/beta.md:4: front matter: front matter is not valid YAML: a quote that is never closed",
    ),
    "raw nul": (
        edit("groups/beta.md", "summary: Nothing", "summary: No\x00thing"),
        "docs/groups/beta.md:4: front matter: a NUL character (U+0000) (expected text: remove it)",
    ),
    "misspelt presenter_title": (
        edit("marketplace/gadget.md", "country: US", "country: US\npresenter_tilte: Director"),
        "docs/marketplace/gadget.md:6: presenter_tilte: unknown field 'presenter_tilte'; "
        "did you mean 'presenter_title'?",
    ),
    "misspelt country_note": (
        edit("marketplace/gadget.md", "country: US", "country: US\ncountrynote: x"),
        "docs/marketplace/gadget.md:6: countrynote: unknown field 'countrynote'; did you mean 'country_note'?",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_mistake_gets_one_plain_line_at_its_line(
    name: str, docs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mutate, expected = CASES[name]
    mutate(docs)
    code, lines = check_lines(docs, capsys)
    assert code == 1
    assert any(line.startswith(expected) for line in lines), "\n".join(lines)
    assert all(len(line) <= MESSAGE_MAX + 60 for line in lines)
    assert not any(": -: " in line for line in lines)
    assert "Traceback" not in "\n".join(lines)


def test_a_huge_value_is_shortened_in_the_message(docs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit("groups/beta.md", "order: 2", "order: " + "9" * 100_000)(docs)
    edit("marketplace/gadget.md", "country: US", "country: " + "U" * 15_000)(docs)
    code, lines = check_lines(docs, capsys)
    assert code == 1
    assert len("\n".join(lines)) < 2_000
    assert all(len(line) <= MESSAGE_MAX + 60 for line in lines)


def test_a_whole_file_problem_and_a_line_problem_in_one_file_sort_without_crashing(docs: Path) -> None:
    problems = [Problem("docs/x.md", 4, "order", "b"), Problem("docs/x.md", None, "file", "a")]
    error = ContentError(problems)
    assert [p.line for p in error.problems] == [None, 4]


def test_a_page_with_several_problems_gives_exactly_the_golden_lines(
    docs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (docs / "groups" / "Gamma.md").write_text(
        "---\nname: Gamma\norder: three\nsumary: x\nsources: [nowhere]\n---\n", encoding="utf-8"
    )
    code, lines = check_lines(docs, capsys)
    assert code == 1
    expected = (GOLDEN / "several-problems.txt").read_text(encoding="utf-8").splitlines()
    assert lines == expected


def test_a_list_nested_too_deep_for_markdown_is_a_message_not_a_crash(
    docs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    contribute = docs / "contribute.md"
    before = contribute.read_text(encoding="utf-8")
    contribute.write_text(before + "\n" + "".join("  " * depth + "- x\n" for depth in range(300)), encoding="utf-8")
    code, lines = check_lines(docs, capsys)
    assert code == 1
    line = before.count("\n") + 2 + 40  # the first line more than 80 levels deep (spaces and its list marker)
    assert lines[0] == (
        f"docs/contribute.md:{line}: body: a line indented, quoted or listed more than 80 levels deep "
        "(expected lists and quotes nested less deeply)"
    )


DEEP = {
    "a list of list markers on one line": "- " * 1000 + "x",
    "html nested 500 deep": '<div markdown="1">' * 500 + "x" + "</div>" * 500,
    "an end tag closing the page's own element": "</article><p>outside</p>",
    "a comment browsers end at once": '<!--><p data-md-component="search">x</p>-->',
}


@pytest.mark.parametrize("name", sorted(DEEP))
def test_bodies_markdown_cannot_read_or_that_would_break_the_page_are_one_line_each(
    name: str, docs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    contribute = docs / "contribute.md"
    contribute.write_text(contribute.read_text(encoding="utf-8") + "\n" + DEEP[name] + "\n", encoding="utf-8")
    code, lines = check_lines(docs, capsys)
    assert code == 1
    assert lines[0].startswith("docs/contribute.md:"), lines
    assert ": body: " in lines[0], lines
    assert "Traceback" not in "\n".join(lines)


def test_a_template_nested_too_deep_for_jinja_is_one_line(docs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = docs / "status.md"
    status.write_text(status.read_text(encoding="utf-8") + "\n{{ cite(" + "(" * 400 + '"report"' + ")" * 400 + ") }}\n")
    code, lines = check_lines(docs, capsys)
    assert code == 1
    assert any(line.startswith("docs/status.md:") and "nested too deep" in line for line in lines), lines


def test_a_huge_key_or_path_still_gives_a_short_line(docs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit("groups/beta.md", "order: 2", "order: 2\n" + "k" * 1000 + ": x")(docs)
    code, lines = check_lines(docs, capsys)
    assert code == 1
    assert all(len(line) <= 330 for line in lines), [len(line) for line in lines]
