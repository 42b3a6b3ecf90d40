"""The entities stage on our own articles (tests/entities/articles.toml): persons with their posts,
reporters, organisations, places and aid, as a reader would list them."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from baoshu.config import DEFAULT
from baoshu.model import Article, Line, Page, PageMeta, SourcePage
from baoshu.stages import REGISTRY
import baoshu.pipeline  # noqa: F401 - registers the stages

ARTICLES = Path(__file__).parent / "entities" / "articles.toml"
HELDOUT = Path(__file__).parent / "entities" / "heldout.toml"
CASES = tomllib.loads(ARTICLES.read_text(encoding="utf-8"))["article"]
HELD_OUT = tomllib.loads(HELDOUT.read_text(encoding="utf-8"))["article"]
HELD_OUT_FLOOR = 0.8  # each kind's F1 on the held-out articles, scored as the entity scorer does
TEXT_FIELDS = ("kind", "kicker", "title", "subtitle", "byline", "dateline", "standfirst", "credit")


def within(a: str, b: str) -> bool:
    """The entity scorer's rule: one name contains the other."""
    return a in b or b in a


def run(case: dict[str, Any]) -> dict[str, Any]:
    """The case's article through the figures and entities stages, as `extract --json` writes it."""
    article = Article(body=list(case.get("body", [])), captions=list(case.get("captions", [])))
    for field in TEXT_FIELDS:
        if field in case:
            setattr(article, field, case[field])
    text = article.text()
    page = Page(source=SourcePage(name=case["name"], lines=[Line(t, n) for n, t in enumerate(text.split("\n"), 1)],
                                  text=text), meta=PageMeta(), articles=[article])
    for stage in ("figures", "entities"):
        page = REGISTRY[stage].run(page, DEFAULT)
    return page.to_json()["articles"][0]


@pytest.fixture(scope="module")
def results() -> dict[str, dict[str, Any]]:
    return {case["name"]: run(case) for case in CASES}


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_persons_and_reporters(case: dict[str, Any], results: dict[str, dict[str, Any]]) -> None:
    found = results[case["name"]]
    assert {p["name"] for p in found["persons"]} == set(case["persons"])
    assert set(found["reporters"]) == set(case["reporters"])


@pytest.mark.parametrize("case", [c for c in CASES if c.get("posts")], ids=lambda c: c["name"])
def test_posts_attached(case: dict[str, Any], results: dict[str, dict[str, Any]]) -> None:
    posts = {p["name"]: p["posts"] for p in results[case["name"]]["persons"]}
    for person, expected in case["posts"].items():
        for post in expected:
            assert any(within(post, got) for got in posts[person]), (person, post, posts[person])
    flat = {(p["person"], p["post"]) for p in results[case["name"]]["posts"]}
    assert flat == {(name, post) for name, got in posts.items() for post in got}


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_organisations(case: dict[str, Any], results: dict[str, dict[str, Any]]) -> None:
    orgs = [o["name"] for o in results[case["name"]]["orgs"]]
    for name in case["orgs"]:
        assert any(within(name, o) for o in orgs), (name, orgs)
    for name in case.get("not_orgs", []):
        assert not any(within(name, o) for o in orgs), (name, orgs)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_places_with_codes(case: dict[str, Any], results: dict[str, dict[str, Any]]) -> None:
    places = results[case["name"]]["places"]
    assert {p["name"] for p in places} == set(case["places"])
    for place in places:
        assert (place["code"] is None) == (place["level"] == "country")
        assert place["code"] is None or (len(place["code"]) == 6 and place["code"].isdigit())
    assert not {p["name"] for p in places} & set(case.get("not_places", []))


@pytest.mark.parametrize("case", [c for c in CASES if "aid" in c or "money" in c], ids=lambda c: c["name"])
def test_aid(case: dict[str, Any], results: dict[str, dict[str, Any]]) -> None:
    rows = results[case["name"]]["aid"]
    pairs = {(r["donor"], r["recipient"]) for r in rows}
    assert {tuple(p) for p in case.get("aid", [])} <= pairs
    assert not {tuple(p) for p in case.get("not_aid", [])} & pairs
    for row in rows:
        assert row["sentence"] and row["donor_code"] and row["recipient_code"]
    for programme in case.get("programmes", []):
        assert any(r["programme"] == programme for r in rows), programme
    money = {f["value"] for r in rows for f in r["figures"] if f["unit"] == "元"}
    assert set(case.get("money", [])) <= money


def test_held_out_articles_keep_a_floor() -> None:
    """Our held-out articles, scored together page by page as ../shared/bench/score_entities.py does."""
    import sys

    sys.path.insert(0, str(Path(__file__).parent.parent / "bench"))
    from entity_scoring import page_sets, score

    pages = []
    for case in HELD_OUT:
        gold = {"persons": [{"name": n, "posts": case.get("posts", {}).get(n, [])} for n in case["persons"]],
                "reporters": case["reporters"], "orgs": case["orgs"], "places": case["places"],
                "aid": [{"donor": d, "recipient": r} for d, r in case["aid"]]}
        pages.append((page_sets([gold]), page_sets([run(case)])))
    result = score(pages)
    print(result)
    for kind in ("persons_f1", "places_f1", "orgs_f1", "aid_f1", "reporters_f1", "posts_attached"):
        assert result[kind] >= HELD_OUT_FLOOR, (kind, result)


def test_our_scoring_rules_agree_with_the_shared_scorer(tmp_path: Path) -> None:
    """bench/entity_scoring.py scores our articles as ../shared/bench/score_entities.py does."""
    import json
    import subprocess
    import sys

    from conftest import SHARED

    scorer = SHARED / "bench" / "score_entities.py"
    if not scorer.exists():
        pytest.skip("../shared is not beside the repository")
    sys.path.insert(0, str(Path(__file__).parent.parent / "bench"))
    from entity_scoring import page_sets, score

    (tmp_path / "gold").mkdir()
    (tmp_path / "pred").mkdir()
    pages = []
    for case in HELD_OUT + CASES:
        gold = [{"persons": [{"name": n, "posts": case.get("posts", {}).get(n, [])} for n in case["persons"]],
                 "orgs": case["orgs"], "places": case["places"],
                 "aid": [{"donor": d, "recipient": r} for d, r in case.get("aid", [])]}]
        pred = [run(case)]
        (tmp_path / "gold" / f"{case['name']}.json").write_text(json.dumps({"articles": gold}), encoding="utf-8")
        (tmp_path / "pred" / f"{case['name']}.json").write_text(json.dumps({"articles": pred}), encoding="utf-8")
        pages.append((page_sets(gold), page_sets(pred)))
    shared = json.loads(subprocess.run([sys.executable, str(scorer), str(tmp_path / "gold"), str(tmp_path / "pred")],
                                       capture_output=True, text=True, check=True).stdout)
    ours = score(pages)
    assert shared == {k: v for k, v in ours.items() if k in shared}
