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
from baoshu.figures.display import plain

# What each output shows: a table for people (numbers as written), CSV with the raw value as well.
LEDGER_COLUMNS = {
    "table": ("date", "publication", "page", "article_id", "text", "value_shown", "unit", "qualifier",
              "indicator", "place", "period", "repeat"),
    "csv": ("date", "publication", "page", "article_id", "text", "value_shown", "value", "value_max", "unit",
            "qualifier", "measure", "indicator", "place", "place_name", "place_code", "place_level", "period",
            "period_start", "period_end", "counted", "repeat_of"),
}
SUM_COLUMNS = {
    "table": ("indicator", "unit", "label", "facts", "repeats", "sum_shown", "min_shown", "max_shown"),
    "csv": ("indicator", "unit", "key", "label", "count", "facts", "repeats", "ranges", "summable", "sum_shown",
            "sum", "approximate", "min_shown", "min", "max_shown", "max"),
}
RAW_NUMBERS = ("value", "value_max", "sum", "min", "max")
NOT_SUMMED = "不相加"  # shown in place of a sum of shares, rates, ages or durations
REPEAT = "重复"
UNKNOWN = "（不详）"  # a group whose place or time is not known


def width(text: str) -> int:
    """Columns a string takes on a terminal (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def table(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> str:
    """Rows as an aligned text table."""
    cells = [[str(c) for c in columns]] + [["" if r[c] is None else str(r[c]) for c in columns] for r in rows]
    widths = [max(width(row[i]) for row in cells) for i in range(len(columns))]
    return "\n".join("  ".join(cell + " " * (w - width(cell)) for cell, w in zip(row, widths)).rstrip()
                     for row in cells)


def for_people(row: dict[str, Any]) -> dict[str, Any]:
    """A ledger or sums row as a table shows it: repeats marked, a sum that is not made said so."""
    shown = dict(row)
    if "counted" in row:
        shown["repeat"] = "" if row["counted"] else REPEAT
    if "summable" in row and not row["summable"]:
        shown["sum_shown"] = NOT_SUMMED
    if "label" in row and not row["label"] and row["by"] != "indicator":
        shown["label"] = UNKNOWN
    return shown


def render(rows: list[dict[str, Any]], columns: dict[str, tuple[str, ...]], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=1)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(columns["csv"]), extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows({**r, **{k: plain(r[k]) for k in RAW_NUMBERS if k in r}} for r in rows)
        return out.getvalue().rstrip("\n")
    return table([for_people(r) for r in rows], columns["table"])


@click.command()
@db_option
@click.option("--unit", help="Only figures in this unit (元, 吨, %, 人...).")
@click.option("--indicator", help="Only figures of this indicator (固定资产投资).")
@click.option("--measure", help="Only figures whose measure or indicator contains this (投资).")
@click.option("--place", help="Only figures in this place or any place within it (新疆, 和田地区, 653200).")
@click.option("--publication", help="Only this publication.")
@click.option("--period", help="Only figures of this period, as written.")
@date_range_options
@click.option("--by", type=click.Choice(list(GROUPS)),
              help="Sum the figures within each indicator and unit, by place, period, month, year or publication.")
@click.option("--sort", type=click.Choice(list(SORTS)), default="date", show_default=True, help="Ledger order.")
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True, help="Figures to list.")
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Figures to skip.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def figures(db: Path, unit: str | None, indicator: str | None, measure: str | None, place: str | None,
            publication: str | None, period: str | None, date_from: str | None, date_to: str | None,
            by: str | None, sort: str, limit: int, offset: int, fmt: str) -> None:
    """List the figures the archived articles report, each with its article, page and date.

    With --by, print sums instead: one row per indicator, unit and group (a
    place, a period, the month or year of each figure's own period, a
    publication). Sums never mix indicators or units, count a repeated figure
    once, and are not made of shares, rates, averages, ages or durations.
    Numbers are written as printed (386.42亿); CSV has the raw value too.
    Dates filter on the page's date.
    """
    filters = dict(unit=unit, indicator=indicator, measure=measure, place=place, publication=publication,
                   period=period, date_from=date_from, date_to=date_to)
    with open_existing(db) as archive:
        if by:
            click.echo(render(archive.figure_sums(by=by, **filters), SUM_COLUMNS, fmt))
            return
        result = archive.figures(sort=sort, limit=limit, offset=offset, **filters)
    click.echo(render(result["figures"], LEDGER_COLUMNS, fmt))
    if fmt == "table":
        click.echo(f"{result['total']} figures match", err=True)
