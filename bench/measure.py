"""One build, in this process, with our code timed from inside (run by `bench/build.py`, one build per process).

    python bench/measure.py --docs DIR --site DIR --result FILE [--floor NAV.json] [--capture DIR] [--config FILE]
                            [--english-only]

Without `--floor`: the site as it is (the real mkdocs.yml with `docs_dir` pointed at DIR): both editions, as
mkdocs-static-i18n builds them (the Russian build nested in the English build's `on_post_build`). Our code is
timed by wrapping, before the build, the entry points mkdocs-macros calls: `define_env` (with `load_site`,
the index, timed apart), `on_post_page_macros` (the generated group and exhibitor pages) and every
function in `MACROS` (tables on the site's own pages). The whole mkdocs-macros plugin (its Jinja
rendering included) is timed by wrapping its `on_*` event methods; importing our package is timed
too, and counted in the build, as mkdocs-macros imports it inside one. With `--capture DIR`, every page's
Markdown as it leaves mkdocs-macros, with its front matter, is written to DIR (the inlined copy), and the
expanded nav to DIR/../nav.json: in the Russian build to `page.ru.md` (also for a page that stands in for a
missing translation), so that the floor builds the same pages in each language; the time spent writing
it is reported apart (`capture_wall`, `capture_cpu`) and left out of `build_wall` and `build_cpu`. The
result also counts how many times the content was read and checked (`load_site`) and how many times a
build reused it (`build.cached_index`): once and once in a bilingual build.

With `--floor NAV.json`: the same config without the macros plugin and with that nav: what MkDocs and
Material alone cost for the inlined pages. With `--english-only`: the config without mkdocs-static-i18n
and without the `.ru.md` files (`exclude_docs`): the site as it was before the Russian edition.
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
    import macros.build
    import macros.export
    import macros.feed
    import macros.site
    from macros import render

    macros.site.load_site = clock.wrap("index (load_site)", macros.site.load_site)
    macros.build.check_output = clock.wrap(HOOKS, macros.build.check_output)
    macros.build.page_source = clock.wrap(HOOKS, macros.build.page_source)
    macros.export.data_files = clock.wrap(HOOKS, macros.export.data_files)
    macros.feed.atom_feed = clock.wrap(HOOKS, macros.feed.atom_feed)
    macros.build.cached_index = _count_reuses(clock, macros.build.cached_index)
    macros.define_env = clock.wrap("define_env (index + nav + registration)", macros.define_env)
    macros.on_post_page_macros = clock.wrap("group/exhibitor pages", macros.on_post_page_macros)
    for name, function in list(render.MACROS.items()):
        render.MACROS[name] = clock.wrap("macro calls", function)
    for name in [name for name in vars(MacrosPlugin) if name.startswith("on_")]:
        setattr(MacrosPlugin, name, clock.wrap("mkdocs-macros plugin, all events", getattr(MacrosPlugin, name)))
    if capture is not None:
        _capture_markdown(clock, MacrosPlugin, capture)


HOOKS = "hooks (output wall, page sources, data files, feed)"
"""What `macros/hooks.py` runs: the output wall on every page, handing MkDocs the checked text, data/ and feed.xml."""
REUSED = "index reused (cached_index)"
"""The calls of `macros.build.cached_index` that returned the index checked for the other language."""


def _count_reuses(clock: Clock, function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)
    def counted(*args: Any, **kwargs: Any) -> Any:
        index = function(*args, **kwargs)
        if index is not None:
            clock.calls[REUSED] += 1
        return index

    return counted


def capture_path(src_path: str, config: Any) -> str:
    """Where a page's inlined Markdown goes: `x.md` in the English build, `x.ru.md` in the Russian one (also when
    the Russian build renders `x.md` in place of a missing translation), so that the languages never mix."""
    from macros.layout import DEFAULT_LOCALE, localized, split_locale

    i18n = config.plugins.get("i18n")
    language = str(i18n.current_language or i18n.default_language) if i18n is not None else DEFAULT_LOCALE
    path, _ = split_locale(src_path.replace("\\", "/"))
    return localized(path, language)


CAPTURE = "capture (writing the inlined copy)"
"""Time spent writing the inlined copy: `bench/build.py` takes it off the figures of the build that captures."""


def _capture_markdown(clock: Clock, plugin_class: Any, out: Path) -> None:
    """Write each page's Markdown after macros (and its final front matter) under `out`, per language."""
    import yaml

    original = plugin_class.on_page_markdown

    def write(markdown: str, page: Any, config: Any) -> None:
        meta = {key: value for key, value in page.meta.items() if key != "render_macros"}
        head = "---\n" + yaml.safe_dump(meta, sort_keys=False, allow_unicode=True) + "---\n\n" if meta else ""
        target = out / capture_path(page.file.src_path, config)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(head + markdown, encoding="utf-8")

    timed_write = clock.wrap(CAPTURE, write)

    def on_page_markdown(self: Any, markdown: str, page: Any, config: Any, **kwargs: Any) -> str:
        result: str = original(self, markdown, page, config, **kwargs)
        timed_write(result, page, config)
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


