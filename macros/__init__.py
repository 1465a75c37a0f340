"""Glue between mkdocs-macros and the content model; `hooks.py` is the glue to MkDocs' own events.

A page's way through: `define_env` checks the files and reads and validates every page once (`site.py`:
`files`, `loader`, `index`, `checks`), then registers the macros. MkDocs is handed each page's text as the
check read it (`hooks.py`). Before a page renders, `on_pre_page_macros` checks the exact text mkdocs-macros
will render and puts the sandbox in place; after, `on_post_page_macros` generates the group and exhibitor
pages and finishes every page (`render/`). Each finished page goes through the output wall (`hooks.py`).
Renderers are imported when a build needs them, so `python -m macros check` does not load them.
"""

from __future__ import annotations

from . import _requirements  # noqa: F401  (first: `python -m macros` without the dependencies says what to do)

# isort: split
import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mkdocs.exceptions import PluginError

from .problems import ContentError

if TYPE_CHECKING:
    from mkdocs_macros.plugin import MacrosPlugin

    from .index import SiteIndex
    from .render import Here

HOOKS_FILE = "macros/hooks.py"
"""The MkDocs hooks file (mkdocs.yml `hooks:`); the build refuses to run without it."""


def define_env(env: MacrosPlugin) -> None:
    """Check the files and read and check every page once, then register the macros (in mkdocs-macros' on_config)."""
    from . import build
    from .checks import signatures
    from .nav import expand_nav
    from .render import MACROS
    from .sandbox import MacroSandbox
    from .site import load_site

    config = env.conf
    if not any(Path(str(hook.__file__)).as_posix().endswith(HOOKS_FILE) for hook in config["hooks"].values()):
        raise PluginError(f"mkdocs.yml must list '{HOOKS_FILE}' under 'hooks:' (it checks every page's output)")
    docs_dir = Path(config["docs_dir"])
    custom_dir = Path(config.theme.custom_dir) if config.theme.custom_dir else None
    root = Path(config.config_file_path).resolve().parent
    site_url = config["site_url"] or ""
    key = build.content_key(docs_dir, custom_dir, site_url)
    index = build.cached_index(key)
    if index is None:  # read and check the content once per build, not once per language
        try:
            index = load_site(docs_dir, docs_dir.name, root, custom_dir, site_url=site_url)
        except ContentError as error:
            raise build.fail(error.problems) from None
        from .dependents import dependents, settled

        previous = build.previous_index()
        touched = dependents(previous, index)
        if touched and previous is not None:  # the site's own pages that show the same are not rebuilt
            touched -= settled(previous, index, touched, lambda *page: _page_here(config, *page))
        # No page's text changed, yet a file did (a theme override, a picture): every page may show it.
        build.cache_index(key, index, touched or None)
    elif not getattr(config.plugins.get("i18n"), "building", False):
        build.cache_index(key, index, None)  # a new build on the same files (mkdocs.yml changed): every page
    if config["nav"]:
        config["nav"] = expand_nav(config["nav"], index)
    locale = _build_locale(config)
    macros = {name: _bind(env, index, function) for name, function in MACROS.items()}
    for name, macro in macros.items():
        env.macro(macro, name)  # type: ignore[no-untyped-call]
    allowed = signatures(index)
    build.remember(env, build.Build(index, MacroSandbox(macros, allowed), allowed, docs_dir.name, locale))


def _build_locale(config: Any) -> str:
    """The language this build writes: mkdocs-static-i18n builds each in turn on the same config."""
    from .layout import DEFAULT_LOCALE

    plugin = config.plugins.get("i18n")
    if plugin is None:
        return DEFAULT_LOCALE
    return str(plugin.current_language or plugin.default_language)


def index_of(config: Any) -> SiteIndex | None:
    """The index `define_env` built for this build (None in a build without the macros plugin)."""
    from . import build

    plugin = config.plugins.get("macros")
    return build.of_plugin(plugin).index if plugin is not None else None


def _bind(env: MacrosPlugin, index: SiteIndex, function: Any) -> Any:
    def macro(*args: str) -> str:
        here = _here(env)
        return str(function(index.edition(here.locale), here, *args))

    macro.__doc__ = function.__doc__
    return macro


def _here(env: MacrosPlugin) -> Here:
    """The page being rendered, in its language, with the addresses from mkdocs.yml that its help box links to.

    A page is in its file's language (`about.md` is English also in the Russian build, where it stands in for a
    missing `about.ru.md`), but a generated page is always in the build's: its words come from the code.
    """
    from . import build
    from .layout import DEFAULT_LOCALE, split_locale

    source = env.page.file.src_path.replace("\\", "/")
    path, file_locale = split_locale(source)
    current = build.of_plugin(env)
    locale = current.locale if path in current.index.generated_pages else file_locale
    if locale != DEFAULT_LOCALE and locale not in current.index.editions:
        locale = DEFAULT_LOCALE
    return _page_here(env.conf, path, locale, source)


def _page_here(config: Any, path: str, locale: str, source: str) -> Here:
    """The page at `path` rendered in `locale` from the file `source`, with the addresses from mkdocs.yml."""
    from .render import Here

    return Here(
        path,
        locale=locale,
        repo_url=config.get("repo_url") or "",
        edit_uri=config.get("edit_uri") or "",
        source=source if source != path else "",
    )


def _renders(env: MacrosPlugin) -> bool:
    """Whether mkdocs-macros is about to render this page as a template (its own rule, in `MacrosPlugin.render`)."""
    wanted = env.page.meta.get("render_macros")
    if wanted == False:  # noqa: E712 - mkdocs-macros compares with ==, so 0 counts as False and 1 as True
        return False
    forced = bool(env.force_page_rendering(env.page.file.src_path))
    return bool(env.config["render_by_default"] or forced or wanted == True)  # noqa: E712


def on_pre_page_macros(env: MacrosPlugin) -> None:
    """The first wall, on the exact text mkdocs-macros is about to render; then render in the sandbox only."""
    from . import build

    current = build.of_plugin(env)
    if env.env is not current.sandbox:
        env._env = current.sandbox  # mkdocs-macros builds its own Environment after define_env; replace it
    if _renders(env):
        path = env.page.file.src_path.replace("\\", "/")
        problems = build.check_template(current, path, env.markdown, env.page.title)
        if problems:
            raise build.fail(problems)


def on_post_page_macros(env: MacrosPlugin) -> None:
    """Generate the group and exhibitor pages, finish every page, make every title and description HTML-safe."""
    from . import build
    from .model import WorkingGroup
    from .render import attr, exhibitor_page, finish_page, group_page

    here = _here(env)
    index = build.of_plugin(env).index.edition(here.locale)
    page = env.page
    path = here.page
    entry = index.generated_pages.get(path)
    if entry is not None:
        generate = group_page if isinstance(entry.model, WorkingGroup) else exhibitor_page
        env.markdown = generate(index, here, entry)  # type: ignore[arg-type]
        page.meta["title"] = entry.model.name
        page.meta["description"] = entry.model.summary
    env.markdown = finish_page(env.markdown, index, here)  # numbered citations, glossary tooltips
    if here.locale != build.of_plugin(env).locale:
        page.meta["c2c_lang"] = here.locale  # a page that stands in for a missing translation (overrides/main.html)
    if isinstance(page.meta.get("title"), str):
        page.meta["title"] = html.escape(page.meta["title"], quote=False)
    if isinstance(page.meta.get("description"), str):
        page.meta["description"] = attr(page.meta["description"])
