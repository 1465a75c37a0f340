"""Typical mistakes in a page's front matter, each shown with what the check says about it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from pymdownx.slugs import slugify  # type: ignore[import-untyped]  # no stubs

from ..loader import validate_page
from ..problems import Problem

_SLUG: Final = slugify(case="lower")
"""The slugify of mkdocs.yml's `toc` extension."""


@dataclass(frozen=True)
class Mistake:
    """A typical mistake: a small page that has it, and what the check says (worked out when the page is made)."""

    title: str
    path: str
    """Where the page would be, relative to docs/."""
    example: str
    """The page's whole front matter (YAML text)."""

    @property
    def anchor(self) -> str:
        """The heading's id, as the build's `toc` slugify makes it from the title (the Russian page keeps it)."""
        return str(_SLUG(self.title.replace("`", ""), "-"))

    def report(self) -> list[str]:
        """The lines `python -m macros check` prints for this page alone."""
        problems = sorted(validate_page(self.path, f"---\n{self.example}---\n"), key=Problem.sort_key)
        count = len(problems)
        return [str(problem) for problem in problems] + [
            f"{count} problem{'s' if count != 1 else ''} found in the content."
        ]


MISTAKES: Final[tuple[Mistake, ...]] = (
    Mistake(
        "A country outside the list",
        "marketplace/example-software.md",
        "organization: Example Software Ltd.\nsummary: Showed a mapping tool.\ncountry: USA\n"
        "sources: [irex-marketplace]\n",
    ),
    Mistake(
        "An exhibitor without sources",
        "marketplace/example-software.md",
        "organization: Example Software Ltd.\nsummary: Showed a mapping tool.\ncountry: US\n",
    ),
    Mistake(
        "A word for a number, a misspelt field and a date written out",
        "groups/example-working-group.md",
        "name: Example Working Group\norder: eleven\nsummary: What the record holds.\nco_chair:\n"
        "  - name: Jane Doe\n    sources: [irex-overview]\nfollow_ups:\n  - text: The group met again.\n"
        '    date: "October 2010"\n    sources: [irex-october]\nsources: [irex-overview]\n',
    ),
    Mistake(
        "A sourced link without its source",
        "marketplace/example-software.md",
        "organization: Example Software Ltd.\nsummary: Showed a mapping tool.\ngroups:\n  - id: public-health\n"
        "    relation: sourced\nsources: [irex-marketplace]\n",
    ),
    Mistake(
        "Placeholders left from `python -m macros new`",
        "marketplace/example-software.md",
        "organization: Example Software Ltd.\nsummary: >-\n  TODO: what this exhibitor showed at the Innovation "
        "Marketplace, in one or two sentences.\nsources: [todo-source-id]\n",
    ),
)
"""Typical mistakes the reference shows with the check's own report; a test runs each through the real check."""
