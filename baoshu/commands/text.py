"""`baoshu text`: print pages as plain text in reading order."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from baoshu.errors import PageError
from baoshu.read import read_pages


@click.command()
@click.argument("pages", nargs=-1, required=True, type=click.Path(path_type=Path))
def text(pages: tuple[Path, ...]) -> None:
    """Print each PAGE (a PDF, or a text dump) as plain text in reading order.

    PDF pages are read from their geometry: columns in order, a blank line
    between blocks, fake bold read once. A page that fails is reported on
    stderr and the others still print; the exit code is 1 when any failed.
    """
    failed = 0
    for path in pages:
        try:
            sources = read_pages(path)
        except PageError as exc:
            click.echo(f"error: {exc}", err=True)
            failed += 1
            continue
        for source in sources:
            if len(pages) > 1 or len(sources) > 1:
                click.echo(f"# {source.name}")
            click.echo(source.text.rstrip("\n"))
    if failed:
        click.echo(f"{failed} of {len(pages)} page files failed", err=True)
        sys.exit(1)
