"""Fit the layout's decision weights on the training split of the corpus, and write them into the package.

    python bench/fit_weights.py build/corpus            # fit on train, report on dev, write the weights
    python bench/fit_weights.py build/corpus --dry-run  # fit and report only

The corpus is what `bench/corpus_build.py` makes: `SPLIT/SOURCE/NAME.txt` text
dumps beside their gold `NAME.json`. Each decision is a logistic regression
over the features the pipeline computes: `follows_line` (does line B read on
from line A, `baoshu.untangle.follow_features`) and `starts_line` (does line B
start something, `start_features`), which untangle interleaved columns; with
`--headline`, `headline_line` (`baoshu.layout.text.headline_features`) too,
though the shipped one stays hand-set, as its fit lowers every scored set.
Labels come from the gold, by finding where each dump line's text stands in
the gold articles. The weights go into `baoshu/data/weights.json`, which the
package reads at start-up. Needs the bench extra (scikit-learn).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from baoshu.config import DEFAULT  # noqa: E402
from baoshu.layout.text import (TextLine, headline_features, label_fixed_kinds, mark_tight)  # noqa: E402
from baoshu.lines import facts, text_line  # noqa: E402
from baoshu.model import LineFacts  # noqa: E402
from baoshu.read import read_pages  # noqa: E402
from baoshu.untangle import closed, column_width, follow_features, opens, split_glued, start_features  # noqa: E402

TEXT_SOURCES = ("pdftotext", "pdfminer", "pypdfium2", "simulated", "pagegen")
DECORATIONS = dict.fromkeys(map(ord, "□■◆◇●○▲△▼★☆➡→►▶◀•·"), None)
WEIGHTS = ROOT / "baoshu" / "data" / "weights.json"
SLACK = 3  # characters a line may lose at a break (a removed jump line, a hyphen) and still continue


def fold(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or "")).translate(DECORATIONS)


@dataclass(frozen=True)
class Source:
    """Where a dump line's text stands in the gold: article, part and offset, and its length."""

    article: int
    part: str
    offset: int
    length: int


def gold_parts(gold: dict) -> list[tuple[int, str, str]]:
    parts = []
    for k, a in enumerate(gold["articles"]):
        parts.append((k, "head", fold("".join(a.get(f) or "" for f in ("kicker", "title", "subtitle")))))
        parts.append((k, "body", fold("".join([a.get("byline") or "", a.get("standfirst") or "",
                                               a.get("dateline") or "", *a.get("body", [])]))))
        parts.append((k, "caption", fold("".join([*a.get("captions", []), a.get("credit") or ""]))))
    return [p for p in parts if p[2]]


def locate(lines: list[LineFacts], gold: dict) -> list[Source | None]:
    """The gold source of each line, preferring the place right after the line before."""
    parts = gold_parts(gold)
    out: list[Source | None] = []
    previous: Source | None = None
    for f in lines:
        text = fold(f.text)
        found: list[Source] = []
        if len(text) >= 2:
            for article, part, whole in parts:
                at = whole.find(text)
                while at >= 0:
                    found.append(Source(article, part, at, len(text)))
                    at = whole.find(text, at + 1)
        best = None
        if found:
            follow = [s for s in found if previous and (s.article, s.part) == (previous.article, previous.part)
                      and 0 <= s.offset - (previous.offset + previous.length) <= SLACK]
            best = follow[0] if follow else (found[0] if len(found) == 1 else None)
        out.append(best)
        previous = best or previous
    return out


def continues(a: Source | None, b: Source | None) -> bool:
    return a is not None and b is not None and (a.article, a.part) == (b.article, b.part) \
        and 0 <= b.offset - (a.offset + a.length) <= SLACK


def pages(corpus: Path, split: str) -> Iterator[tuple[Path, dict]]:
    for source in TEXT_SOURCES:
        for txt in sorted((corpus / split / source).glob("*.txt")):
            gold = txt.with_suffix(".json")
            if gold.exists():
                yield txt, json.loads(gold.read_text(encoding="utf-8"))


def repaired(path: Path) -> list[LineFacts]:
    [source], _ = read_pages(path, DEFAULT)
    return [text_line(line, DEFAULT.layout.max_double_line) for line in source.lines]


