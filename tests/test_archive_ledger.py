"""The ledger of figures: filters, place units, sums an analyst can trust, and spans back into the text."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from archive_helpers import figure_in, store_page

from baoshu.archive import Archive
from baoshu.archive.schema import SCHEMA_VERSION, connect
from baoshu.errors import BadArgument
from baoshu.figures import extract_figures
from baoshu.model import Article, PageMeta

HOTAN_PREFECTURE, HOTAN_COUNTY, MOYU = "653200", "653221", "653222"


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    with Archive(tmp_path / "a.db") as archive:
        roads = Article(title="乡村公路建设提速", body=["和田县今年修建乡村公路80公里，投资1.2亿元。"])
        school = Article(title="新校舍落成", body=["墨玉县新校舍投资3000万元，可容纳学生1200名。"])
        store_page(archive, "may.txt", [roads, school], PageMeta("绿洲日报", "2024-05-03", "2"), [
            figure_in(roads, 0, "80公里", 80, "公里", measure="修建乡村公路", indicator="乡村公路",
                      place="和田县", place_code=HOTAN_COUNTY),
            figure_in(roads, 0, "1.2亿元", 120_000_000, "元", measure="投资", indicator="投资", place="和田县",
                      place_code=HOTAN_COUNTY),
            figure_in(school, 1, "3000万元", 30_000_000, "元", measure="新校舍投资", indicator="投资",
                      place="墨玉县", place_code=MOYU),
            figure_in(school, 1, "1200名", 1200, "名", measure="学生", indicator="学生", place="墨玉县",
                      place_code=MOYU),
        ])
        water = Article(title="节水灌溉", body=["和田县推广节水灌溉，投入资金500万元。"])
        store_page(archive, "june.txt", [water], PageMeta("绿洲日报", "2024-06-09", "1"), [
            figure_in(water, 0, "500万元", 5_000_000, "元", measure="投入资金", indicator="投资", place="和田县",
                      place_code=HOTAN_COUNTY, period="今年1—5月", period_start="2024-01-01",
                      period_end="2024-05-31"),
        ])
        yield archive


def test_filters(archive: Archive) -> None:
    assert archive.figures()["total"] == 5
    assert [f["text"] for f in archive.figures(unit="元", sort="-value")["figures"]] == [
        "1.2亿元", "3000万元", "500万元"]
    assert {f["text"] for f in archive.figures(measure="投资")["figures"]} == {"1.2亿元", "3000万元", "500万元"}
    assert archive.figures(indicator="投资")["total"] == 3
    assert [f["text"] for f in archive.figures(date_from="2024-06-01")["figures"]] == ["500万元"]
    assert archive.figures(date_to="2024-05-31", unit="元")["total"] == 2
    assert archive.figures(publication="别的报")["total"] == 0


def test_a_place_filter_takes_in_every_place_within_it(archive: Archive) -> None:
    assert archive.figures(place="和田县")["total"] == 3
    assert archive.figures(place=HOTAN_COUNTY)["total"] == 3
    assert archive.figures(place="和田地区")["total"] == 5  # the prefecture holds both counties
    assert archive.figures(place="新疆")["total"] == 5  # and the region the prefecture
    assert archive.figures(place="浙江")["total"] == 0
    assert archive.figures(place="墨玉")["total"] == 2  # a short name


def test_figures_carry_article_page_date_span_and_written_value(archive: Archive) -> None:
    (figure,) = archive.figures(unit="名")["figures"]
    assert (figure["publication"], figure["date"], figure["page"]) == ("绿洲日报", "2024-05-03", "2")
    assert figure["title"] == "新校舍落成" and figure["value"] == 1200 and figure["counted"]
    article = archive.article(figure["article_id"])
    start, end = figure["span"]
    assert article["text"][start:end] == "1200名"
    assert [f["text"] for f in article["figures"]] == ["3000万元", "1200名"]
    money = archive.figures(unit="元", sort="-value")["figures"]
    assert [f["value_shown"] for f in money] == ["1.2亿", "3000万", "500万"]


def test_sums_stay_within_one_indicator_and_unit(archive: Archive) -> None:
    rows = archive.figure_sums(by="place")
    by_place = {(r["indicator"], r["unit"], r["label"]): r for r in rows}
    assert by_place[("投资", "元", "和田县")]["sum"] == 125_000_000
    assert by_place[("投资", "元", "和田县")]["sum_shown"] == "1.25亿"
    assert by_place[("投资", "元", "墨玉县")]["sum"] == 30_000_000
    assert by_place[("乡村公路", "公里", "和田县")]["sum"] == 80
    assert all(len({(r["indicator"], r["unit"])}) == 1 for r in rows)
    (money,) = [r for r in archive.figure_sums(by="indicator") if r["unit"] == "元"]
    assert (money["indicator"], money["facts"], money["sum"]) == ("投资", 3, 155_000_000)


def test_the_time_axis_is_each_figures_own_period(archive: Archive) -> None:
    by_month = {r["key"]: r["facts"] for r in archive.figure_sums(by="month", indicator="投资")}
    assert by_month == {"2024-05": 3}  # the June page reports January to May
    assert {r["key"] for r in archive.figure_sums(by="year")} == {"2024"}


def test_unknown_grouping_or_sort_is_refused(archive: Archive) -> None:
    with pytest.raises(BadArgument, match="grouping"):
        archive.figure_sums(by="colour")
    with pytest.raises(BadArgument, match="sort"):
        archive.figures(sort="colour")


def stored(tmp_path: Path, articles: list[Article], meta: PageMeta = PageMeta("绿洲日报", "2024-05-03", "1")
           ) -> Archive:
    archive = Archive(tmp_path / "b.db")
    store_page(archive, "page.txt", articles, meta, extract_figures(articles, meta))
    return archive


def test_a_figure_repeated_in_headline_and_body_is_summed_once(tmp_path: Path) -> None:
    article = Article(title="全县固定资产投资突破90亿元",
                      body=["今年前三季度，全县确保固定资产投资突破90亿元，新建厂房12万平方米。",
                            "年末，全县固定资产投资有望达到120亿元。"])
    with stored(tmp_path, [article]) as archive:
        listed = archive.figures(unit="元", sort="position")["figures"]
        assert [(f["text"], f["counted"]) for f in listed] == [("突破90亿元", True), ("突破90亿元", False),
                                                              ("120亿元", True)]
        assert listed[1]["repeat_of"] == listed[0]["seq"]
        (row,) = archive.figure_sums(by="indicator", unit="元")
        assert (row["indicator"], row["count"], row["facts"], row["repeats"]) == ("固定资产投资", 3, 2, 1)
        assert row["sum"] == 21_000_000_000 and row["sum_shown"] == "210亿"


def test_equal_figures_of_two_places_are_two_facts(tmp_path: Path) -> None:
    article = Article(title="两县新建学校", body=["和田县新建学校12所。", "墨玉县新建学校12所。"])
    with stored(tmp_path, [article]) as archive:
        (row,) = archive.figure_sums(by="indicator", unit="所")
        assert (row["facts"], row["sum"]) == (2, 24)


def test_shares_and_rates_are_counted_never_summed(tmp_path: Path) -> None:
    article = Article(body=["和田县林草覆盖率达19.6%，墨玉县林草覆盖率达11.3%。",
                            "全县农村居民人均可支配收入1.6万元，墨玉县农村居民人均可支配收入1.4万元。"])
    with stored(tmp_path, [article]) as archive:
        rows = archive.figure_sums(by="indicator")
        assert rows and all(not r["summable"] and r["sum"] is None and r["sum_shown"] == "" for r in rows)
        assert {r["facts"] for r in rows} == {2}


def test_sums_are_written_at_the_printed_precision(tmp_path: Path) -> None:
    article = Article(body=["上半年，全县投资386.42亿元。", "下半年，全县投资3.2万元。"])
    with stored(tmp_path, [article]) as archive:
        listed = archive.figures(sort="position")["figures"]
        assert [f["value_shown"] for f in listed] == ["386.42亿", "3.2万"]
        (row,) = archive.figure_sums(by="indicator")
        assert row["sum_shown"] == "386.42032亿"
        assert "e" not in row["sum_shown"] + row["min_shown"] + row["max_shown"]


def test_a_continuations_repeated_headline_is_counted_once(tmp_path: Path) -> None:
    front = Article(title="果园亩产突破3吨", body=["今年，全县果园亩产突破3吨。"], continued_on="2")
    inside = Article(title="果园亩产突破3吨", body=["全县新建冷库8座。"], continued_from="1")
    with Archive(tmp_path / "c.db") as archive:
        for article, page in ((front, "1"), (inside, "2")):
            meta = PageMeta("绿洲日报", "2024-05-03", page)
            store_page(archive, f"p{page}.txt", [article], meta, extract_figures([article], meta))
        tonnes = archive.figures(unit="吨", sort="position")["figures"]
        assert len(tonnes) == 3 and sum(f["counted"] for f in tonnes) == 1


def test_an_old_archive_is_upgraded_in_place(tmp_path: Path) -> None:
    """A version 1 archive gains the new columns, filled from what it stored."""
    path = tmp_path / "old.db"
    article = Article(title="全县投资突破90亿元", body=["墨玉县投资突破90亿元。"])
    with Archive(path) as archive:
        store_page(archive, "page.txt", [article], PageMeta("绿洲日报", "2024-05-03", "1"), [
            figure_in(article, 0, "突破90亿元", 9e9, "元", measure="全县投资", place="墨玉县"),
        ])
    with closing(sqlite3.connect(path)) as conn:
        head_start = article.text().index("突破90亿元")
        body_start = article.text().index("突破90亿元", head_start + 1)
        conn.execute("INSERT INTO figures (article_id, page_id, seq, text, value, unit, measure, place, span_start,"
                     " span_end) SELECT article_id, page_id, 1, text, value, unit, '投资', place, ?, ? FROM figures",
                     (body_start, body_start + 6))
        conn.execute("DROP INDEX figures_indicator")
        conn.execute("DROP INDEX figures_place_code")
        for column in ("indicator", "place_code", "place_level", "place_name", "part", "repeat_of"):
            conn.execute(f"ALTER TABLE figures DROP COLUMN {column}")
        conn.execute("PRAGMA user_version = 1")
        conn.commit()
    with closing(connect(path, write=True)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        rows = [dict(r) for r in conn.execute(
            "SELECT indicator, place_code, place_level, part, repeat_of FROM figures ORDER BY seq")]
    assert rows == [{"indicator": "投资", "place_code": MOYU, "place_level": "county", "part": "title",
                     "repeat_of": None},
                    {"indicator": "投资", "place_code": MOYU, "place_level": "county", "part": "body",
                     "repeat_of": 0}]
