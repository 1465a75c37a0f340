"""Serve a built site as GitHub Pages would, and drive it in Chromium: helpers for the browser tests.

`SiteServer` serves a site folder on 127.0.0.1 (a free port) under a sub-path such as `/c2c-summit/`, with
`404.html` for every missing address, optionally gzip-compressed (bench/lighthouse uses it too).
The other helpers read what a page did: console errors, requests, axe-core's violations.
"""

from __future__ import annotations

import contextlib
import gzip
import mimetypes
import os
import posixpath
import re
import string
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import unquote, urlsplit

from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import ViewportSize

from ..support import ROOT

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext, Page

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
Scheme = Literal["light", "dark"]
"""Material's two palettes, as Playwright's `color_scheme` names them."""
SCHEMES: tuple[Scheme, ...] = ("light", "dark")
DESKTOP: ViewportSize = {"width": 1280, "height": 900}
PHONE: ViewportSize = {"width": 375, "height": 812}
PREFIX = "/c2c-summit/"
"""The sub-path the site is served under, as on a GitHub Pages project site (mkdocs.yml's site_url path)."""

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-quic",
    "--no-first-run",
    "--disable-sync",
]
_COMPRESSIBLE = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".map")


def chromium_executable() -> str | None:
    """Debian's Chromium (or $C2C_CHROMIUM); None lets Playwright use its own build (scripts/ensure-browser)."""
    chosen = os.environ.get("C2C_CHROMIUM") or "/usr/bin/chromium"
    return chosen if Path(chosen).exists() else None


