"""One build, in this process, with our code timed from inside (run by `bench/build.py`, one build per process).

    python bench/measure.py --docs DIR --site DIR --result FILE [--floor NAV.json] [--capture DIR] [--config FILE]

Without `--floor`: the site as it is (the real mkdocs.yml with `docs_dir` pointed at DIR). Our code is
timed by wrapping, before the build, the entry points mkdocs-macros calls: `define_env` (with `load_site`,
the index, timed apart), `on_post_page_macros` (the generated group and exhibitor pages) and every
function in `MACROS` (tables on the site's own pages). The whole mkdocs-macros plugin (its Jinja
rendering included) is timed by wrapping its `on_*` event methods; importing our package is timed
too, and counted in the build, as mkdocs-macros imports it inside one. With `--capture DIR`, every page's
Markdown as it leaves mkdocs-macros, with its front matter, is written to DIR (the inlined copy), and the
expanded nav to DIR/../nav.json.

With `--floor NAV.json`: the same config without the macros plugin and with that nav: what MkDocs and
Material alone cost for the inlined pages.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "mkdocs.yml"
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
sys.path.insert(0, str(ROOT))


class Clock:
    """Wall and CPU seconds per bucket; nested calls of one bucket count once."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = defaultdict(float)
        self.cpu: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self._depth: dict[str, int] = defaultdict(int)

    def wrap(self, bucket: str, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def timed(*args: Any, **kwargs: Any) -> Any:
            if self._depth[bucket]:
                return function(*args, **kwargs)
            self._depth[bucket] += 1
            wall, cpu = time.perf_counter(), time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.wall[bucket] += time.perf_counter() - wall
                self.cpu[bucket] += time.process_time() - cpu
                self.calls[bucket] += 1
                self._depth[bucket] -= 1

        return timed


def instrument(clock: Clock, capture: Path | None) -> None:
    """Wrap our entry points and the macros plugin's events before the build imports them."""
    from mkdocs_macros.plugin import MacrosPlugin

    import macros
    import macros.site
    from macros import render

    macros.site.load_site = clock.wrap("index (load_site)", macros.site.load_site)
    macros.define_env = clock.wrap("define_env (index + nav + registration)", macros.define_env)
    macros.on_post_page_macros = clock.wrap("group/exhibitor pages", macros.on_post_page_macros)
    for name, function in list(render.MACROS.items()):
        render.MACROS[name] = clock.wrap("macro calls", function)
    for name in [name for name in vars(MacrosPlugin) if name.startswith("on_")]:
        setattr(MacrosPlugin, name, clock.wrap("mkdocs-macros plugin, all events", getattr(MacrosPlugin, name)))
    if capture is not None:
        _capture_markdown(MacrosPlugin, capture)


def _capture_markdown(plugin_class: Any, out: Path) -> None:
    """Write each page's Markdown after macros (and its final front matter) under `out`."""
    import yaml

    original = plugin_class.on_page_markdown

    def on_page_markdown(self: Any, markdown: str, page: Any, config: Any, **kwargs: Any) -> str:
        result: str = original(self, markdown, page, config, **kwargs)
        meta = {key: value for key, value in page.meta.items() if key != "render_macros"}
        head = "---\n" + yaml.safe_dump(meta, sort_keys=False, allow_unicode=True) + "---\n\n" if meta else ""
        target = out / page.file.src_path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(head + result, encoding="utf-8")
        return result

    plugin_class.on_page_markdown = on_page_markdown


def _capture_generated(config: Any, site: Path, out: Path) -> None:
    """Copy the files macros/hooks.py generated (data/, feed.xml) into the inlined docs: static files in the floor."""
    import macros
    from macros.export import data_files
    from macros.feed import FEED_FILE

    index = macros.index_of(config)
    assert index is not None, "the build with the macros plugin has an index"
    for path in [*data_files(index, config.site_url), FEED_FILE]:
        (out / path).parent.mkdir(parents=True, exist_ok=True)
        (out / path).write_bytes((site / path).read_bytes())


def floor_overrides(config_file: Path, nav: Any) -> dict[str, Any]:
    """The config's plugins minus mkdocs-macros, no hooks (ours need the macros) but the 404 page's, which needs
    none (both builds keep the English edition's 404 page), and the nav the macros built."""
    from mkdocs.utils.yaml import yaml_load

    with config_file.open(encoding="utf-8") as file:
        raw = yaml_load(file)
    plugins = [
        plugin
        for plugin in raw.get("plugins", [])
        if (plugin if isinstance(plugin, str) else next(iter(plugin))) != "macros"
    ]
    return {"plugins": plugins, "hooks": [str(ROOT / "macros" / "notfound.py")], "nav": nav}


def import_and_instrument(clock: Clock, capture: Path | None) -> None:
    """Import the plugin, then our package (timed: its import is counted as ours), and wrap them."""
    import mkdocs_macros.plugin  # noqa: F401 - imported here so that its cost is not counted as ours

    ours_wall, ours_cpu = time.perf_counter(), time.process_time()
    import macros  # noqa: F401 - with pydantic and the models: our code's fixed cost per build

    clock.wall["import"] = time.perf_counter() - ours_wall
    clock.cpu["import"] = time.process_time() - ours_cpu
    instrument(clock, capture)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=Path, required=True)
    parser.add_argument("--site", type=Path, required=True)
    parser.add_argument("--result", type=Path, required=True)
    parser.add_argument("--floor", type=Path, help="nav.json: build without the macros plugin")
    parser.add_argument("--capture", type=Path, help="write the inlined Markdown of every page here")
    parser.add_argument("--config", type=Path, default=CONFIG, help="a variant of mkdocs.yml, next to it")
    args = parser.parse_args()

    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    clock = Clock()
    overrides: dict[str, Any] = {}
    # A normal build imports the plugin and our package inside load_config; here they are imported first
    # (to wrap them), timed, and counted in the build.
    start_wall, start_cpu = time.perf_counter(), time.process_time()
    if args.floor:
        overrides = floor_overrides(args.config, json.loads(args.floor.read_text(encoding="utf-8")))
    else:
        import_and_instrument(clock, args.capture)
    config = load_config(
        str(args.config), docs_dir=str(args.docs.resolve()), site_dir=str(args.site.resolve()), strict=True, **overrides
    )
    build(config)
    build_wall, build_cpu = time.perf_counter() - start_wall, time.process_time() - start_cpu

    if args.capture:
        (args.capture.parent / "nav.json").write_text(json.dumps(config["nav"]), encoding="utf-8")
        _capture_generated(config, args.site, args.capture)
    result = {
        "build_wall": build_wall,
        "build_cpu": build_cpu,
        "ours_wall": dict(clock.wall),
        "ours_cpu": dict(clock.cpu),
        "calls": dict(clock.calls),
    }
    args.result.write_text(json.dumps(result), encoding="utf-8")


if __name__ == "__main__":
    main()
