"""One reading of a page: the front matter and body that the check validates are the ones MkDocs uses.

A page's text is read the way MkDocs reads it (UTF-8, universal newlines) and split by MkDocs' own
function (`mkdocs.utils.meta.get_data`), so the data and the body here are, byte for byte, what the
build renders; the build is then handed this same text (`on_page_read_source`). What MkDocs would
read in a surprising way is refused with a line number instead of being read at all:

- characters that YAML, Python and Markdown disagree about (NUL and other controls, U+2028, a
  byte-order mark), and a front matter that is opened but never closed, or closed with `...`;
- front matter that MkDocs would silently leave in the body: empty, only comments, not a mapping;
- YAML features that content never needs and that surprise: anchors, aliases, tags, merge keys,
  directives, duplicate keys, values YAML types as dates, and sizes past generous limits.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml
from mkdocs.utils.meta import YAML_RE, get_data

from . import yamlcheck
from .yamlcheck import FrontMatterError, shorten

__all__ = ["FrontMatter", "FrontMatterError", "parse", "read", "read_text", "split"]

try:
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # PyYAML without libyaml: MkDocs then falls back to the same pure-Python loader
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]

MAX_PAGE_BYTES = 2_000_000
"""A page file larger than this is refused (the largest page today is about 20 KB)."""
MAX_FRONT_MATTER = 256_000
"""Characters of YAML between the `---` lines."""
_OPENS = re.compile(r"-{3}[ \t]*\n")
"""How MkDocs recognizes an opening `---` line (the start of its `YAML_RE`)."""
_ODD_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]")
_LINE_BREAKS = {"\x0b", "\x0c", "\x0d", "\x85", "\u2028", "\u2029"}


@dataclass(frozen=True)
class FrontMatter:
    """A page as the build will see it: its text, its front matter, its body, and where each value stands."""

    data: dict[str, Any]
    body: str
    source: str | None
    """The YAML text; composed again only when a line is asked for (reporting a problem)."""
    offset: int
    """Lines before the YAML text in the file (the opening `---`)."""
    body_offset: int = 0
    """Lines before the body in the file (the whole front matter with its fences)."""
    text: str = ""
    """The whole page, exactly as MkDocs will be given it."""

    @cached_property
    def node(self) -> yaml.Node | None:
        """The composed YAML tree, for mapping a field path to a line (not kept for every page: it is large)."""
        return yaml.compose(self.source, Loader=_SafeLoader) if self.source else None

    def line_of(self, loc: tuple[str | int, ...]) -> int | None:
        """The 1-based file line of the value at `loc`, or of its nearest parent that exists."""
        node = self.node
        line = node.start_mark.line if node is not None else None
        for key in loc:
            child: yaml.Node | None = None
            if isinstance(node, yaml.MappingNode):
                for key_node, value_node in node.value:
                    if key_node.value == key:
                        child = value_node
                        line = key_node.start_mark.line
            elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and 0 <= key < len(node.value):
                child = node.value[key]
                line = child.start_mark.line
            if child is None:
                break
            node = child
        return None if line is None else line + self.offset + 1


def _line_at(text: str, position: int) -> int:
    return text.count("\n", 0, position) + 1


def _refuse_odd_characters(text: str) -> None:
    match = _ODD_CHARACTERS.search(text)
    if not match:
        return
    char = match.group()
    code = f"U+{ord(char):04X}"
    if char == "\ufeff":
        message = f"a byte-order mark ({code}) (expected plain UTF-8: save the file without BOM and remove the mark)"
    elif char == "\x00":
        message = "a NUL character (U+0000) (expected text: remove it)"
    elif char in _LINE_BREAKS:
        message = f"an unusual line-break character ({code}) (expected ordinary line breaks: retype the line)"
    else:
        message = f"an invisible control character ({code}) (expected text: remove it)"
    raise FrontMatterError(message, _line_at(text, match.start()))


def split(text: str) -> tuple[str | None, str, int, dict[str, Any]]:
    """Split a page the way MkDocs does: (YAML text or None, body, lines before the body, MkDocs' metadata).

    Raise FrontMatterError for a page that MkDocs and a reader would not agree on.
    """
    _refuse_odd_characters(text)
    body, meta = get_data(text)
    match = YAML_RE.match(text)
    if match is None:
        if _OPENS.match(text):
            raise FrontMatterError("front matter opened with '---' but never closed (expected a closing '---' line)", 1)
        if meta:  # MkDocs reads leading 'key: value' lines as MultiMarkdown metadata
            raise FrontMatterError(
                f"the first line reads as metadata ('{next(iter(meta))}: ...') "
                "(expected front matter between two '---' lines, or a heading or blank line first)",
                1,
            )
        return None, body, _line_at(text, len(text) - len(body)) - 1 if text.endswith(body) else 0, meta
    closing = text[match.start(1) + len(match.group(1)) : match.end()]
    if closing.startswith("."):
        raise FrontMatterError(
            "front matter closed with '...' (expected a closing '---' line)", _line_at(text, match.end() - 1)
        )
    return match.group(1), body, _line_at(text, len(text) - len(body)) - 1, meta


def parse(text: str) -> FrontMatter:
    """Read a page's text; raise FrontMatterError naming the line when it cannot be read one way only.

    The data is MkDocs' own (`get_data`, in `split`); `yamlcheck` reads the same YAML text first to refuse what
    could surprise, and its tree says why MkDocs kept nothing when it did (empty, not a mapping, unreadable).
    """
    source, body, body_offset, data = split(text)
    if source is None:
        return FrontMatter({}, body, None, 0, body_offset, text)
    if len(source) > MAX_FRONT_MATTER:
        raise FrontMatterError(
            f"front matter is {len(source):,} characters long (expected at most {MAX_FRONT_MATTER:,})", 2
        )
    yamlcheck.check_events(source)
    root = yamlcheck.check_tree(source)
    if root is None:
        raise FrontMatterError(
            "front matter is empty or only comments (expected 'key: value' lines, or no '---' lines at all)", 2
        )
    if not isinstance(root, yaml.MappingNode):
        kind = "list" if isinstance(root, yaml.SequenceNode) else "single value"
        raise FrontMatterError(f"front matter is a {kind}, not a mapping (expected 'key: value' lines)", 2)
    if body == text:  # MkDocs could not build the data (e.g. a list used as a key) and kept the page whole
        raise FrontMatterError("front matter cannot be read (expected 'key: value' lines with plain keys)", 2)
    bad_keys = [key for key in data if not isinstance(key, str)]
    if bad_keys:
        raise FrontMatterError(f"front matter key {shorten(bad_keys[0])} is not text (expected 'name: value')", 2)
    return FrontMatter(data, body, source, 1, body_offset, text)


def read_text(path: Path) -> str:
    """A page's text exactly as MkDocs reads it (`File.content_string`); refuse a byte-order mark and huge files."""
    with path.open("rb") as handle:
        head = handle.read(MAX_PAGE_BYTES + 1)
    if len(head) > MAX_PAGE_BYTES:
        raise FrontMatterError(f"the file is larger than {MAX_PAGE_BYTES:,} bytes (expected a smaller page)", None)
    if head.startswith(codecs.BOM_UTF8):
        raise FrontMatterError(
            "the file starts with a byte-order mark (expected plain UTF-8: save the file without BOM)", 1
        )
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        line = head.count(b"\n", 0, error.start) + 1
        raise FrontMatterError("the file is not valid UTF-8 text (expected UTF-8: save it as UTF-8)", line) from None
    with path.open(encoding="utf-8-sig", errors="strict") as handle:  # as MkDocs: universal newlines
        return handle.read()


def read(path: Path) -> FrontMatter:
    """Read and parse one page."""
    return parse(read_text(path))
