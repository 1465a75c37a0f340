"""Where things are in docs/: every folder and page name the code relies on, in one place."""

from __future__ import annotations

GROUPS_DIR = "groups"
"""One page per working group: `groups/<id>.md`."""
MARKETPLACE_DIR = "marketplace"
"""One page per exhibitor: `marketplace/<id>.md`."""
SECTION_INDEX = "index.md"
"""A section's own page (`groups/index.md`), which is not a group or an exhibitor."""
GROUPS_PAGE = f"{GROUPS_DIR}/{SECTION_INDEX}"
MARKETPLACE_PAGE = f"{MARKETPLACE_DIR}/{SECTION_INDEX}"
HOME_PAGE = "index.md"
SOURCES_PAGE = "sources.md"
THEMES_PAGE = "themes.md"
GLOSSARY_PAGE = "glossary.md"
TIMELINE_PAGE = "timeline.md"
STATUS_PAGE = "status.md"
PRIORITIES_PAGE = "priorities.md"
CONTRIBUTE_PAGE = "contribute.md"
ABOUT_PAGE = "about.md"
UPDATES_PAGE = "updates.md"
"""The changelog: the Updates page and the Atom feed."""
DEFAULT_LOCALE = "en"
"""The language of `page.md`; every other edition is an overlay beside it."""
LOCALES = ("ru",)
"""The other editions: `page.ru.md` holds the Russian edition of `page.md` (mkdocs-static-i18n, suffix layout)."""


def split_locale(path: str) -> tuple[str, str]:
    """`about.ru.md` -> (`about.md`, `ru`); `about.md` -> (`about.md`, `en`)."""
    stem = path.removesuffix(".md")
    for locale in LOCALES:
        if stem.endswith(f".{locale}"):
            return f"{stem.removesuffix(f'.{locale}')}.md", locale
    return path, DEFAULT_LOCALE


def localized(path: str, locale: str) -> str:
    """`about.md`, `ru` -> `about.ru.md` (the English path for the default locale)."""
    return path if locale == DEFAULT_LOCALE else f"{path.removesuffix('.md')}.{locale}.md"