ENGLISH_ONLY = "*.ru.md"
"""The files an English-only build leaves out (`exclude_docs`), along with mkdocs-static-i18n: the Russian pages."""


def config_overrides(config_file: Path, nav: Any | None, english_only: bool) -> dict[str, Any]:
    """What a variant changes in the config: for the floor (`nav` given), the plugins minus mkdocs-macros, no hooks
    (ours need the macros) but the 404 page's, which needs none (both builds keep the English edition's 404 page),
    and the nav the macros built; for English only, no mkdocs-static-i18n and no `.ru.md`."""
    from mkdocs.utils.yaml import yaml_load

    dropped = {"macros"} if nav is not None else set()
    if english_only:
        dropped.add("i18n")
    with config_file.open(encoding="utf-8") as file:
        raw = yaml_load(file)
    plugins = [
        plugin
        for plugin in raw.get("plugins", [])
        if (plugin if isinstance(plugin, str) else next(iter(plugin))) not in dropped
    ]
    overrides: dict[str, Any] = {"plugins": plugins} if dropped else {}
    if nav is not None:
        overrides.update(hooks=[str(ROOT / "macros" / "notfound.py")], nav=nav)
    if english_only:
        overrides["exclude_docs"] = ENGLISH_ONLY
    return overrides


def import_and_instrument(clock: Clock, capture: Path | None) -> None:
    """Import the plugin, then our package (timed: its import is counted as ours), and wrap them."""
    import mkdocs_macros.plugin  # noqa: F401 - imported here so that its cost is not counted as ours

    ours_wall, ours_cpu = time.perf_counter(), time.process_time()
    import macros  # noqa: F401 - with pydantic and the models: our code's fixed cost per build

    clock.wall["import"] = time.perf_counter() - ours_wall
    clock.cpu["import"] = time.process_time() - ours_cpu
    instrument(clock, capture)


def _languages(config: Any) -> list[str]:
    """The languages the build wrote."""
    i18n = config.plugins.get("i18n")
    return [str(locale) for locale in i18n.build_languages] if i18n is not None else ["en"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=Path, required=True)
    parser.add_argument("--site", type=Path, required=True)
    parser.add_argument("--result", type=Path, required=True)
    parser.add_argument("--floor", type=Path, help="nav.json: build without the macros plugin")
    parser.add_argument("--capture", type=Path, help="write the inlined Markdown of every page here")
    parser.add_argument("--config", type=Path, default=CONFIG, help="a variant of mkdocs.yml, next to it")
    parser.add_argument("--english-only", action="store_true", help="without mkdocs-static-i18n and the .ru.md pages")
    args = parser.parse_args()

    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    clock = Clock()
    # A normal build imports the plugin and our package inside load_config; here they are imported first
    # (to wrap them), timed, and counted in the build.
    start_wall, start_cpu = time.perf_counter(), time.process_time()
    nav = json.loads(args.floor.read_text(encoding="utf-8")) if args.floor else None
    overrides = config_overrides(args.config, nav, args.english_only)
    if not args.floor:
        import_and_instrument(clock, args.capture)
    config = load_config(
        str(args.config), docs_dir=str(args.docs.resolve()), site_dir=str(args.site.resolve()), strict=True, **overrides
    )
    build(config)
    build_wall, build_cpu = time.perf_counter() - start_wall, time.process_time() - start_cpu

    in_build_wall, in_build_cpu = clock.wall.get(CAPTURE, 0.0), clock.cpu.get(CAPTURE, 0.0)
    if args.capture:
        after_wall, after_cpu = time.perf_counter(), time.process_time()
        (args.capture.parent / "nav.json").write_text(json.dumps(config["nav"]), encoding="utf-8")
        _capture_generated(config, args.site, args.capture)
        clock.wall[CAPTURE] += time.perf_counter() - after_wall
        clock.cpu[CAPTURE] += time.process_time() - after_cpu
    result = {
        "build_wall": build_wall - in_build_wall,  # without writing the inlined copy
        "build_cpu": build_cpu - in_build_cpu,
        "capture_wall": clock.wall.get(CAPTURE, 0.0),  # all of it, in the build and after: off the process figures
        "capture_cpu": clock.cpu.get(CAPTURE, 0.0),
        "ours_wall": {bucket: seconds for bucket, seconds in clock.wall.items() if bucket != CAPTURE},
        "ours_cpu": {bucket: seconds for bucket, seconds in clock.cpu.items() if bucket != CAPTURE},
        "calls": dict(clock.calls),
        "index_reads": clock.calls.get("index (load_site)", 0),
        "index_reuses": clock.calls.get(REUSED, 0),
        "languages": _languages(config),
    }
    args.result.write_text(json.dumps(result), encoding="utf-8")


if __name__ == "__main__":
    main()
