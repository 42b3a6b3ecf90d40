"""Search at scale: the pair index, bounded queries, ranking that stops early, an older archive upgraded."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from archive_helpers import store_page
from click.testing import CliRunner

import baoshu
from baoshu.archive import Archive, search
from baoshu.archive.chars import normalize, pairs, tokens
from baoshu.archive.schema import SCHEMA_VERSION, connect
from baoshu.archive.search import MAX_QUERY_CHARS, MAX_TERMS, matching_ids
from baoshu.cli import main
from baoshu.errors import BadArgument
from baoshu.model import Article, PageMeta

STORIES = [
    ("春耕时节农机忙", ["村里新添了十台播种机，春耕比往年早了一周。", "合作社说，今年小麦种了三千亩。"]),
    ("夜市开张", ["老街的夜市今晚开张，摊位一百二十个。", "小吃、手工和旧书摊都有，游客说热闹。"]),
    ("河道清淤完工", ["全长八公里的河道清淤完工，汛期前两岸加固了堤坝。"]),
    ("图书馆延长开放", ["市图书馆周末开到晚上十点，自习座位增加到六百个。", "读者说，晚上来看书的人多了。"]),
    ("Ａｐｐ上线 预约挂号", ["医院的预约App上线，挂号不用排队。", "老人也可以打电话预约。"]),
]


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    archive = baoshu.open(tmp_path / "a.db")
    for n in range(3):  # the stories three times over, on three pages
        articles = [Article(title=title, body=body) for title, body in STORIES]
        articles[0].body = [*articles[0].body, f"第{n + 1}版"]  # three pages, not one stored thrice
        store_page(archive, f"p{n}.txt", articles, PageMeta("本地报", f"2024-05-0{n + 1}", str(n + 1)))
    yield archive
    archive.close()


def substrings(text: str, size: int) -> set[str]:
    return {text[i:i + size] for i in range(len(text) - size + 1)}


def test_pairs_are_neighbouring_characters() -> None:
    assert pairs("春耕；忙") == "春耕 耕u3b u3b忙"  # NFKC makes the full-width semicolon ";"
    assert pairs("a") == ""
    assert tokens("Ａ b") == "a u20 b"


@pytest.mark.parametrize("size", [1, 2, 3, 5])
def test_every_substring_is_found_exactly_where_it_occurs(archive: Archive, size: int) -> None:
    rows = archive.conn.execute("SELECT id, headline, body, captions FROM articles").fetchall()
    texts = {r["id"]: [normalize(r[c]) for c in ("headline", "body", "captions")] for r in rows}
    queries = {q for fields in texts.values() for f in fields for q in substrings(f, size)
               if '"' not in q and q == q.strip()}
    for query in sorted(queries):
        truth = {i for i, fields in texts.items() if any(query in f for f in fields)}
        assert matching_ids(archive.conn, f'"{query}"') == truth, query


def test_a_query_too_long_or_of_too_many_terms_is_refused(archive: Archive) -> None:
    with pytest.raises(BadArgument, match=f"at most {MAX_QUERY_CHARS}"):
        archive.search("夜" * (MAX_QUERY_CHARS + 1))
    with pytest.raises(BadArgument, match=f"at most {MAX_TERMS}"):
        archive.search(" ".join("夜" * (MAX_TERMS + 1)))
    assert archive.search(" ".join("夜" * MAX_TERMS))["total"] == 3


def test_the_command_line_refuses_an_unbounded_query_as_a_usage_error(archive: Archive) -> None:
    result = CliRunner().invoke(main, ["search", "夜" * 5000, "--db", str(archive.path)])
    assert result.exit_code == 2
    assert "at most" in result.output and "Traceback" not in result.output


def test_beyond_the_ranked_matches_pages_run_newest_first_and_miss_nothing(
        archive: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "RANKED", 4)
    everything = matching_ids(archive.conn, "说")
    assert len(everything) == 9
    first = archive.search("说", limit=3)
    assert first["total_exact"] is False and first["total"] > 4
    assert [h["score"] for h in first["hits"]] == [None] * 3
    seen = []
    for offset in range(0, 12, 3):
        seen += [h["article_id"] for h in archive.search("说", limit=3, offset=offset)["hits"]]
    assert seen == sorted(everything, reverse=True)  # every match once, newest stored first


def test_up_to_the_ranked_matches_the_total_is_exact(archive: Archive) -> None:
    found = archive.search("说")
    assert found["total"] == 9 and found["total_exact"] is True


def test_an_archive_of_schema_1_gets_its_pair_index_when_opened_for_writing(archive: Archive) -> None:
    path = archive.path
    archive.close()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("DROP TABLE articles_pairs")
        conn.execute("PRAGMA user_version = 1")
        conn.commit()
    with closing(connect(path, write=True)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    with baoshu.open(path) as reopened:
        assert reopened.search("夜市")["total"] == 3
        assert reopened.search("预约挂号")["total"] == 3


def test_the_web_api_refuses_an_unbounded_query_with_a_400(archive: Archive) -> None:
    from test_web_api import Client

    response = Client(archive.path).get("/api/search?q=" + "夜" * 5000)
    assert response.status_code == 400
    assert "at most" in response.json()["error"]


@pytest.mark.parametrize("text", ["夜市今晚开张，摊位一百二十个。", " 夜市  今晚\n开张 ", "Ａｐｐ上线 ㎡ 夜市", "x\u3000夜市"])
def test_highlights_fall_on_the_matching_original_text(text: str) -> None:
    for term in ("夜市", "app", "开张", "m2"):
        for start, end in search.match_spans(text, [term]):
            assert normalize(text[start:end]) == term
