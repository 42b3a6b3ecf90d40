"""Storing in batches: one transaction per batch, a failing file rolled back alone, writers waiting their turn."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from contextlib import closing
from pathlib import Path

import pytest
from archive_helpers import copy_pages
from ingest_helpers import dump, generated_pages

import baoshu
from baoshu.archive.ingest import ingest, rebuild_file
from baoshu.archive.schema import connect
from baoshu.archive.store import page_key, write_batch
from baoshu.model import PageMeta


@pytest.fixture
def records(tmp_path: Path) -> list[list[dict]]:
    pages = copy_pages(tmp_path / "pages")
    return [rebuild_file(path, PageMeta()).records for path in sorted(pages.glob("*.txt"))]


def test_a_record_is_plain_data_without_source_lines(records: list[list[dict]]) -> None:
    record = records[0][0]
    assert set(record) == {"page", "articles", "figures", "entities"}
    assert page_key(record["page"]) == (record["page"]["sha256"], 1)
    assert all(isinstance(f["article"], int) for f in record["figures"])


def test_a_batch_is_stored_at_once_and_again_without_duplicates(tmp_path: Path, records: list[list[dict]]) -> None:
    db = tmp_path / "a.db"
    with closing(connect(db, write=True)) as conn:
        assert write_batch(conn, records) == ["", "", ""]
        first = dump(db)
        assert write_batch(conn, records) == ["", "", ""]
    again = dump(db)
    assert [again[t] == first[t] for t in ("pages", "articles", "jumps")] == [True] * 3
    assert [f[1:] for f in again["figures"]] == [f[1:] for f in first["figures"]]  # figures get new ids
    assert len(first["pages"]) == 3
    with baoshu.open(db) as archive:
        assert archive.search("鸽")["total"] == 1


def test_a_file_that_cannot_be_stored_is_rolled_back_alone(tmp_path: Path, records: list[list[dict]]) -> None:
    broken = [{**records[1][0], "page": {**records[1][0]["page"], "text": None}}]  # NOT NULL
    db = tmp_path / "a.db"
    with closing(connect(db, write=True)) as conn:
        problems = write_batch(conn, [records[0], broken, records[2]])
    assert problems[0] == problems[2] == ""
    assert "NOT NULL" in problems[1]
    with baoshu.open(db) as archive:
        assert archive.stats()["pages"] == 2
        assert archive.stats()["articles"] == sum(len(r[0]["articles"]) for r in (records[0], records[2]))


def test_batches_of_any_size_build_the_same_archive(tmp_path: Path) -> None:
    pages = copy_pages(tmp_path / "pages")
    dumps = []
    for size in (1, 2, 100):
        db = tmp_path / f"batch{size}.db"
        with closing(connect(db, write=True)) as conn:
            report = ingest(conn, [pages], jobs=2, batch_pages=size)
        assert report.ok and report.pages == 3
        dumps.append(dump(db))
    assert dumps[0] == dumps[1] == dumps[2]


@pytest.mark.parametrize("writers", [2, 3])
def test_concurrent_ingests_into_one_archive_all_succeed(tmp_path: Path, writers: int) -> None:
    pages = generated_pages(tmp_path / "pages", 24)
    files = sorted(pages.glob("*.txt"))
    db = tmp_path / "shared.db"
    # every ingest stores the whole folder, one page per transaction, so they contend all the time
    runs = [subprocess.Popen([sys.executable, "-m", "baoshu", "ingest", str(pages), "--db", str(db), "-j", "1",
                              "--batch", "1", "-q"], stderr=subprocess.PIPE, text=True) for _ in range(writers)]
    for run in runs:
        _, err = run.communicate()
        assert run.returncode == 0, err
        assert f"from {len(files)} of {len(files)} files" in err
    with baoshu.open(db) as archive:
        stored = archive.pages(limit=1000)["pages"]
        assert sorted(p["source"] for p in stored) == sorted(f.name for f in files)
        articles = archive.stats()["articles"]
    single = tmp_path / "single.db"
    with closing(connect(single, write=True)) as conn:
        ingest(conn, [pages], jobs=1)
    with baoshu.open(single) as archive:
        assert archive.stats()["articles"] == articles


def test_the_per_file_time_limit_fails_files_with_the_reason(tmp_path: Path) -> None:
    pages = copy_pages(tmp_path / "pages")
    result = subprocess.run([sys.executable, "-m", "baoshu", "ingest", str(pages), "--db", str(tmp_path / "a.db"),
                             "--timeout", "0.001", "-q"], capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stderr.count("per-file time limit") == 3
    assert "3 of 3 files failed" in result.stderr


def test_a_pdf_page_keeps_its_number_when_a_page_before_it_is_skipped(tmp_path: Path) -> None:
    sys.path.insert(0, str(Path(__file__).parent / "pdfs"))
    import make_pdfs

    pdf = make_pdfs.make(tmp_path / "pdfs")["scan_then_text"]
    with baoshu.open(tmp_path / "a.db") as archive:
        report = archive.ingest([pdf], jobs=1)
        (page,) = archive.pages()["pages"]
    [(_, problem)] = report.failures  # the skipped page is reported, the good one stored
    assert "page 1 has no text layer" in problem
    assert page["part"] == 2
    assert page["page"] == "2"
    assert page["source"] == "scan_then_text.pdf#page=2"


def test_a_writer_retries_while_another_holds_the_lock(tmp_path: Path, records: list[list[dict]]) -> None:
    db = tmp_path / "a.db"
    connect(db, write=True).close()
    holder = sqlite3.connect(db, check_same_thread=False)  # released from a timer thread
    holder.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.5, holder.commit)
    release.start()
    impatient = sqlite3.connect(db, timeout=0.01)  # the busy timeout alone would give up at once
    impatient.row_factory = sqlite3.Row
    try:
        assert write_batch(impatient, records) == ["", "", ""]
    finally:
        release.join()
        holder.close()
        impatient.close()
    with baoshu.open(db) as archive:
        assert archive.stats()["pages"] == 3
