"""`baoshu export`: articles and figures as files for other tools."""

from __future__ import annotations

from pathlib import Path

import click

from baoshu.archive.export import FORMATS
from baoshu.commands.archive_options import db_option, open_existing


@click.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True, help="File format.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("export"),
              show_default=True, help="Folder to write articles.FORMAT and figures.FORMAT into.")
def export(db: Path, fmt: str, out: Path) -> None:
    """Write every article and every figure of the archive to OUT/articles.FORMAT and OUT/figures.FORMAT."""
    with open_existing(db) as archive:
        for path in archive.export(fmt, out):
            click.echo(f"wrote {path}", err=True)
