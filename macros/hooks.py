"""MkDocs hooks (mkdocs.yml `hooks:`): the build reads what the check read, every finished page is checked,
and the downloadable data and the Atom feed are added to the site.

MkDocs loads this file by its path, outside the `macros` package, so it puts the project on `sys.path`
itself (as mkdocs-macros does for `module_name: macros`) and keeps no state: the checked index lives
with the mkdocs-macros plugin of the build (`macros/build.py`).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

_ROOT = str(Path(__file__).resolve().parent.parent)
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from macros import build, compiled, index_of, notfound  # noqa: E402 - needs the project on sys.path
from macros.layout import split_locale  # noqa: E402

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.pages import Page


def on_page_read_source(page: Page, config: MkDocsConfig) -> str:
    """Hand MkDocs the page's text as the check read and validated it (never a second reading)."""
    return build.page_source(config, page.file.src_uri)


@event_priority(-100)  # after every other plugin has changed the page
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """The output wall on each finished page (marked for search first: macros/search.py)."""
    from macros import search

    output = search.mark_body(output, page.meta)
    build.check_output(config, output, page.file.src_uri)
    return output


@event_priority(-100)
def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    """The output wall on pages made from theme templates alone (the 404 page, which every edition shares)."""
    output_content = notfound.kept_page(output_content, template_name, config)
    build.check_output(config, output_content, None)
    return output_content


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Material's search plugin keeps its box but reads no page: Pagefind indexes the site (macros/search.py)."""
    from macros import search

    search.skip_material_indexing(config.plugins)
    return config


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    """Compile the theme's templates once a process, not once a language and a rebuild (macros/compiled.py)."""
    return compiled.share_compiled(env)


def on_startup(command: str, dirty: bool) -> None:
    """Remember whether this process serves, and builds with `--dirty` (`make serve` does both)."""
    build.DIRTY[0] = dirty
    build.SERVING[0] = command == "serve"


def on_pre_build(config: MkDocsConfig) -> None:
    """Let the search index of the last `serve` build finish before this one writes the site."""
    from macros import search

    search.wait_for_index()


def _rebuild_dependents(files: Files) -> None:
    """In a dirty build, have MkDocs rebuild every page the change touched, not only the changed files.

    MkDocs rebuilds a page when its output is older than its source or missing: the output of each page the
    change touched (`dependents.py`), in this build's language, is removed first.
    """
    touched = build.rebuilt_pages()
    for file in files.documentation_pages():
        if touched is None or split_locale(file.src_uri)[0] in touched:
            Path(file.abs_dest_path).unlink(missing_ok=True)


@event_priority(-110)  # after mkdocs-static-i18n's on_files (-100), should the site add it
def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add data/ (CSV, JSON, Data Package, schemas) and feed.xml with `File.generated`, from the checked index.

    `mkdocs build`, `serve` and `gh-deploy` all write them, and `--strict` accepts links to them from pages.
    """
    from macros import export, feed

    index = index_of(config)
    if index is None:  # no macros plugin in this build (bench/measure.py's floor): nothing to export
        return files
    if build.DIRTY[0]:
        _rebuild_dependents(files)
    if not config.site_url:
        raise PluginError("site_url is needed in mkdocs.yml: the Atom feed's ids and links are absolute")
    key = (config.config_file_path, config.site_url, config.site_name, config.use_directory_urls)
    generated = build.generated_files(index, key)
    if generated is None:  # the first language's build: the other reuses them (the same files, which its pages link)
        # committed; tests/builds/test_reference.py keeps it current
        schema_dir = Path(config.config_file_path).parent / "schema"
        schemas = {file.name: file.read_bytes() for file in sorted(schema_dir.glob("*.schema.json"))}
        generated = export.data_files(index, config.site_url, schemas)
        generated[feed.FEED_FILE] = feed.atom_feed(
            index, config.site_name, config.site_url, use_directory_urls=config.use_directory_urls
        )
        build.keep_generated_files(index, key, generated)
    for path, content in generated.items():
        files.append(File.generated(config, path, content=content))
    return files


@event_priority(-200)  # after mkdocs-static-i18n's on_post_build (-100), which builds the other languages inside it
def on_post_build(config: MkDocsConfig) -> None:
    """Index the whole site for search once, after the last language's build (macros/search.py)."""
    from macros import search

    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "building", False):  # a language built inside the first one's build
        return
    search.index_site(Path(config.site_dir), serving=build.SERVING[0])
