"""The web reader driven in real headless Chromium (Debian's), over a real `baoshu serve`.

The archive is built by the real `baoshu ingest` from the page files in
tests/web_pages/; the server is a real process on a free loopback port.
Screenshots of each view are saved into test-artifacts/.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
PAGES = Path(__file__).parent / "web_pages"
ARTIFACTS = Path(__file__).parent.parent / "test-artifacts"
BAOSHU = [sys.executable, "-m", "baoshu"]
READY_ATTEMPTS = 300


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_serving(url: str, server: subprocess.Popen[bytes]) -> None:
    """Poll the server until it answers, failing at once if the process died."""
    for _ in range(READY_ATTEMPTS):
        if server.poll() is not None:
            raise RuntimeError(f"baoshu serve exited with {server.returncode}: {server.stderr.read().decode()}")
        try:
            with urllib.request.urlopen(url + "/api/stats", timeout=2):
                return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.1)
    raise RuntimeError("baoshu serve never answered")


def serve_pages(pages: Path, folder: Path) -> Iterator[str]:
    """The URL of a real `baoshu serve` over an archive that `baoshu ingest` built from `pages`."""
    db = folder / "reader.db"
    subprocess.run([*BAOSHU, "ingest", "--quiet", "--jobs", "1", "--db", str(db), str(pages)], check=True)
    port = free_port()
    server = subprocess.Popen([*BAOSHU, "serve", "--db", str(db), "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(url, server)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from serve_pages(PAGES, tmp_path_factory.mktemp("web"))


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("Debian's chromium is not installed: CI must run the browser tests (make browser)")
        pytest.skip("Debian's chromium is not installed (make browser)")
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser, base_url: str) -> Iterator[Page]:
    context = browser.new_context(base_url=base_url, viewport={"width": 1280, "height": 900}, locale="zh-CN",
                                  accept_downloads=True)
    opened = context.new_page()
    yield opened
    context.close()


def screenshot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_home_shows_counts_and_newest_pages(page: Page) -> None:
    page.goto("/")
    assert page.title().startswith("首页")
    assert int(page.locator("#count-pages").inner_text()) == 3
    assert int(page.locator("#count-articles").inner_text()) >= 3
    assert int(page.locator("#count-figures").inner_text()) > 0
    assert page.locator(".page-list li").count() == 3
    screenshot(page, "home")


def test_search_for_a_two_character_word_and_open_a_result(page: Page) -> None:
    page.goto("/")
    page.fill(".big-search input[name=q]", "茶园")
    page.press(".big-search input[name=q]", "Enter")
    page.wait_for_url("**/search?q=*")
    assert "茶园" in page.locator("#result-count").inner_text()
    hits = page.locator(".hit-item")
    assert hits.count() >= 2
    assert page.locator(".hit-item mark.hit").first.inner_text() == "茶园"
    found = hits.count()
    with page.expect_navigation():
        page.select_option("select[name=publication]", "江城晚报")
    assert "publication=" in page.url and hits.count() == 0
    with page.expect_navigation():
        page.select_option("select[name=publication]", "")
    assert hits.count() == found
    screenshot(page, "search")
    hits.first.locator("a.hit-title").click()
    page.wait_for_url("**/articles/*")
    assert "茶园" in page.locator("article.story").inner_text()
    screenshot(page, "article")


def test_article_marks_figures_with_their_normal_form(page: Page) -> None:
    page.goto("/search?q=污水处理厂")
    page.locator(".hit-item a.hit-title").first.click()
    page.wait_for_url("**/articles/*")
    marks = page.locator("article.story mark.fig")
    assert marks.count() >= 2
    tonnes = page.locator("article.story mark.fig", has_text="2万吨").first
    assert tonnes.get_attribute("data-value") == "20000"
    assert tonnes.get_attribute("data-unit") == "吨"
    tonnes.hover()
    tip = page.evaluate("el => getComputedStyle(el, '::after').content", tonnes.element_handle())
    assert "20000" in tip or "2万" in tip
    screenshot(page, "article-figure-hover")


def test_article_jumps_to_its_continuation(page: Page) -> None:
    page.goto("/search?q=春茶开采")
    for link in page.locator(".hit-item a.hit-title").all():
        link.click()
        page.wait_for_url("**/articles/*")
        jump = page.locator("p.jump.on a")
        if jump.count():
            jump.click()
            page.wait_for_url("**/articles/*")
            assert "春茶节" in page.locator("article.story").inner_text()
            assert page.locator("p.jump.from a").count() == 1
            return
        page.go_back()
    pytest.fail("no article offered a jump to its continuation")


def test_page_view_marks_the_source_lines_of_the_chosen_article(page: Page) -> None:
    page.goto("/")
    page.locator(".page-link", has_text="晨光日报").first.click()
    page.wait_for_url("**/pages/*")
    assert page.locator(".src-line.marked").count() == 0
    cards = page.locator(".article-card")
    assert cards.count() >= 2
    for index in range(cards.count()):
        card = cards.nth(index)
        card.click()
        wanted = {int(n) for n in card.get_attribute("data-lines").split()}
        marked = page.locator(".src-line.marked")
        numbers = {int(marked.nth(i).get_attribute("data-line")) for i in range(marked.count())}
        assert numbers == wanted and numbers
        assert "selected" in card.get_attribute("class")
        assert f"第 {index + 1} 篇" in page.locator("#provenance-status").inner_text()
    title = cards.nth(0).locator(".title").inner_text()
    cards.nth(0).click()
    source = " ".join(page.locator(".src-line.marked .tx").all_inner_texts()).replace(" ", "")
    assert title.replace(" ", "")[:4] in source
    screenshot(page, "page-view")


def test_page_view_shows_furniture_apart(page: Page) -> None:
    page.goto("/")
    page.locator(".page-link", has_text="第1版").first.click()
    page.wait_for_url("**/pages/*")
    furniture = page.locator(".furniture-box li").all_inner_texts()
    assert "晨光日报" in furniture
    masthead = page.locator(".src-line.furniture", has_text="晨光日报")
    assert masthead.count() == 1
    assert masthead.get_attribute("data-articles") == ""


def test_script_in_a_page_is_shown_as_text(page: Page) -> None:
    page.goto("/search?q=网友热议")
    page.locator(".hit-item a.hit-title").first.click()
    page.wait_for_url("**/articles/*")
    assert "<script>window.pwned=1</script>" in page.locator("article.story").inner_text()
    page.locator("a", has_text="晨光日报").first.click()
    page.wait_for_url("**/pages/*")
    assert "<script>window.pwned=1</script>" in page.locator("#source-text").inner_text()
    assert page.evaluate("typeof window.pwned") == "undefined"


def test_ledger_filters_and_downloads_its_csv(page: Page) -> None:
    page.goto("/figures")
    total_before = int("".join(c for c in page.locator("#figure-count").inner_text().split("，")[0] if c.isdigit()))
    assert page.locator("#chart rect").count() >= 1
    with page.expect_navigation():
        page.select_option("select[name=unit]", "吨")
    assert "unit=" in page.url
    rows = page.locator("#ledger tbody tr")
    assert 0 < rows.count() < total_before
    units = {rows.nth(i).locator("td").nth(2).inner_text() for i in range(rows.count())}
    assert units == {"吨"}
    assert "吨" in page.locator(".chart-box h2").inner_text()
    screenshot(page, "ledger")
    with page.expect_download() as info:
        page.click("#csv-download")
    download = info.value
    text = Path(download.path()).read_text(encoding="utf-8-sig")
    table = list(csv.DictReader(io.StringIO(text)))
    assert len(table) == rows.count()
    assert {row["unit"] for row in table} == {"吨"}
    first = rows.first.locator("td").first.locator("a")
    printed = first.inner_text()
    first.click()
    page.wait_for_url("**/articles/*#f*")
    assert page.locator("mark.fig:target").inner_text().replace(" ", "") == printed


def test_ledger_sorts_by_value_and_charts_by_month(page: Page) -> None:
    page.goto("/figures?unit=元")
    page.locator("#ledger th a", has_text="数值").click()
    page.wait_for_url("**sort=-value*")
    values = [float(v) for v in page.locator("#ledger tbody tr").evaluate_all("rows => rows.map(r => r.dataset.value)")]
    assert values == sorted(values, reverse=True)
    page.locator(".chart-switch a", has_text="按月份").click()
    page.wait_for_url("**by=month*")
    labels = page.locator("#chart text.label").all_text_contents()
    assert labels == sorted(labels) and "2024-03" in labels
    screenshot(page, "ledger-by-month")


def test_no_request_leaves_the_machine(page: Page, base_url: str) -> None:
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    for path in ("/", "/search?q=茶园", "/figures", "/pages/1"):
        page.goto(path)
    assert requested and all(url.startswith(base_url) for url in requested)
