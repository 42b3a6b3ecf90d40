"""`baoshu entities`, `baoshu aid` and the search facets on the command line, and the entity fields
of `baoshu extract --json`."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from baoshu.cli import main

PAGES = Path(__file__).parent / "entity_pages"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "entities.db"
    result = CliRunner().invoke(main, ["ingest", str(PAGES), "--db", str(db), "-j", "1"])
    assert result.exit_code == 0, result.output
    return db


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_extract_writes_the_entity_gold_format(tmp_path: Path) -> None:
    code, _, _ = run("extract", str(PAGES / "天山日报_2024-05-20_1.txt"), "--json", "--out", str(tmp_path))
    assert code == 0
    page = json.loads((tmp_path / "天山日报_2024-05-20_1.json").read_text(encoding="utf-8"))
    article = page["articles"][0]
    for key in ("persons", "reporters", "posts", "orgs", "places", "minor_places", "aid"):
        assert key in article
    assert all(set(p) >= {"name", "posts"} for p in article["persons"])
    assert all(isinstance(r, str) for r in article["reporters"])
    assert all(set(o) >= {"name"} for o in article["orgs"])
    assert all(set(p) >= {"name", "code"} for p in article["places"])
    assert all(set(a) >= {"donor", "donor_code", "recipient", "recipient_code", "programme", "sentence"}
               for a in article["aid"])
    assert {"person": "周明远", "post": "温州援疆干部"} in article["posts"]


def test_entities_lists_in_three_formats(db: Path) -> None:
    code, out, err = run("entities", "--db", str(db))
    assert code == 0 and "周明远" in out and "persons match" in err
    code, out, _ = run("entities", "--db", str(db), "--kind", "place", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))
    assert code == 0 and {"name", "code", "level", "articles"} <= set(rows[0])
    assert any(r["code"] == "652927" for r in rows)
    code, out, _ = run("entities", "--db", str(db), "--kind", "place", "--within", "654000", "--format", "json")
    assert code == 0 and {e["name"] for e in json.loads(out)} == {"伊犁哈萨克自治州", "尼勒克县"}


def test_entities_shows_one_entry(db: Path) -> None:
    code, out, _ = run("entities", "--db", str(db), "--show", "周明远", "--format", "json")
    assert code == 0 and len(json.loads(out)["articles"]) == 2
    code, out, _ = run("entities", "--db", str(db), "--kind", "place", "--show", "652927")
    assert code == 0 and "乌什县棉花长势良好" in out
    code, _, err = run("entities", "--db", str(db), "--show", "没有这个人")
    assert code == 1 and "no person" in err


def test_aid_ledger_and_matrix(db: Path) -> None:
    code, out, err = run("aid", "--db", str(db), "--recipient", "伊犁", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))
    assert code == 0 and rows and {r["recipient"] for r in rows} == {"伊犁哈萨克自治州", "尼勒克县"}
    assert all(r["sentence"] for r in rows)
    code, out, _ = run("aid", "--db", str(db), "--matrix", "--recipient-level", "prefecture", "--format", "json")
    cells = json.loads(out)["cells"]
    assert code == 0 and any(c["recipient_code"] == "654000" and c["money"] == 85000000 for c in cells)
    code, out, err = run("aid", "--db", str(db), "--donor", "浙江")
    assert code == 0 and "温州市" in out and "aid rows match" in err
    code, _, err = run("aid", "--db", str(db), "--matrix", "--recipient-level", "village")
    assert code == 2


def test_search_by_facet_without_a_query(db: Path) -> None:
    code, out, _ = run("search", "--db", str(db), "--person", "周明远", "--json")
    assert code == 0 and json.loads(out)["total"] == 2
    code, _, err = run("search", "--db", str(db))
    assert code == 2 and "--person" in err
