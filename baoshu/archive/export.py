"""Export articles and figures for other tools: JSON Lines, CSV or Parquet."""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from baoshu.archive.records import article_text
from baoshu.errors import BadArgument, BaoshuError

FORMATS = ("jsonl", "csv", "parquet")
BATCH = 5000

ARTICLES = {
    "id": pa.int64(), "page_id": pa.int64(), "publication": pa.string(), "date": pa.string(),
    "page": pa.string(), "source": pa.string(), "seq": pa.int64(), "kind": pa.string(),
    "kicker": pa.string(), "title": pa.string(), "subtitle": pa.string(), "byline": pa.string(),
    "dateline": pa.string(), "standfirst": pa.string(), "body": pa.string(), "captions": pa.string(),
    "credit": pa.string(), "text": pa.string(), "continued_on": pa.string(), "continued_from": pa.string(),
    "continued_in": pa.int64(), "line_first": pa.int64(), "line_last": pa.int64(),
}
FIGURES = {
    "id": pa.int64(), "article_id": pa.int64(), "page_id": pa.int64(), "publication": pa.string(),
    "date": pa.string(), "page": pa.string(), "text": pa.string(), "value": pa.float64(),
    "value_max": pa.float64(), "unit": pa.string(), "qualifier": pa.string(), "measure": pa.string(),
    "period": pa.string(), "period_start": pa.string(), "period_end": pa.string(), "place": pa.string(),
    "line": pa.int64(), "span_start": pa.int64(), "span_end": pa.int64(), "indicator": pa.string(),
    "place_code": pa.string(), "place_level": pa.string(), "place_name": pa.string(), "part": pa.string(),
    "repeat_of": pa.int64(),
}
QUALIFIED = {"publication": "p", "date": "p", "page": "p", "source": "p", "continued_in": "j"}
QUERIES = {
    "articles": (ARTICLES, "SELECT {columns} FROM articles a JOIN pages p ON p.id = a.page_id"
                 " LEFT JOIN jumps j ON j.from_article = a.id ORDER BY a.id"),
    "figures": (FIGURES, "SELECT {columns} FROM figures f JOIN pages p ON p.id = f.page_id ORDER BY f.id"),
}


def rows(conn: sqlite3.Connection, table: str) -> Iterator[dict[str, Any]]:
    """Every exported row of `articles` or `figures`, as dicts in column order."""
    columns, sql = QUERIES[table]
    own = table[0]
    selected = ", ".join(
        "j.to_article AS continued_in" if c == "continued_in" else f"{QUALIFIED.get(c, own)}.{c}" for c in columns
    )
    selected = selected.replace("a.text", "'' AS text")  # computed below: the string figure spans index into
    for row in conn.execute(sql.format(columns=selected)):
        record = dict(row)
        if table == "articles":
            record["text"] = article_text(record)
        yield record


def write_jsonl(target: Path, records: Iterator[dict[str, Any]], columns: dict[str, pa.DataType]) -> None:
    with target.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_csv(target: Path, records: Iterator[dict[str, Any]], columns: dict[str, pa.DataType]) -> None:
    with target.open("w", encoding="utf-8-sig", newline="") as out:  # a byte-order mark, for spreadsheets
        writer = csv.DictWriter(out, fieldnames=list(columns))
        writer.writeheader()
        writer.writerows(records)


def write_parquet(target: Path, records: Iterator[dict[str, Any]], columns: dict[str, pa.DataType]) -> None:
    schema = pa.schema(list(columns.items()))
    with pq.ParquetWriter(target, schema) as writer:
        batch: list[dict[str, Any]] = []
        for record in records:
            batch.append(record)
            if len(batch) >= BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
        writer.write_table(pa.Table.from_pylist(batch, schema=schema))


WRITERS = {"jsonl": write_jsonl, "csv": write_csv, "parquet": write_parquet}


def export(conn: sqlite3.Connection, fmt: str, folder: str | Path) -> list[Path]:
    """Write `articles.FMT` and `figures.FMT` into `folder`; return their paths.

    Articles carry their page's publication, date, page and source file,
    `text` (the article as one string: figures' spans index into it), and
    `continued_in` (the id of the article that continues them, or null);
    `body` and `captions` are paragraphs joined by newlines. Figures carry
    their article and page ids, the page's publication, date and page, and
    `span_start`/`span_end` into the article's text.

    CSV files start with a UTF-8 byte-order mark, so spreadsheet programs read them right.

    Raises:
        BadArgument: `fmt` is not one of FORMATS.
        BaoshuError: the folder or a file in it cannot be written.
    """
    if fmt not in WRITERS:
        raise BadArgument(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")
    folder = Path(folder)
    written = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for table, (columns, _) in QUERIES.items():
            target = folder / f"{table}.{fmt}"
            WRITERS[fmt](target, rows(conn, table), columns)
            written.append(target)
    except OSError as exc:
        raise BaoshuError(f"{exc.filename or folder}: cannot write the export there ({exc.strerror or exc})") from exc
    return written
