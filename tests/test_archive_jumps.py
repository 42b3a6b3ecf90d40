"""Jump lines: a story cut by （下转第N版） is read as one with its （上接第M版） part."""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_helpers import copy_pages, store_page

from baoshu.archive import Archive
from baoshu.model import Article, PageMeta

ISSUE = dict(publication="河谷日报", date="2024-06-01")


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    with Archive(tmp_path / "a.db") as archive:
        yield archive


def front(archive: Archive) -> int:
    """Page 1: a story continued on page 4, and one that is not continued."""
    page_id = store_page(archive, "front.txt", [
        Article(title="河谷新建污水处理厂投入运行", body=["污水处理厂今天正式运行。"], continued_on="4"),
        Article(title="果园迎来采摘季", body=["果农忙着采摘苹果。"]),
    ], PageMeta(page="1", **ISSUE))
    return archive.articles(page_id=page_id)["articles"][0]["id"]


def inside(archive: Archive, page: str = "4", meta: dict[str, str] = ISSUE) -> None:
    """Page 4: two continued parts; the one about the plant is the right one."""
    store_page(archive, f"inside{page}.txt", [
        Article(title="果园采摘（续）", body=["另一篇的续文。"], continued_from="3"),
        Article(title="污水处理厂", body=["处理后的水将用于灌溉农田。"], continued_from="1"),
        Article(title="小学新添图书", body=["图书三千册。"]),
    ], PageMeta(page=page, **meta))


def test_continued_story_is_joined_with_its_continuation(archive: Archive) -> None:
    origin = front(archive)
    inside(archive)
    article = archive.article(origin)
    assert article["continuation"]["page"] == "4"
    assert article["continuation"]["title"] == "污水处理厂"
    assert article["joined_body"] == ["污水处理厂今天正式运行。", "处理后的水将用于灌溉农田。"]
    part = archive.article(article["continuation"]["id"])
    assert part["continues"]["id"] == origin
    assert part["continuation"] is None


def test_join_happens_whichever_page_comes_first(archive: Archive) -> None:
    inside(archive)
    origin = front(archive)
    assert archive.article(origin)["continuation"]["title"] == "污水处理厂"


def test_no_join_across_issues_or_to_the_wrong_page(archive: Archive) -> None:
    origin = front(archive)
    inside(archive, meta=dict(publication="河谷日报", date="2024-06-02"))
    inside(archive, page="5")
    article = archive.article(origin)
    assert article["continuation"] is None
    assert article["joined_body"] == article["body"]


def test_reingest_keeps_the_join(archive: Archive) -> None:
    front(archive)
    inside(archive)
    inside(archive)
    origin = front(archive)
    assert archive.article(origin)["continuation"]["title"] == "污水处理厂"
    assert archive.stats()["jumps"] == 1


def test_own_pages_join_end_to_end(tmp_path: Path) -> None:
    """Our two pages of one issue: the page 1 story jumps to page 3."""
    with Archive(tmp_path / "e2e.db") as archive:
        archive.ingest([copy_pages(tmp_path / "pages")], jobs=1)
        (hit,) = archive.search("大棚", limit=1)["hits"]
        article = archive.article(hit["article_id"])
        assert article["continued_on"] == "3"
        assert article["continuation"]["page"] == "3"
        assert any("职业农民" in p for p in article["joined_body"])
