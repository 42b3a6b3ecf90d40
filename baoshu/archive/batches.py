"""Collect rebuilt files into batches: each batch one transaction in the archive."""

from __future__ import annotations

import sqlite3
import time

from baoshu.archive.reports import IngestReport, Rebuilt
from baoshu.archive.store import write_batch

BATCH_PAGES = 200  # pages in one transaction, at most
BATCH_SECONDS = 2.0  # a batch is written at the latest this long after its first file arrived


class Batcher:
    """Hold rebuilt files until `pages` pages or `seconds` have gathered, then write them at once."""

    def __init__(self, report: IngestReport, pages: int = BATCH_PAGES, seconds: float = BATCH_SECONDS):
        self.report = report
        self.pages = pages
        self.seconds = seconds
        self.pending: list[Rebuilt] = []
        self.count = 0
        self.since = 0.0

    def add(self, rebuilt: Rebuilt) -> None:
        if not self.pending:
            self.since = time.monotonic()
        self.pending.append(rebuilt)
        self.count += len(rebuilt.records)
        if self.count >= self.pages or time.monotonic() - self.since >= self.seconds:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            self.write(self.pending)
        self.pending = []
        self.count = 0

    def write(self, files: list[Rebuilt]) -> None:
        raise NotImplementedError


class ArchiveWriter(Batcher):
    """Batches into an open archive: one `BEGIN IMMEDIATE` transaction per batch."""

    def __init__(self, conn: sqlite3.Connection, report: IngestReport, pages: int = BATCH_PAGES,
                 seconds: float = BATCH_SECONDS):
        super().__init__(report, pages, seconds)
        self.conn = conn

    def write(self, files: list[Rebuilt]) -> None:
        try:
            problems = write_batch(self.conn, [f.records for f in files])
        except sqlite3.Error as exc:
            problems = [f"could not be stored: {exc}"] * len(files)
        for rebuilt, problem in zip(files, problems):
            if problem:
                self.report.failed(rebuilt.path, problem)
            else:
                self.report.stored(rebuilt)
