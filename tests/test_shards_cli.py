"""`baoshu ingest --shards DIR` then `baoshu load DIR`, from the command line."""

from __future__ import annotations

from pathlib import Path

from archive_helpers import copy_pages
from click.testing import CliRunner
from ingest_helpers import dump

from baoshu.cli import main


def test_shards_written_then_loaded_make_the_archive_ingest_makes(tmp_path: Path) -> None:
    pages = copy_pages(tmp_path / "pages")
    runner = CliRunner()
    direct = runner.invoke(main, ["ingest", str(pages), "--db", str(tmp_path / "direct.db"), "-j", "1"])
    assert direct.exit_code == 0, direct.output
    written = runner.invoke(main, ["ingest", str(pages), "--shards", str(tmp_path / "shards"), "-j", "2"])
    assert written.exit_code == 0, written.output
    assert not (tmp_path / "baoshu.db").exists()
    loaded = runner.invoke(main, ["load", str(tmp_path / "shards"), "--db", str(tmp_path / "loaded.db")])
    assert loaded.exit_code == 0, loaded.output
    assert "stored 3 pages" in loaded.output
    assert dump(tmp_path / "loaded.db") == dump(tmp_path / "direct.db")


def test_loading_a_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["load", str(tmp_path / "nowhere"), "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 2
    assert "no such folder of shards" in result.output
