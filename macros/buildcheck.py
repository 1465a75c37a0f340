"""Check OK means build OK: the check ends with the real strict build, into a folder that is then thrown away.

Only the build knows everything `mkdocs build --strict` refuses (a Markdown link to a missing page or
anchor, a link MkDocs cannot resolve, the output wall), so `python -m macros check` runs it and turns
each warning into a `file:line: field: message` line a contributor can act on.
"""

from __future__ import annotations

import logging
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .problems import Problem

_LINK = re.compile(
    r"^Doc file '(?P<page>[^']+)' contains (?P<kind>a link|an unrecognized relative link|an absolute link) "
    r"'(?P<link>[^']*)'(?P<rest>.*)$",
    re.DOTALL,
)
_ANCHOR = re.compile(r"does not contain an anchor '(?P<anchor>[^']*)'")
_OURS = re.compile(r"^\S+\.md(?::\d+)?: [^:]+: ")
"""A line the content checks already wrote (`file:line: field: message`)."""


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def _captured() -> Iterator[_Records]:
    logger = logging.getLogger("mkdocs")
    records = _Records()
    level = logger.level
    logger.addHandler(records)
    logger.setLevel(logging.WARNING)
    try:
        yield records
    finally:
        logger.removeHandler(records)
        logger.setLevel(level)


def link_problem(message: str, docs: Path, docs_rel: str) -> str | None:
    """A MkDocs link warning as a contributor's line (None for any other message)."""
    match = _LINK.match(message)
    if not match:
        return None
    page, link, kind, rest = match["page"], match["link"], match["kind"], match["rest"]
    anchor = _ANCHOR.search(rest)
    if anchor:
        name = anchor["anchor"].lstrip("#")
        says = f"a link to '{link}', but that page has no heading or row '{name}' (expected an anchor that exists)"
    elif kind == "a link":
        says = f"a link to '{link}', a page that does not exist (expected a '.md' page in docs/, relative to this one)"
    elif kind == "an absolute link":
        says = f"an absolute link '{link}' (expected a link relative to this page, to a '.md' file)"
    else:
        says = f"a link '{link}' that MkDocs cannot resolve (expected a link to a '.md' file, relative to this page)"
    line = _line_of(docs / page, link)
    return str(Problem(f"{docs_rel}/{page}", line, "body", says))


def _line_of(path: Path, needle: str) -> int | None:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    position = text.find(needle) if needle else -1
    return text.count("\n", 0, position) + 1 if position >= 0 else None


def build_problems(config_file: Path, docs: Path, docs_rel: str = "docs") -> list[str]:
    """Every line the strict build would fail on, from a real build into a temporary folder."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    lines: list[str] = []
    with _captured() as records, tempfile.TemporaryDirectory(prefix="c2c-check-") as site:
        try:
            config = load_config(str(config_file), docs_dir=str(docs.resolve()), site_dir=site, strict=True)
            build(config)
        except (MkDocsException, SystemExit) as error:
            text = str(error)
            if not records.messages and text:
                lines.append(f"{config_file.name}: build: {text}")
        except Exception as error:
            lines.append(f"{config_file.name}: build: the build failed: {type(error).__name__}: {error}"[:300])
    for message in records.messages:
        line = link_problem(message, docs, docs_rel)
        if line is None:
            first = message.strip().splitlines()[0] if message.strip() else message
            line = first if _OURS.match(first) else f"{config_file.name}: build: {first}"
        if line not in lines and not line.startswith(f"{config_file.name}: build: Aborted with"):
            lines.append(line)
    return lines
