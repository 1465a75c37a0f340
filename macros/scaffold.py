"""Scaffolding: a new working-group or exhibitor page from a name, with a commented template that validates.

Pure functions (`slugify`, `group_template`, `exhibitor_template`) build the id and the text; `write_page`
is the only one that touches the disk, and it never overwrites an existing page. The command line
(`python -m macros new group "Name"`) only wires them (see `cli.py`).
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Literal

from . import frontmatter
from .layout import DEFAULT_LOCALE, GROUPS_DIR, MARKETPLACE_DIR, SOURCES_PAGE, split_locale
from .model import ID_PATTERN, PLACEHOLDER_ID, PLACEHOLDER_TEXT

Kind = Literal["group", "exhibitor"]

FOLDERS: Final[dict[Kind, str]] = {"group": GROUPS_DIR, "exhibitor": MARKETPLACE_DIR}
"""Where each kind of page lives, relative to docs/."""

SCHEMAS: Final[dict[Kind, str]] = {"group": "working-group", "exhibitor": "exhibitor"}
"""The JSON Schema (in `schema/<name>.schema.json`) that editors use for each kind of page."""

MAX_ID_LENGTH: Final = 60
"""Ids derived from a name are cut at a word boundary to at most this many characters."""

_CYRILLIC: Final[dict[str, str]] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
}  # fmt: skip
"""Russian (and Ukrainian) letters in a simple, readable romanization (BGN/PCGN without diacritics)."""

_WORDS: Final[dict[str, str]] = {"&": " and ", "+": " plus ", "@": " at "}


class ScaffoldError(ValueError):
    """The page cannot be created; the message says why and what to do instead."""


def slugify(name: str) -> str:
    """A stable kebab-case ASCII id from a name: `"Public Health & Safety"` -> `public-health-and-safety`.

    Latin letters lose their accents and Cyrillic is romanized; any other script is refused
    (pass an explicit id instead), so an id never depends on a guess.
    """
    text = "".join(_WORDS.get(char, char) for char in name.strip().casefold())
    text = "".join(_CYRILLIC.get(char, char) for char in text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = text.replace("'", "").replace("’", "")
    foreign = list(dict.fromkeys(char for char in text if char.isalpha() and not char.isascii()))
    if foreign:
        raise ScaffoldError(
            f"cannot derive an id from {name!r}: the letters {''.join(foreign)!r} are neither Latin nor Cyrillic "
            "(expected a Latin or Cyrillic name, or give the id yourself with --id, e.g. --id my-organization)"
        )
    words = re.findall(r"[a-z0-9]+", text)
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > MAX_ID_LENGTH:
            break
        slug = candidate
    if not slug:
        raise ScaffoldError(f"cannot derive an id from {name!r}: it has no letters or digits (expected a name)")
    return slug


def check_id(page_id: str) -> str:
    """`page_id` itself when it is a valid kebab-case id; raise ScaffoldError otherwise."""
    if not re.match(ID_PATTERN, page_id) or len(page_id) > 80:
        raise ScaffoldError(
            f"{page_id!r} is not a valid id (expected lowercase letters and digits joined by hyphens, "
            "e.g. 'public-health', at most 80 characters)"
        )
    return page_id


def check_name(name: str) -> str:
    """The name without surrounding spaces; raise ScaffoldError when it is empty or spans lines."""
    name = name.strip()
    if not name:
        raise ScaffoldError("the name is empty (expected the group's or organization's name in quotes)")
    if "\n" in name or "\r" in name:
        raise ScaffoldError("the name spans several lines (expected a single line)")
    return name


def _quote(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _modeline(kind: Kind) -> str:
    return f"# yaml-language-server: $schema=../../schema/{SCHEMAS[kind]}.schema.json"


PLACEHOLDER_SOURCE: Final = f"{PLACEHOLDER_ID}source-id"
"""The source id a new page starts with when none is given: the check fails until it is replaced."""


# Over 40 lines: mostly the commented page it writes, kept in one piece so it reads like the page.
def group_template(name: str, group_id: str, order: int, source: str) -> str:
    """A working-group page with a comment on every field; its placeholders fail the check until replaced.

    Placeholders start with `TODO:` (text) or `todo-` (ids), which the content model refuses, so an unfilled
    page can never be published; the commented blocks hold placeholders too, in case they are uncommented.
    """
    return f"""---
{_modeline("group")}
# A working group's page: the site builds the whole page from this front matter.
# Every field is explained in the front-matter reference (docs/reference.md).
# Lines starting with '#' are comments and never shown. To use a commented block,
# remove the '# ' at the start of each of its lines.
# Every value starting with TODO (or todo-) is a placeholder: `make check` fails until you replace it.
name: {_quote(name)}
# Position in the list of groups (the next free number was chosen for you).
order: {order}
# One or two sentences on what the record holds for this group.
summary: >-
  {PLACEHOLDER_TEXT} one or two sentences on what the public record holds for this group.
