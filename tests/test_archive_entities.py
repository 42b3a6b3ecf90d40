"""Entities and the aid ledger in the archive: stored with each page, read through `Archive`,
and filled in when an archive of schema version 1 is upgraded. Pages: tests/entity_pages/."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from baoshu.archive import Archive, NotFound, SchemaError
from baoshu.archive.schema import SCHEMA_VERSION

PAGES = Path(__file__).parent / "entity_pages"
ENTITY_TABLES = ("aid_figures", "aid", "posts", "entities")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("entities") / "entities.db"
    with Archive(path) as archive:
        report = archive.ingest([PAGES], jobs=1)
    assert report.pages == 2 and not report.failures
    return path


@pytest.fixture
def archive(db: Path) -> Archive:
    with Archive(db) as opened:
        yield opened


def counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ENTITY_TABLES}


def test_stats_count_entities(archive: Archive) -> None:
    stats = archive.stats()
    assert stats["persons"] >= 7 and stats["aid"] >= 3 and stats["orgs"] >= 4 and stats["places"] >= 6


def test_persons_are_listed_with_posts_and_reporters_apart(archive: Archive) -> None:
    persons = {e["name"]: e for e in archive.entities("person", limit=100)["entities"]}
    assert persons["周明远"]["articles"] == 2
    assert "乌什县委常委、副县长" in persons["周明远"]["posts"]
    assert "庞雪莹" not in persons
    reporters = {e["name"]: e for e in archive.entities("reporter")["entities"]}
    assert reporters["庞雪莹"]["articles"] == 2 and "林佳禾" in reporters
    assert archive.entities("person", query="周")["total"] == 1


def test_a_person_with_posts_and_articles(archive: Archive) -> None:
    found = archive.person("周明远")
    posts = {p["post"]: p for p in found["posts"]}
    assert len(posts["乌什县委常委、副县长"]["articles"]) == 2
    assert len(posts["温州援疆干部"]["articles"]) == 1
    assert {a["date"] for a in found["articles"]} == {"2024-05-20", "2024-05-21"}
    assert any(p["name"] == "乌什县" for p in found["places"])
    with pytest.raises(NotFound):
        archive.person("不在档案里的人")


def test_an_organisation_with_the_people_whose_posts_name_it(archive: Archive) -> None:
    found = archive.org("乌什县委")
    assert {p["person"] for p in found["persons"]} == {"周明远"}
    assert len(found["articles"]) == 2
    assert archive.org("温州援疆指挥部")["articles"][0]["title"].startswith("温州援疆")


def test_a_place_gathers_what_its_counties_report(archive: Archive) -> None:
    found = archive.place("654000")  # 伊犁哈萨克自治州
    assert found["name"] == "伊犁哈萨克自治州" and found["parents"][0]["code"] == "650000"
    children = {c["name"]: c["articles"] for c in found["children"]}
    assert children["尼勒克县"] == 1 and children["伊宁县"] == 0
    assert any(f["text"] == "26万人次" and f["place_code"] == "654028" for f in found["figures"])
    assert {r["recipient"] for r in found["aid_received"]} == {"伊犁哈萨克自治州", "尼勒克县"}
    assert not found["aid_given"]
    assert archive.place("320000")["aid_given"]
    with pytest.raises(NotFound):
        archive.place("999999")


def test_aid_filters_keep_the_units_within(archive: Archive) -> None:
    everything = archive.aid()["rows"]
    assert {(r["donor"], r["recipient"]) for r in everything} >= {
        ("温州市", "乌什县"), ("江苏省", "伊犁哈萨克自治州"), ("江苏省", "尼勒克县"), ("福建省", "玛纳斯县")}
    in_ili = archive.aid(recipient="伊犁")["rows"]
    assert {r["recipient"] for r in in_ili} == {"伊犁哈萨克自治州", "尼勒克县"}
    assert {r["donor"] for r in archive.aid(donor="330000")["rows"]} == {"温州市"}
    assert archive.aid(donor="温州")["total"] == archive.aid(donor="330300")["total"] > 0
    for row in archive.aid(programme="产业援疆")["rows"]:
        assert "产业援疆" in row["programme"]
    money = [r for r in everything if r["money"]]
    assert all(r["money"] == sum(f["value"] for f in r["figures"] if f["unit"] == "元") for r in money)


def test_matrix_sums_each_money_figure_once(archive: Archive) -> None:
    matrix = archive.aid_matrix()
    cell = next(c for c in matrix["cells"] if (c["donor"], c["recipient"]) == ("温州市", "乌什县"))
    assert cell["money"] == 230_000_000 and cell["articles"] == 1
    gathered = archive.aid_matrix(recipient_level="prefecture")
    ili = next(c for c in gathered["cells"] if c["recipient_code"] == "654000")
    assert ili["donor"] == "江苏省" and ili["money"] == 85_000_000
    assert ili["rows"] == sum(c["rows"] for c in matrix["cells"] if c["donor"] == "江苏省"
                              and c["recipient_code"] in ("654000", "654028"))
    provinces = archive.aid_matrix(recipient_level="province")
    assert {c["recipient"] for c in provinces["cells"]} == {"新疆维吾尔自治区"}


def test_search_facets_narrow_by_person_place_and_organisation(archive: Archive) -> None:
    found = archive.search("援疆")
    assert any(e["name"] == "乌什县" for e in found["facets"]["place"])
    assert archive.search("", person="周明远")["total"] == 2
    assert archive.search("", place="652900")["total"] == 2  # 阿克苏地区, through 乌什县
    assert archive.search("棉花", place="阿克苏")["total"] == 2
    assert archive.search("", org="温州援疆指挥部")["total"] == 1
    assert archive.search("援疆", person="不在档案里的人")["total"] == 0
    assert archive.search("")["total"] == 0


def test_an_article_carries_its_entities(archive: Archive) -> None:
    hit = archive.search("玛纳斯")["hits"][0]
    found = archive.article(hit["article_id"])["entities"]
    assert found["reporters"] == ["林佳禾"]
    assert {p["name"] for p in found["places"]} == {"玛纳斯县", "福建省"}
    assert found["aid_pairs"][0]["donor"] == "福建省"


def test_ingesting_again_replaces_the_entities(db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "again.db"
    shutil.copy(db, copy)
    before = counts(copy)
    with Archive(copy) as archive:
        archive.ingest([PAGES], jobs=1)
    assert counts(copy) == before


def test_an_archive_of_version_1_is_upgraded_and_filled_in(db: Path, tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    shutil.copy(db, old)
    full = counts(old)
    with sqlite3.connect(old) as conn:
        for table in ENTITY_TABLES:
            conn.execute(f"DROP TABLE {table}")
        conn.execute("PRAGMA user_version = 1")
    with pytest.raises(SchemaError, match="older"):
        Archive(old).stats()
    with Archive(old) as archive:
        archive.ingest([], jobs=1)
    with sqlite3.connect(old) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert counts(old) == full
    with Archive(old) as archive:
        assert archive.person("周明远")["posts"]
