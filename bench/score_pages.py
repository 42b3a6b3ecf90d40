"""Run `baoshu extract` over a folder of pages and score it against their gold pages.

    python bench/score_pages.py              tests/pages (our generated pages)
    python bench/score_pages.py --seeds      ../shared/seeds against ../shared/gold
    python bench/score_pages.py --verbose    also each gold article's best match

Prints the output of ../shared/bench/score.py unchanged, and exits non-zero
when extraction or scoring fails.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def score(pages: Path, gold: Path, scorer: Path, extra: list[str]) -> int:
    """Extract every `*.txt` in `pages` into a temporary folder and score it against `gold`."""
    texts = sorted(pages.glob("*.txt"))
    if not texts:
        print(f"error: {pages}: no *.txt pages", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="baoshu-score-") as out:
        extract = [sys.executable, "-m", "baoshu", "extract", *map(str, texts), "--json", "--out", out]
        done = subprocess.run(extract, capture_output=True, text=True)
        if done.returncode != 0:
            print(done.stderr, file=sys.stderr)
            print(f"error: baoshu extract exited with {done.returncode}", file=sys.stderr)
        print(f"# {len(texts)} pages from {pages}, gold {gold}")
        scored = subprocess.run([sys.executable, str(scorer), "--gold", str(gold), "--pred", out, *extra])
        return done.returncode or scored.returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", action="store_true", help="score the real seed pages instead")
    parser.add_argument("--pages", type=Path, default=ROOT / "tests" / "pages",
                        help="folder of NAME.txt pages with their NAME.json gold (default tests/pages)")
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared folder (default ../shared)")
    parser.add_argument("--json", action="store_true", help="print the scorer's summary as JSON")
    parser.add_argument("--verbose", action="store_true", help="show each gold article's best match")
    args = parser.parse_args(argv)
    scorer = args.shared / "bench" / "score.py"
    if not scorer.is_file():
        parser.error(f"{scorer}: scorer not found; pass --shared")
    extra = [flag for flag, on in (("--json", args.json), ("--verbose", args.verbose)) if on]
    if args.seeds:
        return score(args.shared / "seeds", args.shared / "gold", scorer, extra)
    return score(args.pages, args.pages, scorer, extra)


if __name__ == "__main__":
    sys.exit(main())