# Co-chairs as the sources name them: one '- name:' block per person.
# co_chairs:
#   - name: "{PLACEHOLDER_TEXT} full name"
#     organization: "{PLACEHOLDER_TEXT} organization"
#     country: US  # US, RU or other; leave out when no source says
#     sources: [{source}]
# The priorities the group drafted. Each id must be unique across the site.
# priorities:
#   - id: {group_id}-first-priority
#     title: "{PLACEHOLDER_TEXT} a few words"
#     text: "{PLACEHOLDER_TEXT} what the priority is, in one or two sentences."
#     sources: [{source}]
#     exhibitors:  # Innovation Marketplace exhibitors (ids of pages in docs/marketplace/)
#       - id: {PLACEHOLDER_ID}exhibitor-id
#         relation: editorial  # 'editorial' (the editors' link) or 'sourced' (then add sources)
#         note: "{PLACEHOLDER_TEXT} why the editors link them."
# What followed, in date order.
# follow_ups:
#   - text: "{PLACEHOLDER_TEXT} what happened."
#     date: "2010-10"  # YYYY, YYYY-MM or YYYY-MM-DD, in quotes
#     sources: [{source}]
# Ids of the sources this page draws on (listed in docs/sources.md; add a new one there first).
sources: [{source}]
---
"""


def exhibitor_template(name: str, source: str) -> str:
    """An exhibitor page with a comment on every field; its placeholders fail the check until replaced."""
    return f"""---
{_modeline("exhibitor")}
# An Innovation Marketplace exhibitor's page: the site builds the whole page from this front matter.
# Every field is explained in the front-matter reference (docs/reference.md).
# Lines starting with '#' are comments and never shown. To use a commented line or block,
# remove the '# ' at the start of each of its lines.
# Every value starting with TODO (or todo-) is a placeholder: `make check` fails until you replace it.
organization: {_quote(name)}
# Who presented, and their post, when a source names them.
# presenter: "{PLACEHOLDER_TEXT} full name"
# presenter_title: "{PLACEHOLDER_TEXT} their post"
# The tool or approach shown, when the source names one.
# tool: "{PLACEHOLDER_TEXT} name of the tool"
# What it does, in one or two sentences.
summary: >-
  {PLACEHOLDER_TEXT} what this exhibitor showed at the Innovation Marketplace, in one or two sentences.
# US, RU or other; leave out when no source says.
# country: US
# Working groups this exhibitor relates to (ids of pages in docs/groups/).
# groups:
#   - id: {PLACEHOLDER_ID}group-id
#     relation: editorial  # 'editorial' (the editors' link) or 'sourced' (then add sources)
#     note: "{PLACEHOLDER_TEXT} why the editors link them."
# Ids of the sources this page draws on (listed in docs/sources.md; add a new one there first).
sources: [{source}]
---
"""


@dataclass(frozen=True)
class NewPage:
    """A page to create: where, and what it holds."""

    kind: Kind
    id: str
    path: Path
    """Path of the file, under the docs folder."""
    text: str


def plan_page(docs_dir: Path, kind: Kind, name: str, *, page_id: str | None, order: int, source: str) -> NewPage:
    """The page `write_page` would create for `name` (no disk access)."""
    name = check_name(name)
    final_id = check_id(page_id) if page_id else slugify(name)
    text = group_template(name, final_id, order, source) if kind == "group" else exhibitor_template(name, source)
    return NewPage(kind, final_id, docs_dir / FOLDERS[kind] / f"{final_id}.md", text)


def write_page(page: NewPage) -> Path:
    """Create the page's file; raise ScaffoldError when a page with that id already exists."""
    page.path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with page.path.open("x", encoding="utf-8", newline="\n") as handle:
            handle.write(page.text)
    except FileExistsError:
        raise ScaffoldError(
            f"{page.path} already exists; nothing was written (expected a new id: edit that page, "
            "or choose another id with --id)"
        ) from None
    return page.path


