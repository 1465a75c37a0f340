"""Problems found in the content, reported all at once with file, line and field."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass

MESSAGE_MAX = 220
"""A problem's message is cut to this many characters (a value quoted in it may be huge); with the file,
line and field before it, a line stays at about 300 characters."""
LISTING_MAX = 120
FIELD_MAX = 40
"""Characters of a field's dotted path in a problem line."""
"""Characters of a list of known names in a message, before it is cut short."""
WHOLE_PAGE = "front matter"
"""The field column of a problem with the page as a whole (its front matter, or the file)."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one page, in the words a contributor needs to fix it."""

    path: str
    """The page's path relative to the project (e.g. `docs/groups/public-health.md`)."""
    line: int | None
    """The line in the file, where YAML gives one."""
    field: str
    """The dotted path of the field (e.g. `priorities.0.title`), `body`, or `front matter` for the whole page."""
    message: str
    """What is wrong and what was expected."""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        field = self.field or WHOLE_PAGE
        field = field if len(field) <= FIELD_MAX else field[: FIELD_MAX - 1] + "…"
        message = self.message if len(self.message) <= MESSAGE_MAX else self.message[: MESSAGE_MAX - 1] + "…"
        return f"{where}: {field}: {message}"

    def sort_key(self) -> tuple[str, int, str, str]:
        """File, then line (a whole-file problem first), then field: one order whatever the mix."""
        return (self.path, self.line or 0, self.field, self.message)


class ContentError(Exception):
    """Raised when the content has problems; carries every one of them."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = sorted(problems, key=Problem.sort_key)
        super().__init__(self.report())

    def report(self) -> str:
        """One line per problem, then a count."""
        lines = [str(problem) for problem in self.problems]
        count = len(self.problems)
        lines.append(f"{count} problem{'s' if count != 1 else ''} found in the content.")
        return "\n".join(lines)


def unknown_id_message(kind: str, value: str, known: Iterable[str]) -> str:
    """Say that `value` is not a known id of `kind`, suggest a near miss and list the known ids."""
    known = sorted(known)
    close = [item for item in known if len(value) >= 3 and item.startswith(value)][:1]  # 'tech': 'technology'
    close = close or difflib.get_close_matches(value, known, n=1, cutoff=0.6)  # 'presenter_tilte'
    close = close or [item for item in known if value.startswith(item)][:1]
    hint = f"; did you mean '{close[0]}'?" if close else ""
    listing = ", ".join(known) if known else "none yet"
    if len(listing) > LISTING_MAX:
        listing = listing[: listing.rfind(", ", 0, LISTING_MAX)] + f", … ({len(known)} in all)"
    shown = value if len(value) <= 60 else value[:59] + "…"
    return f"unknown {kind} '{shown}'{hint} (expected one of: {listing})"
