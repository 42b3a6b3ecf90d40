"""The archive: ingest (idempotent, parallel, failing pages), the read API and search."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from archive_helpers import copy_pages, figure_in, store_page

import baoshu
from baoshu.archive import Archive, NotFound
from baoshu.archive.chars import normalize
from baoshu.model import Article, PageMeta


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    return copy_pages(tmp_path / "pages")


@pytest.fixture
def archive(tmp_path: Path, pages: Path) -> Archive:
    archive = baoshu.open(tmp_path / "archive.db")
    report = archive.ingest([pages], jobs=1)
    assert report.ok, report.failures
    yield archive
    archive.close()


def counts(archive: Archive) -> tuple[int, int, int]:
    stats = archive.stats()
    return stats["pages"], stats["articles"], stats["figures"]


def test_ingest_stores_every_page_with_its_source_text(archive: Archive, pages: Path) -> None:
    assert archive.stats()["pages"] == 3
    listing = archive.pages()["pages"]
    for summary in listing:
        page = archive.page(summary["id"])
        assert page["text"] == (pages / page["source"]).read_text(encoding="utf-8")
        assert page["articles"], page["source"]


def test_reingest_updates_never_duplicates(archive: Archive, pages: Path) -> None:
    before = counts(archive)
    page_ids = sorted(p["id"] for p in archive.pages()["pages"])
    article_ids = [a["id"] for a in archive.articles()["articles"]]
    report = archive.ingest([pages], jobs=2)
    assert report.ok and report.pages == 3
    assert counts(archive) == before
    assert sorted(p["id"] for p in archive.pages()["pages"]) == page_ids
    assert [a["id"] for a in archive.articles()["articles"]] == article_ids
    assert archive.search("鸽")["total"] == 1


def test_same_bytes_under_another_name_are_the_same_page(archive: Archive, pages: Path, tmp_path: Path) -> None:
    before = counts(archive)
    copy = tmp_path / "copy.txt"
    copy.write_bytes(next(pages.glob("*.txt")).read_bytes())
    assert archive.ingest([copy], jobs=1).ok
    assert counts(archive) == before


def test_failing_pages_are_reported_and_the_batch_goes_on(tmp_path: Path, pages: Path) -> None:
    (pages / "binary.txt").write_bytes(b"\x00\x01\x02 not text \x00")
    (pages / "empty.txt").write_bytes(b"")
    (pages / "english.txt").write_text("Only a few English words, no Chinese page here at all.\n")
    with Archive(tmp_path / "a.db") as archive:
        report = archive.ingest([pages, tmp_path / "missing.txt"], jobs=2)
        failed = {Path(path).name: problem for path, problem in report.failures}
        assert set(failed) == {"binary.txt", "empty.txt", "english.txt", "missing.txt"}
        assert "empty" in failed["empty.txt"] and "binary" in failed["binary.txt"]
        assert report.pages == 3
        sources = {p["source"] for p in archive.pages()["pages"]}
        assert sources == {p.name for p in pages.glob("*_*.txt")}


def test_a_page_that_fails_while_stored_leaves_nothing_behind(tmp_path: Path) -> None:
    with Archive(tmp_path / "a.db") as archive:
        article = Article(title="水库除险加固完工", body=["水库除险加固工程日前完工，蓄水能力提高。"])
        broken = figure_in(article, 0, "完工", 1, "个")
        broken.value = None  # type: ignore[assignment]  # NOT NULL in the archive: the write fails midway
        with pytest.raises(sqlite3.IntegrityError):
            store_page(archive, "half.txt", [article], PageMeta(date="2024-05-01"), [broken])
        assert counts(archive) == (0, 0, 0)
        assert archive.search("水库")["total"] == 0


def test_metadata_from_flags_sidecar_file_name_and_text(tmp_path: Path, pages: Path) -> None:
    (pages / "南湖日报_2024-03-05_03.meta.json").write_text('{"publication": "湖滨周刊"}', encoding="utf-8")
    plain = pages / "plain.txt"
    plain.write_text((pages / "山城晚报_2024-04-12_02.txt").read_text(encoding="utf-8") + "\n补记一行。\n",
                     encoding="utf-8")
    with Archive(tmp_path / "a.db") as archive:
        assert archive.ingest([pages], jobs=1).ok
        meta = {p["source"]: (p["publication"], p["date"], p["page"]) for p in archive.pages()["pages"]}
        assert meta["南湖日报_2024-03-05_03.txt"] == ("湖滨周刊", "2024-03-05", "3")
        assert meta["南湖日报_2024-03-05_01.txt"] == ("南湖日报", "2024-03-05", "1")
        assert meta["plain.txt"] == ("山城晚报", "2024-04-12", "2")
        assert archive.ingest([plain], meta=PageMeta(publication="另一份报", page="7"), jobs=1).ok
        flagged = [p for p in archive.pages()["pages"] if p["source"] == "plain.txt"][0]
        assert (flagged["publication"], flagged["date"], flagged["page"]) == ("另一份报", "2024-04-12", "7")


def substring_truth(archive: Archive, query: str) -> set[int]:
    """Articles whose headline, body or captions contain the query: a plain scan."""
    rows = archive.conn.execute("SELECT id, headline, body, captions FROM articles").fetchall()
    needle = normalize(query)
    return {r["id"] for r in rows if any(needle in normalize(r[c]) for c in ("headline", "body", "captions"))}


@pytest.mark.parametrize("query", ["鸽", "和田", "援疆", "大棚", "玉", "2", "元", "，", "新技术", "公交线路两条"])
def test_search_finds_exactly_what_a_substring_scan_finds(archive: Archive, query: str) -> None:
    found = {hit["article_id"] for hit in archive.search(query, limit=1000)["hits"]}
    assert found == substring_truth(archive, query)
    assert found, query


def test_short_words_are_found(archive: Archive) -> None:
    (pigeon,) = archive.search("鸽")["hits"]
    assert "信鸽" in "".join(s["text"] for s in pigeon["headline"])
    (hetian,) = archive.search("和田")["hits"]
    assert "玉雕" in hetian["title"]
    assert archive.search("援疆")["total"] == 1
    assert archive.search("鸽子 归巢")["total"] == 1
    assert archive.search("鸽子 和田")["total"] == 0


def test_search_highlights_are_segments_of_the_text(archive: Archive) -> None:
    (hit,) = archive.search("援疆")["hits"]
    assert "".join(s["text"] for s in hit["headline"]) == hit["title"]
    assert [s["text"] for s in hit["headline"] if s["hit"]] == ["援疆"]
    assert hit["snippet_field"] == "body"
    assert all(s["text"] == "援疆" for s in hit["snippet"] if s["hit"])
    assert sum(s["hit"] for s in hit["snippet"]) == 2


def test_search_filters(archive: Archive) -> None:
    assert archive.search("两条", publication="山城晚报")["total"] == 1
    assert archive.search("两条", publication="南湖日报")["total"] == 0
    assert archive.search("医生", date_from="2024-04-01", date_to="2024-04-30")["total"] == 1
    assert archive.search("医生", date_to="2024-03-31")["total"] == 0
    assert archive.search("医生", kind="article")["total"] == 1
    assert archive.search("医生", kind="photo")["total"] == 0


def test_search_ranks_headline_matches_first(archive: Archive) -> None:
    hits = archive.search("大棚")["hits"]
    assert hits[0]["title"] == "南湖镇新建蔬菜大棚三百座"


def test_page_and_article_read_back(archive: Archive) -> None:
    (hit,) = archive.search("和田")["hits"]
    article = archive.article(hit["article_id"])
    assert article["page"]["publication"] == "南湖日报" and article["page"]["page"] == "3"
    first, last = article["lines"]
    assert [s["number"] for s in article["source"]] == list(range(first, last + 1))
    assert any("玉雕" in s["text"] for s in article["source"])
    page = archive.page(article["page"]["id"])
    assert article["id"] in [a["id"] for a in page["articles"]]
    assert page["lines"][first - 1] == article["source"][0]["text"]
    with pytest.raises(NotFound):
        archive.article(10**9)
    with pytest.raises(NotFound):
        archive.page(10**9)


def test_pages_come_newest_first(archive: Archive) -> None:
    dates = [p["date"] for p in archive.pages()["pages"]]
    assert dates == sorted(dates, reverse=True)
    assert [p["publication"] for p in archive.publications()] == ["南湖日报", "山城晚报"]
    assert archive.articles(publication="山城晚报")["total"] == 2


def test_full_text_table_is_where_datasette_and_sqlite_utils_look(archive: Archive) -> None:
    (name,) = archive.conn.execute(
        "SELECT name FROM sqlite_master WHERE rootpage = 0 AND sql LIKE '%VIRTUAL TABLE%USING FTS%content=[articles]%'"
    ).fetchone()
    assert name == "articles_fts"
    rows = archive.conn.execute(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", ('"公交线路"',)).fetchall()
    assert [r[0] for r in rows] == [h["article_id"] for h in archive.search("公交线路")["hits"]]
