"""One error family: baoshu's errors become messages at the CLI and status codes at the web."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from baoshu.archive import Archive
from baoshu.cli import main
from baoshu.errors import BadArgument, BaoshuError, NotFound, PageError, SchemaError
from baoshu.web import create_app


def test_every_error_is_a_baoshu_error() -> None:
    for error in (PageError("a.txt", "empty"), NotFound("no page 3"), SchemaError("x.db: not ours"),
                  BadArgument("unknown sort")):
        assert isinstance(error, BaoshuError)
    assert not issubclass(BadArgument, ValueError)  # a stray ValueError is a bug, not bad input


def foreign_database(path: Path) -> str:
    """An SQLite file of someone else's; returns the hash of its bytes."""
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        conn.execute("INSERT INTO notes (text) VALUES ('随手记下的一行字')")
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("command", [["search", "水"], ["figures"], ["export", "--format", "csv"]])
def test_reading_commands_refuse_a_foreign_database_without_writing_to_it(tmp_path: Path, command: list[str]) -> None:
    notes = tmp_path / "notes.db"
    before = foreign_database(notes)
    result = CliRunner().invoke(main, [*command, "--db", str(notes)], catch_exceptions=False)
    assert result.exit_code == 1
    assert "notes.db" in result.output and "not a baoshu archive" in result.output
    assert hashlib.sha256(notes.read_bytes()).hexdigest() == before
    with sqlite3.connect(notes) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert tables == {"notes"}


def test_ingest_refuses_a_foreign_database(tmp_path: Path) -> None:
    notes = tmp_path / "notes.db"
    before = foreign_database(notes)
    page = tmp_path / "page.txt"
    page.write_text("河谷县新建的污水处理厂本月投入运行，日处理能力两万吨。\n" * 3, encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(page), "--db", str(notes), "-q"], catch_exceptions=False)
    assert result.exit_code == 1 and "not a baoshu archive" in result.output
    assert hashlib.sha256(notes.read_bytes()).hexdigest() == before


def test_a_bad_argument_is_a_usage_error_at_the_cli(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    Archive(db).ingest([])
    result = CliRunner().invoke(main, ["figures", "--db", str(db), "--sort", "colour"])
    assert result.exit_code == 2 and "colour" in result.output


def test_a_bug_is_a_500_and_a_bad_argument_a_400(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "a.db"
    Archive(db).ingest([])
    client = TestClient(create_app(db), raise_server_exceptions=False)
    assert client.get("/api/figures", params={"sort": "colour"}).status_code == 400

    def broken(self: Archive) -> dict[str, int]:
        raise ValueError("a bug, not the caller's fault")

    monkeypatch.setattr(Archive, "stats", broken)
    response = client.get("/api/home")
    assert response.status_code == 500
    assert response.json()["error"] == "internal error"
