"""The JSON API and HTML views of 人物, 机构, 地点, 对口援助 and the search facets, in-process."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from urllib.parse import quote

import pytest
from test_web_api import Client

from baoshu.archive import Archive

PAGES = Path(__file__).parent / "entity_pages"
SCRIPT = "<script>window.pwned=1</script>"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Client:
    path = tmp_path_factory.mktemp("entity-api") / "reader.db"
    with Archive(path) as archive:
        assert archive.ingest([PAGES], jobs=1).pages == 2
    return Client(path)


def test_lists_of_people_organisations_and_places(client: Client) -> None:
    people = client.json("/api/people")
    assert people["pager"]["total"] == people["total"]
    zhou = next(e for e in people["entities"] if e["name"] == "周明远")
    assert zhou["url"] == "/people/周明远" and zhou["articles"] == 2
    assert client.json("/api/people?q=钱")["total"] == 1
    places = client.json("/api/places?sort=name")["entities"]
    assert any(e["url"] == "/places/652927" for e in places)
    assert client.json("/api/orgs")["total"] >= 4
    assert client.get("/api/people?sort=size").status_code == 400


def test_a_person_an_organisation_and_a_place(client: Client) -> None:
    person = client.json(f"/api/people/{quote('周明远')}")
    assert {p["post"] for p in person["posts"]} >= {"乌什县委常委、副县长", "温州援疆干部"}
    assert person["search_url"].startswith("/search?person=")
    org = client.json(f"/api/orgs/{quote('乌什县委')}")
    assert org["persons"][0]["person"] == "周明远"
    place = client.json("/api/places/652900")
    assert place["name"] == "阿克苏地区" and any(c["code"] == "652927" and c["articles"] == 2 for c in place["children"])
    assert any(f["place_code"] == "652927" for f in place["figures"])
    assert client.json(f"/api/places/{quote('伊犁')}")["code"] == "654000"
    for missing in (f"/api/people/{quote('无名氏')}", "/api/places/999999", f"/api/orgs/{quote('不存在的局')}"):
        response = client.get(missing)
        assert response.status_code == 404 and response.json()["ok"] is False


def test_aid_matrix_rows_and_csv(client: Client) -> None:
    data = client.json("/api/aid?level=prefecture")
    cells = {(c["donor"], c["recipient"]): c for c in data["matrix"]["cells"]}
    assert cells[("江苏省", "伊犁哈萨克自治州")]["money"] == 85000000
    assert cells[("江苏省", "伊犁哈萨克自治州")]["url"].startswith("/aid?")
    assert len(data["grid"]) == len(data["matrix"]["donors"])
    rows = client.json("/api/aid?donor=320000&recipient=654000")["rows"]
    assert rows and all(r["donor"] == "江苏省" for r in rows)
    response = client.get("/aid.csv?recipient=乌什县")
    assert response.status_code == 200 and response.text.startswith("\ufeff")
    listed = list(csv.DictReader(io.StringIO(response.text.lstrip("\ufeff"))))
    assert listed and {r["recipient"] for r in listed} == {"乌什县"} and listed[0]["sentence"]
    assert client.get("/api/aid?level=galaxy").status_code == 400


def test_search_facets(client: Client) -> None:
    found = client.json(f"/api/search?q={quote('援疆')}")
    kinds = {g["kind"]: g for g in found["facets"]}
    assert any(e["name"] == "温州市" for e in kinds["place"]["entries"])
    narrowed = client.json(f"/api/search?person={quote('周明远')}")
    assert narrowed["total"] == 2 and narrowed["chosen"][0]["label"] == "人物"
    assert "person" not in narrowed["chosen"][0]["remove"]


def test_html_views_render_in_chinese_and_escape(client: Client) -> None:
    for url, text in (("/people", "人物"), ("/orgs", "机构"), ("/places", "地点"), ("/aid", "对口援助"),
                      (f"/people/{quote('周明远')}", "职务"), ("/places/654000", "下辖"),
                      (f"/search?place={quote('阿克苏')}", "找到 2 篇")):
        response = client.get(url)
        assert response.status_code == 200 and text in response.text, url
    assert "aria-current" in client.get("/aid").text
    response = client.get(f"/people/{quote(SCRIPT)}")
    assert response.status_code == 404 and SCRIPT not in response.text
    response = client.get(f"/people?q={quote(SCRIPT)}")
    assert response.status_code == 200 and SCRIPT not in response.text
