"""`baoshu load`: Parquet shards written by `baoshu ingest --shards` into the archive."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from baoshu.archive import Archive
from baoshu.commands.archive_options import db_option
from baoshu.commands.ingest import print_report


@click.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@db_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def load(folder: Path, db: Path, quiet: bool) -> None:
    """Store the pages of every Parquet shard in FOLDER (from `baoshu ingest --shards FOLDER`).

    Pages already in the archive are updated, never duplicated, so loading a
    folder twice changes nothing.
    """
    with Archive(db) as archive:
        report = archive.load(folder, progress=not quiet and sys.stderr.isatty())
    print_report(report, str(db))
