"""The reader's doors: security headers, Host check, token, page images, the edit form, and bad input everywhere."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from baoshu.archive import Archive
from baoshu.cli import main
from baoshu.web import create_app
from baoshu.web.security import HEADERS, Guard

HERE = Path(__file__).parent
PAGES = HERE / "web_pages"
HUGE = "99999999999999999999"
SPEC = importlib.util.spec_from_file_location("make_pdfs_guard", HERE / "pdfs" / "make_pdfs.py")
assert SPEC and SPEC.loader
typeset = importlib.util.module_from_spec(SPEC)
sys.modules[SPEC.name] = typeset
SPEC.loader.exec_module(typeset)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The web pages and one typeset PDF page, ingested into reader.db."""
    folder = tmp_path_factory.mktemp("guard")
    pages = folder / "pages"
    shutil.copytree(PAGES, pages)
    pdfs = typeset.make(folder / "pdfs")
    shutil.copy(pdfs["three_columns"], pages / "河湾日报_2024-10-10_3.pdf")
    with Archive(folder / "reader.db") as archive:
        report = archive.ingest([pages], jobs=1)
    assert not report.failures and report.pages == 4
    return folder


@pytest.fixture(scope="module")
def db(folder: Path) -> Path:
    return folder / "reader.db"


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return TestClient(create_app(db), raise_server_exceptions=False)


def pdf_page(client: TestClient) -> dict:
    return next(p for p in client.get("/api/pages").json()["pages"] if p["kind"] == "pdf")


def test_every_response_carries_the_security_headers(client: TestClient) -> None:
    for url in ("/", "/api/home", "/pages/424242", "/api/pages/abc", "/static/reader.css", "/nowhere", "/openapi.json"):
        response = client.get(url)
        for name, value in HEADERS.items():
            assert response.headers.get(name) == value, (url, name)
    assert "frame-ancestors 'none'" in HEADERS["Content-Security-Policy"]


def test_loopback_binding_checks_the_host_header(db: Path) -> None:
    guarded = TestClient(create_app(db, guard=Guard.for_binding("127.0.0.1")), base_url="http://127.0.0.1:8000",
                         raise_server_exceptions=False)
    assert guarded.get("/api/stats").status_code == 200
    assert guarded.get("/api/stats", headers={"host": "localhost:8000"}).status_code == 200
    rebound = guarded.get("/api/stats", headers={"host": "attacker.example"})
    assert rebound.status_code == 400 and rebound.json()["ok"] is False
    assert Guard.for_binding("0.0.0.0").hosts == frozenset()


def test_a_token_is_required_on_every_request(db: Path) -> None:
    app = create_app(db, guard=Guard(token="s3cret"))
    anonymous = TestClient(app, raise_server_exceptions=False)
    assert anonymous.get("/api/stats").status_code == 401
    page = anonymous.get("/")
    assert page.status_code == 401 and 'name="token"' in page.text and "口令" in page.text
    assert anonymous.get("/static/reader.css").status_code == 200  # the token page is styled
    assert anonymous.get("/api/stats", headers={"authorization": "Bearer s3cret"}).status_code == 200
    assert anonymous.get("/api/stats", headers={"x-baoshu-token": "s3cret"}).status_code == 200
    assert anonymous.get("/api/stats", headers={"x-baoshu-token": "wrong"}).status_code == 401
    browser = TestClient(app, raise_server_exceptions=False)
    login = browser.get("/figures?token=s3cret&unit=元", follow_redirects=False)
    assert login.status_code == 303 and login.headers["location"] == "/figures?unit=%E5%85%83"
    assert "httponly" in login.headers["set-cookie"].lower()
    assert browser.get("/figures?unit=元").status_code == 200  # the cookie now


