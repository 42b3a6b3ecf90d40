"""`baoshu pages` and `baoshu meta`: list the archive's pages, and correct a page's metadata."""

from __future__ import annotations

import json
from pathlib import Path

import click

from baoshu.commands.archive_options import count_option, db_option, iso_date, open_existing
from baoshu.commands.figures import render
from baoshu.limits import MAX_ID

PAGE_COLUMNS = ("id", "publication", "date", "page", "source", "kind", "articles", "figures")


@click.command()
@db_option
@click.option("--publication", help="Only this publication.")
@count_option("--limit", minimum=1, default=50, help="Pages to list.")
@count_option("--offset", minimum=0, default=0, help="Pages to skip.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def pages(db: Path, publication: str | None, limit: int, offset: int, fmt: str) -> None:
    """List the archive's pages, newest first, with their ids (for `baoshu meta`)."""
    with open_existing(db) as archive:
        result = archive.pages(limit=limit, offset=offset, publication=publication)
    click.echo(render(result["pages"], PAGE_COLUMNS, fmt))
    shown = len(result["pages"])
    click.echo(f"{result['total']} pages; showing {offset + 1 if shown else 0}-{offset + shown}", err=True)


@click.command()
@click.argument("page_id", type=click.IntRange(min=1, max=MAX_ID))
@db_option
@click.option("--publication", help="The publication the page belongs to (\"\" for unknown).")
@click.option("--date", callback=iso_date, metavar="DATE", help="The date printed on the page, YYYY-MM-DD.")
@click.option("--page", "page_number", help="The page (版) number or name, e.g. 3 or A3.")
def meta(page_id: int, db: Path, publication: str | None, date: str | None, page_number: str | None) -> None:
    """Show or correct the publication, date and page number of page PAGE_ID (see `baoshu pages`).

    The figures of the page get their periods resolved again against the new
    date, and continued stories are linked again. With no option, print the
    page's metadata as it is. Ingesting the page's file again brings back what
    its name, sidecar and text say: put a lasting correction in NAME.meta.json.
    """
    with open_existing(db) as archive:
        if publication is None and date is None and page_number is None:
            found = archive.pages_by_id([page_id])
            if not found:
                archive.page(page_id)  # raises NotFound with the usual message
            click.echo(json.dumps(found[0], ensure_ascii=False, indent=1))
            return
        updated = archive.set_meta(page_id, publication=publication, date=date, page=page_number)
    click.echo(json.dumps(updated, ensure_ascii=False, indent=1))
    click.echo(f"page {page_id}: metadata updated, figure periods resolved again", err=True)
