"""`baoshu figures`: the ledger of figures, and sums."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from pathlib import Path
from typing import Any

import click

from baoshu.archive.ledger import GROUPS, SORTS
from baoshu.commands.archive_options import date_range_options, db_option, open_existing

LEDGER_COLUMNS = ("date", "publication", "page", "article_id", "text", "value", "unit", "qualifier",
                  "measure", "place", "period")
SUM_COLUMNS = ("key", "unit", "count", "sum", "min", "max")


def width(text: str) -> int:
    """Columns a string takes on a terminal (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def table(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> str:
    """Rows as an aligned text table."""
    cells = [[str(c) for c in columns]] + [["" if r[c] is None else str(r[c]) for c in columns] for r in rows]
    widths = [max(width(row[i]) for row in cells) for i in range(len(columns))]
    return "\n".join("  ".join(cell + " " * (w - width(cell)) for cell, w in zip(row, widths)).rstrip()
                     for row in cells)


def render(rows: list[dict[str, Any]], columns: tuple[str, ...], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=1)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return out.getvalue().rstrip("\n")
    return table(rows, columns)


@click.command()
@db_option
@click.option("--unit", help="Only figures in this unit (元, 吨, %, 人...).")
@click.option("--measure", help="Only figures whose measure contains this (投资).")
@click.option("--place", help="Only figures whose place contains this (和田).")
@click.option("--publication", help="Only this publication.")
@click.option("--period", help="Only figures of this period, as written.")
@date_range_options
@click.option("--by", type=click.Choice(list(GROUPS)), help="Sum the figures by place, unit, month or measure.")
@click.option("--sort", type=click.Choice(list(SORTS)), default="date", show_default=True, help="Ledger order.")
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True, help="Figures to list.")
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Figures to skip.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def figures(db: Path, unit: str | None, measure: str | None, place: str | None, publication: str | None,
            period: str | None, date_from: str | None, date_to: str | None, by: str | None, sort: str,
            limit: int, offset: int, fmt: str) -> None:
    """List the figures the archived articles report, each with its article, page and date.

    With --by, print sums instead: one row per place (unit, month, measure)
    and unit, since sums never mix units. Dates filter on the page's date.
    """
    filters = dict(unit=unit, measure=measure, place=place, publication=publication, period=period,
                   date_from=date_from, date_to=date_to)
    with open_existing(db) as archive:
        if by:
            click.echo(render(archive.figure_sums(by=by, **filters), SUM_COLUMNS, fmt))
            return
        result = archive.figures(sort=sort, limit=limit, offset=offset, **filters)
    click.echo(render(result["figures"], LEDGER_COLUMNS, fmt))
    if fmt == "table":
        click.echo(f"{result['total']} figures match", err=True)
