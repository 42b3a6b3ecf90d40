"""The ledger of figures: filters, sums and spans back into the article text."""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_helpers import figure_in, store_page

from baoshu.errors import BadArgument
from baoshu.archive import Archive
from baoshu.model import Article, PageMeta


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    with Archive(tmp_path / "a.db") as archive:
        roads = Article(title="乡村公路建设提速", body=["和田县今年修建乡村公路80公里，投资1.2亿元。"])
        school = Article(title="新校舍落成", body=["墨玉县新校舍投资3000万元，可容纳学生1200名。"])
        store_page(archive, "may.txt", [roads, school], PageMeta("绿洲日报", "2024-05-03", "2"), [
            figure_in(roads, 0, "80公里", 80, "公里", measure="修建乡村公路", place="和田县"),
            figure_in(roads, 0, "1.2亿元", 120_000_000, "元", measure="投资", place="和田县"),
            figure_in(school, 1, "3000万元", 30_000_000, "元", measure="新校舍投资", place="墨玉县"),
            figure_in(school, 1, "1200名", 1200, "名", measure="学生", place="墨玉县"),
        ])
        water = Article(title="节水灌溉", body=["和田县推广节水灌溉，投入资金500万元。"])
        store_page(archive, "june.txt", [water], PageMeta("绿洲日报", "2024-06-09", "1"), [
            figure_in(water, 0, "500万元", 5_000_000, "元", measure="投入资金", place="和田县"),
        ])
        yield archive


def test_filters(archive: Archive) -> None:
    assert archive.figures()["total"] == 5
    assert [f["text"] for f in archive.figures(unit="元", sort="-value")["figures"]] == [
        "1.2亿元", "3000万元", "500万元"]
    assert {f["text"] for f in archive.figures(measure="投资")["figures"]} == {"1.2亿元", "3000万元"}
    assert archive.figures(place="和田")["total"] == 3
    assert [f["text"] for f in archive.figures(date_from="2024-06-01")["figures"]] == ["500万元"]
    assert archive.figures(date_to="2024-05-31", unit="元")["total"] == 2
    assert archive.figures(publication="别的报")["total"] == 0


def test_figures_carry_article_page_date_and_span(archive: Archive) -> None:
    (figure,) = archive.figures(unit="名")["figures"]
    assert (figure["publication"], figure["date"], figure["page"]) == ("绿洲日报", "2024-05-03", "2")
    assert figure["title"] == "新校舍落成" and figure["value"] == 1200
    article = archive.article(figure["article_id"])
    start, end = figure["span"]
    assert article["text"][start:end] == "1200名"
    assert [f["text"] for f in article["figures"]] == ["3000万元", "1200名"]


def test_sums_by_place_unit_and_month(archive: Archive) -> None:
    by_place = {(r["key"], r["unit"]): r["sum"] for r in archive.figure_sums(by="place")}
    assert by_place[("和田县", "元")] == 125_000_000
    assert by_place[("墨玉县", "元")] == 30_000_000
    assert by_place[("和田县", "公里")] == 80
    by_month = {(r["key"], r["unit"]): r["count"] for r in archive.figure_sums(by="month", unit="元")}
    assert by_month == {("2024-05", "元"): 2, ("2024-06", "元"): 1}
    (money,) = [r for r in archive.figure_sums(by="unit") if r["unit"] == "元"]
    assert money["count"] == 3 and money["sum"] == 155_000_000


def test_unknown_grouping_or_sort_is_refused(archive: Archive) -> None:
    with pytest.raises(BadArgument, match="grouping"):
        archive.figure_sums(by="colour")
    with pytest.raises(BadArgument, match="sort"):
        archive.figures(sort="colour")
