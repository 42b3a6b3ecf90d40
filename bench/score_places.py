"""Score baoshu.places on the development gold: the places each gold article names.

usage: .venv/bin/python bench/score_places.py [GOLD_DIR] [--articles] [--show]
       .venv/bin/python bench/score_places.py --own [--show]

Runs find_places over each gold article's text (../shared/gold/NAME.json) and compares the
standard names found with the `places` of ../shared/gold/entities/NAME.json by the entity
scorer's rule (../shared/bench/score_entities.py): a predicted name matches a gold one when
either contains the other; a prediction that matches only a `minor_places` entry is neither
right nor wrong. Pages are scored as sets, micro-averaged, as that scorer does; --articles
scores each article's own set instead (stricter). Gold `places` are divisions of China and
countries, so supplement units (new districts, zones, XPCC) and names inside an
organisation's name are not predicted. --show prints the misses and the false places.

--own scores our own sentences instead (tests/places/sentences.tsv, written with the rules,
and tests/places/heldout.tsv, written after them), comparing division and country codes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from baoshu.places import Division, PlaceMention, find_places

ROOT = Path(__file__).resolve().parent.parent
# ../shared beside the repository (CI), or beside the folder of worktrees.
GOLD = next((p / "shared" / "gold" for p in ROOT.parents if (p / "shared" / "gold").is_dir()), ROOT / "gold")
TEXT_FIELDS = ("kicker", "title", "subtitle", "byline", "dateline", "standfirst")


def article_text(article: dict[str, Any]) -> str:
    parts = [article.get(f) or "" for f in TEXT_FIELDS]
    parts += article.get("body") or []
    parts += article.get("captions") or []
    parts.append(article.get("credit") or "")
    return "\n".join(p for p in parts if p)


def predicted(text: str) -> set[str]:
    """The names a gold `places` list would hold: divisions and countries, outside organisations' names."""
    return {unit.name for m in find_places(text) if (unit := _counted(m))}


def _counted(m: PlaceMention) -> Division | None:
    unit = m.division
    if unit is None or m.inside_org or not (unit.is_division or unit.level == "country"):
        return None
    return unit


def within(a: str, b: str) -> bool:
    """The entity scorer's rule: one name contains the other; one character matches only itself."""
    if min(len(a), len(b)) < 2:
        return a == b
    return a in b or b in a


def loose(x: str, ys: set[str]) -> bool:
    return any(within(x, y) for y in ys)


def units(gold_dir: Path, per_article: bool) -> list[tuple[str, str, set[str], set[str]]]:
    """(label, text, gold places, minor places) for each page, or each article."""
    out = []
    for ent_path in sorted((gold_dir / "entities").glob("*.json")):
        page = json.loads((gold_dir / ent_path.name).read_text(encoding="utf-8"))
        ents = json.loads(ent_path.read_text(encoding="utf-8"))["articles"]
        texts = [article_text(a) for a in page["articles"]]
        if len(texts) != len(ents):
            sys.exit(f"{ent_path}: {len(ents)} articles, but the page gold has {len(texts)}")
        groups = [[i] for i in range(len(ents))] if per_article else [list(range(len(ents)))]
        for group in groups:
            gold = {p["name"] for i in group for p in ents[i].get("places") or []}
            minor = {p["name"] for i in group for p in ents[i].get("minor_places") or []}
            label = f"{ent_path.stem}#{group[0]}" if per_article else ent_path.stem
            out.append((label, "\n\n".join(texts[i] for i in group), gold, minor))
    return out


def prf(right: int, npred: int, found: int, ngold: int) -> dict[str, float | int]:
    precision = right / npred if npred else 0.0
    recall = found / ngold if ngold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "predicted": npred, "gold": ngold}


def score_own() -> None:
    for name in ("sentences.tsv", "heldout.tsv"):
        right = npred = ngold = 0
        for line in (ROOT / "tests" / "places" / name).read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            sentence, expected = line.split("\t")
            gold = set(expected.split())
            pred = {unit.key for m in find_places(sentence) if (unit := _counted(m))}
            right += len(pred & gold)
            npred += len(pred)
            ngold += len(gold)
            if "--show" in sys.argv and pred != gold:
                print(f"{sentence}: false {sorted(pred - gold)} missed {sorted(gold - pred)}")
        print(name, json.dumps(prf(right, npred, right, ngold)))


def main() -> None:
    if "--own" in sys.argv:
        score_own()
        return
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    gold_dir = Path(args[0]) if args else GOLD
    right = npred = found = ngold = 0
    for label, text, gold, minor in units(gold_dir, "--articles" in sys.argv):
        if "--articles" in sys.argv:
            pred = predicted(text)
        else:  # a page is the union of its articles' places
            pred = set().union(*(predicted(t) for t in text.split("\n\n")))
        pred = {x for x in pred if loose(x, gold) or not loose(x, minor)}
        wrong = {x for x in pred if not loose(x, gold)}
        missed = {g for g in gold if not any(within(x, g) for x in pred)}
        right += len(pred) - len(wrong)
        npred += len(pred)
        found += len(gold) - len(missed)
        ngold += len(gold)
        if "--show" in sys.argv and (wrong or missed):
            print(f"{label}: false {sorted(wrong)} missed {sorted(missed)}")
    print(json.dumps(prf(right, npred, found, ngold)))


if __name__ == "__main__":
    main()
