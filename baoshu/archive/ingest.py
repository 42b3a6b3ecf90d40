"""Batch ingest: page files in, rebuilt on worker processes, stored by one writer."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path

from tqdm import tqdm

from baoshu.archive.store import source_text, write_page
from baoshu.errors import PageError
from baoshu.model import Page, PageMeta, SourcePage
from baoshu import pipeline

PAGE_SUFFIXES = (".txt", ".pdf")
IN_FLIGHT_PER_WORKER = 4


@dataclass
class Rebuilt:
    """What a worker sends back for one page file: its pages, or why it failed."""

    path: str
    sha256: str = ""
    pages: list[tuple[SourcePage, Page]] = field(default_factory=list)
    error: str = ""


@dataclass
class IngestReport:
    """The outcome of a batch: counts, and each failed file with its problem."""

    files: int = 0
    pages: int = 0
    articles: int = 0
    figures: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failures


def page_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Each path given, with folders expanded (recursively, sorted) to their
    `.txt` and `.pdf` files."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES)
        else:
            yield path


def rebuild_file(path: Path, flags: PageMeta) -> Rebuilt:
    """Read and rebuild every page of one file. Never raises: failures are returned."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Rebuilt(str(path), error=f"cannot read: {exc.strerror or exc}")
    try:
        result = pipeline.rebuild_file(path, flags)
    except PageError as exc:
        return Rebuilt(str(path), error=exc.problem if exc.path == str(path) else str(exc))
    pages = [(replace(page.source, lines=[], text=source_text(page.source)),  # the writer needs the text only
              replace(page, lines=[], blocks=[], regions=None))
             for page in result.pages]
    error = "; ".join(e.problem for e in result.errors)
    return Rebuilt(str(path), hashlib.sha256(data).hexdigest(), pages, error=error)


def rebuild_alone(path: Path, flags: PageMeta) -> Rebuilt:
    """Rebuild one file in a process of its own, so a crash there is that file's failure."""
    with ProcessPoolExecutor(1) as pool:
        try:
            return pool.submit(rebuild_file, path, flags).result()
        except BrokenProcessPool:
            return Rebuilt(str(path), error="the process rebuilding it died (a crash while reading it?)")


def rebuilt_files(files: list[Path], flags: PageMeta, jobs: int) -> Iterator[Rebuilt]:
    """Rebuild files in `jobs` worker processes (in this process when 1), as they finish.

    At most a few files per worker are in flight. If a worker dies (a crash in
    a PDF library, say), the files in flight are rebuilt again one process
    each, so only the file that kills its process again fails; the rest of
    the batch goes on in a fresh pool.
    """
    if jobs <= 1 or len(files) <= 1:
        yield from (rebuild_file(path, flags) for path in files)
        return
    queue = list(reversed(files))
    while queue:
        running: dict[Future[Rebuilt], Path] = {}
        broken = False
        with ProcessPoolExecutor(jobs) as pool:
            while (queue and not broken) or running:
                while queue and not broken and len(running) < jobs * IN_FLIGHT_PER_WORKER:
                    path = queue.pop()
                    running[pool.submit(rebuild_file, path, flags)] = path
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in done:
                    path = running.pop(future)
                    if isinstance(future.exception(), BrokenProcessPool):
                        broken = True
                        yield rebuild_alone(path, flags)
                    else:
                        yield future.result()


def ingest(conn: sqlite3.Connection, paths: Iterable[str | Path], flags: PageMeta | None = None,
           jobs: int | None = None, progress: bool = False) -> IngestReport:
    """Ingest page files and folders of page files into an open archive.

    Args:
        conn: an archive connection (`baoshu.archive.schema.connect`).
        paths: page files (text dumps, PDFs) and folders holding them.
        flags: metadata that overrides the sidecar, the file name and the text.
        jobs: worker processes; None means one per core.
        progress: show a progress bar on stderr.

    Returns:
        The counts, and each file that failed with its problem. A failed file
        leaves the archive untouched; the other files are still stored.
    """
    started = time.perf_counter()
    files = list(page_files(paths))
    report = IngestReport(files=len(files))
    flags = flags or PageMeta()
    with tqdm(total=len(files), unit="file", disable=not progress, leave=False) as bar:
        for result in rebuilt_files(files, flags, jobs or os.cpu_count() or 1):
            bar.update()
            if result.error:
                report.failures.append((result.path, result.error))
            try:
                for source, page in result.pages:
                    write_page(conn, result.sha256, source.number, result.path, source, page)
                    report.pages += 1
                    report.articles += len(page.articles)
                    report.figures += len(page.figures)
            except sqlite3.Error as exc:
                report.failures.append((result.path, f"could not be stored: {exc}"))
    report.seconds = time.perf_counter() - started
    return report
