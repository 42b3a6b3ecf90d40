"""The reader as a daily tool, in real headless Chromium: page images, the whole archive, phones, edits.

A real `baoshu ingest` builds an archive of the web pages, a typeset PDF page,
a page with no metadata and enough short pages to page through; real
`baoshu serve` processes serve it (plain, with --edit, with --token).
Screenshots of every view at 1400 and 390 px land in test-artifacts/.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright
from test_web_browser import ARTIFACTS, BAOSHU, CHROMIUM, CHROMIUM_ARGS, READY_ATTEMPTS, free_port

pytestmark = pytest.mark.browser

HERE = Path(__file__).parent
DESKTOP, PHONE = 1400, 390
SHORT_PAGES = 31  # one more than a page of the page list
NO_META = "无名稿.txt"
NO_META_TEXT = ("山脚下的合作社今年种下一片新果园\n"
                "合作社理事长说，新果园占地八十亩，雇用附近村民二十多人，秋天第一次挂果。\n"
                "村里还修了一条通往果园的水泥路，运果子的车不再陷进泥里。\n")
SPEC = importlib.util.spec_from_file_location("make_pdfs_reader", HERE / "pdfs" / "make_pdfs.py")
assert SPEC and SPEC.loader
typeset = importlib.util.module_from_spec(SPEC)
sys.modules[SPEC.name] = typeset
SPEC.loader.exec_module(typeset)


def short_page(day: int) -> str:
    return (f"晨报简讯\n2023年1月{day}日 第4版\n 社区简讯第{day}期\n"
            f"本期简讯介绍街道第{day}个便民服务点的开放时间和服务项目，居民可以就近办理相关事务。\n")


@pytest.fixture(scope="module")
def archive_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("reader")
    pages = folder / "pages"
    shutil.copytree(HERE / "web_pages", pages)
    pdfs = typeset.make(folder / "pdfs")
    shutil.copy(pdfs["four_columns"], pages / "滨江日报_2024-10-10_1.pdf")
    (pages / NO_META).write_text(NO_META_TEXT, encoding="utf-8")
    for day in range(1, SHORT_PAGES + 1):
        (pages / f"晨报简讯_2023-01-{day:02d}_4.txt").write_text(short_page(day), encoding="utf-8")
    subprocess.run([*BAOSHU, "ingest", "--quiet", "--jobs", "1", "--db", str(folder / "reader.db"), str(pages)],
                   check=True)
    return folder


def start(db: Path, *flags: str) -> tuple[str, subprocess.Popen[bytes]]:
    port = free_port()
    server = subprocess.Popen([*BAOSHU, "serve", "--db", str(db), "--port", str(port), *flags],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    headers = {"X-Baoshu-Token": flags[flags.index("--token") + 1]} if "--token" in flags else {}
    for _ in range(READY_ATTEMPTS):
        if server.poll() is not None:
            raise RuntimeError(f"baoshu serve exited with {server.returncode}: {server.stderr.read().decode()}")
        try:
            with urllib.request.urlopen(urllib.request.Request(url + "/api/stats", headers=headers), timeout=2):
                return url, server
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.1)
    server.terminate()
    raise RuntimeError("baoshu serve never answered")


@pytest.fixture(scope="module")
def reader_url(archive_folder: Path) -> Iterator[str]:
    url, server = start(archive_folder / "reader.db")
    yield url
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture(scope="module")
def chromium() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (make browser)")
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def open_page(chromium: Browser, url: str, width: int = DESKTOP) -> Page:
    context = chromium.new_context(base_url=url, viewport={"width": width, "height": 900}, locale="zh-CN",
                                   accept_downloads=True)
    return context.new_page()


@pytest.fixture
def desk(chromium: Browser, reader_url: str) -> Iterator[Page]:
    page = open_page(chromium, reader_url)
    yield page
    page.context.close()


@pytest.fixture
def phone(chromium: Browser, reader_url: str) -> Iterator[Page]:
    page = open_page(chromium, reader_url, PHONE)
    yield page
    page.context.close()


def shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    width = page.viewport_size["width"] if page.viewport_size else 0
    page.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"), full_page=True)


def pdf_page_url(page: Page) -> str:
    page.goto("/pages?publication=滨江日报")
    return page.locator(".page-link").first.get_attribute("href") or ""


def marked_lines(page: Page) -> set[int]:
    return {int(n) for n in page.locator(".src-line.marked").evaluate_all("els => els.map(e => e.dataset.line)")}


def test_a_pdf_page_shows_its_image_with_each_article_outlined(desk: Page) -> None:
    desk.goto(pdf_page_url(desk))
    image = desk.locator("#page-image")
    image.wait_for()
    assert desk.evaluate("document.getElementById('page-image').complete")
    assert desk.evaluate("document.getElementById('page-image').naturalWidth") > 600
    cards = desk.locator(".article-card")
    assert cards.count() >= 3
    ids = cards.evaluate_all("els => els.map(e => e.dataset.article)")
    assert all(desk.locator(f'.regions rect[data-article="{i}"]').count() for i in ids)
    second = cards.nth(1)
    second.click()
    outlines = desk.locator(f'.regions rect[data-article="{ids[1]}"]')
    assert desk.locator(".regions rect.marked").count() == outlines.count()
    assert marked_lines(desk) == {int(n) for n in (second.get_attribute("data-lines") or "").split()}
    assert f"article={ids[1]}" in desk.url
    desk.locator(f'.regions rect[data-article="{ids[0]}"]').first.click(force=True)
    assert "selected" in (cards.nth(0).get_attribute("class") or "")
    chosen = desk.locator(".regions rect.marked").evaluate_all("els => els.map(e => e.dataset.article)")
    assert set(chosen) == {ids[0]}
    shot(desk, "page-pdf")


def test_a_search_hit_opens_its_page_at_the_article(desk: Page) -> None:
    desk.goto("/search?q=集装箱")
    hit = desk.locator(".hit-item").first
    article_id = (hit.locator("a.hit-title").get_attribute("href") or "").rsplit("/", 1)[-1]
    hit.locator("a.to-page").click()
    desk.wait_for_url(f"**/pages/*?article={article_id}")
    assert desk.locator(f'.article-card.selected[data-article="{article_id}"]').count() == 1
    assert desk.locator(f'.regions rect.marked[data-article="{article_id}"]').count() >= 1
    assert marked_lines(desk)


def test_a_ledger_row_links_to_the_figure_on_the_page(desk: Page) -> None:
    desk.goto("/figures?publication=滨江日报&unit=个")
    row = desk.locator("#ledger tbody tr").first
    printed = row.locator("td").first.inner_text()
    row.locator("a.to-spot").click()
    desk.wait_for_url("**/pages/*?figure=*")
    spot = desk.locator(".src-line.spot")
    assert spot.count() == 1 and printed[0] in spot.inner_text()
    assert desk.locator(".regions rect.marked").count() >= 1 and desk.locator(".article-card.selected").count() == 1
    figure = desk.locator("#figure-spot").bounding_box()
    assert figure
    x, y = figure["x"] + figure["width"] / 2, figure["y"] + figure["height"] / 2
    regions = [r.bounding_box() for r in desk.locator(".regions rect.marked").all()]
    assert any(r and r["x"] <= x <= r["x"] + r["width"] and r["y"] <= y <= r["y"] + r["height"]
               and figure["width"] < r["width"] for r in regions)  # the figure itself, inside its article
    shot(desk, "page-pdf-figure")


def test_the_page_list_reaches_every_page(desk: Page) -> None:
    desk.goto("/")
    desk.locator("#all-pages").click()
    desk.wait_for_url("**/pages")
    assert desk.locator("#all-pages-list li").count() == 30
    shot(desk, "pages")
    desk.locator(".pager a[rel=next]").click()
    desk.wait_for_url("**/pages?page=2")
    listed = desk.locator("#all-pages-list").inner_text()
    assert NO_META in listed and "未署报名" in listed
    desk.goto("/pages?page=99")
    assert "没有第 99 页" in desk.locator("#pager-note").inner_text()
    assert desk.locator("#all-pages-list li").count() > 0


def test_paging_past_the_end_is_clamped_and_said(desk: Page) -> None:
    desk.goto("/figures?page=999")
    assert "没有第 999 页" in desk.locator("#pager-note").inner_text()
    assert desk.locator("#ledger tbody tr").count() > 0
    assert "没有符合条件的数字" not in desk.content()
    shot(desk, "ledger-clamped")


def test_a_missing_article_is_a_chinese_404(desk: Page) -> None:
    response = desk.goto("/articles/99999")
    assert response is not None and response.status == 404
    text = desk.locator("main").inner_text()
    assert "找不到" in text and "编号为 99999 的文章" in text and "no article" not in text
    shot(desk, "not-found")


def test_a_hit_without_metadata_shows_its_file(desk: Page) -> None:
    desk.goto("/search?q=合作社")
    meta = desk.locator(".hit-meta").first.inner_text()
    assert f"文件 {NO_META}" in meta and "日期不详" in meta


def test_subheads_are_set_apart_from_the_body(desk: Page) -> None:
    desk.goto("/search?q=" + typeset.HARBOUR.title[:6])
    desk.locator("a.hit-title").first.click()
    desk.wait_for_url("**/articles/*")
    subhead = desk.locator("article.story h3.subhead")
    assert subhead.inner_text() == typeset.HARBOUR.subheads[0]
    style = "el => [getComputedStyle(el).fontWeight, getComputedStyle(el).textIndent, getComputedStyle(el).fontFamily]"
    head, body = subhead.evaluate(style), desk.locator("article.story .body p").first.evaluate(style)
    assert int(head[0]) >= 700 and head[1] == "0px" and body[1] != "0px" and head[2] != body[2]
    shot(desk, "article-subhead")


def test_every_view_fits_a_phone_and_is_photographed(chromium: Browser, reader_url: str) -> None:
    desk = open_page(chromium, reader_url)
    pdf_url = pdf_page_url(desk)
    desk.goto(pdf_url)
    article_url = desk.locator(".card-links a.read").first.get_attribute("href") or ""
    text_url = "/pages/1"
    views = {"home": "/", "pages": "/pages", "page-text": text_url, "page-pdf": pdf_url, "article": article_url,
             "search": "/search?q=茶园", "ledger": "/figures", "not-found": "/pages/99999"}
    for width in (DESKTOP, PHONE):
        page = open_page(chromium, reader_url, width)
        refused: list[str] = []
        page.on("console", lambda message: refused.append(message.text)
                if "Content Security Policy" in message.text else None)
        for name, url in views.items():
            page.goto(url)
            page.wait_for_load_state("load")
            overflow = page.evaluate("document.documentElement.scrollWidth")
            assert overflow <= width, (name, width, overflow)
            shot(page, f"view-{name}")
        assert refused == []  # nothing the pages use is blocked by their own policy
        page.context.close()
    desk.context.close()


def test_on_a_phone_tables_become_cards_and_chart_labels_stay_readable(phone: Page) -> None:
    phone.goto("/figures")
    assert phone.locator("#chart").is_hidden() and phone.locator("#chart-narrow").is_visible()
    label = phone.locator("#chart-narrow text.label").first
    assert label.bounding_box()["height"] >= 11  # type: ignore[index]
    cell = phone.locator("#ledger tbody td").first
    assert cell.evaluate("el => getComputedStyle(el).display") == "flex"
    assert phone.locator("#ledger").bounding_box()["width"] <= PHONE  # type: ignore[index]


def test_on_a_phone_the_source_lines_are_reachable_from_an_article(phone: Page) -> None:
    phone.goto(pdf_page_url(phone))
    card_links = phone.locator(".card-links").nth(1)
    card_links.scroll_into_view_if_needed()
    card_links.locator("a.to-source").click()
    first = phone.locator(".src-line.marked").first
    first.wait_for()
    box, line = phone.locator("#source-text").bounding_box(), first.bounding_box()
    assert box and line and box["y"] - 1 <= line["y"] <= box["y"] + box["height"]
    assert 0 <= line["y"] <= 900  # in the viewport
    card_links.locator("a.to-image").click()
    region = phone.locator(".regions rect.marked").first.bounding_box()
    assert region and 0 <= region["y"] <= 900
    shot(phone, "page-pdf-phone-source")


def test_metadata_is_corrected_in_the_browser_with_edit(chromium: Browser, archive_folder: Path,
                                                       tmp_path: Path) -> None:
    copy = tmp_path / "edit.db"
    shutil.copy(archive_folder / "reader.db", copy)
    url, server = start(copy, "--edit")
    try:
        page = open_page(chromium, url)
        page.goto("/search?q=合作社")
        page.locator("a.to-page").first.click()
        page.wait_for_url("**/pages/*")
        form = page.locator("#meta-form")
        assert form.is_visible()  # open at once: the page's publication and date are unknown
        page.fill("#meta-form input[name=publication]", "山乡日报")
        page.fill("#meta-form input[name=date]", "2022-09-01")
        page.fill("#meta-form input[name=page]", "6")
        shot(page, "page-edit")
        page.locator("#meta-form button").click()
        page.wait_for_url("**saved=1")
        assert "山乡日报" in page.locator("h1").inner_text() and "2022-09-01" in page.locator("h1").inner_text()
        assert page.locator("#saved").is_visible()
        page.context.close()
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_a_token_guards_the_reader_in_the_browser(chromium: Browser, archive_folder: Path) -> None:
    url, server = start(archive_folder / "reader.db", "--token", "open-sesame")
    try:
        page = open_page(chromium, url)
        response = page.goto("/")
        assert response is not None and response.status == 401
        shot(page, "token")
        page.fill("input[name=token]", "open-sesame")
        page.locator(".token-form button").click()
        page.wait_for_load_state("load")
        assert int(page.locator("#count-pages").inner_text()) > 30
        page.goto("/figures")
        assert page.locator("#ledger").is_visible()  # the cookie carries on
        page.context.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
