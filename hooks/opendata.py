"""MkDocs hook (mkdocs.yml `hooks:`): add the data files and the Atom feed to the build.

They are added in `on_files` with `File.generated`, so `mkdocs build`, `serve` and `gh-deploy` all write
them and `--strict` accepts links to them from pages. The content comes from the index the macros plugin
built in `on_config` (`macros.index_of`); nothing is read again. The work itself is in `macros.export` and
`macros.feed` (pure functions). Priority -110: after mkdocs-static-i18n's `on_files` (-100), should the
site add it.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files


@event_priority(-110)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    macros = importlib.import_module("macros")  # imported by the macros plugin from the project folder
    index = macros.index_of(config)
    if index is None:  # no macros plugin in this build (bench/measure.py's floor): nothing to export
        return files
    if not config.site_url:
        raise PluginError("site_url is needed in mkdocs.yml: the Atom feed's ids and links are absolute")
    export = importlib.import_module("macros.export")
    feed = importlib.import_module("macros.feed")
    schema_dir = Path(config.config_file_path).parent / "schema"  # committed; tests/test_reference.py keeps it current
    schemas = {file.name: file.read_bytes() for file in schema_dir.glob("*.schema.json")}
    generated = export.data_files(index, config.site_url, schemas)
    generated[feed.FEED_FILE] = feed.atom_feed(
        index, config.site_name, config.site_url, use_directory_urls=config.use_directory_urls
    )
    for path, content in generated.items():
        files.append(File.generated(config, path, content=content))
    return files
