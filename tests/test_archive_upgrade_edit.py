"""Schema upgrade in place, metadata corrections after ingest, sidecar dates checked like --date."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from archive_helpers import copy_pages, figure_in, store_page
from click.testing import CliRunner

from baoshu.archive import Archive
from baoshu.archive.schema import SCHEMA_VERSION
from baoshu.cli import main
from baoshu.errors import BadArgument, NotFound, PageError, SchemaError
from baoshu.meta import file_meta
from baoshu.model import Article, PageMeta


def downgrade_to_version_1(db: Path) -> None:
    """Make the archive look as version 1 wrote it (no regions, subheads or page size)."""
    with closing(sqlite3.connect(db)) as conn:
        for table, column in (("articles", "regions"), ("articles", "subheads"), ("pages", "width"),
                              ("pages", "height")):
            conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        conn.execute("PRAGMA user_version = 1")
        conn.commit()


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    return copy_pages(tmp_path / "pages")


def test_an_archive_of_the_previous_schema_is_explained_then_upgraded_in_place(tmp_path: Path, pages: Path) -> None:
    db = tmp_path / "old.db"
    with Archive(db) as archive:
        archive.ingest([pages], jobs=1)
        before = archive.stats()
    downgrade_to_version_1(db)
    with pytest.raises(SchemaError, match="run `baoshu ingest"):
        Archive(db).stats()
    result = CliRunner().invoke(main, ["search", "--db", str(db), "日报"])
    assert result.exit_code == 1 and "run `baoshu ingest" in result.stderr and "Traceback" not in result.output
    with Archive(db) as archive:
        archive.ingest([next(pages.glob("*.txt"))], jobs=1)
        assert archive.stats() == before  # nothing lost, nothing doubled
        first = archive.articles(limit=1)["articles"][0]["id"]
        assert archive.article(first)["regions"] == [] and isinstance(archive.article(first)["subheads"], list)
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_set_meta_moves_a_page_and_resolves_its_figure_periods_again(tmp_path: Path) -> None:
    db = tmp_path / "edit.db"
    article = Article(title="游客增多", body=["今年1—9月，全县接待游客120万人次。"])
    figure = figure_in(article, 0, "120万人次", 1_200_000, "人次", period="今年1—9月",
                       period_start="2024-01-01", period_end="2024-09-30")
    with Archive(db) as archive:
        archive.ingest([], jobs=1)
        page_id = store_page(archive, "a.txt", [article], PageMeta("河谷日报", "2024-11-02", "1"), [figure])
        summary = archive.set_meta(page_id, date="2021-11-02", page="3")
        assert (summary["publication"], summary["date"], summary["page"]) == ("河谷日报", "2021-11-02", "3")
        [row] = archive.figures()["figures"]
        assert (row["period_start"], row["period_end"]) == ("2021-01-01", "2021-09-30")
        with pytest.raises(BadArgument, match="not a date"):
            archive.set_meta(page_id, date="2021-02-30")
        with pytest.raises(NotFound):
            archive.set_meta(page_id + 99, date="2021-02-01")
        assert archive.set_meta(page_id, publication="")["publication"] == ""


@pytest.mark.parametrize("value", ['"notadate"', '"2024-02-30"', "12345", '"2024-3-5"'])
def test_a_sidecar_date_is_checked_like_the_date_flag(tmp_path: Path, value: str) -> None:
    page = tmp_path / "p.txt"
    page.write_text("page", encoding="utf-8")
    (tmp_path / "p.meta.json").write_text(f'{{"date": {value}}}', encoding="utf-8")
    with pytest.raises(PageError, match=r"p\.meta\.json: bad date"):
        file_meta(page)
    flag = CliRunner().invoke(main, ["ingest", str(page), "--db", str(tmp_path / "x.db"), "--date",
                                     value.strip('"')])
    assert flag.exit_code == 2 and "is not a date" in flag.stderr
