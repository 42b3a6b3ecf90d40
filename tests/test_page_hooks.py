"""Article regions and subheads, and which files the readers take (UTF-16, non-page files, fake PDFs)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from baoshu.assemble.articles import build_article
from baoshu.errors import PageError
from baoshu.figures import extract_figures, figure_period
from baoshu.model import Article, Block, Box, Line, PageMeta, Role
from baoshu.config import DEFAULT
from baoshu.pipeline import rebuild_file
from baoshu.read import read_pages

HERE = Path(__file__).parent
SPEC = importlib.util.spec_from_file_location("make_pdfs_hooks", HERE / "pdfs" / "make_pdfs.py")
assert SPEC and SPEC.loader
typeset = importlib.util.module_from_spec(SPEC)
sys.modules[SPEC.name] = typeset  # its dataclasses look their module up
SPEC.loader.exec_module(typeset)

BODY = "河湾县今年新建机耕道路三十公里，沿线村庄的农产品运输时间明显缩短，村民们说出门方便多了，日子也更有盼头。"


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return typeset.make(tmp_path_factory.mktemp("pdfs"))


def line(text: str, number: int, box: Box | None = None) -> Line:
    return Line(text=text, number=number, box=box, size=10.0 if box else None)


def test_subheads_are_indexes_into_the_body_and_stay_out_of_the_gold_json() -> None:
    blocks = [Block(Role.HEADLINE, [line("小标题测试", 1)], "小标题测试"),
              Block(Role.BODY, [line(BODY, 2)], BODY),
              Block(Role.SUBHEAD, [line("路通了", 3)], "路通了"),
              Block(Role.BODY, [line(BODY, 4)], BODY)]
    article = build_article(blocks, DEFAULT.assemble)
    assert article.body[article.subheads[0]] == "路通了" and article.subheads == [1]
    assert article.regions == []  # a text dump has no geometry
    assert not {"subheads", "regions", "source_lines"} & set(article.to_json())


def test_regions_follow_the_columns_of_a_block() -> None:
    first = [line(BODY[:20], n, Box(40, 100 + 12 * n, 160, 110 + 12 * n)) for n in range(3)]
    second = [line(BODY[20:40], n + 3, Box(180, 100 + 12 * n, 300, 110 + 12 * n)) for n in range(2)]
    block = Block(Role.BODY, first + second, BODY, story=0, box=Box(40, 100, 300, 134), size=10.0)
    headline = Block(Role.HEADLINE, [line("标题", 0, Box(40, 70, 300, 90))], "标题", story=0,
                     box=Box(40, 70, 300, 90), size=20.0)
    assert build_article([headline, block], DEFAULT.assemble).regions == [[40, 70, 300, 90], [40, 100, 160, 134], [180, 100, 300, 122]]


def test_pdf_articles_get_regions_inside_the_page(pdfs: dict[str, Path]) -> None:
    [page] = rebuild_file(pdfs["three_columns"]).pages
    source = page.source
    assert all(a.regions for a in page.articles)
    for article in page.articles:
        for x0, top, x1, bottom in article.regions:
            assert 0 <= x0 < x1 <= source.width and 0 <= top < bottom <= source.height


def test_a_bold_subhead_of_a_pdf_story_is_marked(pdfs: dict[str, Path]) -> None:
    [page, *_] = rebuild_file(pdfs["four_columns"]).pages
    story = next(a for a in page.articles if a.title == typeset.HARBOUR.title)
    assert [story.body[i] for i in story.subheads] == typeset.HARBOUR.subheads


def test_figure_period_is_resolved_again_against_another_date() -> None:
    article = Article(title="标题", body=["今年1—9月，全县接待游客120万人次。"])
    [figure] = extract_figures([article], PageMeta(date="2024-11-02"))
    assert (figure.period_start, figure.period_end) == ("2024-01-01", "2024-09-30")
    assert figure_period(article.text(), figure.span, "2021-11-02") == ("今年1—9月", "2021-01-01", "2021-09-30")


def test_utf16_pages_are_read(tmp_path: Path) -> None:
    text = ("标题：乡村道路\n" + BODY + "\n") * 2
    for encoding, name in (("utf-16", "le.txt"), ("utf-16-be", "be.txt")):
        path = tmp_path / name
        data = text.encode(encoding)
        path.write_bytes(data if encoding == "utf-16" else b"\xfe\xff" + data)
        [source], _ = read_pages(path, DEFAULT)
        assert source.encoding == "utf-16" and BODY in source.text


@pytest.mark.parametrize("name, content, problem", [
    ("notes.json", json.dumps({"title": BODY}), "not a page file"),
    ("page.md", BODY * 2, "not a page file"),
    ("fake.pdf", BODY * 2, "not a PDF"),
])
def test_files_no_reader_recognises_are_refused_by_name(tmp_path: Path, name: str, content: str,
                                                        problem: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PageError, match=problem) as caught:
        read_pages(path, DEFAULT)
    assert name in str(caught.value)


def test_a_pdf_is_known_by_its_content_whatever_its_name(pdfs: dict[str, Path], tmp_path: Path) -> None:
    renamed = tmp_path / "page.bin"
    renamed.write_bytes(pdfs["three_columns"].read_bytes())
    assert read_pages(renamed, DEFAULT)[0][0].kind == "pdf"