def test_a_pdf_page_image_is_rendered_once_into_a_cache_beside_the_archive(client: TestClient, db: Path) -> None:
    before = db.read_bytes()
    page = pdf_page(client)
    view = client.get(f"/api/pages/{page['id']}").json()
    assert view["image"] == f"/api/pages/{page['id']}/image" and view["size"] == [600.0, 580.0]
    assert all(a["regions"] for a in view["articles"])
    response = client.get(view["image"])
    assert response.status_code == 200 and response.headers["content-type"] == "image/png"
    assert response.content.startswith(b"\x89PNG")
    cached = list(db.with_name(db.name + ".images").glob("*.png"))
    assert len(cached) == 1
    assert client.get(view["image"]).content == response.content
    assert db.read_bytes() == before  # reading never writes the archive
    text_page = next(p for p in client.get("/api/pages").json()["pages"] if p["kind"] == "text")
    assert client.get(f"/api/pages/{text_page['id']}").json()["image"] is None
    assert client.get(f"/api/pages/{text_page['id']}/image").status_code == 404


def test_a_moved_pdf_gives_a_404_that_says_so(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "moved.db"
    pdf = tmp_path / "p.pdf"
    shutil.copy(next((folder / "pages").glob("*.pdf")), pdf)
    with Archive(db) as archive:
        archive.ingest([pdf], jobs=1)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    unwritable = TestClient(create_app(db, image_cache=blocker / "cache"), raise_server_exceptions=False)
    image = unwritable.get("/api/pages/1/image")  # a cache that cannot be written costs only the caching
    assert image.status_code == 200 and image.content.startswith(b"\x89PNG")
    pdf.unlink()
    client = TestClient(create_app(db, image_cache=tmp_path / "cache"), raise_server_exceptions=False)
    missing = client.get("/api/pages/1/image")
    assert missing.status_code == 404 and "ingest it again" in missing.json()["error"]


def test_the_edit_form_is_off_unless_asked_and_checks_its_key(db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "edit.db"
    shutil.copy(db, copy)
    reader = TestClient(create_app(copy), raise_server_exceptions=False)
    page_id = pdf_page(reader)["id"]
    assert 'id="meta-form"' not in reader.get(f"/pages/{page_id}").text
    assert reader.post(f"/pages/{page_id}/meta", data={"date": "2020-01-01"}).status_code == 403
    app = create_app(copy, edit=True)
    editor = TestClient(app, raise_server_exceptions=False)
    assert 'id="meta-form"' in editor.get(f"/pages/{page_id}").text
    assert editor.post(f"/pages/{page_id}/meta", data={"date": "2020-01-01", "key": "forged"}).status_code == 403
    form = {"publication": "河湾日报", "date": "2021-06-30", "page": "5", "key": app.state.form_key}
    saved = editor.post(f"/pages/{page_id}/meta", data=form, follow_redirects=False)
    assert saved.status_code == 303 and saved.headers["location"] == f"/pages/{page_id}?saved=1"
    assert (pdf_page(editor)["date"], pdf_page(editor)["page"]) == ("2021-06-30", "5")
    bad = editor.post(f"/pages/{page_id}/meta", data={**form, "date": "2021-02-30"})
    assert bad.status_code == 400 and "日期" in bad.text


BAD_VALUES = ("0", "-1", "abc", HUGE, "9" * 400, "1.5", "\x00", "%", "2024-02-30", "notadate", "'\"<>")
SEARCH = ("q", "page", "kind", "date_from", "date_to", "publication")
LEDGER = ("page", "sort", "by", "unit", "measure", "place", "period", "publication")
ENTITIES = ("q", "page", "publication", "date_from", "date_to", "sort")
AID = ("donor", "recipient", "programme", "publication", "date_from", "date_to", "page", "by")
ROUTES = {  # every route, with the parameters it reads (and one it does not know)
    "/": (), "/pages": ("page", "publication"), "/pages/{id}": ("article", "figure"), "/articles/{id}": (),
    "/search": SEARCH, "/figures": LEDGER, "/figures.csv": LEDGER, "/api/home": (), "/api/stats": (),
    "/api/publications": (), "/api/pages": ("limit", "offset", "publication"), "/api/pages/{id}": (),
    "/api/pages/{id}/image": (), "/api/articles/{id}": (), "/api/search": SEARCH, "/api/figures": LEDGER,
    "/api/figures/sums": (*LEDGER, "by"), "/api/figures.csv": LEDGER,
    "/people": ENTITIES, "/orgs": ENTITIES, "/places": ENTITIES, "/people/{id}": (), "/orgs/{id}": (),
    "/places/{id}": (), "/aid": AID, "/aid.csv": AID, "/api/people": ENTITIES, "/api/orgs": ENTITIES,
    "/api/places": ENTITIES, "/api/people/{id}": (), "/api/orgs/{id}": (), "/api/places/{id}": (),
    "/api/aid": AID, "/api/aid.csv": AID,
}


def test_no_bad_input_gets_a_5xx_at_any_route(client: TestClient) -> None:
    failures = []
    for route, params in ROUTES.items():
        for raw in BAD_VALUES:
            value = quote(raw, safe="")
            urls = [route.replace("{id}", value)] if "{id}" in route else []
            good = route.replace("{id}", "1")
            urls += [f"{good}?{name}={value}&q=%E6%97%A5" for name in (*params, "unknown")]
            for url in urls:
                response = client.get(url)
                if response.status_code >= 500:
                    failures.append((url, response.status_code))
                elif url.startswith("/api/") and response.status_code >= 400:
                    assert response.json()["ok"] is False, url
    for body in (b"", b"date=" + HUGE.encode(), b"\xff\xfe" * 100, b"x" * 20_000):
        response = client.post("/pages/1/meta", content=body)
        if response.status_code >= 500:
            failures.append(("POST /pages/1/meta", response.status_code))
    assert failures == []


@pytest.fixture
def cli_db(db: Path, tmp_path: Path) -> Iterator[Path]:
    copy = tmp_path / "cli.db"
    shutil.copy(db, copy)
    yield copy


BAD_ARGS = (["--limit", HUGE], ["--offset", "-1"], ["--date", "notadate"], ["--from", "2024-02-30"],
            ["--to", "notadate"], ["--format", "bogus"], [HUGE], ["--kind", "bogus"], ["--port", HUGE],
            ["--out", "/proc/nope"], ["/no/such/file.txt"], ["--db", "/proc/nope/x.db"], ["--jobs", HUGE])


def test_no_bad_input_gets_a_traceback_from_any_command(cli_db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    for name, command in main.commands.items():
        takes_db = any(p.name == "db" for p in command.params)
        for args in BAD_ARGS:
            argv = [name, *args]
            if takes_db and "--db" not in args:
                argv += ["--db", str(cli_db)]
            if name == "serve" and args == ["--out", "/proc/nope"]:
                continue  # an unknown option to serve is covered by the others; never start a server here
            result = runner.invoke(main, argv)
            assert result.exit_code in (0, 1, 2), (argv, result.exit_code, result.output)
            assert result.exception is None or isinstance(result.exception, SystemExit), (argv, result.exception)
            assert "Traceback" not in result.output, argv


@pytest.mark.parametrize("query, problem", [
    ("kind=bogus", "kind"), ("date_from=notadate", "date_from"), ("date_to=2024-02-30", "date_to"),
    ("page=" + HUGE, "page"), ("page=0", "page"),
])
def test_search_checks_kind_dates_and_page(client: TestClient, query: str, problem: str) -> None:
    for path in ("/api/search?q=日报&", "/api/search?"):
        response = client.get(path + query)
        assert response.status_code == 400 and problem in response.json()["error"], path + query
    page = client.get("/search?q=日报&" + query)
    assert page.status_code == 400 and "请求有误" in page.text


@pytest.mark.parametrize("url", [f"/api/articles/{HUGE}", f"/api/pages/{HUGE}", f"/api/pages?offset={HUGE}",
                                 f"/api/figures?page={HUGE}", f"/pages/1?article={HUGE}"])
def test_oversized_integers_are_a_400_with_the_envelope(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 400
    if url.startswith("/api/"):
        assert response.json()["ok"] is False and response.json()["status"] == 400
