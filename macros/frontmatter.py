"""Reading a page's front matter ourselves.

MkDocs drops front matter that is not valid YAML without a word, so the index
parses it here and reports the file and the line instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

try:
    from yaml import CSafeLoader as _CSafeLoader
except ImportError:  # PyYAML without libyaml: the pure-Python parser gives the same data, only slower
    from yaml import SafeLoader as _CSafeLoader  # type: ignore[assignment]


class _Loader(yaml.SafeLoader):
    """Safe YAML with dates left as strings (`2010-10-02` stays text, as the model expects)."""


class _FastLoader(_CSafeLoader):
    """The same rules on libyaml's parser, to read the data; `_Loader` words errors and finds lines."""


_Loader.yaml_implicit_resolvers = _FastLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class FrontMatterError(ValueError):
    """The front matter could not be read; `line` is 1-based in the page file."""

    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.line = line


@dataclass(frozen=True)
class FrontMatter:
    """A page's front matter, its body, and where each value stands in the file."""

    data: dict[str, Any]
    body: str
    source: str | None
    """The YAML text; composed again only when a line is asked for (reporting a problem)."""
    offset: int
    """Lines before the YAML text in the file (the opening `---`)."""
    body_offset: int = 0
    """Lines before the body in the file (the whole front matter with its fences)."""

    @cached_property
    def node(self) -> yaml.Node | None:
        """The composed YAML tree, for mapping a field path to a line (not kept for every page: it is large)."""
        return yaml.compose(self.source, Loader=_Loader) if self.source else None

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


def split(text: str) -> tuple[str | None, str, int]:
    """Split a page into (YAML text or None, body, lines before the body)."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip() != "---":
        return None, text, 0
    for number, line in enumerate(lines[1:], start=1):
        if line.rstrip() in ("---", "..."):
            return "".join(lines[1:number]), "".join(lines[number + 1 :]), number + 1
    raise FrontMatterError("front matter opened with '---' but never closed (expected a closing '---' line)", 1)


def parse(text: str) -> FrontMatter:
    """Parse a page's front matter; raise FrontMatterError naming the line when it is not a mapping."""
    source, body, body_offset = split(text)
    offset = 1 if source is not None else 0
    if source is None or not source.strip():
        return FrontMatter({}, body, None, offset, body_offset)
    try:
        data = yaml.load(source, Loader=_FastLoader)  # noqa: S506 - _FastLoader is a SafeLoader
    except yaml.YAMLError:
        data = _load_or_explain(source, offset)
    if data is None:
        return FrontMatter({}, body, None, offset, body_offset)
    if not isinstance(data, dict):
        raise FrontMatterError(
            f"front matter is a {type(data).__name__}, not a mapping (expected 'key: value' lines)", offset + 1
        )
    bad_keys = [key for key in data if not isinstance(key, str)]
    if bad_keys:
        raise FrontMatterError(f"front matter key {bad_keys[0]!r} is not text (expected 'name: value')", offset + 1)
    return FrontMatter(data, body, source, offset, body_offset)


def _load_or_explain(source: str, offset: int) -> Any:
    """Read YAML that libyaml refused with the pure-Python parser: its data, or its error naming the line."""
    try:
        return yaml.load(source, Loader=_Loader)  # noqa: S506 - _Loader is a SafeLoader
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + offset + 1 if mark else None
        problem = error.problem or "invalid YAML"
        raise FrontMatterError(
            f"front matter is not valid YAML: {problem} (expected YAML 'key: value' lines)", line
        ) from None
    except yaml.YAMLError as error:
        raise FrontMatterError(f"front matter is not valid YAML: {error}", offset + 1) from None


def read(path: Path) -> FrontMatter:
    """Read and parse one page."""
    return parse(path.read_text(encoding="utf-8-sig"))
