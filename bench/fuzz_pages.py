"""Fuzz the pipeline with damaged and mutated pages: no crash, no hang, no silent loss.

    python bench/fuzz_pages.py --minutes 10 [--seed 1]

Pages are made from the project's own stories (`bench/pagegen.py`) with random
damage, then mutated line by line (lines swapped, dropped blank lines, lines
split, doubled or glued, noise lines added). Each page is rebuilt; a crash, a
page that takes longer than `--slow` seconds, or a character of the page's
lines that comes out nowhere (not in an article, the furniture or a recorded
problem) is printed with the seed that makes it again.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import pagegen  # noqa: E402

from baoshu.model import Page  # noqa: E402
from baoshu.pipeline import rebuild_file  # noqa: E402
from baoshu.roles import JUMP  # noqa: E402

WHITE = re.compile(r"\s+")
MAY_GO = set("□■◆◇●○▲△▼★☆➡→►▶◀•·（）()")  # decorations, and the brackets a credit is printed in
NOISE = ("——", "（图）", "第2版", "12", "★", "A3", "责任编辑：周岩")


def mutated(text: str, rng: random.Random) -> str:
    """The page with a few random line-level mutations."""
    lines = text.split("\n")
    for _ in range(rng.randint(1, 6)):
        if len(lines) < 3:
            break
        i = rng.randrange(len(lines) - 1)
        kind = rng.randrange(6)
        if kind == 0:
            lines[i], lines[i + 1] = lines[i + 1], lines[i]
        elif kind == 1 and not lines[i].strip():
            del lines[i]
        elif kind == 2 and len(lines[i]) > 4:
            cut = rng.randrange(1, len(lines[i]))
            lines[i:i + 1] = [lines[i][:cut], lines[i][cut:]]
        elif kind == 3:
            lines[i] = lines[i] + lines[i]
        elif kind == 4:
            lines[i:i + 2] = [lines[i] + " " + lines[i + 1]]
        else:
            lines.insert(i, rng.choice(NOISE))
    return "\n".join(lines)


def lost_characters(page: Page) -> str:
    """Characters of the page's repaired lines found nowhere in its output ("" when none)."""
    lines = WHITE.sub("", "".join(facts.text for facts in page.lines))
    wanted = Counter(JUMP.sub("", lines))  # a jump line may be cut over two lines
    found: Counter[str] = Counter()
    for text in [a.text() for a in page.articles] + page.furniture + [p.message for p in page.problems]:
        found.update(WHITE.sub("", text))
    return "".join(ch * n for ch, n in (wanted - found).items() if ch not in MAY_GO)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minutes", type=float, default=10.0, help="how long to run")
    ap.add_argument("--seed", type=int, default=1, help="first seed")
    ap.add_argument("--slow", type=float, default=5.0, help="seconds after which a page counts as a hang")
    args = ap.parse_args()
    corpus = pagegen.load_corpus()
    stories = [corpus[name] for name in sorted(corpus)]
    end = time.monotonic() + 60 * args.minutes
    seed, failures = args.seed, 0
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.txt"
        while time.monotonic() < end:
            rng = random.Random(seed)
            text, _ = pagegen.make_page(rng.sample(stories, rng.randint(1, 5)), seed,
                                        **pagegen.random_damage(rng))
            path.write_text(mutated(text, rng), encoding="utf-8")
            started = time.monotonic()
            try:
                pages = rebuild_file(path).pages
            except Exception as exc:  # a crash is what the fuzzer looks for
                print(f"seed {seed}: crash: {type(exc).__name__}: {exc}")
                failures += 1
                pages = []
            took = time.monotonic() - started
            if took > args.slow:
                print(f"seed {seed}: slow: {took:.1f} s")
                failures += 1
            for page in pages:
                lost = lost_characters(page)
                if lost:
                    print(f"seed {seed}: lost {lost!r}")
                    failures += 1
            seed += 1
    print(f"{seed - args.seed} pages, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
