"""`baoshu figures`: the ledger of figures, and sums."""

from __future__ import annotations

import csv
import io
import json
import sys
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import click

from baoshu.archive.ledger import CSV_COLUMNS, GROUPS, SORTS
from baoshu.commands.archive_options import count_option, date_range_options, db_option, open_existing
from baoshu.figures.display import plain
from baoshu.limits import MAX_COUNT

# What each output shows: a table for people (numbers as written), CSV with the raw value as well.
LEDGER_COLUMNS = {
    "table": ("date", "publication", "page", "article_id", "text", "value_shown", "unit", "qualifier",
              "indicator", "place", "period", "repeat"),
    "csv": CSV_COLUMNS,
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
TERMINAL_ROWS = 100  # a table on a terminal stops here unless --limit says otherwise
BOM = "\ufeff"  # so spreadsheet programs read UTF-8 CSV as UTF-8


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


def render(rows: list[dict[str, Any]], columns: tuple[str, ...] | Mapping[str, tuple[str, ...]], fmt: str) -> str:
    """Rows as JSON, as CSV (raw numbers, a byte-order mark) or as a table for people.

    `columns` are the same for both, or given per format (`{"table": …, "csv": …}`).
    """
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=1)
    chosen = columns if isinstance(columns, tuple) else columns["csv" if fmt == "csv" else "table"]
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(chosen), extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows({**r, **{k: plain(r[k]) for k in RAW_NUMBERS if k in r}} for r in rows)
        return BOM + out.getvalue().rstrip("\n")
    return table([for_people(r) for r in rows], chosen)


def default_limit(fmt: str) -> int | None:
    """No --limit: a table on a terminal shows TERMINAL_ROWS rows; files and pipes get every row."""
    return TERMINAL_ROWS if fmt == "table" and sys.stdout.isatty() else None


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
@count_option("--limit", minimum=1, help="Figures to list. [default: 100 in a table on a terminal, else all]")
@count_option("--offset", minimum=0, default=0, help="Figures to skip.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def figures(db: Path, unit: str | None, indicator: str | None, measure: str | None, place: str | None,
            publication: str | None, period: str | None, date_from: str | None, date_to: str | None,
            by: str | None, sort: str, limit: int | None, offset: int, fmt: str) -> None:
    """List the figures the archived articles report, each with its article, page and date.

    With --by, print sums instead: one row per indicator, unit and group (a
    place, a period, the month or year of each figure's own period, a
    publication). Sums never mix indicators or units, count a repeated figure
    once, and are not made of shares, rates, averages, ages or durations.
    Numbers are written as printed (386.42亿); CSV has the raw value too, the
    columns of the web reader's CSV and a UTF-8 byte-order mark. Dates filter
    on the page's date. When fewer rows are printed than match, stderr says so.
    """
    filters = dict(unit=unit, indicator=indicator, measure=measure, place=place, publication=publication,
                   period=period, date_from=date_from, date_to=date_to)
    with open_existing(db) as archive:
        if by:
            click.echo(render(archive.figure_sums(by=by, **filters), SUM_COLUMNS, fmt))
            return
        limit = limit if limit is not None else default_limit(fmt)
        result = archive.figures(sort=sort, limit=MAX_COUNT if limit is None else limit, offset=offset, **filters)
    shown = result["figures"]
    click.echo(render(shown, LEDGER_COLUMNS, fmt))
    total = result["total"]
    if len(shown) < total:
        first = offset + 1 if shown else 0
        click.echo(f"{total} figures match; showing {first}-{offset + len(shown)} "
                   f"(--limit and --offset for others, --format csv or json to a file for all)", err=True)
    elif fmt == "table":
        click.echo(f"{total} figures match", err=True)
