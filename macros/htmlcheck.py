"""The output wall: nothing on a built page can run script, judged on the HTML as a browser parses it.

The input checks (`markup.py`, `templates.py`) read the Markdown source to give contributors friendly
`file:line` messages, but Markdown, its extensions and the theme's templates all stand between that
source and what a reader's browser gets. This check reads each finished page with Lexbor (through
selectolax), an HTML5 parser that tokenizes as browsers do (comments, CDATA, raw-text elements,
entities in attributes), and refuses:

- elements that run or embed code or redirect: `iframe`, `object`, `embed`, `base`, `noscript`,
  SVG animation and `foreignObject`, `<meta http-equiv>`, `<style>`, `<link>` outside `<head>`, ...;
- any event-handler attribute (`on...`) and `srcdoc`;
- any URL attribute whose scheme, after the browser's clean-up (entities decoded, tabs and newlines
  removed, spaces trimmed, case folded), is not http, https, mailto or tel;
- any `<script>` that is not the theme's own: an external one must load a file the theme ships,
  an inline one must be, byte for byte up to its relative base path, one of the theme's.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

FORBIDDEN_ELEMENTS = frozenset(
    {
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "applet",
        "base",
        "portal",
        "fencedframe",
        "noscript",
        "noembed",
        "noframes",
        "xmp",
        "plaintext",
        "style",
        "template",
        "foreignobject",
        "animate",
        "animatemotion",
        "animatetransform",
        "set",
        "handler",
        "listener",
        "math",
    }
)
"""Elements no page of this site needs, each a way to run, embed or hide code."""

URL_ATTRIBUTES = frozenset(
    {
        "href",
        "src",
        "action",
        "formaction",
        "xlink:href",
        "poster",
        "data",
        "codebase",
        "cite",
        "background",
        "lowsrc",
        "dynsrc",
        "longdesc",
        "usemap",
        "ping",
        "manifest",
        "icon",
        "profile",
        "archive",
        "classid",
    }
)
SRCSET_ATTRIBUTES = frozenset({"srcset", "imagesrcset"})
SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
DATA_SCRIPT_TYPES = frozenset({"application/json", "application/ld+json"})
"""Script types browsers never run: data blocks, such as Material's `__config`."""

THEME_SCRIPT_FILES = re.compile(r"^assets/javascripts/(?:bundle|workers/search)\.[0-9a-f]{8}\.min\.js$")
"""External scripts the theme ships (Material's bundle; its search worker is started from the bundle)."""

THEME_INLINE_SCRIPTS = frozenset(
    {
        # Material 9.8.2, partials/javascripts/base.html: __md_scope, __md_get and __md_set
        "6a9a103c779f08d5a3c5b0a6f87cd50ce016e024955a163b5729508e0385c9f9",
        # Material 9.8.2, partials/javascripts/palette.html: the reader's palette choice
        "0eb10c249dbdb0beef225a10ce5cbe55418cc4a7014cc208f8e7d6ed8f00906e",
        # Material 9.8.2, partials/javascripts/content.html: opens the content tab named in the URL
        "ffcc0f7735fdab434d257c80e65cec2e88d716991e69757185b7e450e41a5b2f",
        # overrides/main.html, block libs: Material's requests for sitemaps beside the language links fail at once
        "e78ebfb768680304655fea016a5f69006c6b425d9935b74d7aefc677394f5d64",
    }
)
"""SHA-256 of each inline script of the theme and `overrides/`, normalized by `normalize_script`.

When Material is upgraded or an override's script changes, the build names the new script's hash;
after reading the script, put the hash here (`tests/build/test_output_wall.py` checks this list is exact).
"""

_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
_BASE = re.compile(r'"(?:\.\./)*(?:\.\.|\.)"')
_PREFIX = re.compile(r'"(?:\.\./)+')
_STRIPPED = "".join(chr(code) for code in range(0x21))
"""C0 controls and space: what browsers trim from both ends of a URL."""


@dataclass(frozen=True)
class Violation:
    """One thing on a page that could run script; `clue` is text to look for in the page's source."""

    message: str
    clue: str


def url_scheme(value: str) -> str | None:
    """The scheme a browser would use for `value` (an attribute value, entities already decoded), or None."""
    cleaned = value.strip(_STRIPPED).replace("\t", "").replace("\n", "").replace("\r", "")
    match = _SCHEME.match(cleaned)
    return match.group(1).lower() if match else None


def normalize_script(text: str, root: str = "") -> str:
    """An inline script with its paths (`"../.."`, `"../search/x"`, or from `root` on the 404 page) made alike."""
    text = text.strip()
    if root:
        text = text.replace(f'"{root}"', '"."').replace(f'"{root}', '"')
    return _PREFIX.sub('"', _BASE.sub('"."', text))


def script_hash(text: str, root: str = "") -> str:
    return hashlib.sha256(normalize_script(text, root).encode("utf-8")).hexdigest()


