"""The ledger as people read it: the CLI, the web table, its chart and CSV, and the sums API."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from archive_helpers import store_page
from click.testing import CliRunner
from test_web_api import Client

from baoshu.archive import Archive
from baoshu.cli import main
from baoshu.figures import extract_figures
from baoshu.model import Article, PageMeta

E_NOTATION = re.compile(r"\d[eE][+-]?\d")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ledger") / "ledger.db"
    articles = [
        Article(title="新和县投资突破386.42亿元",
                body=["今年1—9月，新和县固定资产投资突破386.42亿元，林草覆盖率达到19.6%。",
                      "阿克苏市固定资产投资达到2.0718亿元，林草覆盖率达到11.3%。"]),
        Article(title="和田县新建学校", body=["和田县新建学校12所，全省累计投入资金1.986万亿元。"]),
    ]
    meta = PageMeta("绿洲日报", "2024-10-20", "1")
    with Archive(path) as archive:
        store_page(archive, "page.txt", articles, meta, extract_figures(articles, meta))
    return path


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_the_cli_table_writes_numbers_as_printed_and_marks_repeats(db: Path) -> None:
    out = run("figures", "--db", str(db))
    assert "386.42亿" in out and "2.0718亿" in out and "1.986万亿" in out
    assert "重复" in out and not E_NOTATION.search(out)


def test_the_cli_csv_keeps_the_raw_value_beside_the_written_one(db: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(run("figures", "--db", str(db), "--format", "csv").lstrip("\ufeff"))))
    big = next(r for r in rows if r["value_shown"] == "1.986万亿")
    assert big["value"] == "1986000000000" and big["unit"] == "元"
    assert {r["counted"] for r in rows} == {"True", "False"}


def test_the_cli_sums_stay_within_an_indicator_and_never_add_rates(db: Path) -> None:
    out = run("figures", "--db", str(db), "--by", "indicator")
    assert "不相加" in out  # the two shares of cover
    rows = list(csv.DictReader(io.StringIO(run("figures", "--db", str(db), "--by", "indicator", "--format", "csv").lstrip("\ufeff"))))
    invest = next(r for r in rows if r["indicator"] == "固定资产投资")
    assert (invest["facts"], invest["repeats"], invest["sum_shown"]) == ("2", "1", "388.4918亿")
    cover = next(r for r in rows if r["unit"] == "%")
    assert cover["summable"] == "False" and cover["sum"] == ""


def test_a_province_filter_takes_in_its_counties(db: Path) -> None:
    listed = json.loads(run("figures", "--db", str(db), "--place", "新疆", "--format", "json"))
    assert {f["place_name"] for f in listed} >= {"新和县", "阿克苏市", "和田县"}
    assert json.loads(run("figures", "--db", str(db), "--place", "阿克苏地区", "--format", "json"))
    assert not json.loads(run("figures", "--db", str(db), "--place", "西藏", "--format", "json"))


def test_the_web_table_chart_and_csv_write_numbers_as_printed(db: Path) -> None:
    client = Client(db)
    html = client.get("/figures").text
    assert "386.42亿" in html and "1.986万亿" in html and "重复" in html
    visible = re.sub(r"<[^>]+>", " ", html)
    assert not E_NOTATION.search(visible)
    data = client.json("/api/figures?indicator=固定资产投资&unit=元&by=place")
    bars = {b["label"]: b["shown"] for b in data["chart"]["bars"]}
    assert bars == {"新和县": "386.42亿元", "阿克苏市": "2.0718亿元"}
    text = client.get("/figures.csv").text
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert any(r["value_shown"] == "386.42亿" and r["value"] == "38642000000" for r in rows)


def test_the_web_chart_sums_one_summable_indicator(db: Path) -> None:
    client = Client(db)
    chart = client.json("/api/figures?by=place")["chart"]
    assert "固定资产投资" in chart["title"] and "元" in chart["title"]
    shares = client.json("/api/figures?unit=%25&by=place")["chart"]
    assert shares["bars"] == [] and "不相加" in shares["note"]


def test_the_sums_api_gives_facts_and_no_sum_for_rates(db: Path) -> None:
    rows = Client(db).json("/api/figures/sums?by=place&unit=%25")
    assert rows and all(r["sum"] is None and not r["summable"] for r in rows)
    by_month = Client(db).json("/api/figures/sums?by=month&indicator=固定资产投资")
    # the month the figure's own period ends in, else the page's
    assert {r["key"]: r["facts"] for r in by_month} == {"2024-09": 1, "2024-10": 1}
