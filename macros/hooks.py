"""MkDocs hooks (mkdocs.yml `hooks:`): the build reads what the check read, and every finished page is checked.

MkDocs loads this file by its path, outside the `macros` package, so it puts the project on `sys.path`
itself (as mkdocs-macros does for `module_name: macros`) and keeps no state: the checked index lives
with the mkdocs-macros plugin of the build (`macros/build.py`).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.plugins import event_priority

_ROOT = str(Path(__file__).resolve().parent.parent)
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from macros import build  # noqa: E402 - needs the project on sys.path

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.pages import Page


def on_page_read_source(page: Page, config: MkDocsConfig) -> str:
    """Hand MkDocs the page's text as the check read and validated it (never a second reading)."""
    return build.page_source(config, page.file.src_uri)


@event_priority(-100)  # after every other plugin has changed the page
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """The output wall on each finished page."""
    build.check_output(config, output, page.file.src_uri)
    return output


@event_priority(-100)
def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    """The output wall on pages made from theme templates alone (the 404 page)."""
    build.check_output(config, output_content, None)
    return output_content
