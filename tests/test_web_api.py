"""The web reader's JSON API and HTML views, in-process, over a real archive file."""

from __future__ import annotations

import asyncio
import csv
import io
import re
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from baoshu.archive import Archive
from baoshu.cli import main
from baoshu.web import create_app

PAGES = Path(__file__).parent / "web_pages"
SCRIPT = "<script>window.pwned=1</script>"


class Client:
    """A synchronous client over the app, through httpx's ASGI transport."""

    def __init__(self, db: Path):
        self.app = create_app(db)

    def get(self, url: str) -> httpx.Response:
        async def fetch() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://reader") as client:
                return await client.get(url)

        return asyncio.run(fetch())

    def json(self, url: str) -> dict:
        response = self.get(url)
        assert response.status_code == 200, response.text
        return response.json()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("api") / "reader.db"
    with Archive(path) as archive:
        report = archive.ingest([PAGES], jobs=1)
    assert report.pages == 3 and not report.failures
    return path


@pytest.fixture(scope="module")
def client(db: Path) -> Client:
    return Client(db)


def article_id(client: Client, query: str) -> int:
    return client.json(f"/api/search?q={query}")["hits"][0]["article_id"]


def test_home_counts_match_the_archive(client: Client, db: Path) -> None:
    home = client.json("/api/home")
    with Archive(db) as archive:
        assert home["stats"] == archive.stats()
    assert home["stats"]["pages"] == 3
    assert [p["date"] for p in home["pages"]] == sorted((p["date"] for p in home["pages"]), reverse=True)
    assert all(p["lead"] for p in home["pages"])


def test_page_lines_carry_the_articles_that_use_them(client: Client) -> None:
    page_id = client.json("/api/home")["pages"][-1]["id"]
    data = client.json(f"/api/pages/{page_id}")
    assert [line["number"] for line in data["lines"]] == list(range(1, len(data["lines"]) + 1))
    for index, article in enumerate(data["articles"]):
        assert article["source_lines"]
        for number in article["source_lines"]:
            assert index in data["lines"][number - 1]["articles"]
    for line in data["lines"]:
        if line["furniture"]:
            assert line["articles"] == [] and line["text"].strip()


def test_page_view_html_marks_the_chosen_article(client: Client) -> None:
    page_id = client.json("/api/home")["pages"][0]["id"]
    data = client.json(f"/api/pages/{page_id}")
    second = data["articles"][1]
    html = client.get(f"/pages/{page_id}?article={second['id']}").text
    marked = {int(n) for n in re.findall(r'class="src-line[^"]*\bmarked\b[^"]*" id="L(\d+)"', html)}
    assert marked == set(second["source_lines"])
    assert client.get(f"/pages/{page_id}").text.count(" marked") == 0
    elsewhere = client.get(f"/pages/{page_id}?article=424242")
    assert elsewhere.status_code == 200 and "没有编号为 424242 的文章" in elsewhere.text
    assert elsewhere.text.count(" marked") == 0


def test_article_segments_rebuild_the_text_and_mark_every_figure(client: Client) -> None:
    data = client.json(f"/api/articles/{article_id(client, '污水处理厂')}")
    pieces = ["".join(s["text"] for s in paragraph) for name in
              ("kicker", "title", "subtitle", "standfirst", "byline", "dateline", "body", "captions", "credit")
              for paragraph in data["parts"][name]]
    assert "\n".join(pieces) == data["article"]["text"]
    marked = [s["figure"] for part in data["parts"].values() for p in part for s in p if s["figure"]]
    assert len(marked) == len(data["figures"]) > 0
    for figure in marked:
        start, end = figure["span"]
        assert data["article"]["text"][start:end] == figure["text"]
        assert figure["tip"].startswith("数值：")
    tonnes = next(f for f in marked if f["text"] == "2万吨")
    assert tonnes["value"] == 20000 and tonnes["unit"] == "吨"


def test_article_html_puts_the_normal_form_on_each_figure(client: Client) -> None:
    html = client.get(f"/articles/{article_id(client, '污水处理厂')}").text
    mark = re.search(r'<mark class="fig"[^>]*>2万吨</mark>', html)
    assert mark and 'data-value="20000' in mark.group() and 'data-unit="吨"' in mark.group()
    assert "数值：20000" in mark.group()


def test_article_links_to_its_continuation_and_back(client: Client) -> None:
    hits = client.json("/api/search?q=春茶开采")["hits"]
    views = [client.json(f"/api/articles/{h['article_id']}") for h in hits]
    first = next(v for v in views if v["continuation"])
    second = client.json(f"/api/articles/{first['continuation']['id']}")
    assert second["continued_from"]["id"] == first["article"]["id"]
    assert "春茶节" in " ".join(second["article"]["body"])
    html = client.get(f"/articles/{first['article']['id']}").text
    assert f'href="/articles/{second["article"]["id"]}"' in html


def test_page_text_is_data_never_markup(client: Client) -> None:
    found = client.json("/api/search?q=网友热议")["hits"][0]
    assert SCRIPT in client.json(f"/api/articles/{found['article_id']}")["article"]["text"]
    escaped = "&lt;script&gt;window.pwned=1&lt;/script&gt;"
    for url in (f"/articles/{found['article_id']}", f"/pages/{found['page_id']}", "/search?q=留言"):
        html = client.get(url).text
        assert escaped in html, url
        assert SCRIPT not in html, url


