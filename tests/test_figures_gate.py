"""Quality gate: figures on the gold articles of the dev pages and of our own pages.

Scored with ../shared/bench/score.py; the floors are the issue's targets.
"""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from baoshu.figures import extract_figures
from baoshu.model import Article
from conftest import ROOT, SHARED

FLOORS = {"figure_f1": 0.95, "figure_measure_accuracy": 0.90, "figure_qualifier_accuracy": 0.95}
ARTICLE_FIELDS = ("kind", "kicker", "title", "subtitle", "byline", "dateline", "standfirst", "body",
                  "captions", "credit", "continued_on")


def load_scorer() -> ModuleType:
    path = SHARED / "bench" / "score.py"
    if not path.exists():
        pytest.skip(f"no scorer at {path}")
    spec = importlib.util.spec_from_file_location("score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def scores(folder: Path) -> dict[str, float]:
    scorer = load_scorer()
    pages = sorted(folder.glob("*.json"))
    if not pages:
        pytest.skip(f"no gold pages in {folder}")
    total: Counter[str] = Counter()
    for path in pages:
        gold = json.loads(path.read_text(encoding="utf-8"))
        articles = [Article(**{k: a[k] for k in ARTICLE_FIELDS if k in a}) for a in gold["articles"]]
        pred = {"articles": gold["articles"], "figures": [f.to_json() for f in extract_figures(articles, None)]}
        counts, _ = scorer.score_page(gold, pred)
        counts["pages"] = 1
        total.update(counts)
    return scorer.summary(total)


@pytest.mark.parametrize("folder", [SHARED / "gold", ROOT / "bench" / "data" / "own_gold"], ids=["seeds", "own"])
def test_figure_scores_stay_above_the_floors(folder):
    result = scores(folder)
    for key, floor in FLOORS.items():
        assert result[key] >= floor, (key, result[key])