class SiteServer:
    """A built site served on http://127.0.0.1:<free port>/c2c-summit/ from a thread of this process."""

    def __init__(self, site_dir: Path | None = None, *, compress: bool = False, prefix: str = PREFIX) -> None:
        self.site_dir = site_dir
        """The folder served; may be set after start (to build with the server's own URL as site_url)."""
        self.compress = compress
        self.prefix = prefix
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def origin(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def base_url(self) -> str:
        """The site's root, e.g. `http://127.0.0.1:40123/c2c-summit/`."""
        return self.origin + self.prefix

    def url(self, path: str = "") -> str:
        """The address of `path` (relative to the site's root, e.g. `groups/public-health/`)."""
        return self.base_url + path.lstrip("/")

    def start(self) -> SiteServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> SiteServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def resolve(self, path: str) -> tuple[HTTPStatus, Path | str | None]:
        """What a request path gets: (200, file), (301, new location) or (404, the 404 page if any)."""
        if self.site_dir is None:
            return HTTPStatus.SERVICE_UNAVAILABLE, None
        path = unquote(urlsplit(path).path)
        if path + "/" == self.prefix:
            return HTTPStatus.MOVED_PERMANENTLY, self.prefix
        not_found = self.site_dir / "404.html"
        if not path.startswith(self.prefix):
            return HTTPStatus.NOT_FOUND, not_found if not_found.is_file() else None
        relative = posixpath.normpath(path[len(self.prefix) :] or ".").lstrip("/")
        target = (self.site_dir / relative).resolve()
        if not target.is_relative_to(self.site_dir.resolve()):
            return HTTPStatus.NOT_FOUND, not_found if not_found.is_file() else None
        if target.is_dir():
            if not path.endswith("/"):
                return HTTPStatus.MOVED_PERMANENTLY, path + "/"
            target = target / "index.html"
        if target.is_file():
            return HTTPStatus.OK, target
        return HTTPStatus.NOT_FOUND, not_found if not_found.is_file() else None


def _handler_for(server: SiteServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            self._respond(body=True)

        def do_HEAD(self) -> None:
            self._respond(body=False)

        def _respond(self, body: bool) -> None:
            status, target = server.resolve(self.path)
            if status == HTTPStatus.MOVED_PERMANENTLY:
                self.send_response(status)
                self.send_header("Location", str(target))
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if isinstance(target, Path):
                data = target.read_bytes()
                kind = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
            else:
                data, kind = status.phrase.encode(), "text/plain"
            self.send_response(status)
            if kind.startswith("text/") or kind in ("application/javascript", "application/json", "image/svg+xml"):
                kind += "; charset=utf-8"
            self.send_header("Content-Type", kind)
            self.send_header("Cache-Control", "max-age=600")  # what GitHub Pages sends
            accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
            if server.compress and accepts_gzip and isinstance(target, Path) and target.suffix in _COMPRESSIBLE:
                data = gzip.compress(data, mtime=0)
                self.send_header("Content-Encoding", "gzip")
                self.send_header("Vary", "Accept-Encoding")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if body:
                self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


@dataclass
class Recorder:
    """Everything a browser context did: every request's URL, console errors and uncaught exceptions."""

    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def attach(self, context: BrowserContext) -> Recorder:
        context.on("request", lambda request: self.requests.append(request.url))
        context.on("page", self._watch)
        for page in context.pages:
            self._watch(page)
        return self

    def _watch(self, page: Page) -> None:
        page.on("console", lambda message: self._console(message.type, message.text, message.location))
        page.on("pageerror", lambda error: self.errors.append(f"uncaught: {error}"))
        page.on("worker", lambda worker: worker.on("console", lambda m: self._console(m.type, m.text, m.location)))

    def _console(self, kind: str, text: str, location: Any) -> None:
        if kind == "error":
            self.errors.append(f"{text} ({location.get('url', '') if isinstance(location, dict) else location})")

    def take(self) -> tuple[list[str], list[str]]:
        """The requests and errors recorded since the last call."""
        taken = (self.requests[:], self.errors[:])
        self.requests.clear()
        self.errors.clear()
        return taken


def start_axe(page: Page, context: str | None = None) -> None:
    """Start axe-core (every rule, every impact) on the loaded page, or inside the `context` selector.

    It runs in the page's own renderer process while Python goes on: start it on several pages, then
    collect each with `axe_violations`.
    """
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    page.evaluate(
        "context => { window.__c2cAxe = axe.run(context ? document.querySelector(context) : document, "
        "{resultTypes: ['violations']}); }",
        context,
    )


def axe_violations(page: Page, context: str | None = None) -> list[dict[str, Any]]:
    """axe-core's violations on the page: those of the run `start_axe` began, or of a new run."""
    if not page.evaluate("() => window.__c2cAxe !== undefined"):
        start_axe(page, context)
    result: dict[str, Any] = page.evaluate(
        "async () => { const r = await window.__c2cAxe; delete window.__c2cAxe; return r; }"
    )
    return list(result["violations"])


def describe(violations: list[dict[str, Any]]) -> list[str]:
    """One line per violation: rule, impact, and the first elements it names."""
    lines = []
    for violation in violations:
        targets = [" ".join(map(str, node["target"])) for node in violation["nodes"][:3]]
        detail = next((check["message"] for node in violation["nodes"][:1] for check in node["any"]), "")
        lines.append(f"{violation['id']} ({violation['impact']}, {len(violation['nodes'])}x): {targets} {detail}")
    return lines


def foreign(requests: list[str], origin: str) -> list[str]:
    """The requests that went anywhere but `origin` (data: and blob: addresses stay in the page)."""
    return [url for url in requests if not url.startswith((origin + "/", "data:", "blob:"))]


def iter_words(text: str) -> Iterator[str]:
    """The words of `text` as Material's search splits them (on spaces and hyphens), without punctuation."""
    for token in re.split(r"[\s\-]+", text):
        word = token.strip(string.punctuation + "“”‘’«»")
        if word and any(char.isalpha() for char in word):
            yield word


def assert_lands_on_row(page: Page, priority_id: str) -> None:
    """The URL names the priority, and its row is on screen below the sticky header, highlighted by :target."""
    page.wait_for_function("id => location.hash === '#' + id", arg=priority_id)
    # Styles and Material's deferred script may still move the page for a moment: wait until the row has settled
    # (the assertions below then report the state if it never does).
    with contextlib.suppress(PlaywrightTimeoutError):
        page.wait_for_function(
            """id => {
                const anchor = document.getElementById(id);
                const row = anchor && anchor.closest('tr');
                if (!row || !anchor.matches(':target') || getComputedStyle(row).outlineStyle === 'none') return false;
                // Material fades a table row's background in and out: wait until no transition is running, or the
                // row that lost :target may be caught mid-fade with the same colour as the row that gained it.
                if (document.getAnimations().some(a => a.playState === 'running')) return false;
                const top = anchor.getBoundingClientRect().top;
                return top >= document.querySelector('.md-header').getBoundingClientRect().bottom && top < innerHeight;
            }""",
            arg=priority_id,
            timeout=5_000,
        )
    state = page.evaluate(
        """id => {
            const anchor = document.getElementById(id);
            const row = anchor.closest('tr');
            const header = document.querySelector('.md-header').getBoundingClientRect();
            const other = [...row.parentElement.children].find(r => r !== row) || document.querySelector('tr');
            return {
                target: anchor.matches(':target'),
                anchorTop: anchor.getBoundingClientRect().top,
                rowTop: row.getBoundingClientRect().top,
                rowBottom: row.getBoundingClientRect().bottom,
                headerBottom: header.bottom,
                viewport: window.innerHeight,
                outline: getComputedStyle(row).outlineStyle,
                background: getComputedStyle(row).backgroundColor,
                otherBackground: getComputedStyle(other).backgroundColor,
            };
        }""",
        priority_id,
    )
    assert state["target"], state
    assert state["headerBottom"] <= state["anchorTop"] < state["viewport"], f"row not on screen: {state}"
    assert state["rowBottom"] > state["headerBottom"], state
    assert state["rowTop"] < state["viewport"], state
    assert state["outline"] != "none", f"the target row has no outline: {state}"
    assert state["background"] != state["otherBackground"], f"the target row is not highlighted: {state}"
