"""One reading of a page: what the check validates is exactly what MkDocs reads, or the page is refused.

A differential test: each page of a corpus of unusual pages is read by our reader and by MkDocs' own
path (`File.content_string`, then `mkdocs.utils.meta.get_data`); either both give the same front matter
and body, or our reader refuses the page with a line number.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mkdocs.structure.files import File
from mkdocs.utils.meta import get_data

from macros import frontmatter
from macros.frontmatter import FrontMatterError

CORPUS: dict[str, bytes] = {
    "plain": b"---\ntitle: A page\n---\n# Body\n",
    "crlf line endings": b"---\r\ntitle: A page\r\n---\r\n# Body\r\n",
    "lone carriage returns": b"---\rtitle: A page\r---\r# Body\r",
    "mixed line endings": b"---\r\ntitle: A page\n---\r\nBody\n",
    "byte-order mark": b"\xef\xbb\xbf---\ntitle: A page\n---\nBody\n",
    "byte-order mark inside": b"---\ntitle: A \xef\xbb\xbfpage\n---\nBody\n",
    "line separator in a value": "---\ntitle: A\u2028page\n---\nBody\n".encode(),
    "paragraph separator in the body": "---\ntitle: A page\n---\nBody\u2029more\n".encode(),
    "next-line character": "---\ntitle: A\x85page\n---\nBody\n".encode(),
    "vertical tab": b"---\ntitle: A\x0bpage\n---\nBody\n",
    "form feed": b"---\ntitle: A page\n---\nBody\x0cmore\n",
    "nul": b"---\ntitle: A\x00page\n---\nBody\n",
    "escape character": b"---\ntitle: A page\n---\n\x1b[31mBody\n",
    "yaml end marker": b"---\ntitle: A page\n...\nBody\n",
    "trailing spaces on the fences": b"---   \ntitle: A page\n---\t \nBody\n",
    "only a comment": b"---\n# title: A page\n---\n# Body\n",
    "only blank lines": b"---\n\n\n---\nBody\n",
    "empty": b"---\n---\nBody\n",
    "never closed": b"---\ntitle: A page\nBody\n",
    "closed at the very end, no newline": b"---\ntitle: A page\n---",
    "a list": b"---\n- a\n- b\n---\nBody\n",
    "a scalar": b"---\njust text\n---\nBody\n",
    "a date": b"---\ntitle: 2010-10-05\n---\nBody\n",
    "a datetime": b"---\ntitle: 2010-10-05 10:00:00\n---\nBody\n",
    "a quoted date": b'---\ntitle: "2010-10-05"\n---\nBody\n',
    "a number": b"---\ntitle: 2010\n---\nBody\n",
    "duplicate keys": b"---\ntitle: A\ntitle: B\n---\nBody\n",
    "anchor and alias": b"---\ntitle: &t A\ndescription: *t\n---\nBody\n",
    "merge key": b"---\n<<: {title: A}\n---\nBody\n",
    "tag": b"---\ntitle: !!str 1\n---\nBody\n",
    "python tag": b"---\ntitle: !!python/object/apply:os.system ['true']\n---\nBody\n",
    "directive": b"---\n%YAML 1.1\n---\n---\ntitle: A\n---\nBody\n",
    "document start inside": b"---\ntitle: A\n--- x\n---\nBody\n",
    "second front matter in the body": b"---\ntitle: A\n---\n---\nb: 2\n---\nBody\n",
    "leading blank line": b"\n---\ntitle: A page\n---\nBody\n",
    "leading space": b" ---\ntitle: A page\n---\nBody\n",
    "four dashes": b"----\ntitle: A page\n----\nBody\n",
    "unclosed quote": b"---\ntitle: 'A page\n---\nBody\n",
    "tab indentation": b"---\ntitle:\n\t- A\n---\nBody\n",
    "folded text": b"---\ntitle: >\n  A\n  page\n---\nBody\n",
    "not utf-8": b"---\ntitle: caf\xe9\n---\nBody\n",
    "zero-width space in a key": "---\nti\u200btle: A\n---\nBody\n".encode(),
    "list as a key": b"---\n? [a, b]\n: c\n---\nBody\n",
    "deep nesting": b"---\na: " + b"[" * 40 + b"]" * 40 + b"\n---\nBody\n",
    "no front matter": b"# Just a body\n\nWith text.\n",
    "dashes later in the body": b"# Title\n\n---\n\ntitle: x\n---\n",
    "multimarkdown metadata": b"title: A page\nrender_macros: true\n\nBody\n",
    "multimarkdown-like first line": b"Note: this is prose.\n\nBody\n",
    "leading blank lines": b"\n\n# Body\n",
}


def mkdocs_reading(path: Path) -> tuple[str, dict[str, object]] | None:
    """What MkDocs reads from the file (None when it cannot read it at all)."""
    file = File(path.name, str(path.parent), str(path.parent / "site"), use_directory_urls=True)
    try:
        return get_data(file.content_string)
    except ValueError:
        return None


def assert_one_reading(path: Path) -> None:
    try:
        ours = frontmatter.read(path)
    except FrontMatterError as error:
        line = error.line
    else:
        line = 0
    if line != 0:
        assert line is None or line >= 1
        return
    theirs = mkdocs_reading(path)
    assert theirs is not None, "MkDocs cannot read a page our reader accepted"
    body, meta = theirs
    assert (ours.body, ours.data) == (body, meta)
    assert ours.text.endswith(ours.body)


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_our_reader_and_mkdocs_agree_or_the_page_is_refused(name: str, tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_bytes(CORPUS[name])
    assert_one_reading(page)


REFUSED = {
    "byte-order mark": (1, "byte-order mark"),
    "byte-order mark inside": (2, "byte-order mark"),
    "line separator in a value": (2, "unusual line-break character (U+2028)"),
    "paragraph separator in the body": (4, "unusual line-break character (U+2029)"),
    "next-line character": (2, "unusual line-break character (U+0085)"),
    "vertical tab": (2, "unusual line-break character (U+000B)"),
    "form feed": (4, "unusual line-break character (U+000C)"),
    "nul": (2, "NUL character"),
    "escape character": (4, "control character (U+001B)"),
    "yaml end marker": (3, "closed with '...'"),
    "only a comment": (2, "empty or only comments"),
    "only blank lines": (2, "empty or only comments"),
    "never closed": (1, "never closed"),
    "closed at the very end, no newline": (1, "never closed"),
    "a list": (2, "not a mapping"),
    "a scalar": (2, "not a mapping"),
    "a date": (2, 'read as a date, not as text (expected it in quotes: "2010-10-05")'),
    "a datetime": (2, "read as a date"),
    "duplicate keys": (3, "duplicate key 'title' (first on line 2, again on line 3"),
    "anchor and alias": (2, "YAML anchor ('&t')"),
    "merge key": (2, "merge key '<<'"),
    "tag": (2, "YAML tag ('tag:yaml.org,2002:str')"),
    "python tag": (2, "YAML tag ('tag:yaml.org,2002:python/object/apply:os.system')"),
    "document start inside": (3, "document marker"),
    "unclosed quote": (2, "a quote that is never closed"),
    "tab indentation": (3, "indentation with spaces, not tabs"),
    "not utf-8": (2, "not valid UTF-8"),
    "list as a key": (2, "cannot be read"),
    "deep nesting": (2, "nested more than 20 deep"),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_ambiguous_pages_are_refused_naming_the_line(name: str, tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_bytes(CORPUS[name])
    line, says = REFUSED[name]
    with pytest.raises(FrontMatterError) as caught:
        frontmatter.read(page)
    assert caught.value.line == line
    assert says in str(caught.value)


def test_line_endings_are_read_as_mkdocs_reads_them(tmp_path: Path) -> None:
    for name in ("crlf line endings", "lone carriage returns", "mixed line endings"):
        page = tmp_path / "page.md"
        page.write_bytes(CORPUS[name])
        assert frontmatter.read(page).data == {"title": "A page"}


FRAGMENTS = st.sampled_from(
    [
        "---",
        "...",
        "--- x",
        "title: A",
        "title: 2010-10-05",
        'title: "2010-10-05"',
        "description: a: b",
        "# comment",
        "- item",
        "  nested: 1",
        "\tindented: 1",
        "key: 'open",
        "a: &x 1",
        "b: *x",
        "c: !!str 2",
        "<<: {d: 1}",
        "",
        " ",
        "Body text",
        "\u2028",
        "\x85",
        "\ufeff",
        "\x00",
        "\r",
        "é",
    ]
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(FRAGMENTS, max_size=10), ending=st.sampled_from(["\n", "\r\n", "\r"]))
def test_any_mix_of_unusual_lines_is_read_one_way_or_refused(lines: list[str], ending: str, tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_bytes(ending.join(lines).encode("utf-8"))
    assert_one_reading(page)


def test_leading_key_value_lines_that_mkdocs_reads_as_metadata_are_refused(tmp_path: Path) -> None:
    """Without '---', MkDocs reads leading 'key: value' lines as MultiMarkdown metadata: never two readings."""
    page = tmp_path / "page.md"
    page.write_text("render_macros: true\ntitle: <b>x</b>\n\n{{ config }}\n", encoding="utf-8")
    with pytest.raises(FrontMatterError, match=r"first line reads as metadata \('render_macros: \.\.\.'\)"):
        frontmatter.read(page)