def _check_url(tag: str, name: str, value: str) -> Violation | None:
    scheme = url_scheme(value)
    if scheme is None or scheme in SAFE_SCHEMES:
        return None
    return Violation(
        f"<{tag} {name}> has a '{scheme}:' address (expected an http(s), mailto:, tel: or relative link)", scheme
    )


def _check_attributes(tag: str, attributes: dict[str, str | None], violations: list[Violation]) -> None:
    """Add to `violations` what the element's `attributes` could run or load."""
    for raw_name, raw_value in attributes.items():
        name, value = raw_name.lower(), raw_value or ""
        if name in URL_ATTRIBUTES:
            violation = _check_url(tag, name, value)
        elif name in SRCSET_ATTRIBUTES:
            for candidate in value.split(","):
                violation = _check_url(tag, name, candidate.strip().split(" ")[0])
                if violation:
                    violations.append(violation)
            continue
        else:
            violation = _check_other(tag, name, value)
        if violation:
            violations.append(violation)


def _check_other(tag: str, name: str, value: str) -> Violation | None:
    """Attributes that run script, embed a page, or that Material's script would turn into code."""
    if name.startswith("on"):
        return Violation(f"<{tag}> has an event-handler attribute '{name}' (expected no scripts)", name)
    if name == "srcdoc":
        return Violation(f"<{tag}> has a 'srcdoc' attribute (expected no embedded documents)", name)
    if name == "title" and "<" in value:
        message = f"<{tag}> has markup in its 'title' (expected plain text: tooltips show it as HTML)"
        return Violation(message, value[value.index("<") :][:30])
    if name == "class" and "mermaid" in value.lower().split():
        return Violation(f"<{tag} class=mermaid> (expected none: Mermaid would be loaded from another host)", "mermaid")
    if name == "style" and re.search(r"expression\s*\(|javascript\s*:", value, re.IGNORECASE):
        return Violation(f"<{tag}> has a 'style' attribute with script in it (expected plain CSS)", "style")
    return None


def _check_script(
    node: LexborNode, attributes: dict[str, str | None], inline_hashes: frozenset[str], root: str
) -> Violation | None:
    source = attributes.get("src")
    if source is not None:
        path = source.strip(_STRIPPED)
        if root and path.startswith(root):
            path = path.removeprefix(root)
        while path.startswith(("../", "./")):
            path = path.removeprefix("../").removeprefix("./")
        if url_scheme(source) is None and not source.strip().startswith("//") and THEME_SCRIPT_FILES.match(path):
            return None
        return Violation(f"<script src={source!r}> is not one of the theme's scripts (expected no scripts)", source)
    kind = (attributes.get("type") or "").strip().lower()
    if kind in DATA_SCRIPT_TYPES:
        if attributes.get("id") == "__config":  # Material's; a second one is a duplicate id
            return None
        return Violation("a data <script> other than Material's configuration (expected none)", "<script")
    text = node.text(deep=True, separator="", strip=False)
    digest = script_hash(text, root)
    if digest in inline_hashes:
        return None
    first = text.strip().splitlines()[0][:60] if text.strip() else ""
    return Violation(
        f"an inline <script> that is not the theme's (sha256 {digest}; expected no scripts): {first!r}",
        first or "<script",
    )


def check_html(html: str, root: str = "", inline_hashes: frozenset[str] = THEME_INLINE_SCRIPTS) -> list[Violation]:
    """Everything on the page `html` that could run script or load code, in document order.

    `root` is the site's absolute path (`/c2c-summit/`), which the 404 page uses instead of relative links.
    """
    document = LexborHTMLParser(html).root
    if document is None:
        return []
    violations: list[Violation] = []
    ids: set[str] = set()
    for node in document.traverse(include_text=False):
        tag = (node.tag or "").lower()
        attributes = node.attributes  # a new dict at each access
        element_id = attributes.get("id")
        if element_id is not None:
            if element_id in ids:
                violations.append(
                    Violation(f"a second element with id {element_id!r} (expected each id once on a page)", element_id)
                )
            ids.add(element_id)
        if tag in FORBIDDEN_ELEMENTS:
            violations.append(Violation(f"a <{tag}> element (expected none on a page)", f"<{tag}"))
        elif tag == "script":
            violation = _check_script(node, attributes, inline_hashes, root)
            if violation:
                violations.append(violation)
        elif tag == "meta" and "http-equiv" in attributes:
            violations.append(Violation("a <meta http-equiv> element (expected none on a page)", "http-equiv"))
        elif tag == "link" and not _in_head(node):
            violations.append(Violation("a <link> element outside <head> (expected none in a page)", "<link"))
        _check_attributes(node.tag or "", attributes, violations)
    return violations


def _in_head(node: LexborNode) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag == "head":
            return True
        parent = parent.parent
    return False
