"""What template syntax a page may use: calls to the site's macros with literal arguments, nothing else.

mkdocs-macros renders a page with `render_macros: true` as a Jinja template, and
Jinja can reach Python internals (`cycler.__init__.__globals__.os`), the build's
configuration (`config`), files (`include`) and the environment (`macros_info()`).
Before any page is rendered, the index parses every such page with Jinja's own
parser and refuses anything but `{{ name("literal", ...) }}` where `name` is one
of the site's macros. Pages without `render_macros: true` are never rendered, so
template syntax in them shows as text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from jinja2 import Environment, TemplateSyntaxError, nodes

_PARSER = Environment(autoescape=False)  # noqa: S701 - only parses, never renders
ArgCheck = Callable[[str], str | None]
"""A check of one literal argument: the problem, or None."""


@dataclass(frozen=True)
class Signature:
    """What a macro accepts: how many literal arguments, and a check of each."""

    check: ArgCheck
    least: int = 0
    most: int = 0


def _first_line(body: str, needle: str) -> int:
    return body[: body.index(needle)].count("\n") + 1


def check(body: str, macros: Mapping[str, Signature]) -> list[tuple[int, str]]:
    """Problems (line in `body`, message) with the template syntax of a page body."""
    allowed = ", ".join(f"{name}(...)" for name in sorted(macros)) or "none"
    try:
        tree = _PARSER.parse(body)
    except TemplateSyntaxError as error:
        if "comment" in (error.message or "") and "{#" in body:
            hint = "`{: #the-id }` for a heading's id on a page with macros: `{#` starts a template comment"
            return [(_first_line(body, "{#"), f"template syntax error: {error.message} (expected {hint})")]
        return [(error.lineno, f"template syntax error: {error.message} (expected only {{{{ macro(...) }}}} calls)")]
    except RecursionError:
        return [(1, 'template syntax nested too deep to read (expected only {{ macro("an-id") }} calls)')]
    problems: list[tuple[int, str]] = []
    for node in tree.body:
        if not isinstance(node, nodes.Output):
            problems.append(
                (
                    node.lineno,
                    f"template tag '{type(node).__name__.lower()}' is not allowed (expected only calls: {allowed})",
                )
            )
            continue
        for item in node.nodes:
            if isinstance(item, nodes.TemplateData):
                continue
            problems.extend(_check_call(item, macros, allowed))
    return problems


def _check_call(item: nodes.Node, macros: Mapping[str, Signature], allowed: str) -> list[tuple[int, str]]:
    line = item.lineno
    if not (isinstance(item, nodes.Call) and isinstance(item.node, nodes.Name) and item.node.name in macros):
        return [(line, f"only calls to the site's macros are allowed in templates (expected one of: {allowed})")]
    if item.kwargs or item.dyn_args is not None or item.dyn_kwargs is not None:
        return [
            (line, f'{item.node.name}(...) takes only plain text arguments (expected e.g. {item.node.name}("an-id"))')
        ]
    signature = macros[item.node.name]
    if not signature.least <= len(item.args) <= signature.most:
        return [
            (
                line,
                f"{item.node.name}(...) takes {signature.least} to {signature.most} argument(s) (got {len(item.args)})",
            )
        ]
    problems: list[tuple[int, str]] = []
    for arg in item.args:
        if not (isinstance(arg, nodes.Const) and isinstance(arg.value, str)):
            problems.append(
                (
                    line,
                    f'{item.node.name}(...) takes only quoted text arguments (expected e.g. {item.node.name}("an-id"))',
                )
            )
            continue
        problem = signature.check(arg.value)
        if problem:
            problems.append((line, f"{item.node.name}(...): {problem}"))
    return problems


def has_syntax(text: str) -> bool:
    """Whether `text` holds anything Jinja would treat as template syntax."""
    return any(marker in text for marker in ("{{", "{%", "{#"))


def plain_calls(body: str) -> list[tuple[str, list[str]]] | None:
    """(name, arguments) of each call in `body` when every call is to a macro by name with string constants only
    (what a page's output then depends on, besides its text); None if it does not parse or a call is otherwise."""
    try:
        tree = _PARSER.parse(body)
    except (TemplateSyntaxError, RecursionError):
        return None
    found = []
    for call in tree.find_all(nodes.Call):
        simple = all(isinstance(arg, nodes.Const) and isinstance(arg.value, str) for arg in call.args)
        if not isinstance(call.node, nodes.Name) or not simple or call.kwargs or call.dyn_args or call.dyn_kwargs:
            return None
        found.append((call.node.name, [str(arg.value) for arg in call.args]))  # type: ignore[attr-defined]
    return found


def calls(body: str) -> list[tuple[str, list[str]]]:
    """(name, quoted arguments) of each call to a macro by name in `body`, in order; [] if it does not parse."""
    try:
        tree = _PARSER.parse(body)
    except (TemplateSyntaxError, RecursionError):
        return []
    found = []
    for call in tree.find_all(nodes.Call):
        if isinstance(call.node, nodes.Name):
            args = [arg.value for arg in call.args if isinstance(arg, nodes.Const) and isinstance(arg.value, str)]
            found.append((call.node.name, args))
    return found
