"""The CLI as a daily tool: pages and meta, honest truncation, CSV for spreadsheets, bounded numbers."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from archive_helpers import copy_pages
from click.testing import CliRunner

from baoshu.cli import main
from baoshu.commands import figures as figures_command
from baoshu.web.views.figures import ledger_csv
from baoshu.archive import Archive

HUGE = "99999999999999999999"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("daily")
    db = folder / "daily.db"
    result = CliRunner().invoke(main, ["ingest", str(copy_pages(folder / "pages")), "--db", str(db), "-j", "1"])
    assert result.exit_code == 0, result.output
    return db


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, result.stderr


def test_pages_lists_ids_for_meta(db: Path) -> None:
    code, out, err = run("pages", "--db", str(db), "--format", "json")
    listed = json.loads(out)
    assert code == 0 and len(listed) == 3 and "3 pages" in err
    assert {p["source"] for p in listed} == {p.name for p in (db.parent / "pages").glob("*.txt")}


def test_meta_corrects_a_page_and_says_so(db: Path) -> None:
    page_id = json.loads(run("pages", "--db", str(db), "--format", "json")[1])[0]["id"]
    code, out, err = run("meta", str(page_id), "--db", str(db), "--page", "B2", "--publication", "河谷日报")
    assert code == 0 and json.loads(out)["page"] == "B2" and "periods resolved again" in err
    assert json.loads(run("meta", str(page_id), "--db", str(db))[1])["publication"] == "河谷日报"


@pytest.mark.parametrize("args, code", [
    (["meta", HUGE], 2), (["meta", "0"], 2), (["meta", "abc"], 2), (["meta", "1", "--date", "2024-02-30"], 2),
    (["meta", "424242"], 1), (["figures", "--limit", HUGE], 2), (["figures", "--offset", HUGE], 2),
    (["search", "日报", "--limit", HUGE], 2), (["search", "日报", "--offset", "-1"], 2),
    (["pages", "--offset", HUGE], 2),
])
def test_bad_numbers_are_usage_errors_not_tracebacks(db: Path, args: list[str], code: int) -> None:
    exit_code, _, err = run(*args, "--db", str(db))
    assert exit_code == code and err.strip()


def test_figures_say_when_output_is_cut(db: Path) -> None:
    code, out, err = run("figures", "--db", str(db), "--limit", "2")
    assert code == 0 and len(out.strip().splitlines()) == 3  # header and two rows
    assert "showing 1-2" in err


def test_figures_to_a_pipe_print_every_row(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Archive(db) as archive:
        total = archive.figures()["total"]
    _, out, err = run("figures", "--db", str(db), "--format", "json")
    assert len(json.loads(out)) == total and "showing" not in err
    monkeypatch.setattr(figures_command, "TERMINAL_ROWS", 3)
    monkeypatch.setattr(figures_command.sys.stdout, "isatty", lambda: True, raising=False)
    assert figures_command.default_limit("table") == 3 and figures_command.default_limit("csv") is None


def test_cli_csv_has_a_bom_and_the_web_csv_columns(db: Path) -> None:
    result = CliRunner().invoke(main, ["figures", "--db", str(db), "--format", "csv"])
    assert result.stdout.startswith("\ufeff")
    cli_rows = list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    with Archive(db) as archive:
        web_rows = list(csv.DictReader(io.StringIO(ledger_csv(archive, {"sort": "date"}))))
    assert list(cli_rows[0]) == list(web_rows[0]) and {"title", "source"} <= set(cli_rows[0])
    assert len(cli_rows) == len(web_rows)


def test_export_to_proc_is_a_clear_error(db: Path) -> None:
    code, _, err = run("export", "--db", str(db), "--format", "csv", "--out", "/proc/nope")
    assert code == 1 and "/proc/nope" in err and "cannot write" in err


def test_ingest_refuses_non_page_files_by_name(db: Path, tmp_path: Path) -> None:
    (tmp_path / "notes.json").write_text('{"a": 1}', encoding="utf-8")
    (tmp_path / "fake.pdf").write_text("这不是一个PDF文件" * 5, encoding="utf-8")
    code, _, err = run("ingest", str(tmp_path / "notes.json"), str(tmp_path / "fake.pdf"), "--db", str(db), "-j", "1")
    assert code == 1
    assert "notes.json: not a page file" in err and "fake.pdf: not a PDF" in err
    assert "stored 0 pages" in err
