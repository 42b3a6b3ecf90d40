"""`baoshu ingest`: pages and folders of pages into the archive."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from baoshu.archive import Archive
from baoshu.commands.archive_options import db_option, iso_date
from baoshu.model import PageMeta


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@db_option
@click.option("--publication", default="", help="Publication of every page (overrides what is found).")
@click.option("--date", default=None, callback=iso_date, metavar="DATE",
              help="Printed date of every page, YYYY-MM-DD (overrides what is found).")
@click.option("--page", default="", help="Page number of every page (overrides what is found).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes. [default: one per core]")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def ingest(paths: tuple[Path, ...], db: Path, publication: str, date: str | None, page: str,
           jobs: int | None, quiet: bool) -> None:
    """Rebuild each page file (or every .txt and .pdf in a folder) and store it in the archive.

    A page is known by the SHA-256 of its file: ingesting it again updates it.
    Each page is stored in one transaction; a page that fails is reported and
    the rest of the batch goes on. Publication, date and page number come from
    the flags, else a NAME.meta.json sidecar, else the file name
    (PUBLICATION_YYYY-MM-DD_PAGE.txt), else the page text. The exit code is 1
    when any file failed.
    """
    flags = PageMeta(publication=publication, date=date or "", page=page)
    with Archive(db) as archive:
        report = archive.ingest(list(paths), meta=flags, jobs=jobs, progress=not quiet and sys.stderr.isatty())
    if not report.files:
        raise click.ClickException("no page files (.txt, .pdf) in the paths given")
    for path, problem in report.failures:
        click.echo(f"error: {path}: {problem}", err=True)
    click.echo(f"{db}: stored {report.pages} pages ({report.articles} articles, {report.figures} figures) "
               f"from {report.files - len(report.failures)} of {report.files} files in {report.seconds:.1f}s",
               err=True)
    if report.failures:
        click.echo(f"{len(report.failures)} of {report.files} files failed", err=True)
        sys.exit(1)