def untangle_rows(lines: list[LineFacts], gold: dict) -> tuple[list, list]:
    """(features, reads on?) for each line and each earlier line in the period window, and
    (features, starts something?) for each line, as the gold orders the page."""
    cfg = DEFAULT.layout
    width = column_width(lines, cfg)
    pieces = [p for f in lines for p in split_glued(f, width, cfg, facts)]
    sources = locate(pieces, gold)
    follow, start = [], []
    for b, (head, head_source) in enumerate(zip(pieces, sources)):
        if head_source is None:
            continue
        earlier = range(max(0, b - cfg.max_period), b)
        truth = [a for a in earlier if continues(sources[a], head_source)]
        start.append((start_features(head, width), int(not truth)))
        if opens(head):
            continue
        for a in earlier:
            if sources[a] is None or closed(pieces[a]):
                continue
            features = follow_features(pieces[a], head, width)
            if features:
                follow.append((features, int(a in truth)))
    return follow, start


def headline_rows(lines: list[LineFacts], gold: dict) -> Iterator[tuple[dict[str, float], int]]:
    """(features, label) for each line that could be a headline line; the line before labelled as the gold says."""
    cfg = DEFAULT.layout
    sources = locate(lines, gold)
    text_lines = [TextLine(f) for f in lines]
    mark_tight(text_lines, cfg)
    label_fixed_kinds(text_lines, cfg)
    for t, s in zip(text_lines, sources):
        if t.kind == "text" and s is not None and s.part == "head":
            t.kind = "headline"
    for i, (t, s) in enumerate(zip(text_lines, sources)):
        if s is None or text_lines[i].kind not in ("text", "headline"):
            continue
        features = headline_features(text_lines, i, cfg)
        if features is not None:
            yield features, int(s.part == "head")


def dataset(corpus: Path, split: str, rows) -> tuple[list[dict[str, float]], list[int]]:
    xs, ys = [], []
    for path, gold in pages(corpus, split):
        for features, label in rows(repaired(path), gold):
            xs.append(features)
            ys.append(label)
    return xs, ys


def untangle_data(corpus: Path, split: str) -> tuple[tuple[list, list], tuple[list, list]]:
    """The `follows_line` and `starts_line` rows of a split, both from one pass over its pages."""
    follow: tuple[list, list] = ([], [])
    start: tuple[list, list] = ([], [])
    for path, gold in pages(corpus, split):
        for (xs, ys), rows in zip((follow, start), untangle_rows(repaired(path), gold)):
            for features, label in rows:
                xs.append(features)
                ys.append(label)
    return follow, start


def fit(train: tuple[list, list], dev: tuple[list, list], name: str) -> dict:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer(sparse=False)
    x = vec.fit_transform(train[0])
    best = None
    for c in (0.1, 0.3, 1.0, 3.0, 10.0):
        model = LogisticRegression(C=c, max_iter=2000).fit(x, train[1])
        accuracy = model.score(vec.transform(dev[0]), dev[1]) if dev[0] else 0.0
        if best is None or accuracy > best[0]:
            best = (accuracy, c, model)
    accuracy, c, model = best
    base = max(sum(dev[1]), len(dev[1]) - sum(dev[1])) / max(1, len(dev[1]))
    print(f"{name}: {len(train[1])} train rows ({sum(train[1])} yes), {len(dev[1])} dev rows; "
          f"dev accuracy {accuracy:.3f} (majority {base:.3f}), C={c}")
    weights = {f: round(float(w), 4) for f, w in zip(vec.get_feature_names_out(), model.coef_[0])}
    return {"bias": round(float(model.intercept_[0]), 4), "threshold": 0.0, "weights": weights}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path, help="the corpus folder made by bench/corpus_build.py")
    ap.add_argument("--dry-run", action="store_true", help="report only; leave the weights file alone")
    ap.add_argument("--headline", action="store_true",
                    help="fit headline_line too (the shipped one is hand-set: its fit lowers every scored set)")
    args = ap.parse_args()
    if not (args.corpus / "train").is_dir():
        print(f"{args.corpus}: no train split here; build the corpus first (bench/corpus_build.py)", file=sys.stderr)
        return 2
    train, dev = untangle_data(args.corpus, "train"), untangle_data(args.corpus, "dev")
    decisions = {name: fit(train[k], dev[k], name) for k, name in enumerate(("follows_line", "starts_line"))}
    if args.headline:
        decisions["headline_line"] = fit(dataset(args.corpus, "train", headline_rows),
                                         dataset(args.corpus, "dev", headline_rows), "headline_line")
    if args.dry_run:
        print(json.dumps(decisions, ensure_ascii=False, indent=1))
        return 0
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    data["decisions"].update(decisions)
    fitted_on = data["fitted_on"] if isinstance(data.get("fitted_on"), dict) else {}
    fitted_on.update({name: f"train split of {args.corpus.name} (bench/fit_weights.py)" for name in decisions})
    data["fitted_on"] = fitted_on
    WEIGHTS.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {WEIGHTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
