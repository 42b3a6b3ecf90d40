"""Ingest on Dask distributed (a LocalCluster in processes, on loopback) and through Parquet shards."""

from __future__ import annotations

import builtins
import os
import signal
from contextlib import closing
from pathlib import Path

import pytest
from ingest_helpers import dump, generated_pages

from click.testing import CliRunner

from baoshu.archive.ingest import ingest, ingest_to_shards, load
from baoshu.archive.reports import Rebuilt
from baoshu.archive.schema import connect
from baoshu.cli import main
from baoshu.errors import BadArgument

distributed = pytest.importorskip("distributed")
pytestmark = pytest.mark.filterwarnings("ignore:.*already in use")


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generated_pages(tmp_path_factory.mktemp("pages"), 30)


@pytest.fixture(scope="module")
def serial(pages: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple]]:
    db = tmp_path_factory.mktemp("serial") / "serial.db"
    with closing(connect(db, write=True)) as conn:
        assert ingest(conn, [pages], jobs=1).ok
    return dump(db)


@pytest.fixture(scope="module")
def scheduler() -> str:
    """A cluster of two worker processes on loopback, as `dask scheduler` and `dask worker` would run it."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def test_ingest_on_a_scheduler_builds_the_serial_archive_row_for_row(pages: Path, serial: dict, scheduler: str,
                                                                     tmp_path: Path) -> None:
    db = tmp_path / "dask.db"
    result = CliRunner().invoke(main, ["ingest", str(pages), "--db", str(db), "--scheduler", scheduler, "-q"])
    assert result.exit_code == 0, result.output
    assert "from 30 of 30 files" in result.output
    assert dump(db) == serial


def test_a_local_cluster_with_a_worker_killed_mid_run_builds_the_serial_archive(pages: Path, serial: dict,
                                                                                 tmp_path: Path) -> None:
    killed: list[int] = []

    def kill_a_worker(result: Rebuilt) -> None:
        if not killed:
            client = distributed.get_client()
            pid = next(iter(client.run(os.getpid).values()))
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    db = tmp_path / "dask.db"
    with closing(connect(db, write=True)) as conn:
        report = ingest(conn, [pages], workers=2, on_file=kill_a_worker)
    assert killed
    assert report.ok, report.failures
    assert dump(db) == serial


def test_shards_loaded_later_build_the_serial_archive(pages: Path, serial: dict, tmp_path: Path) -> None:
    report = ingest_to_shards(tmp_path / "shards", [pages], jobs=2, batch_pages=7)
    assert report.ok and report.pages == 30
    assert len(list((tmp_path / "shards").glob("*.parquet"))) == 5
    db = tmp_path / "loaded.db"
    for _ in range(2):  # loading twice changes nothing
        with closing(connect(db, write=True)) as conn:
            loaded = load(conn, tmp_path / "shards")
        assert loaded.ok and loaded.files == 30
    loaded = dump(db)
    assert {t: loaded[t] for t in ("pages", "articles", "jumps")} == {t: serial[t] for t in ("pages", "articles", "jumps")}
    assert [f[1:] for f in loaded["figures"]] == [f[1:] for f in serial["figures"]]  # stored twice: new figure ids


def test_loading_a_folder_without_shards_is_a_bad_argument(tmp_path: Path) -> None:
    with closing(connect(tmp_path / "a.db", write=True)) as conn, pytest.raises(BadArgument, match="no Parquet"):
        load(conn, tmp_path)


def test_without_dask_the_message_says_what_to_install(pages: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_dask(name: str, *args, **kwargs):
        if name.split(".")[0] in ("dask", "distributed"):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_dask)
    with closing(connect(tmp_path / "a.db", write=True)) as conn, pytest.raises(BadArgument, match=r"baoshu\[dask\]"):
        ingest(conn, [pages], workers=2)
