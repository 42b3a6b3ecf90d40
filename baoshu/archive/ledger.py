"""The ledger of figures: every figure with its article, page and date, and sums."""

from __future__ import annotations

import sqlite3
from typing import Any

from baoshu.archive.where import conditions as where
from baoshu.errors import BadArgument

SORTS = {
    "date": "p.date, p.publication, p.page, f.article_id, f.seq",
    "-date": "p.date DESC, p.publication, p.page, f.article_id, f.seq",
    "value": "f.value, f.id",
    "-value": "f.value DESC, f.id",
    "position": "f.article_id, f.span_start, f.seq",
}
CSV_COLUMNS = ("text", "value", "value_max", "unit", "qualifier", "measure", "period", "period_start",
               "period_end", "place", "publication", "date", "page", "source", "article_id", "title")
GROUPS = {"place": "f.place", "unit": "f.unit", "month": "substr(p.date, 1, 7)", "measure": "f.measure"}
FIGURE_COLUMNS = (
    "f.id, f.text, f.value, f.value_max, f.unit, f.qualifier, f.measure, f.period, f.period_start,"
    " f.period_end, f.place, f.line, f.span_start, f.span_end, f.article_id, a.title, a.headline,"
    " f.page_id, p.publication, p.date, p.page, p.source"
)
FROM = " FROM figures f JOIN articles a ON a.id = f.article_id JOIN pages p ON p.id = f.page_id WHERE 1 = 1"


def conditions(unit: str | None = None, measure: str | None = None, place: str | None = None,
               date_from: str | None = None, date_to: str | None = None, publication: str | None = None,
               period: str | None = None, article_id: int | None = None) -> tuple[str, list[Any]]:
    """SQL conditions for the ledger filters. `measure` and `place` match
    anywhere in the field (`投资` finds `固定资产投资`); the others match exactly;
    the dates bound the page's date."""
    return where((("f.unit = ?", unit), ("instr(f.measure, ?) > 0", measure),
                  ("instr(f.place, ?) > 0", place), ("p.date >= ?", date_from),
                  ("p.date <= ?", date_to), ("p.publication = ?", publication),
                  ("f.period = ?", period), ("f.article_id = ?", article_id)))


def number(value: float | None) -> float | int | None:
    """Whole numbers as int, so `4400000.0` reads `4400000`."""
    return int(value) if value is not None and float(value).is_integer() else value


def figure_dict(row: sqlite3.Row) -> dict[str, Any]:
    data = dict(row)
    data["span"] = [data.pop("span_start"), data.pop("span_end")]
    data["value"] = number(data["value"])
    data["value_max"] = number(data["value_max"])
    return data


def figures(conn: sqlite3.Connection, sort: str = "date", limit: int = 100, offset: int = 0,
            **filters: Any) -> dict[str, Any]:
    """Figures matching the filters, in `sort` order, with the total count."""
    if sort not in SORTS:
        raise BadArgument(f"unknown sort {sort!r}; choose from {', '.join(SORTS)}")
    where, args = conditions(**filters)
    total = conn.execute("SELECT count(*)" + FROM + where, args).fetchone()[0]
    rows = conn.execute(f"SELECT {FIGURE_COLUMNS}{FROM}{where} ORDER BY {SORTS[sort]} LIMIT ? OFFSET ?",
                        [*args, limit, offset]).fetchall()
    return {"total": total, "figures": [figure_dict(r) for r in rows]}


def figure_sums(conn: sqlite3.Connection, by: str = "place", **filters: Any) -> list[dict[str, Any]]:
    """Sums of figures grouped by `by` and unit (sums never mix units), largest count first."""
    if by not in GROUPS:
        raise BadArgument(f"unknown grouping {by!r}; choose from {', '.join(GROUPS)}")
    where, args = conditions(**filters)
    key = GROUPS[by]
    rows = conn.execute(
        f"SELECT {key} AS key, f.unit AS unit, count(*) AS count, sum(f.value) AS total,"
        f" min(f.value) AS min, max(f.value) AS max{FROM}{where}"
        f" GROUP BY {key}, f.unit ORDER BY count DESC, key, unit",
        args,
    ).fetchall()
    return [{"by": by, "key": r["key"], "unit": r["unit"], "count": r["count"],
             "sum": number(r["total"]), "min": number(r["min"]), "max": number(r["max"])} for r in rows]
