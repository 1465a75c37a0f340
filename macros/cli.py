"""Command-line checks and tools that use the content model without MkDocs: `python -m macros ...`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import reference, scaffold
from .problems import ContentError
from .site import load_site


def check(args: argparse.Namespace) -> int:
    """Validate every page, then run the strict build into a throw-away folder; print one line per problem."""
    docs = Path(args.docs)
    docs_rel = args.docs.rstrip("/")
    try:
        index = load_site(docs, docs_rel=docs_rel)
    except ContentError as error:
        print(error.report(), file=sys.stderr)
        return 1
    config = Path(args.config) if args.config else docs.parent / "mkdocs.yml"
    built = args.build and config.is_file()
    if built:
        from .buildcheck import build_problems

        lines = build_problems(config, docs, docs_rel)
        if lines:
            count = len(lines)
            print(
                "\n".join([*lines, f"{count} problem{'s' if count != 1 else ''} found by the strict build."]),
                file=sys.stderr,
            )
            return 1
    print(
        f"OK: {len(index.groups)} working groups, {len(index.priorities)} priorities, "
        f"{len(index.exhibitors)} exhibitors, {len(index.sources)} sources"
        + ("; the strict build passed." if built else " (the build was not tried).")
    )
    return 0


def new(args: argparse.Namespace) -> int:
    """Write a new working-group or exhibitor page from its name; never overwrite one."""
    docs = Path(args.docs)
    try:
        source = args.source or scaffold.PLACEHOLDER_SOURCE
        order = scaffold.next_order(docs) if args.kind == "group" else 0
        page = scaffold.plan_page(docs, args.kind, args.name, page_id=args.id, order=order, source=source)
        existing = scaffold.existing_pages(docs, args.kind)
        path = scaffold.write_page(page)
    except scaffold.ScaffoldError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    for warning in scaffold.close_pages(page, args.name.strip(), existing):
        print(warning, file=sys.stderr)
    print(path.as_posix())
    print(
        f"Created {'a working-group' if args.kind == 'group' else 'an exhibitor'} page with the id '{page.id}'. "
        "Replace every TODO placeholder in it"
        + ("" if args.source else f" (and the source '{source}' with the id of yours, from docs/sources.md)")
        + ", then run `make check` and `make serve` to preview it."
    )
    return 0


def reference_files(args: argparse.Namespace) -> int:
    """Write, or check, the files generated from the content model (reference page, JSON Schemas)."""
    root = Path(args.root)
    if args.write:
        changed = reference.write_files(root)
        print("\n".join(f"wrote {path}" for path in changed) or "up to date: nothing to write")
        return 0
    stale = reference.stale_files(root)
    for path in stale:
        print(f"{path}: out of date with macros/model.py (run `python -m macros reference --write`)", file=sys.stderr)
    if not stale:
        print(f"OK: {len(reference.generated_files())} generated files match the content model.")
    return 1 if stale else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m macros", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    check_parser = commands.add_parser("check", help="validate all pages without building the site")
    check_parser.add_argument("--docs", default="docs", help="the docs folder (default: docs)")
    check_parser.add_argument("--config", help="the MkDocs config to build with (default: mkdocs.yml next to docs/)")
    check_parser.add_argument(
        "--no-build", dest="build", action="store_false", help="check the pages only, without the strict build"
    )
    check_parser.set_defaults(run=check)
    new_parser = commands.add_parser("new", help="write a new working-group or exhibitor page from a template")
    new_parser.add_argument("kind", choices=["group", "exhibitor"], help="the kind of page")
    new_parser.add_argument("name", help="the group's or organization's name, in quotes")
    new_parser.add_argument("--id", help="the page's id (default: derived from the name, e.g. 'public-health')")
    new_parser.add_argument(
        "--source", help="the id of your source, from docs/sources.md (default: a placeholder to replace)"
    )
    new_parser.add_argument("--docs", default="docs", help="the docs folder (default: docs)")
    new_parser.set_defaults(run=new)
    ref_parser = commands.add_parser("reference", help="write or check docs/reference.md and schema/*.json")
    mode = ref_parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", action="store_true", help="regenerate the files from the content model")
    mode.add_argument("--check", action="store_true", help="fail if a committed file differs from the model")
    ref_parser.add_argument("--root", default=".", help="the project's root folder (default: .)")
    ref_parser.set_defaults(run=reference_files)
    args = parser.parse_args(argv)
    return int(args.run(args))
