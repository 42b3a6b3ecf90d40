"""Score baoshu's figures on the stories written for the project (bench/corpus/**/*.toml).

    .venv/bin/python bench/score_figures_on_corpus.py [--split dev] [--verbose]

Each story's figures are marked in place (`{printed|measure}`, see
bench/pagegen.py). A story becomes one page of gold articles (a column of
briefs one article per item); `extract_figures` runs over the articles and the
shared scorer (../shared/bench/score.py, or $BAOSHU_SHARED/bench/score.py)
compares the figures. Stories are split 60/20/20 into train, dev and test by a
hash of their name (the parts of a continuation stay together): tune on train
and dev, report test, never tune on it.

Besides the scorer's numbers it prints, for the figures found:
- place in story: the share of figures given a place whose standard name is one
  the story's own gold names (entities.places), of those given any place;
- indicator = measure: the share whose indicator still matches the gold
  measure the way the scorer matches measures.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import time
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from score_figures_on_gold import load_scorer

from baoshu.figures import extract_figures
from baoshu.model import Article, PageMeta
from pagegen import parse_marks

CORPUS = Path(__file__).resolve().parent / "corpus"
SPLITS = (("train", 60), ("dev", 80), ("test", 100))  # cumulative shares of the name hash, in per cent
PART_SUFFIX = re.compile(r"_part\d+$")
HEAD_FIELDS = ("kicker", "title", "subtitle", "standfirst")


def split_of(name: str) -> str:
    """train, dev or test, by a stable hash of the story's name (continuation parts share one)."""
    stem = PART_SUFFIX.sub("", name)
    bucket = int(hashlib.sha256(stem.encode("utf-8")).hexdigest(), 16) % 100
    return next(split for split, upto in SPLITS if bucket < upto)


@dataclass
class GoldPage:
    """One story as gold: its articles, their figures, and the places its entities name."""

    name: str
    articles: list[dict] = field(default_factory=list)
    figures: list[dict] = field(default_factory=list)
    places: set[str] = field(default_factory=set)


def _marked(text: str, where: str, index: int, figures: list[dict]) -> str:
    marked = parse_marks(text, where)
    figures.extend({**f["figure"], "article": index} for f in marked.figures)
    return marked.clean


def _article(data: dict, where: str, index: int, figures: list[dict]) -> dict:
    article: dict = {"kind": "photo" if data.get("kind") == "photo" else "article"}
    for key in HEAD_FIELDS:
        article[key] = _marked(data.get(key, ""), where, index, figures)
    for key in ("byline", "dateline", "credit"):
        article[key] = data.get(key, "")
    body = [line.strip().removeprefix("## ") for line in data.get("body", "").strip().splitlines()]
    article["body"] = [_marked(line, where, index, figures) for line in body if line]
    article["captions"] = [_marked(c, where, index, figures) for c in data.get("captions", [])]
    return article


def load_gold(path: Path) -> GoldPage:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    page = GoldPage(name=path.stem)
    stories = data["items"] if data.get("kind") == "briefs" else [data]
    for index, story in enumerate(stories):
        page.articles.append(_article(story, path.name, index, page.figures))
        page.places.update(story.get("entities", {}).get("places", []))
    return page


def gold_pages(split: str) -> list[GoldPage]:
    paths = sorted(CORPUS.rglob("*.toml"))
    return [load_gold(p) for p in paths if split == "all" or split_of(p.stem) == split]


ARTICLE_KEYS = ("kind", "kicker", "title", "subtitle", "byline", "dateline", "standfirst", "body",
                "captions", "credit")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="dev", choices=["train", "dev", "test", "all"])
    ap.add_argument("--verbose", action="store_true", help="list missed, extra and mismeasured figures")
    args = ap.parse_args()
    scorer = load_scorer()
    total: Counter[str] = Counter()
    placed = in_story = indicator_right = matched = 0
    elapsed = 0.0
    pages = gold_pages(args.split)
    for page in pages:
        articles = [Article(**{k: a[k] for k in ARTICLE_KEYS if k in a}) for a in page.articles]
        started = time.perf_counter()
        figures = extract_figures(articles, PageMeta())
        elapsed += time.perf_counter() - started
        pred = {"articles": page.articles, "figures": [f.to_json() for f in figures]}
        gold = {"articles": page.articles, "figures": page.figures}
        counts, _ = scorer.score_page(gold, pred)
        counts["pages"] = 1
        total.update(counts)
        pairs = scorer.match_figures(page.figures, pred["figures"])
        for i, j in pairs:
            f = pred["figures"][j]
            matched += 1
            indicator_right += scorer.dice(page.figures[i]["measure"], f.get("indicator", f["measure"])) >= 0.5
            if f.get("place_name"):
                placed += 1
                in_story += f["place_name"] in page.places
        if args.verbose:
            show(page, pred, pairs, scorer)
    result = scorer.summary(total)
    print(f"split {args.split}: {len(pages)} stories")
    for key in ("figure_precision", "figure_recall", "figure_f1", "figure_measure_accuracy",
                "figure_qualifier_accuracy"):
        print(f"{key:27s}{result[key]:.3f}")
    print(f"{'indicator = measure':27s}{indicator_right / max(matched, 1):.3f}")
    print(f"{'place in story':27s}{in_story / max(placed, 1):.3f} ({placed} of {matched} figures placed)")
    print(f"figures found in {elapsed:.2f} s")
    return 0


def show(page: GoldPage, pred: dict, pairs: list[tuple[int, int]], scorer) -> None:
    """Print each gold figure missed or measured differently, then each extra figure."""
    print(f"# {page.name}")
    paired = dict(pairs)
    for i, f in enumerate(page.figures):
        if i not in paired:
            print(f"  - missed {f['text']} ({f['measure']})")
            continue
        p = pred["figures"][paired[i]]
        if scorer.dice(f["measure"], p["measure"]) < 0.5:
            print(f"  ~ {f['text']}: measure {p['measure']!r} (gold {f['measure']!r})")
    for j in sorted(set(range(len(pred["figures"]))) - set(paired.values())):
        f = pred["figures"][j]
        print(f"  + extra {f['text']} ({f['measure']})")


if __name__ == "__main__":
    sys.exit(main())
