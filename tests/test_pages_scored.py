"""Whole pages against their gold through the project's scorer: our pages and the seed pages."""

import json

from conftest import PAGES, SHARED, load_scorer

from baoshu.pipeline import rebuild_file


def score_folder(scorer, pages, gold_dir):
    total = scorer.Counter()
    for page in pages:
        gold = json.loads((gold_dir / f"{page.stem}.json").read_text(encoding="utf-8"))
        [rebuilt] = rebuild_file(page).pages
        counts, _ = scorer.score_page(gold, rebuilt.to_json())
        counts["pages"] = 1
        total.update(counts)
    return scorer.summary(total)


def test_seed_pages_meet_the_articles_issue_floor():
    scorer = load_scorer()
    result = score_folder(scorer, sorted((SHARED / "seeds").glob("*.txt")), SHARED / "gold")
    assert result["article_f1_strict"] >= 0.90
    assert result["text_precision"] >= 0.98 and result["text_recall"] >= 0.98
    assert result["headline_accuracy"] >= 0.90
    assert result["dateline_accuracy"] >= 0.90
    assert result["credit_accuracy"] == 1.0 and result["continued_on_accuracy"] == 1.0


def test_our_own_pages_do_not_regress():
    scorer = load_scorer()
    result = score_folder(scorer, sorted(PAGES.glob("*.txt")), PAGES)
    # Floors a little under today's measurement; raise them as the layout improves.
    assert result["article_f1_strict"] >= 0.78
    assert result["text_precision"] >= 0.88 and result["text_recall"] >= 0.88
    assert result["headline_accuracy"] >= 0.70
    assert result["dateline_accuracy"] >= 0.88
    assert result["byline_accuracy"] >= 0.90
