"""Page metadata from the file name, the sidecar and the page text."""

from __future__ import annotations

from pathlib import Path

import pytest

from baoshu.errors import PageError
from baoshu.meta import file_meta, from_file_name, from_text, merge
from baoshu.model import PageMeta


@pytest.mark.parametrize("name, expected", [
    ("河谷日报_2024-06-01_04.txt", PageMeta("河谷日报", "2024-06-01", "4")),
    ("河谷日报_20240601_A3.pdf", PageMeta("河谷日报", "2024-06-01", "A3")),
    ("2024.06.01_p2.txt", PageMeta("", "2024-06-01", "2")),
    ("scan_2024-13-40.txt", PageMeta()),
    ("page.txt", PageMeta()),
])
def test_file_name_pattern(name: str, expected: PageMeta) -> None:
    assert from_file_name(name) == expected


def test_text_masthead_date_and_page_but_not_jump_lines() -> None:
    text = "河谷日报\n2024年6月1日 星期六\n第 4 版\n正文一段。\n（下转第7版）\n"
    assert from_text(text) == PageMeta("河谷日报", "2024-06-01", "4")
    assert from_text("正文一段。\n（下转第7版）\n").page == ""


def test_sidecar_and_flags_win(tmp_path: Path) -> None:
    page = tmp_path / "河谷日报_2024-06-01_04.txt"
    page.write_text("page", encoding="utf-8")
    (tmp_path / "河谷日报_2024-06-01_04.meta.json").write_text('{"page": "5", "date": null}', encoding="utf-8")
    assert file_meta(page) == PageMeta("河谷日报", "2024-06-01", "5")
    assert file_meta(page, PageMeta(publication="山谷报")) == PageMeta("山谷报", "2024-06-01", "5")
    assert merge(PageMeta(date="2024-01-01"), PageMeta("甲", "2023-01-01")) == PageMeta("甲", "2024-01-01", "")


def test_bad_sidecar_names_the_file(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text("page", encoding="utf-8")
    (tmp_path / "p.meta.json").write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(PageError, match=r"p\.meta\.json"):
        file_meta(page)
