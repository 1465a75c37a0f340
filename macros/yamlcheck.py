"""YAML that cannot surprise: front matter refused, with its line, for what content never needs.

Anchors, aliases, tags, merge keys, directives and document markers, duplicate keys, values YAML would type as
dates, and sizes past generous limits; syntax errors are explained in plain words at the line of the mistake.
"""

from __future__ import annotations

from typing import NoReturn

import yaml

try:
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # PyYAML without libyaml: MkDocs then falls back to the same pure-Python loader
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]

MAX_TEXT = 20_000
"""Characters in one text value."""
MAX_NODES = 20_000
"""Values, lists and mappings in one front matter."""
MAX_DEPTH = 20
"""Lists and mappings inside one another (the deepest field today is 4 levels down)."""

_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_MERGE = "tag:yaml.org,2002:merge"


class FrontMatterError(ValueError):
    """The page cannot be read one way only; `line` is 1-based in the page file, `field` the value's path if known."""

    def __init__(self, message: str, line: int | None, field: str | None = None) -> None:
        super().__init__(message)
        self.line = line
        self.field = field


def shorten(value: object, limit: int = 60) -> str:
    """`repr(value)`, cut to `limit` characters, for quoting a value in a one-line message."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_events(source: str) -> None:
    """Refuse anchors, aliases, tags, directives, deep nesting and huge values, before anything is composed."""
    depth = 0
    try:
        for count, event in enumerate(yaml.parse(source, Loader=_SafeLoader)):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
            problem = _event_problem(event, depth) or (
                f"front matter holds more than {MAX_NODES:,} values (expected fewer)" if count > MAX_NODES else None
            )
            if problem:
                raise FrontMatterError(problem, event.start_mark.line + 2 if event.start_mark else None)
    except yaml.YAMLError:
        _explain(source)


def _event_problem(event: yaml.Event, depth: int) -> str | None:
    """What is wrong with one YAML event, in a contributor's words, or None."""
    anchor = getattr(event, "anchor", None)
    tag = getattr(event, "tag", None)  # only an explicit tag (`!!str`, `!foo`, `!`) appears in the events
    if isinstance(event, yaml.AliasEvent):
        return f"a YAML alias ('*{anchor}') is not allowed (expected the value written out)"
    if anchor:
        return f"a YAML anchor ('&{anchor}') is not allowed (expected a plain value)"
    if tag:
        return f"a YAML tag ('{tag}') is not allowed (expected a plain value)"
    if isinstance(event, yaml.DocumentStartEvent) and (event.explicit or event.version or event.tags):
        return (
            "a YAML document marker or directive is not allowed inside the front matter "
            "(expected only 'key: value' lines between the two '---' lines)"
        )
    if isinstance(event, yaml.ScalarEvent) and len(event.value) > MAX_TEXT:
        return f"a value is {len(event.value):,} characters long (expected at most {MAX_TEXT:,})"
    if depth > MAX_DEPTH:
        return f"lists and mappings nested more than {MAX_DEPTH} deep (expected fewer)"
    return None


def check_tree(source: str) -> yaml.Node | None:
    """Refuse duplicate keys, merge keys and values YAML would type as dates, naming their lines and fields.

    Return the composed tree (None for an empty document), for the caller to tell what kind of value it is.
    """
    root = yaml.compose(source, Loader=_SafeLoader)
    stack: list[tuple[yaml.Node, tuple[str, ...]]] = [(root, ())] if root is not None else []
    while stack:
        node, loc = stack.pop()
        field = ".".join(loc) or None
        if isinstance(node, yaml.MappingNode):
            seen: dict[object, int] = {}
            for key_node, value_node in node.value:
                line = key_node.start_mark.line + 2
                key = key_node.value if isinstance(key_node, yaml.ScalarNode) else id(key_node)
                if key_node.tag == _MERGE:
                    raise FrontMatterError("the YAML merge key '<<' is not allowed (expected plain keys)", line, field)
                if key in seen:
                    raise FrontMatterError(
                        f"duplicate key {shorten(key)} (first on line {seen[key]}, again on line {line}; "
                        "expected each key once)",
                        line,
                        ".".join((*loc, str(key))),
                    )
                seen[key] = line
                stack += [(key_node, loc), (value_node, (*loc, str(key)))]
        elif isinstance(node, yaml.SequenceNode):
            stack += [(child, (*loc, str(number))) for number, child in enumerate(node.value)]
        elif isinstance(node, yaml.ScalarNode) and node.tag == _TIMESTAMP:
            raise FrontMatterError(
                f'{shorten(node.value)} would be read as a date, not as text (expected it in quotes: "{node.value}")',
                node.start_mark.line + 2,
                field,
            )
    return root


_PLAIN_WORDS = (
    ("cannot start any token", "'\\t'", "a tab character (expected indentation with spaces, not tabs)"),
    ("mapping values are not allowed here", "", "a ': ' inside a value (expected text that contains ': ' in quotes)"),
    (
        "could not find expected ':'",
        "",
        "a line that is not 'name: value' (expected a ':' after the name, or closed quotes)",
    ),
    ("expected <block end>", "", "the indentation does not match the lines above (expected keys lined up with spaces)"),
    (
        "did not find expected key",
        "",
        "the indentation does not match the lines above (expected keys lined up with spaces)",
    ),
    ("did not find expected ',' or ']'", "", "a '[' list that is not closed (expected ', ' between items and a ']')"),
    (
        "did not find expected ',' or '}'",
        "",
        "a '{' mapping that is not closed (expected ', ' between items and a '}')",
    ),
    ("did not find expected '-' indicator", "", "a list item out of line (expected '- ' items lined up)"),
)


def _explain(source: str) -> NoReturn:
    """Raise a FrontMatterError for YAML that does not parse: the line of the mistake, in plain words."""
    try:
        for _event in yaml.parse(source, Loader=yaml.SafeLoader):  # the pure-Python parser words errors best
            pass
    except yaml.MarkedYAMLError as error:
        problem = error.problem or "invalid YAML"
        mark = error.problem_mark or error.context_mark
        if error.context and "quoted scalar" in error.context and error.context_mark:
            problem, mark = "a quote that is never closed (expected a closing quote on this line)", error.context_mark
        else:
            for needle, detail, plain in _PLAIN_WORDS:
                if needle in problem and detail in problem:
                    problem = plain
                    break
            else:
                problem = f"{problem} (expected YAML 'key: value' lines)"
        line = mark.line + 2 if mark else None
        raise FrontMatterError(f"front matter is not valid YAML: {problem}", line) from None
    except yaml.YAMLError as error:
        raise FrontMatterError(f"front matter is not valid YAML: {shorten(str(error), 120)}", 2) from None
    raise FrontMatterError("front matter is not valid YAML (expected YAML 'key: value' lines)", 2)
