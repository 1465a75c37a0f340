"""Command-line checks and tools that use the content model without MkDocs: `python -m macros ...`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import reference, scaffold, translator
from .index import SiteIndex
from .layout import DEFAULT_LOCALE, localized, split_locale
from .model import Translation
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
    for line in _translation_notes(index, docs_rel):
        print(f"note: {line}")
    print(
        f"OK: {len(index.groups)} working groups, {len(index.priorities)} priorities, "
        f"{len(index.exhibitors)} exhibitors, {len(index.sources)} sources"
        + ("; the strict build passed." if built else " (the build was not tried).")
    )
    return 0


def _translation_notes(index: SiteIndex, docs_rel: str) -> list[str]:
    """One line per translation that is out of date (they do not fail the check: the English may move first)."""
    lines = []
    for locale, edition in sorted(index.editions.items()):
        for page in edition.coverage:
            shown = f"{docs_rel}/{localized(page.path, locale)}"
            command = f"python -m macros translate {page.path.removesuffix('.md')}"
            if page.body == "stale":
                lines.append(
                    f"{shown}: body: out of date: the English text changed since it was translated ({command})"
                )
            lines += [
                f"{shown}: fields.{name}: out of date: the English text changed since it was translated ({command})"
                for name in page.stale_fields
            ]
    return lines


def translate(args: argparse.Namespace) -> int:
    """Write or update the Russian file of one page: every translatable field, with the English beside it."""
    docs = Path(args.docs)
    docs_rel = args.docs.rstrip("/")
    page = args.page.replace("\\", "/").removeprefix(f"{docs_rel}/").removesuffix(".md") + ".md"
    try:
        index = load_site(docs, docs_rel=docs_rel)
    except ContentError as error:
        print(error.report(), file=sys.stderr)
        return 1
    model = index.pages.get(page)
    if model is None or split_locale(page)[1] != DEFAULT_LOCALE:
        print(f"error: no English page {docs_rel}/{page} (expected e.g. groups/public-health)", file=sys.stderr)
        return 1
    target = localized(page, "ru")
    existing = index.pages.get(target)
    bodies = {path: body for path, body, _ in index.bodies}
    result = translator.draft(
        page,
        model,
        bodies.get(page, ""),
        existing if isinstance(existing, Translation) else None,
        bodies.get(target),
        generated=page in index.generated_pages,
        accept=args.accept,
    )
    (docs / target).write_text(result.text, encoding="utf-8", newline="\n")
    print(
        f"wrote {docs_rel}/{target}: {result.translated} fields translated, {result.missing} to translate, "
        f"{result.stale} out of date"
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
    translate_parser = commands.add_parser("translate", help="write or update a page's Russian file, field by field")
    translate_parser.add_argument("page", help="the English page under docs/, without .md (e.g. groups/public-health)")
    translate_parser.add_argument(
        "--accept", action="store_true", help="record that every translation on the page matches today's English"
    )
    translate_parser.add_argument("--docs", default="docs", help="the docs folder (default: docs)")
    translate_parser.set_defaults(run=translate)
    ref_parser = commands.add_parser("reference", help="write or check docs/reference.md and schema/*.json")
    mode = ref_parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", action="store_true", help="regenerate the files from the content model")
    mode.add_argument("--check", action="store_true", help="fail if a committed file differs from the model")
    ref_parser.add_argument("--root", default=".", help="the project's root folder (default: .)")
    ref_parser.set_defaults(run=reference_files)
    args = parser.parse_args(argv)
    return int(args.run(args))
