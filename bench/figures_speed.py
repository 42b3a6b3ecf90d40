"""How fast the text pipeline and its figures stage run, against jieba on the same pages.

    .venv/bin/python bench/figures_speed.py [--pages 24] [--seed 5] [--runs 3]

Pages of eight of our own stories each are laid out by bench/pagegen.py (a fixed
seed), so the numbers need no other data. In one run, on one core, it times:

- `jieba.cut` and `jieba.posseg.cut` (jieba's defaults) over each page's text:
  the anchors;
- the whole pipeline, file by file, in-process (`baoshu.pipeline.rebuild_file`);
- the figures stage alone, on the articles the stages before it built.

Each time is CPU time, the best of --runs, with the figures' caches emptied
before each run so a repeated text gains nothing from them. Prints pages per
second and each as a ratio to `jieba.cut`.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

import jieba
import jieba.posseg

from baoshu.config import DEFAULT
from baoshu.figures import clear_caches, figures_stage
from baoshu.pipeline import rebuild_file
from pagegen import STORY_KEYS, Story, load_story, make_page

CORPUS = Path(__file__).resolve().parent / "corpus"
STORIES_A_PAGE = 8


def stories(folder: Path) -> list[Story]:
    """Every story of the corpus but the briefs, its entity gold and labels left out."""
    out = []
    for path in sorted(CORPUS.rglob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        if data.get("kind") == "briefs":
            continue
        kept = folder / path.name
        kept.write_text("\n".join(f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in data.items()
                                  if k in STORY_KEYS), encoding="utf-8")
        out.append(load_story(kept))
    return out


def pages(folder: Path, count: int, seed: int) -> list[Path]:
    """`count` damaged pages of STORIES_A_PAGE stories each, written into folder."""
    pool = stories(folder)
    rng = random.Random(seed)
    paths = []
    for n in range(count):
        text, _ = make_page(rng.sample(pool, STORIES_A_PAGE), rng.randrange(2**31))
        paths.append(folder / f"page{n:03d}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    return paths


def best_of(runs: int, work: Callable[[], object]) -> float:
    """The least CPU time of `runs` calls of `work`."""
    times = []
    for _ in range(runs):
        clear_caches()
        started = time.process_time()
        work()
        times.append(time.process_time() - started)
    return min(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=16, help="pages to make")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        paths = pages(Path(folder), args.pages, args.seed)
        texts = [p.read_text(encoding="utf-8") for p in paths]
        jieba.initialize()
        assembled = [page for p in paths for page in rebuild_file(p, until="assemble").pages]
        n = len(paths)
        times = {
            "jieba.cut": best_of(args.runs, lambda: [list(jieba.cut(t)) for t in texts]),
            "jieba.posseg.cut": best_of(args.runs, lambda: [list(jieba.posseg.cut(t)) for t in texts]),
            "pipeline (text)": best_of(args.runs, lambda: [rebuild_file(p) for p in paths]),
            "figures stage": best_of(args.runs, lambda: [figures_stage(p, DEFAULT) for p in assembled]),
        }
    chars = sum(map(len, texts))
    print(f"{n} pages, {chars} characters ({chars // n} a page), best of {args.runs} runs, CPU time")
    anchor = n / times["jieba.cut"]
    for what, seconds in times.items():
        rate = n / seconds
        print(f"{what:18s} {rate:8.1f} pages/s  {rate / anchor:6.2f} x jieba.cut")
    share = times["figures stage"] / times["pipeline (text)"]
    print(f"figures stage share of the pipeline: {share:.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
