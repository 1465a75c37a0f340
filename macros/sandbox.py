"""The second wall around templates: the environment that renders the site's own pages reaches nothing but our macros.

The first wall (`templates.check`) allows only `{{ macro("literal") }}` calls, checked on the exact
string mkdocs-macros is about to render. Should a payload ever get past it, this environment still
stops it: it is Jinja's sandbox, with

- no globals but the site's macros (no `cycler`, `range`, `lipsum`, no mkdocs-macros built-ins);
- none of mkdocs-macros' render variables (`config`, `environment`, `page`, ...): templates render
  with an empty context, so those names are undefined, and undefined is an error;
- no attribute or item access at all (so no `__globals__`, no `.mro()`), no operators (no
  `"x" * 10**9`), no filters and tests, and no loader (so no `include`, `import` or `extends`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, MutableMapping
from typing import Any

from jinja2 import StrictUndefined, Template
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from . import templates


class ContextFreeTemplate(Template):
    """A template that ignores the variables it is rendered with: it sees only its environment's globals."""

    def render(self, *args: Any, **kwargs: Any) -> str:
        return super().render()


class MacroSandbox(SandboxedEnvironment):
    """Renders templates that may call `macros` with literal arguments and do nothing else."""

    template_class = ContextFreeTemplate
    intercepted_binops = frozenset({"+", "-", "*", "/", "//", "%", "**"})
    intercepted_unops = frozenset({"+", "-"})

    def __init__(
        self, macros: Mapping[str, Callable[..., str]], allowed: Mapping[str, templates.Signature] | None = None
    ) -> None:
        super().__init__(undefined=StrictUndefined, autoescape=False, loader=None)
        self.allowed = allowed
        """With it, every source is held to the allow-list (`templates.check`) when it is compiled: whatever
        mkdocs-macros decides to render, it renders only what the first wall accepts."""
        self.globals.clear()
        self.globals.update(macros)
        self.filters.clear()
        self.tests.clear()
        self._callables = frozenset(id(function) for function in macros.values())

    def from_string(
        self,
        source: str | Any,
        globals: MutableMapping[str, Any] | None = None,
        template_class: type[Template] | None = None,
    ) -> Template:
        if self.allowed is not None and isinstance(source, str):
            problems = templates.check(source, self.allowed)
            if problems:
                line, message = problems[0]
                raise SecurityError(f"line {line}: {message}")
        return super().from_string(source, globals, template_class)

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        return False

    def is_safe_callable(self, obj: Any) -> bool:
        return id(obj) in self._callables

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        raise SecurityError(f"the operator {operator!r} is not allowed in a page")

    def call_unop(self, context: Any, operator: str, arg: Any) -> Any:
        raise SecurityError(f"the operator {operator!r} is not allowed in a page")
