"""Score baoshu's figures on the gold articles of the dev pages.

    .venv/bin/python bench/score_figures_on_gold.py [GOLD_DIR] [--verbose]

GOLD_DIR defaults to ../shared/gold (the seed pages; BAOSHU_SHARED names another shared folder); bench/data/own_gold holds a
page written and annotated for baoshu, a check on text the rules never saw.

Builds `Article`s from each gold page's articles, runs `extract_figures`, writes
the gold articles with baoshu's figures to a temporary folder, scores it with
../shared/bench/score.py and prints the summary and the time taken. With
--verbose, also lists missed, extra and mismeasured figures.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

from baoshu.figures import extract_figures
from baoshu.model import Article, PageMeta

SHARED = Path(os.environ.get("BAOSHU_SHARED") or Path(__file__).resolve().parents[1].parent / "shared")
ARTICLE_FIELDS = ("kind", "kicker", "title", "subtitle", "byline", "dateline", "standfirst", "body",
                  "captions", "credit", "continued_on")


def gold_articles(page: dict) -> list[Article]:
    return [Article(**{k: a[k] for k in ARTICLE_FIELDS if k in a}) for a in page["articles"]]


def load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", SHARED / "bench" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def show_differences(gold: dict, pred: dict, scorer: ModuleType) -> None:
    """Print each gold figure missed or measured differently, then each extra figure."""
    pairs = dict(scorer.match_figures(gold["figures"], pred["figures"]))
    for i, f in enumerate(gold["figures"]):
        if i not in pairs:
            print(f"  - missed {f['text']} ({f['measure']}) in article {f['article']}")
            continue
        p = pred["figures"][pairs[i]]
        notes = []
        if scorer.dice(f["measure"], p["measure"]) < 0.5:
            notes.append(f"measure {p['measure']!r} (gold {f['measure']!r})")
        if p["qualifier"] != f["qualifier"]:
            notes.append(f"qualifier {p['qualifier']!r} (gold {f['qualifier']!r})")
        if notes:
            print(f"  ~ {f['text']}: " + "; ".join(notes))
    for j in sorted(set(range(len(pred["figures"]))) - set(pairs.values())):
        f = pred["figures"][j]
        print(f"  + extra {f['text']} ({f['measure']}) in article {f['article']}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="?", default=str(SHARED / "gold"), help="folder of gold pages")
    ap.add_argument("--verbose", action="store_true", help="list missed and extra figures")
    args = ap.parse_args()
    gold_dir = Path(args.gold)
    if not (SHARED / "bench" / "score.py").exists():
        ap.error(f"{SHARED / 'bench' / 'score.py'}: the scorer is not there (this script needs ../shared "
                 "beside the repository)")
    if not any(gold_dir.glob("*.json")):
        ap.error(f"{gold_dir}: no gold pages (*.json) there; give a folder, e.g. bench/data/own_gold")
    scorer = load_scorer()
    total_figures, elapsed = 0, 0.0
    with tempfile.TemporaryDirectory() as out:
        for path in sorted(gold_dir.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            articles = gold_articles(gold)
            started = time.perf_counter()
            figures = extract_figures(articles, PageMeta())
            elapsed += time.perf_counter() - started
            total_figures += len(figures)
            pred = {"source": gold.get("source", path.name), "articles": gold["articles"],
                    "figures": [f.to_json() for f in figures]}
            (Path(out) / path.name).write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
            if args.verbose:
                print(f"# {path.name}")
                show_differences(gold, pred, scorer)
        score = subprocess.run([sys.executable, str(SHARED / "bench" / "score.py"), "--gold", str(gold_dir),
                                "--pred", out], capture_output=True, text=True, check=True)
    print("\n".join(line for line in score.stdout.splitlines() if line.startswith(("figure", "pages"))))
    print(f"figures found: {total_figures} in {elapsed:.2f} s (jieba's dictionary load included)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
