"""Export: every format written and read back with an ordinary reader."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from archive_helpers import figure_in, store_page

from baoshu.errors import BadArgument, BaoshuError
from baoshu.archive import Archive
from baoshu.model import Article, PageMeta


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    with Archive(tmp_path / "a.db") as archive:
        bridge = Article(title="大桥合龙", body=["跨河大桥今日合龙，", "全长1.5公里。"],
                         captions=["大桥合龙现场，"], continued_on="2")
        store_page(archive, "one.txt", [bridge], PageMeta("江畔日报", "2024-07-01", "1"),
                   [figure_in(bridge, 0, "1.5公里", 1.5, "公里", measure="全长")])
        store_page(archive, "two.txt", [Article(title="大桥（续）", body=["预计年底通车。"], continued_from="1")],
                   PageMeta("江畔日报", "2024-07-01", "2"))
        yield archive


def read_back(path: Path) -> list[dict]:
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    if path.suffix == ".csv":
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # a byte-order mark, for spreadsheets
        with path.open(encoding="utf-8-sig", newline="") as f:
            return list(csv.DictReader(f))
    return pq.read_table(path).to_pylist()


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_reads_back(archive: Archive, tmp_path: Path, fmt: str) -> None:
    written = archive.export(fmt, tmp_path / "out")
    assert [p.name for p in written] == [f"articles.{fmt}", f"figures.{fmt}"]
    articles, figures = (read_back(p) for p in written)
    assert [a["title"] for a in articles] == ["大桥合龙", "大桥（续）"]
    first = articles[0]
    assert first["body"] == "跨河大桥今日合龙，\n全长1.5公里。"
    assert (first["publication"], first["date"], first["page"]) == ("江畔日报", "2024-07-01", "1")
    assert str(first["continued_in"]) == str(articles[1]["id"])
    (figure,) = figures
    assert float(figure["value"]) == 1.5 and figure["unit"] == "公里"
    assert str(figure["article_id"]) == str(first["id"])
    assert first["text"][int(figure["span_start"]):int(figure["span_end"])] == "1.5公里"


def test_export_to_a_folder_that_cannot_be_written_is_a_clear_error(archive: Archive, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(BaoshuError, match="cannot write the export there"):
        archive.export("csv", blocker / "out")


def test_unknown_format_is_refused(archive: Archive, tmp_path: Path) -> None:
    with pytest.raises(BadArgument, match="format"):
        archive.export("xlsx", tmp_path)