def test_search_ranks_highlights_filters_and_pages(client: Client) -> None:
    data = client.json("/api/search?q=茶园")
    assert data["total"] >= 3 and data["pager"]["total"] == data["total"]
    scores = [h["score"] for h in data["hits"]]
    assert scores == sorted(scores, reverse=True)  # best first: a higher score is a better hit
    for hit in data["hits"]:
        assert any(s["hit"] and s["text"] == "茶园" for s in hit["headline"] + hit["snippet"])
    assert client.json("/api/search?q=茶园&publication=江城晚报")["total"] == 0
    assert client.json("/api/search?q=吞吐量&publication=江城晚报")["total"] >= 1
    assert client.json("/api/search?q=茶园&date_to=2024-03-01")["total"] == 0
    later = client.json("/api/search?q=茶园&page=2")  # past the last page: the last page, and a word why
    assert later["hits"] == data["hits"] and later["pager"]["page"] == 1 and later["pager"]["requested"] == 2
    assert "没有第 2 页" in later["pager"]["note"]
    html = client.get("/search?q=茶园").text
    assert '<mark class="hit">茶园</mark>' in html


def test_ledger_filters_sorts_and_pages(client: Client) -> None:
    everything = client.json("/api/figures")
    tonnes = client.json("/api/figures?unit=吨&sort=-value")
    assert 0 < tonnes["total"] < everything["total"]
    assert {f["unit"] for f in tonnes["figures"]} == {"吨"}
    values = [f["value"] for f in tonnes["figures"]]
    assert values == sorted(values, reverse=True)
    money = client.json("/api/figures?indicator=总投资")
    assert money["total"] > 0 and all(f["indicator"] == "总投资" for f in money["figures"])
    assert client.json("/api/figures?publication=江城晚报")["total"] < everything["total"]
    assert everything["pager"]["pages"] == -(-everything["total"] // everything["pager"]["per_page"])


def test_ledger_chart_sums_one_unit(client: Client, db: Path) -> None:
    data = client.json("/api/figures?unit=元&by=place")
    with Archive(db) as archive:
        sums = {r["key"]: r["sum"] for r in archive.figure_sums(by="place", unit="元")}
    bars = {b["label"]: b["value"] for b in data["chart"]["bars"]}
    assert bars and all(sums[label] == value for label, value in bars.items() if label in sums)
    assert max(b["width"] for b in data["chart"]["bars"]) == pytest.approx(420)
    months = client.json("/api/figures?unit=元&by=month")["chart"]["bars"]
    assert [b["label"] for b in months] == ["2024-02", "2024-03"]
    html = client.get("/figures?unit=元").text
    assert "<svg" in html and "<rect" in html


def test_ledger_csv_holds_every_filtered_figure(client: Client) -> None:
    response = client.get("/figures.csv?unit=元")
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == client.json("/api/figures?unit=元")["total"]
    assert {r["unit"] for r in rows} == {"元"}
    assert client.get("/api/figures.csv?unit=元").content == response.content


def test_errors_share_one_envelope(client: Client) -> None:
    missing = client.get("/api/pages/99999")
    assert missing.status_code == 404
    assert missing.json() == {"ok": False, "status": 404, "error": "no page 99999"}
    for url in ("/api/articles/not-a-number", "/api/figures?sort=sideways", "/api/search?q=x&page=0"):
        bad = client.get(url)
        assert bad.status_code == 400 and bad.json()["ok"] is False and bad.json()["error"], url
    page = client.get("/articles/99999")
    assert page.status_code == 404 and "找不到" in page.text


def test_openapi_is_served_and_cdn_pages_are_not(client: Client) -> None:
    spec = client.json("/openapi.json")
    for path in ("/api/home", "/api/pages/{page_id}", "/api/articles/{article_id}", "/api/search",
                 "/api/figures", "/api/figures.csv", "/api/figures/sums"):
        assert path in spec["paths"], path
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404


def test_every_view_uses_only_its_own_assets(client: Client) -> None:
    page_id = client.json("/api/home")["pages"][0]["id"]
    for url in ("/", "/search?q=茶园", "/figures", f"/pages/{page_id}", f"/articles/{article_id(client, '茶园')}"):
        html = client.get(url).text
        assert re.findall(r'(?:src|href)="(https?:)?//', html) == [], url
        assert 'lang="zh-Hans"' in html
    assert client.get("/static/reader.css").status_code == 200
    assert client.get("/static/reader.js").status_code == 200


def test_serve_refuses_a_missing_archive(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0
    assert "none.db" in result.output and "baoshu ingest" in result.output


def test_an_empty_archive_tells_the_reader_how_to_fill_it(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    Archive(empty).ingest([])
    client = Client(empty)
    assert client.json("/api/home")["stats"]["pages"] == 0
    assert "baoshu ingest" in client.get("/").text
    ledger = client.get("/figures")
    assert ledger.status_code == 200 and "没有符合条件的数字" in ledger.text


def test_archive_listings_are_served_as_they_are(client: Client, db: Path) -> None:
    with Archive(db) as archive:
        assert client.json("/api/stats") == archive.stats()
        assert client.json("/api/publications") == archive.publications()
        assert client.json("/api/pages?limit=2&offset=1") == archive.pages(limit=2, offset=1)
        assert client.json("/api/figures/sums?by=month&publication=晨光日报") == archive.figure_sums(
            by="month", publication="晨光日报")


def test_serve_refuses_a_file_that_is_not_an_archive(tmp_path: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("这不是数据库，只是一段文字。" * 100, encoding="utf-8")
    result = CliRunner().invoke(main, ["serve", "--db", str(notes)])
    assert result.exit_code != 0
    assert "notes.db" in result.output and "not a baoshu archive" in result.output
