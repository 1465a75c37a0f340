"""CPU time to read every page of docs/ once, as the check and the build do (`macros.frontmatter.parse`).

    python bench/reading.py [--docs DIR] [--rounds N]

Prints the best of 5 runs of N rounds: the per-build cost of the one reading, strict YAML included.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from macros import frontmatter


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=Path, default=Path("docs"))
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    texts = [frontmatter.read_text(path) for path in sorted(args.docs.rglob("*.md"))]
    best = float("inf")
    for _ in range(5):
        start = time.process_time()
        for _ in range(args.rounds):
            for text in texts:
                frontmatter.parse(text)
        best = min(best, (time.process_time() - start) / args.rounds)
    print(f"{len(texts)} pages: {1000 * best:.1f} ms CPU to read them all once (best of 5 runs of {args.rounds})")


if __name__ == "__main__":
    main()
