#!/usr/bin/env python3
"""Build the page corpus: our stories typeset as PDF pages, dumped by real extractors, with gold.

    .venv/bin/python bench/corpus_build.py --out build/corpus --seed 7 [--stories DIR ...] [--pages N]
    .venv/bin/python bench/corpus_build.py --fixtures tests/fixtures/corpus

Stories are every `*.toml` under bench/corpus (and each --stories folder),
split by article into train/dev/test. Each page is composed from one split's
stories by one of the designs in bench/pages/designs.py, typeset by reportlab
or Chromium, and dumped by pdftotext, pdfminer.six and pypdfium2 (some dumps
get overlays of further damage); bench/pagegen.py adds a simulated dump. The
layout is OUT/{train,dev,test}/{pdf,pdftotext,pdfminer,pypdfium2,simulated}/
NAME.{pdf,txt,json} with entities/NAME.json beside, and OUT/manifest.json.
See bench/README.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

from pagegen import CORPUS
from pages.build import SOURCES, Plan, build, plan_corpus
from pages.designs import text_length
from pages.manifest import write_manifest
from pages.stories import SPLITS, load_stories

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_PAGES = 16
FIXTURE_CHARACTERS = 600  # a fixture page keeps the blocks that print no more than this
FIXTURE_SPLIT = "test"


def pick_fixtures(plans: list[Plan], count: int) -> list[Plan]:
    """`count` pages of the fixture split, spread over designs and typesetters, the shortest first."""
    pool = [p for p in plans if p.spec.split == FIXTURE_SPLIT]
    chosen: list[Plan] = []
    seen: Counter[tuple[str, str]] = Counter()
    while pool and len(chosen) < count:
        best = min(pool, key=lambda p: (seen[(p.spec.design, p.typesetter)], seen[(p.spec.design, "")],
                                        sum(map(text_length, p.spec.stories()))))
        pool.remove(best)
        chosen.append(best)
        seen[(best.spec.design, best.typesetter)] += 1
        seen[(best.spec.design, "")] += 1
    return chosen


def trimmed(plan: Plan, characters: int) -> Plan:
    """The page with only its first blocks, as many as print no more than `characters` (at least one),
    so that fixtures stay small; a cell left empty gives its columns to its neighbour."""
    spec = plan.spec
    kept, total = set(), 0
    for block in spec.blocks():
        total += text_length(block.story)
        if kept and total > characters:
            break
        kept.add(id(block))
    bands = []
    for band in spec.bands:
        cells = [replace(cell, blocks=[b for b in cell.blocks if id(b) in kept]) for cell in band.cells]
        full = [cell for cell in cells if cell.blocks]
        if full:
            full[-1].span += sum(cell.span for cell in cells if not cell.blocks)
            bands.append(replace(band, cells=full))
    return Plan(replace(spec, bands=bands), plan.typesetter)


def shown_path(path: Path) -> str:
    """A folder as the manifest records it: relative to the repository when inside it."""
    path = path.resolve()
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def clean(out: Path) -> None:
    """Remove what an earlier run wrote (split folders and the manifest), nothing else."""
    for split in SPLITS:
        if (out / split).is_dir():
            shutil.rmtree(out / split)
    (out / "manifest.json").unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=Path("build/corpus"), help="output folder (default build/corpus)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--stories", type=Path, nargs="*", default=[], help="more folders of stories")
    parser.add_argument("--pages", type=int, default=320, help="PDF pages in all splits (default 320)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes")
    parser.add_argument("--fixtures", type=Path, help=f"write {FIXTURE_PAGES} test-split pages here instead")
    args = parser.parse_args(argv)
    try:
        stories = load_stories([CORPUS, *args.stories])
    except ValueError as exc:
        parser.error(str(exc))
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # leave through the worker pool's clean-up
    started = time.monotonic()
    plans = plan_corpus(stories, args.pages, args.seed)
    out = args.out
    if args.fixtures:
        plans = [trimmed(plan, FIXTURE_CHARACTERS) for plan in pick_fixtures(plans, FIXTURE_PAGES)]
        out = args.fixtures
    clean(out)
    entries = build(plans, out, args.jobs)
    folders = [shown_path(p) for p in [CORPUS, *args.stories]]
    meta = {"seed": args.seed, "pages": len(plans), "stories": len(stories), "sources": list(SOURCES),
            "story_folders": folders}
    path = write_manifest(out, entries, meta)
    print(f"{len(plans)} pages, {len(entries)} files from {len(stories)} stories in "
          f"{time.monotonic() - started:.0f} s; manifest {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
