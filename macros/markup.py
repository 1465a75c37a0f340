"""What markup a page body may hold: Markdown and harmless HTML, never scripts or script URLs.

Bodies arrive in pull requests and Markdown passes raw HTML through, so the check
refuses what would run in a reader's browser: script-like elements, event-handler
attributes (also through attr_list's `{onclick=...}`), and `javascript:`, `vbscript:`
or `data:` addresses in links and images.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

FORBIDDEN_TAGS = frozenset(
    {"script", "iframe", "object", "embed", "style", "form", "base", "meta", "link", "frame", "frameset", "svg", "math"}
    | {"noscript", "template", "xmp", "plaintext", "noembed", "noframes", "applet", "portal", "foreignobject"}
    | {"animate", "set", "animatemotion", "animatetransform"}
)
INDENT_MAX = 80
"""Columns of indentation a body line may have: Markdown reads each level of a nested list recursively,
and a list nested a few hundred deep makes the build crash instead of failing with a message."""
_DEEP = re.compile(rf"^(?: |\t|>){{{INDENT_MAX + 1},}}", re.MULTILINE)
_URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "xlink:href", "poster", "data"})
_SCRIPT_URL = re.compile(r"^\s*(?:javascript|vbscript|data)\s*:", re.IGNORECASE)
_MARKDOWN_URL = re.compile(
    r"\]\(\s*<?\s*(?:javascript|vbscript|data)\s*:|^\s*\[[^\]]+\]:\s*<?\s*(?:javascript|vbscript|data)\s*:",
    re.IGNORECASE | re.MULTILINE,
)
_ATTR_LIST_HANDLER = re.compile(r"\{[^}\n]*\bon[a-z]+\s*=", re.IGNORECASE)


class _Scanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[tuple[int, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0]
        if tag in FORBIDDEN_TAGS:
            self.problems.append((line, f"<{tag}> is not allowed in a page (expected Markdown or plain HTML)"))
        for name, value in attrs:
            if name == "srcdoc":
                self.problems.append((line, "the attribute 'srcdoc' is not allowed (expected no embedded pages)"))
            elif name.startswith("on"):
                self.problems.append(
                    (line, f"the event-handler attribute '{name}' is not allowed (expected no scripts)")
                )
            elif name in _URL_ATTRIBUTES and value and _SCRIPT_URL.match(value):
                self.problems.append(
                    (
                        line,
                        f"a '{value.split(':')[0].strip()}:' address is not allowed (expected an http(s) or relative link)",
                    )
                )

    handle_startendtag = handle_starttag


def check(body: str) -> list[tuple[int, str]]:
    """Problems (line in `body`, message) with the markup of a page body."""
    scanner = _Scanner()
    scanner.feed(body)
    scanner.close()
    problems = scanner.problems
    deep = _DEEP.search(body)  # the first such line is enough
    if deep:
        message = f"a line indented or quoted more than {INDENT_MAX} columns deep (expected lists and quotes nested less deeply)"
        problems.append((body.count("\n", 0, deep.start()) + 1, message))
    for pattern, message in (
        (_MARKDOWN_URL, "a javascript:, vbscript: or data: link is not allowed (expected an http(s) or relative link)"),
        (_ATTR_LIST_HANDLER, "an event-handler attribute in '{...}' is not allowed (expected no scripts)"),
    ):
        problems += [(body.count("\n", 0, match.start()) + 1, message) for match in pattern.finditer(body)]
    return sorted(problems)
