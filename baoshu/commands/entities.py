"""`baoshu entities`: the persons, reporters, organisations and places of the archive."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from baoshu.archive.directory import KINDS, SORTS
from baoshu.commands.archive_options import count_option, date_range_options, db_option, open_existing
from baoshu.commands.figures import render

COLUMNS = {
    "person": ("name", "posts", "articles", "mentions", "first_date", "last_date"),
    "reporter": ("name", "articles", "first_date", "last_date"),
    "org": ("name", "articles", "mentions", "first_date", "last_date"),
    "place": ("name", "code", "level", "articles", "mentions", "first_date", "last_date"),
}
ENTRY_ARTICLE_COLUMNS = {"person": ("id", "date", "publication", "page", "title", "posts"),
                         "reporter": ("id", "date", "publication", "page", "title"),
                         "org": ("id", "date", "publication", "page", "title"),
                         "place": ("id", "date", "publication", "page", "title", "places")}


def flat(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Lists joined by 、 for tables and CSV."""
    return [{k: "、".join(v) if isinstance(v, list) else v for k, v in r.items()} for r in rows]


@click.command()
@db_option
@click.option("--kind", type=click.Choice(KINDS), default="person", show_default=True, help="What to list.")
@click.option("--name", "query", help="Only names containing this.")
@click.option("--within", "code", metavar="CODE", help="Only places within this division (six-digit code).")
@click.option("--publication", help="Only articles of this publication.")
@date_range_options
@click.option("--sort", type=click.Choice(list(SORTS)), default="articles", show_default=True)
@count_option("--limit", minimum=1, default=50, help="Entries to list.")
@count_option("--offset", minimum=0, default=0, help="Entries to skip.")
@click.option("--show", metavar="NAME|CODE",
              help="One entry in full instead: a person's or organisation's name, a place's code.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def entities(db: Path, kind: str, query: str | None, code: str | None, publication: str | None,
             date_from: str | None, date_to: str | None, sort: str, limit: int, offset: int, show: str | None,
             fmt: str) -> None:
    """List the persons (with their posts), reporters, organisations or places the archived
    articles name, each once with the number of articles naming it.

    With --show, print one entry: a person's posts and articles, an organisation's articles
    and people, or a place's articles, figures and aid (--kind place, --show 653200).
    """
    with open_existing(db) as archive:
        if show:
            entry = (archive.person(show, kind) if kind in ("person", "reporter")
                     else archive.org(show) if kind == "org" else archive.place(show))
            if fmt == "json":
                click.echo(json.dumps(entry, ensure_ascii=False, indent=1))
            else:
                rows = [{"posts": [], "places": [], **a} for a in entry["articles"]]
                click.echo(render(flat(rows), ENTRY_ARTICLE_COLUMNS[kind], fmt))
            return
        result = archive.entities(kind, query, code, publication, date_from, date_to, sort, limit, offset)
    if fmt == "json":
        click.echo(json.dumps(result["entities"], ensure_ascii=False, indent=1))
        return
    click.echo(render(flat(result["entities"]), COLUMNS[kind], fmt))
    if fmt == "table":
        click.echo(f"{result['total']} {kind}s match", err=True)
