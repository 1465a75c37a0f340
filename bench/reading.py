"""CPU time of the two per-page safety steps: the one reading of every page (`macros.frontmatter.parse`, strict
YAML included) and, with `--site`, the output wall on every page of a built site (`macros.htmlcheck.check_html`).

    python bench/reading.py [--docs DIR] [--site DIR] [--rounds N]

Prints the best of 5 runs of N rounds for each.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from macros import frontmatter, htmlcheck


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=Path, default=Path("docs"))
    parser.add_argument("--site", type=Path, help="a built site (mkdocs build -d DIR) to time the output wall on")
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    texts = [frontmatter.read_text(path) for path in sorted(args.docs.rglob("*.md"))]
    best = _best(args.rounds, lambda: [frontmatter.parse(text) for text in texts])
    print(f"{len(texts)} pages: {1000 * best:.1f} ms CPU to read them all once (best of 5 runs of {args.rounds})")
    if args.site:
        pages = [path.read_text(encoding="utf-8") for path in sorted(args.site.rglob("*.html"))]
        best = _best(args.rounds, lambda: [htmlcheck.check_html(page, root="/c2c-summit/") for page in pages])
        print(
            f"{len(pages)} built pages: output wall {1000 * best:.1f} ms CPU, {1000 * best / len(pages):.2f} ms a page"
        )


def _best(rounds: int, work: Callable[[], object]) -> float:
    """The best of 5 runs of `rounds` calls of `work`, in CPU seconds per call."""
    best = float("inf")
    for _ in range(5):
        start = time.process_time()
        for _ in range(rounds):
            work()
        best = min(best, (time.process_time() - start) / rounds)
    return best


if __name__ == "__main__":
    main()
