"""What markup a page body may hold: Markdown and harmless HTML, never scripts or script URLs.

Bodies arrive in pull requests and Markdown passes raw HTML through, so the check refuses what
would run in a reader's browser, with a `file:line` a contributor can act on: script-like elements,
event-handler attributes (also through attr_list's `{onclick=...}`), `javascript:`, `vbscript:` or
`data:` addresses, what Material's own script would turn into code (markup in a `title`, a `mermaid`
class, `data-md-*` attributes, ids it uses), end tags that would close the page's own elements, and
nesting too deep for Markdown. This is the friendly wall; the output check (`htmlcheck.py`) is the
guarantee, on the HTML browsers get.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

FORBIDDEN_TAGS = frozenset(
    {"script", "iframe", "object", "embed", "style", "form", "base", "meta", "link", "frame", "frameset", "svg", "math"}
    | {"noscript", "template", "xmp", "plaintext", "noembed", "noframes", "applet", "portal", "foreignobject"}
    | {"animate", "set", "animatemotion", "animatetransform"}
)
VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param"}
)
INDENT_MAX = 80
"""Levels of indentation, quoting and list markers a body line may start with: Markdown reads each level
recursively, and a list nested a few hundred deep makes the build crash instead of failing with a message."""
NESTING_MAX = 60
"""HTML elements open inside one another in a body (md_in_html reads them recursively too)."""
_DEEP = re.compile(rf"^(?:[ \t>]|[-*+](?=[ \t])|\d{{1,9}}[.)](?=[ \t])){{{INDENT_MAX + 1},}}", re.MULTILINE)
_URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "xlink:href", "poster", "data"})
_SCRIPT_URL = re.compile(r"^\s*(?:javascript|vbscript|data)\s*:", re.IGNORECASE)
_MARKDOWN_URL = re.compile(
    r"\]\(\s*<?\s*(?:javascript|vbscript|data)\s*:|^\s*\[[^\]]+\]:\s*<?\s*(?:javascript|vbscript|data)\s*:",
    re.IGNORECASE | re.MULTILINE,
)
_ATTR_LIST_HANDLER = re.compile(r"\{[^}\n]*\bon[a-z]+\s*=", re.IGNORECASE)
_SHORT_COMMENT = re.compile(r"<!--->|<!-->")
"""Browsers end these comments at once; Python's parser would read on to the next `-->`."""


class _Scanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[tuple[int, str]] = []
        self.open: list[str] = []
        self.too_deep = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0]
        if tag in FORBIDDEN_TAGS:
            self.problems.append((line, f"<{tag}> is not allowed in a page (expected Markdown or plain HTML)"))
        for name, value in attrs:
            problem = _attribute_problem(name, value or "")
            if problem:
                self.problems.append((line, problem))
        if tag not in VOID_TAGS:
            self.open.append(tag)
            if len(self.open) > NESTING_MAX and not self.too_deep:
                self.too_deep = True
                self.problems.append(
                    (line, f"HTML elements nested more than {NESTING_MAX} deep (expected flatter markup)")
                )

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID_TAGS and self.open and self.open[-1] == tag:
            self.open.pop()

    def handle_endtag(self, tag: str) -> None:
        if tag in self.open:
            while self.open.pop() != tag:
                pass
        elif tag not in VOID_TAGS:
            self.problems.append(
                (
                    self.getpos()[0],
                    f"an end tag </{tag}> with no <{tag}> opened in this page "
                    "(expected every element closed where it opens: it would close the page's own)",
                )
            )


def _attribute_problem(name: str, value: str) -> str | None:
    """What is wrong with one attribute of a body's HTML, or None."""
    if name == "srcdoc":
        return "the attribute 'srcdoc' is not allowed (expected no embedded pages)"
    if name.startswith("on"):
        return f"the event-handler attribute '{name}' is not allowed (expected no scripts)"
    if name in _URL_ATTRIBUTES and _SCRIPT_URL.match(value):
        return f"a '{value.split(':')[0].strip()}:' address is not allowed (expected an http(s) or relative link)"
    if name.startswith("data-md"):
        return f"the attribute '{name}' is the theme's own (expected none in a page)"
    if name == "id" and value.startswith("__"):
        return f"the id '{value}' is the theme's kind of id (expected one that does not start with '__')"
    if name == "class" and "mermaid" in value.lower().split():
        return "the class 'mermaid' is not allowed (expected none: it would load Mermaid from another host)"
    if name == "title" and "<" in value:
        return "markup in a 'title' is not allowed (expected plain text: tooltips show it as HTML)"
    return None


def check(body: str) -> list[tuple[int, str]]:
    """Problems (line in `body`, message) with the markup of a page body."""
    scanner = _Scanner()
    scanner.feed(_SHORT_COMMENT.sub("<!---->", body))  # same length on every line: lines stay right
    scanner.close()
    problems = scanner.problems
    deep = _DEEP.search(body)  # the first such line is enough
    if deep:
        message = (
            f"a line indented, quoted or listed more than {INDENT_MAX} levels deep "
            "(expected lists and quotes nested less deeply)"
        )
        problems.append((body.count("\n", 0, deep.start()) + 1, message))
    for pattern, message in (
        (_MARKDOWN_URL, "a javascript:, vbscript: or data: link is not allowed (expected an http(s) or relative link)"),
        (_ATTR_LIST_HANDLER, "an event-handler attribute in '{...}' is not allowed (expected no scripts)"),
    ):
        problems += [(body.count("\n", 0, match.start()) + 1, message) for match in pattern.finditer(body)]
    return sorted(problems)