# --- Reading what the new page depends on (the only other disk access) ----------------------


def next_order(docs_dir: Path) -> int:
    """One more than the highest `order` among the group pages (1 when there are none)."""
    orders = [0]
    for file in sorted((docs_dir / GROUPS_DIR).glob("*.md")):
        try:
            value = frontmatter.read(file).data.get("order")
        except (frontmatter.FrontMatterError, UnicodeDecodeError):
            continue
        if isinstance(value, int) and not isinstance(value, bool):
            orders.append(value)
    return max(orders) + 1


def default_source(docs_dir: Path) -> str:
    """The first source id in `docs/sources.md`, a placeholder the contributor replaces."""
    try:
        sources = frontmatter.read(docs_dir / SOURCES_PAGE).data.get("sources")
    except (OSError, frontmatter.FrontMatterError, UnicodeDecodeError):
        sources = None
    if isinstance(sources, list) and sources and isinstance(sources[0], dict) and isinstance(sources[0].get("id"), str):
        return str(sources[0]["id"])
    raise ScaffoldError(f"no source found in {docs_dir / SOURCES_PAGE} (expected a 'sources' list; or pass --source)")


# --- Near duplicates: a new page that may already exist under another id ---------------------

_NOISE: Final = frozenset({"the", "inc", "ltd", "llc", "corp", "corporation", "co", "company", "plc", "gmbh", "and"})
"""Words that do not tell two organizations or groups apart ("Ushahidi Inc." is "Ushahidi")."""

SIMILARITY: Final = 0.85
"""Two ids (without the words above) at least this similar (difflib's ratio) are reported as close."""


def _key(text: str) -> str:
    try:
        words = slugify(text).split("-")
    except ScaffoldError:
        return text.casefold()
    return "-".join(word for word in words if word not in _NOISE) or "-".join(words)


def is_close(a: str, b: str) -> bool:
    """Whether two ids or names probably mean the same group or organization."""
    key_a, key_b = _key(a), _key(b)
    if not key_a or not key_b:
        return False
    if key_a == key_b or key_a.startswith(f"{key_b}-") or key_b.startswith(f"{key_a}-"):
        return True
    return difflib.SequenceMatcher(None, key_a, key_b).ratio() >= SIMILARITY


def existing_pages(docs_dir: Path, kind: Kind) -> dict[str, str]:
    """Id -> name of every page of this kind (the name as its front matter gives it, else the id)."""
    pages: dict[str, str] = {}
    for file in sorted((docs_dir / FOLDERS[kind]).glob("*.md")):
        if file.name == "index.md" or split_locale(file.name)[1] != DEFAULT_LOCALE:
            continue  # the section's page, or a translation (`x.ru.md` is the Russian edition of `x.md`)
        try:
            data = frontmatter.read(file).data
        except (frontmatter.FrontMatterError, UnicodeDecodeError):
            data = {}
        names = [data.get(key) for key in ("name", "organization", "presenter")]
        pages[file.stem] = next((name for name in names if isinstance(name, str)), file.stem)
    return pages


def close_pages(page: NewPage, name: str, existing: dict[str, str]) -> list[str]:
    """Warnings, one per existing page whose id or name is close to the new page's."""
    warnings = []
    for page_id, page_name in existing.items():
        if page_id != page.id and (is_close(page.id, page_id) or is_close(name, page_name)):
            path = f"{FOLDERS[page.kind]}/{page_id}.md"
            warnings.append(
                f"warning: '{page.id}' ({name}) is close to the existing {page.kind} '{page_id}' ({page_name}, "
                f"docs/{path}); if it is the same, edit that page instead and delete the new one"
            )
    return warnings
