"""Command-line checks and tools that use the content model without MkDocs: `python -m macros ...`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .problems import ContentError
from .site import load_site


def check(args: argparse.Namespace) -> int:
    """Validate every page's front matter and template syntax; print one line per problem."""
    docs = Path(args.docs)
    try:
        index = load_site(docs, docs_rel=args.docs.rstrip("/"))
    except ContentError as error:
        print(error.report(), file=sys.stderr)
        return 1
    print(
        f"OK: {len(index.groups)} working groups, {len(index.priorities)} priorities, "
        f"{len(index.exhibitors)} exhibitors, {len(index.sources)} sources."
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m macros", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    check_parser = commands.add_parser("check", help="validate all pages without building the site")
    check_parser.add_argument("--docs", default="docs", help="the docs folder (default: docs)")
    check_parser.set_defaults(run=check)
    args = parser.parse_args(argv)
    return int(args.run(args))
