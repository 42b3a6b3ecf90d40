"""The archive commands, in-process and as a real process."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from archive_helpers import copy_pages
from click.testing import CliRunner

from baoshu.cli import main


@pytest.fixture
def db(tmp_path: Path) -> Path:
    db = tmp_path / "cli.db"
    result = CliRunner().invoke(main, ["ingest", str(copy_pages(tmp_path / "pages")), "--db", str(db), "-j", "1"])
    assert result.exit_code == 0, result.output
    return db


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_ingest_reports_failures_and_exits_non_zero(tmp_path: Path, db: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x00junk")
    code, _, err = run("ingest", str(bad), str(tmp_path / "pages"), "--db", str(db), "-j", "1")
    assert code == 1
    assert f"error: {bad}:" in err and "binary" in err
    assert "stored 3 pages" in err and "1 of 4 files failed" in err


def test_ingest_with_nothing_to_ingest_fails(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    code, _, err = run("ingest", str(tmp_path / "empty"), "--db", str(tmp_path / "x.db"))
    assert code != 0 and "no page files" in err


def test_search_prints_hits(db: Path) -> None:
    code, out, err = run("search", "鸽", "--db", str(db))
    assert code == 0 and "信鸽协会举办春季放飞活动" in out and "1 articles match" in err
    code, out, _ = run("search", "和田", "--db", str(db), "--json")
    assert json.loads(out)["total"] == 1


def test_reading_commands_need_an_archive(tmp_path: Path) -> None:
    code, _, err = run("search", "鸽", "--db", str(tmp_path / "none.db"))
    assert code != 0 and "no archive" in err
    assert not (tmp_path / "none.db").exists()


def test_bad_date_is_refused(db: Path) -> None:
    code, _, err = run("figures", "--db", str(db), "--from", "yesterday")
    assert code == 2 and "yesterday" in err


def test_figures_formats_and_sums(db: Path) -> None:
    code, out, _ = run("figures", "--db", str(db), "--format", "json")
    assert code == 0
    listed = json.loads(out)
    assert all({"article_id", "date", "page", "value", "unit"} <= set(f) for f in listed)
    code, out, _ = run("figures", "--db", str(db), "--by", "indicator", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert sum(int(r["count"]) for r in rows) == len(listed)


def test_export_writes_files(db: Path, tmp_path: Path) -> None:
    code, _, err = run("export", "--db", str(db), "--format", "csv", "--out", str(tmp_path / "csv"))
    assert code == 0 and "articles.csv" in err
    assert (tmp_path / "csv" / "figures.csv").exists()


def test_db_from_environment_in_a_real_process(tmp_path: Path) -> None:
    env = {**os.environ, "BAOSHU_DB": str(tmp_path / "env.db")}
    pages = copy_pages(tmp_path / "pages")
    ingest = subprocess.run([sys.executable, "-m", "baoshu", "ingest", str(pages), "-j", "2", "-q"],
                            capture_output=True, text=True, env=env, cwd=tmp_path)
    assert ingest.returncode == 0, ingest.stderr
    found = subprocess.run([sys.executable, "-m", "baoshu", "search", "援疆", "--json"],
                           capture_output=True, text=True, env=env, cwd=tmp_path)
    assert found.returncode == 0 and json.loads(found.stdout)["total"] == 1


def test_a_file_that_is_not_an_archive_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("just some notes, not SQLite" * 100)
    code, _, err = run("search", "鸽", "--db", str(bogus))
    assert code == 1 and "notes.db" in err and "cannot be opened" in err
    code, _, err = run("ingest", str(tmp_path), "--db", str(tmp_path / "no" / "such" / "dir.db"))
    assert code == 1 and "cannot be opened" in err
