"""Batch ingest: page files in, rebuilt by workers (local processes or Dask), stored in batches.

Workers send back each file's page *records* (see `baoshu.archive.store`);
the one writer stores them in batches, one transaction per batch, or writes
them to Parquet shards for `baoshu load`. Files are handled in input order,
so any number of workers builds the archive a serial run would, row for row.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from tqdm import tqdm

from baoshu.archive.batches import BATCH_PAGES, BATCH_SECONDS, ArchiveWriter, Batcher
from baoshu.archive.pool import Pool
from baoshu.archive.reports import IngestReport, Rebuilt
from baoshu.archive.store import page_record
from baoshu.errors import BadArgument, PageError
from baoshu import pipeline
from baoshu.model import PageMeta

__all__ = ["IngestReport", "Rebuilt", "ingest", "ingest_to_shards", "load", "page_files", "rebuild_file"]

PAGE_SUFFIXES = (".txt", ".pdf")
DEFAULT_TIMEOUT = 60.0  # seconds one file may take to rebuild


def page_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Each path given, with folders expanded (recursively, sorted) to their
    `.txt` and `.pdf` files."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES)
        else:
            yield path


def file_sha256(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def rebuild_file(path: Path, flags: PageMeta) -> Rebuilt:
    """Read and rebuild every page of one file into records. Never raises: failures are returned.

    The one place ingest calls the pipeline.
    """
    try:
        sha256 = file_sha256(path)
    except OSError as exc:
        return Rebuilt(str(path), error=f"cannot read: {exc.strerror or exc}")
    try:
        result = pipeline.rebuild_file(path, flags)
    except PageError as exc:
        return Rebuilt(str(path), error=exc.problem if exc.path == str(path) else str(exc))
    records = [page_record(sha256, page.source.number, str(path), page.source, page) for page in result.pages]
    return Rebuilt(str(path), records, error="; ".join(e.problem for e in result.errors))


def rebuild_item(item: tuple[Path, PageMeta]) -> Rebuilt:
    """`rebuild_file` over one `(path, flags)` pair: what a worker runs."""
    return rebuild_file(*item)


def rebuilt_locally(files: list[Path], flags: PageMeta, jobs: int, timeout: float | None) -> Iterator[Rebuilt]:
    """Rebuild files in `jobs` worker processes, in order, each within `timeout` seconds."""
    for outcome in Pool(rebuild_item, jobs, timeout).map((path, flags) for path in files):
        yield outcome.result if outcome.result is not None else Rebuilt(str(outcome.item[0]), error=outcome.error)


def rebuilt(files: list[Path], flags: PageMeta, jobs: int | None, timeout: float | None,
            scheduler: str | None, workers: int | None) -> Iterator[Rebuilt]:
    """The files rebuilt where asked: a Dask scheduler, a local Dask cluster, or local workers."""
    if scheduler and workers:
        raise BadArgument("give a Dask scheduler's address or a number of local Dask workers, not both")
    if scheduler or workers:
        from baoshu.archive.cluster import rebuilt_on_dask

        return rebuilt_on_dask(files, flags, scheduler=scheduler, workers=workers)
    return rebuilt_locally(files, flags, jobs or os.cpu_count() or 1, timeout)


def run(paths: Iterable[str | Path], sink: Batcher, flags: PageMeta | None, jobs: int | None,
        progress: bool, timeout: float | None, scheduler: str | None, workers: int | None,
        on_file: Callable[[Rebuilt], None] | None) -> IngestReport:
    """Rebuild every page file of `paths` and hand each to `sink`; the sink's report, timed."""
    started = time.perf_counter()
    files = list(page_files(paths))
    report = sink.report
    report.files = len(files)
    with tqdm(total=len(files), unit="file", disable=not progress, leave=False) as bar:
        for result in rebuilt(files, flags or PageMeta(), jobs, timeout, scheduler, workers):
            if result.error:  # the whole file, or some pages of a PDF
                report.failed(result.path, result.error)
            if result.records:
                sink.add(result)
            bar.update()
            if on_file:
                on_file(result)
        sink.flush()
    report.seconds = time.perf_counter() - started
    return report


def ingest(conn: sqlite3.Connection, paths: Iterable[str | Path], flags: PageMeta | None = None,
           jobs: int | None = None, progress: bool = False, timeout: float | None = DEFAULT_TIMEOUT,
           scheduler: str | None = None, workers: int | None = None, batch_pages: int = BATCH_PAGES,
           batch_seconds: float = BATCH_SECONDS, on_file: Callable[[Rebuilt], None] | None = None) -> IngestReport:
    """Ingest page files and folders of page files into an open archive.

    Args:
        conn: an archive connection (`baoshu.archive.schema.connect`).
        paths: page files (text dumps, PDFs) and folders holding them.
        flags: metadata that overrides the sidecar, the file name and the text.
        jobs: local worker processes; None means one per core.
        progress: show a progress bar on stderr.
        timeout: seconds one file may take (local workers); None for no limit.
        scheduler: a Dask scheduler's address (`tcp://host:8786`): rebuild there.
        workers: rebuild on a local Dask cluster of this many worker processes.
        batch_pages, batch_seconds: a batch (one transaction) is written when it
            holds this many pages, or this long after its first file arrived.
        on_file: called with each file's result, in input order.

    Returns:
        The counts, and each file that failed with its problem. A failed file
        leaves the archive untouched; the other files are still stored.
    """
    return run(paths, ArchiveWriter(conn, IngestReport(), batch_pages, batch_seconds), flags, jobs, progress,
               timeout, scheduler, workers, on_file)


def ingest_to_shards(folder: str | Path, paths: Iterable[str | Path], flags: PageMeta | None = None,
                     jobs: int | None = None, progress: bool = False, timeout: float | None = DEFAULT_TIMEOUT,
                     scheduler: str | None = None, workers: int | None = None, batch_pages: int = BATCH_PAGES,
                     batch_seconds: float = BATCH_SECONDS,
                     on_file: Callable[[Rebuilt], None] | None = None) -> IngestReport:
    """Like `ingest`, but write the records to Parquet shards in `folder`, for `load` later."""
    from baoshu.archive.shards import ShardWriter

    return run(paths, ShardWriter(Path(folder), IngestReport(), batch_pages, batch_seconds), flags, jobs,
               progress, timeout, scheduler, workers, on_file)


def load(conn: sqlite3.Connection, folder: str | Path, batch_pages: int = BATCH_PAGES,
         progress: bool = False) -> IngestReport:
    """Store the records of every Parquet shard in `folder` (see `ingest_to_shards`) in the archive."""
    from baoshu.archive.shards import read_shards, shard_files

    started = time.perf_counter()
    writer = ArchiveWriter(conn, IngestReport(), batch_pages, float("inf"))
    shards = shard_files(Path(folder))
    for result in tqdm(read_shards(shards), unit="file", disable=not progress, leave=False):
        writer.report.files += 1
        writer.add(result)
    writer.flush()
    writer.report.seconds = time.perf_counter() - started
    return writer.report
