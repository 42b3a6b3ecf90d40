"""人物, 机构, 地点, 对口援助 and the search facets in headless Chromium, over a real `baoshu serve`
of an archive built by `baoshu ingest` from tests/entity_pages/."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page
from test_web_browser import browser, screenshot, serve_pages  # noqa: F401 - fixture

pytestmark = pytest.mark.browser

PAGES = Path(__file__).parent / "entity_pages"
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from serve_pages(PAGES, tmp_path_factory.mktemp("entities-web"))


def open_page(browser: Browser, base_url: str, viewport: dict[str, int] | None = None) -> Page:  # noqa: F811
    context = browser.new_context(base_url=base_url, viewport=viewport or {"width": 1280, "height": 900},
                                  locale="zh-CN", accept_downloads=True)
    return context.new_page()


@pytest.fixture
def page(browser: Browser, base_url: str) -> Iterator[Page]:  # noqa: F811
    opened = open_page(browser, base_url)
    yield opened
    opened.context.close()


def test_nav_leads_to_the_four_views(page: Page) -> None:
    page.goto("/")
    for label, path in (("人物", "/people"), ("机构", "/orgs"), ("地点", "/places"), ("对口援助", "/aid")):
        page.click(f".masthead nav >> text={label}")
        page.wait_for_url(f"**{path}")
        assert page.locator(".masthead nav a[aria-current]").inner_text() == label
        assert page.locator("h1").first.inner_text() == label


def test_aid_matrix_cell_opens_its_rows_and_sentences(page: Page) -> None:
    page.goto("/aid")
    matrix = page.locator("#aid-matrix")
    assert "温州市" in matrix.locator("tbody th").all_inner_texts()
    cell = matrix.locator("a.cell-link[title^='温州市 → 乌什县']")
    assert "2.3亿元" in cell.inner_text()
    screenshot(page, "aid-matrix")
    cell.click()
    page.wait_for_url("**/aid?**recipient=**")
    rows = page.locator("#aid-rows tbody tr")
    assert rows.count() >= 1
    assert all(t == "温州市" for t in page.locator("#aid-rows tbody tr td:first-child").all_inner_texts())
    assert "温州" in rows.first.locator("td.sentence").inner_text()
    with page.expect_download() as download:
        page.click("#aid-csv")
    text = Path(download.value.path()).read_text(encoding="utf-8-sig")
    assert text.startswith("date,") and "乌什县" in text and "伊犁" not in text


def test_matrix_gathers_counties_into_their_prefecture(page: Page) -> None:
    page.goto("/aid")
    assert "尼勒克县" in page.locator("#aid-matrix thead").inner_text()
    page.click("text=按地州市")
    page.wait_for_url("**level=prefecture**")
    head = page.locator("#aid-matrix thead").inner_text()
    assert "伊犁哈萨克自治州" in head and "尼勒克县" not in head
    cell = page.locator("a.cell-link[title^='江苏省 → 伊犁哈萨克自治州']")
    assert "8500万元" in cell.inner_text()


def test_a_person_with_posts_and_articles(page: Page) -> None:
    page.goto("/people")
    page.click("#entities >> text=周明远")
    page.wait_for_url("**/people/*")
    assert page.locator("h1").inner_text() == "周明远"
    posts = page.locator("#posts tbody tr td:first-child").all_inner_texts()
    assert "乌什县委常委、副县长" in posts and "温州援疆干部" in posts
    assert page.locator(".entity-articles li").count() == 2
    screenshot(page, "person")
    page.click(".entity-articles li >> nth=0 >> a")
    page.wait_for_url("**/articles/*")
    facts = page.locator("#article-entities")
    assert "周明远" in facts.inner_text() and "乌什县" in facts.inner_text()


def test_a_place_shows_its_counties_figures_and_aid(page: Page) -> None:
    page.goto("/places")
    page.fill(".entity-filters input[name=q]", "伊犁")
    page.press(".entity-filters input[name=q]", "Enter")
    page.wait_for_url("**q=**")
    page.click("#entities >> text=伊犁哈萨克自治州")
    page.wait_for_url("**/places/654000")
    chips = page.locator("#children li")
    assert chips.filter(has_text="尼勒克县").locator(".count").inner_text() == "1"
    assert "26万人次" in page.locator("#place-figures").inner_text()
    assert "江苏省" in page.locator("#aid-received").inner_text()
    screenshot(page, "place")
    page.click("#children >> text=尼勒克县")
    page.wait_for_url("**/places/654028")
    assert "伊犁哈萨克自治州" in page.locator(".crumbs").inner_text()


def test_search_facets_narrow_and_widen(page: Page) -> None:
    page.goto("/search?q=援疆")
    before = page.locator(".hit-item").count()
    facet = page.locator(".facet[data-facet=person] a", has_text="周明远")
    facet.click()
    page.wait_for_url("**person=**")
    assert page.locator(".hit-item").count() < before
    assert "人物：周明远" in page.locator("#chosen-facets").inner_text()
    page.locator(".facet[data-facet=place] a", has_text="阿克苏地区").click()
    page.wait_for_url("**place=**")
    assert "地点：阿克苏地区" in page.locator("#chosen-facets").inner_text()
    page.locator("#chosen-facets a[aria-label='去掉人物筛选']").click()
    page.wait_for_url(lambda url: "person=" not in url)
    assert page.locator(".hit-item").count() >= 1


@pytest.mark.parametrize("path", ["/aid", "/people", "/places/654000", "/search?q=援疆"])
def test_views_fit_a_phone(browser: Browser, base_url: str, path: str) -> None:  # noqa: F811
    phone = open_page(browser, base_url, PHONE)
    phone.goto(path)
    overflow = phone.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    screenshot(phone, "phone" + path.replace("/", "-").replace("?", "-"))
    phone.context.close()
    assert overflow <= 1, f"{path} is {overflow}px wider than a phone"
