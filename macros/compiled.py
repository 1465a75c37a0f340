"""Theme templates compiled once a process.

MkDocs makes a new Jinja environment for every build (`Theme.get_env`), and mkdocs-static-i18n runs one build per
language, as `mkdocs serve` runs one per save: each of them compiled Material's templates again, which was a
third of a `serve` rebuild's time. `share_compiled` (the `on_env` hook) gives each environment a bytecode cache
kept for the whole process: a template is compiled again only when its source changes (Jinja compares a checksum
of the source with the one stored beside the code), or when the environment would compile it differently.
"""

from __future__ import annotations

from typing import Any

import jinja2
import jinja2.bccache


class ProcessCache(jinja2.BytecodeCache):
    """Compiled templates in memory, by template (Jinja's bucket key: name and file) and source checksum."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)  # dropped by Jinja should the source's checksum differ

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


_CACHES: dict[tuple[Any, ...], ProcessCache] = {}


def compile_settings(env: jinja2.Environment) -> tuple[Any, ...] | None:
    """What, besides a template's source, decides the code Jinja compiles it to (None: a setting that cannot be
    compared, such as an autoescape function; such an environment keeps compiling on its own)."""
    if not isinstance(env.autoescape, bool):
        return None
    return (
        type(env),
        tuple(sorted(env.extensions)),
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        env.optimized,
        env.is_async,
        env.autoescape,
        getattr(env, "newstyle_gettext", None),  # the i18n extension compiles {% trans %} by it
    )


def share_compiled(env: jinja2.Environment) -> jinja2.Environment:
    """Give `env` the process's cache for environments that compile as it does."""
    settings = compile_settings(env)
    if settings is not None and env.bytecode_cache is None:
        env.bytecode_cache = _CACHES.setdefault(settings, ProcessCache())
    return env
