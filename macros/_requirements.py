"""Imported first by the package: `python -m macros` without the dependencies says how to get them.

Run with an interpreter that lacks the pinned packages (the system Python instead of `.venv`'s), the
package's imports would end in a `ModuleNotFoundError` traceback. This module, imported before any of
them, prints one line saying how to install or activate them and exits with status 2 instead. It acts only
when the package is run as a command (`python -m macros`); imported by MkDocs, it does nothing.
"""

from __future__ import annotations

import importlib.util
import sys
from typing import Final

REQUIRED: Final = ("pydantic", "yaml", "jinja2", "babel", "mkdocs", "mkdocs_macros")
"""Modules the package imports that are not in the standard library (all pinned in requirements.txt)."""


def missing() -> list[str]:
    """The required modules this interpreter cannot import."""
    return [name for name in REQUIRED if importlib.util.find_spec(name) is None]


def advice(names: list[str]) -> str:
    """The one line printed when modules are missing."""
    return (
        f"python -m macros: this Python ({sys.executable}) lacks {', '.join(names)}. Run `make check` "
        "(it installs the pinned dependencies into .venv), or activate the environment first: "
        "`source .venv/bin/activate`."
    )


def require_packages() -> None:
    """Exit with one line of advice when run as `python -m macros` without the dependencies."""
    if sys.argv[:1] != ["-m"]:
        return
    names = missing()
    if names:
        print(advice(names), file=sys.stderr)
        raise SystemExit(2)


require_packages()
