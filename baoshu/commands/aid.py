"""`baoshu aid`: the counterpart-aid ledger (donor → recipient), and its matrix."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from baoshu.archive.aid import LEVELS, SORTS
from baoshu.commands.archive_options import count_option, date_range_options, db_option, open_existing
from baoshu.commands.figures import render

ROW_COLUMNS = ("date", "publication", "page", "article_id", "donor", "donor_code", "recipient", "recipient_code",
               "programme", "period", "money", "figures", "sentence")
CELL_COLUMNS = ("donor", "donor_code", "recipient", "recipient_code", "rows", "articles", "figures", "money")


def row_cells(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows for a table or CSV: figures as their printed texts."""
    return [{**r, "figures": "、".join(f["text"] for f in r["figures"])} for r in rows]


@click.command()
@db_option
@click.option("--donor", help="Only this donor and the units within it (name or six-digit code: 浙江, 330000).")
@click.option("--recipient", help="Only this recipient and the units within it (和田 keeps 策勒县 too).")
@click.option("--programme", help="Only programmes containing this (教育援疆).")
@click.option("--publication", help="Only this publication.")
@date_range_options
@click.option("--matrix", is_flag=True, help="Donor × recipient with rows, articles and money sums instead.")
@click.option("--donor-level", type=click.Choice(LEVELS), default="as_printed", show_default=True,
              help="With --matrix: gather donors into their prefecture or province.")
@click.option("--recipient-level", type=click.Choice(LEVELS), default="as_printed", show_default=True,
              help="With --matrix: gather recipients into their prefecture or province.")
@click.option("--sort", type=click.Choice(list(SORTS)), default="-date", show_default=True, help="Ledger order.")
@count_option("--limit", minimum=1, default=100, help="Rows to list.")
@count_option("--offset", minimum=0, default=0, help="Rows to skip.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def aid(db: Path, donor: str | None, recipient: str | None, programme: str | None, publication: str | None,
        date_from: str | None, date_to: str | None, matrix: bool, donor_level: str, recipient_level: str,
        sort: str, limit: int, offset: int, fmt: str) -> None:
    """List the counterpart-aid relations the archived articles state: donor → recipient, the
    programme, the money and count figures of the sentence, its period and the sentence itself.

    With --matrix, print one line per donor and recipient: rows, articles, money figures and
    their sum in 元 (each figure once).
    """
    filters = dict(donor=donor, recipient=recipient, programme=programme, publication=publication,
                   date_from=date_from, date_to=date_to)
    with open_existing(db) as archive:
        if matrix:
            found = archive.aid_matrix(**filters, donor_level=donor_level, recipient_level=recipient_level)
            click.echo(json.dumps(found, ensure_ascii=False, indent=1) if fmt == "json"
                       else render(found["cells"], CELL_COLUMNS, fmt))
            return
        result = archive.aid(**filters, sort=sort, limit=limit, offset=offset)
    if fmt == "json":
        click.echo(json.dumps(result["rows"], ensure_ascii=False, indent=1))
        return
    click.echo(render(row_cells(result["rows"]), ROW_COLUMNS, fmt))
    if fmt == "table":
        click.echo(f"{result['total']} aid rows match", err=True)
