"""`baoshu text`: print pages as plain text in reading order."""

from __future__ import annotations

from pathlib import Path

import click

from baoshu.commands.batch import Batch
from baoshu.config import DEFAULT


@click.command()
@click.argument("pages", nargs=-1, required=True, type=click.Path(path_type=Path))
def text(pages: tuple[Path, ...]) -> None:
    """Print each PAGE (a PDF, or a text dump) as plain text in reading order.

    PDF pages are read from their geometry: columns in order, a blank line
    between blocks, fake bold read once. A page that fails is reported on
    stderr and the others still print; the exit code is 1 when any failed.
    """
    batch = Batch(pages, DEFAULT, until="lines")
    for _, rebuilt in batch:
        for page in rebuilt:
            if len(pages) > 1 or len(rebuilt) > 1:
                click.echo(f"# {page.name}")
            click.echo(page.source.text.rstrip("\n"))
    batch.finish()
