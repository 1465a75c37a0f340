"""One 404 page for every edition: the default language's build writes it, the other builds keep it.

mkdocs-static-i18n builds the site once per language into the same folder, and MkDocs writes the theme's
static templates (`404.html`) at the folder's root on every build: left alone, the last build (Russian)
would replace the page, its chrome and `<html lang>` included. `overrides/404.html` holds both languages, so
a later build hands back the file the default language's build wrote (`hooks.py`: `on_post_template`).

The module needs nothing else of the project: the benchmark's floor build, which has no macros and so none of
`hooks.py`, loads it as a hooks file of its own (`bench/measure.py`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

NOT_FOUND = "404.html"


def kept_page(output: str, template_name: str, config: MkDocsConfig) -> str:
    """`output`, or, in another language's build, the 404 page the default language's build wrote."""
    plugin = config.plugins.get("i18n")
    if template_name != NOT_FOUND or plugin is None or getattr(plugin, "is_default_language_build", True):
        return output
    written = Path(config.site_dir) / NOT_FOUND
    return written.read_text(encoding="utf-8") if written.is_file() else output


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    """MkDocs' hook, when this file is a config's hooks file itself (the benchmark's floor)."""
    return kept_page(output_content, template_name, config)
