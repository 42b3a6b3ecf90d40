"""Fit the Han-name decision (`person_name`) on the train split of the corpus's entity gold.

usage: .venv/bin/python bench/fit_entity_weights.py [--dry-run]

Every surname-and-given-name run in the train stories' articles (outside credits and the dotted
and Tibetan or Mongolian names found first) is a candidate, with the features of
`baoshu.entities.names.han_features`; it is a name when the story's gold lists it among its
persons or reporters. A logistic regression (scikit-learn, the `bench` extra) gives the weights;
`beside_name` (a list neighbour that is a name) is the extra support the list pass adds. The
weights go into baoshu/data/entity_weights.json; the dev split is only reported. Nothing here
reads the test split.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from score_entities_corpus import stories

from baoshu.entities.lexicon import COMPOUND_SURNAMES, SURNAMES
from baoshu.model import Article
from baoshu.entities.names import (blocked_spans, find_dotted, find_minority, han_candidates, han_features,
                                   ordinary_word)
from baoshu.entities.reporters import find_reporters

WEIGHTS = Path(__file__).resolve().parent.parent / "baoshu" / "data" / "entity_weights.json"
REGULARISATION = 1.0  # scikit-learn's C
# Evidence the corpus's stories rarely print (lists of names at a meeting, a title after the name,
# a reporter named in running text): with fewer than MIN_SUPPORT names showing it, the weight is
# that of the fitted feature it is most like (a title after the name weighs what a word of speech
# does; a 、 alone what a 的 before it does, since lists of words are commoner than lists of names;
# a name beside it in a list or a reporter's role what a post does; a leader's title after it
# what a post before it and speech after it do together).
PRIORS = {"title_after": ("speech_after",), "list_before": ("de_before",), "list_after": ("de_before",),
          "beside_name": ("title_before",), "reporter_before": ("title_before",),
          "leader_after": ("title_before", "speech_after")}
MIN_SUPPORT = 5


def shortened(article: Article, gold: set[str]) -> tuple[Article, set[str]]:
    """The article with each three-character Han name of the gold cut to its surname and first
    given character (张立新 → 张立): papers print two-character names about as often as the
    corpus's stories print three-character ones."""
    short = {n: n[:2] for n in gold if len(n) == 3 and n[0] in SURNAMES and n[:2] not in COMPOUND_SURNAMES}
    copy = dataclasses.replace(article, body=list(article.body), captions=list(article.captions))
    for field in ("kicker", "title", "subtitle", "byline", "dateline", "standfirst", "credit"):
        setattr(copy, field, _replace(getattr(copy, field), short))
    copy.body = [_replace(p, short) for p in copy.body]
    copy.captions = [_replace(c, short) for c in copy.captions]
    return copy, {short.get(n, n) for n in gold}


def _replace(text: str, names: dict[str, str]) -> str:
    for long, short in names.items():
        text = text.replace(long, short)
    return text


def article_rows(article: Article, gold: set[str]) -> Iterator[tuple[dict[str, float], int]]:
    """Each Han-name candidate of an article, with its features, and whether the gold names it."""
    text = article.text()
    taken = bytearray(len(text))
    for credit in find_reporters(article):
        taken[credit.start:credit.end] = b"\x01" * (credit.end - credit.start)
    find_dotted(text, taken)
    find_minority(text, taken)
    for start, end in blocked_spans(text):
        taken[start:end] = b"\x02" * (end - start)
    names_at = {(s, e) for s, _, e in han_candidates(text) if text[s:e] in gold}
    for start, sl, end in han_candidates(text):
        if any(taken[start:end]):
            continue
        features = han_features(text, start, sl, end)
        if ordinary_word(features):
            continue
        beside = any(e == start - 1 and text[start - 1] == "、" for _, e in names_at) or any(
            s == end + 1 and end < len(text) and text[end] == "、" for s, _ in names_at)
        if beside:
            features["beside_name"] = 1
        yield features, int(text[start:end] in gold)


def dataset(split: str) -> tuple[list[dict[str, float]], list[int]]:
    """The candidates of a split's articles, each article also with its names shortened."""
    rows, labels = [], []
    for story in stories():
        if story.split != split:
            continue
        names = {p["name"] if isinstance(p, dict) else p for g in story.gold for p in g["persons"]}
        names |= {r for g in story.gold for r in g["reporters"]}
        for original in story.articles:
            for article, gold in ((original, names), shortened(original, names)):
                for features, label in article_rows(article, gold):
                    rows.append(features)
                    labels.append(label)
    return rows, labels


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dry-run", action="store_true", help="report only; leave the weights file alone")
    args = ap.parse_args()
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        print("scikit-learn is needed: .venv/bin/pip install -e '.[bench]'", file=sys.stderr)
        return 2
    train, train_y = dataset("train")
    dev, dev_y = dataset("dev")
    vec = DictVectorizer(sparse=False)
    model = LogisticRegression(C=REGULARISATION, max_iter=5000, class_weight="balanced")
    model.fit(vec.fit_transform(train), train_y)
    for split, rows, y in (("train", train, train_y), ("dev", dev, dev_y)):
        predicted = model.predict(vec.transform(rows))
        tp = sum(1 for p, t in zip(predicted, y) if p and t)
        print(f"{split}: {len(rows)} candidates, {sum(y)} names; candidate precision "
              f"{tp / max(1, sum(predicted)):.3f} recall {tp / max(1, sum(y)):.3f}", file=sys.stderr)
    weights = {f: round(float(w), 4) for f, w in zip(vec.get_feature_names_out(), model.coef_[0])}
    for feature, like in PRIORS.items():
        support = sum(1 for row, y in zip(train, train_y) if y and row.get(feature))
        if support < MIN_SUPPORT:
            print(f"{feature}: {support} names show it; weighs as {like}", file=sys.stderr)
            weights[feature] = round(sum(weights.get(f, 0.0) for f in like), 4)
    decision = {"bias": round(float(model.intercept_[0]), 4), "threshold": 0.0, "weights": weights}
    if args.dry_run:
        print(json.dumps(decision, ensure_ascii=False, indent=1))
        return 0
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    data["decisions"]["person_name"] = decision
    data["fitted_on"] = "train split of the corpus's entity gold (bench/fit_entity_weights.py)"
    WEIGHTS.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {WEIGHTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
