"""`baoshu ingest`: pages and folders of pages into the archive (or into Parquet shards)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from baoshu.archive import Archive, IngestReport
from baoshu.archive.batches import BATCH_PAGES
from baoshu.archive.ingest import DEFAULT_TIMEOUT, ingest_to_shards
from baoshu.commands.archive_options import db_option, iso_date
from baoshu.model import PageMeta

MAX_TIMEOUT = 86_400.0  # a day
MAX_JOBS = 1024
MAX_BATCH = 100_000


def print_report(report: IngestReport, where: str) -> None:
    """Each failure, then the counts; exit 1 when any file failed."""
    for path, problem in report.failures:
        click.echo(f"error: {path}: {problem}", err=True)
    click.echo(f"{where}: stored {report.pages} pages ({report.articles} articles, {report.figures} figures) "
               f"from {report.files - len(report.failures)} of {report.files} files in {report.seconds:.1f}s",
               err=True)
    if report.failures:
        click.echo(f"{len(report.failures)} of {report.files} files failed", err=True)
        sys.exit(1)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@db_option
@click.option("--publication", default="", help="Publication of every page (overrides what is found).")
@click.option("--date", default=None, callback=iso_date, metavar="DATE",
              help="Printed date of every page, YYYY-MM-DD (overrides what is found).")
@click.option("--page", default="", help="Page number of every page (overrides what is found).")
@click.option("--jobs", "-j", type=click.IntRange(1, MAX_JOBS), default=None,
              help="Local worker processes. [default: one per core]")
@click.option("--timeout", type=click.FloatRange(0, MAX_TIMEOUT, min_open=True), default=DEFAULT_TIMEOUT,
              show_default=True, metavar="SECONDS",
              help="Time one file may take on a local worker; a file over it is stopped and reported failed.")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Rebuild on the Dask cluster of this scheduler (tcp://HOST:8786).")
@click.option("--workers", type=click.IntRange(1, MAX_JOBS), default=None,
              help="Rebuild on a local Dask cluster of this many worker processes.")
@click.option("--shards", type=click.Path(file_okay=False, path_type=Path), default=None, metavar="DIR",
              help="Write Parquet shards to DIR instead of the archive (bring them in with `baoshu load DIR`).")
@click.option("--batch", "batch_pages", type=click.IntRange(1, MAX_BATCH), default=BATCH_PAGES, show_default=True,
              help="Pages stored per transaction (or per shard).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def ingest(paths: tuple[Path, ...], db: Path, publication: str, date: str | None, page: str,
           jobs: int | None, timeout: float, scheduler: str | None, workers: int | None, shards: Path | None,
           batch_pages: int, quiet: bool) -> None:
    """Rebuild each page file (or every .txt and .pdf in a folder) and store it in the archive.

    A page is known by the SHA-256 of its file and its page number in the
    file: ingesting it again updates it. Pages are stored in batches, one
    transaction each; several ingests into one archive wait their turn. A
    file that fails (or takes longer than --timeout) is reported and the rest
    of the batch goes on. Publication, date and page number come from the
    flags, else a NAME.meta.json sidecar, else the file name
    (PUBLICATION_YYYY-MM-DD_PAGE.txt), else the page text. The exit code is 1
    when any file failed.
    """
    flags = PageMeta(publication=publication, date=date or "", page=page)
    progress = not quiet and sys.stderr.isatty()
    if shards is not None:
        report = ingest_to_shards(shards, list(paths), flags, jobs=jobs, progress=progress, timeout=timeout,
                                  scheduler=scheduler, workers=workers, batch_pages=batch_pages)
        where = str(shards)
    else:
        with Archive(db) as archive:
            report = archive.ingest(list(paths), meta=flags, jobs=jobs, progress=progress, timeout=timeout,
                                    scheduler=scheduler, workers=workers, batch_pages=batch_pages)
        where = str(db)
    if not report.files:
        raise click.ClickException("no page files (.txt, .pdf) in the paths given")
    print_report(report, where)
