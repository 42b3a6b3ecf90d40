"""The ledger of figures: every figure with its article, page and date, and the sums an analyst can trust.

- A place filter names a unit of the gazetteer (`新疆`, `和田地区`, `653200`) and
  takes in every unit within it; a name the gazetteer does not know matches the
  printed place.
- Sums are made within one indicator and one unit, never across them; shares,
  rates, averages, ages and durations are counted but never summed.
- One fact is counted once: a figure marked as a repeat within its article, or
  a continuation's headline figure its first part already gives, is left out of
  sums (it is still listed).
- The time axis is each figure's own period: the month (or year) its period
  ends in, else the page's date.
- Every number a person reads is written as Chinese readers write it
  (`386.42亿`), at the precision printed (see baoshu.figures.display).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from baoshu.archive.where import conditions as where
from baoshu.errors import BadArgument
from baoshu.figures.display import Scale, exact_sum, printed_scale, shown, shown_sum
from baoshu.figures.indicator import summable
from baoshu.places import descendants, division, lookup

SORTS = {
    "date": "p.date, p.publication, p.page, f.article_id, f.seq",
    "-date": "p.date DESC, p.publication, p.page, f.article_id, f.seq",
    "value": "f.value, f.id",
    "-value": "f.value DESC, f.id",
    "position": "f.article_id, f.span_start, f.seq",
}
CSV_COLUMNS = ("text", "value_shown", "value", "value_max", "unit", "qualifier", "indicator", "measure", "period",
               "period_start", "period_end", "place", "place_name", "place_code", "place_level", "counted",
               "repeat_of", "publication", "date", "page", "source", "article_id", "title")
"""The ledger's columns in CSV, the same from the CLI and the web; `value` is the raw number."""
HEADLINE_PARTS = ("kicker", "title", "subtitle")
_WHEN = "COALESCE(NULLIF(f.period_end, ''), p.date)"
# What each grouping adds to (indicator, unit): the key, and the label a reader sees.
GROUPS = {
    "indicator": ("''", "''"),
    "place": ("COALESCE(NULLIF(f.place_code, ''), f.place)", "COALESCE(NULLIF(f.place_name, ''), f.place)"),
    "period": ("CASE WHEN f.period_start || f.period_end != '' THEN f.period_start || '/' || f.period_end"
               " ELSE f.period END", "f.period"),
    "month": (f"substr({_WHEN}, 1, 7)", f"substr({_WHEN}, 1, 7)"),
    "year": (f"substr({_WHEN}, 1, 4)", f"substr({_WHEN}, 1, 4)"),
    "publication": ("p.publication", "p.publication"),
}
# 1 when a figure is counted in sums: not a repeat within its article, and not a
# continuation's headline figure that the article it continues gives as well.
COUNTED = (
    "(f.repeat_of IS NULL AND NOT (f.part IN ('kicker', 'title', 'subtitle') AND EXISTS ("
    "SELECT 1 FROM jumps j JOIN figures g ON g.article_id = j.from_article"
    " WHERE j.to_article = f.article_id AND g.value = f.value AND g.unit = f.unit)))"
)
FIGURE_COLUMNS = (
    "f.id, f.seq, f.text, f.value, f.value_max, f.unit, f.qualifier, f.measure, f.indicator, f.period,"
    " f.period_start, f.period_end, f.place, f.place_code, f.place_level, f.place_name, f.part, f.repeat_of,"
    f" {COUNTED} AS counted, f.line, f.span_start, f.span_end, f.article_id, a.title, a.headline,"
    " f.page_id, p.publication, p.date, p.page, p.source"
)
FROM = " FROM figures f JOIN articles a ON a.id = f.article_id JOIN pages p ON p.id = f.page_id WHERE 1 = 1"


def place_keys(place: str) -> list[str]:
    """The gazetteer keys a place filter takes in: the units it names and every unit within them."""
    units = [place] if division(place) else [u.key for u in lookup(place)]
    keys: list[str] = []
    for key in units:
        keys.extend((key, *descendants(key)))
    return list(dict.fromkeys(keys))


def conditions(unit: str | None = None, measure: str | None = None, place: str | None = None,
               date_from: str | None = None, date_to: str | None = None, publication: str | None = None,
               period: str | None = None, article_id: int | None = None,
               indicator: str | None = None) -> tuple[str, list[Any]]:
    """SQL conditions for the ledger filters. `measure` is contained in the measure or the
    indicator (`投资` finds `固定资产投资`); `place` as in `place_keys`, else contained in the
    printed place; the others match exactly; the dates bound the page's date."""
    sql, args = where((("f.unit = ?", unit), ("f.indicator = ?", indicator),
                       ("p.date >= ?", date_from), ("p.date <= ?", date_to), ("p.publication = ?", publication),
                       ("f.period = ?", period), ("f.article_id = ?", article_id)))
    if measure:
        sql += " AND (instr(f.measure, ?) > 0 OR instr(f.indicator, ?) > 0)"
        args += [measure, measure]
    if place:
        keys = place_keys(place)
        marks = ", ".join("?" * len(keys))
        sql += f" AND (f.place_code IN ({marks}) OR instr(f.place, ?) > 0)" if keys else " AND instr(f.place, ?) > 0"
        args += [*keys, place]
    return sql, args


def number(value: float | None) -> float | int | None:
    """Whole numbers as int, so `4400000.0` reads `4400000`."""
    return int(value) if value is not None and float(value).is_integer() else value


def value_shown(figure: dict[str, Any]) -> str:
    """A figure's value as written at its printed precision, without its unit (`386.42亿`, `3–5`)."""
    text = shown(figure["value"], figure["text"])
    if figure.get("value_max") is not None:
        text += "–" + shown(figure["value_max"], figure["text"])
    return text


def figure_dict(row: sqlite3.Row) -> dict[str, Any]:
    data = dict(row)
    data["span"] = [data.pop("span_start"), data.pop("span_end")]
    data["counted"] = bool(data["counted"])
    data["value"] = number(data["value"])
    data["value_max"] = number(data["value_max"])
    data["value_shown"] = value_shown(data)
    return data


def figures(conn: sqlite3.Connection, sort: str = "date", limit: int = 100, offset: int = 0,
            **filters: Any) -> dict[str, Any]:
    """Figures matching the filters, in `sort` order, with the total count."""
    if sort not in SORTS:
        raise BadArgument(f"unknown sort {sort!r}; choose from {', '.join(SORTS)}")
    sql, args = conditions(**filters)
    total = conn.execute("SELECT count(*)" + FROM + sql, args).fetchone()[0]
    rows = conn.execute(f"SELECT {FIGURE_COLUMNS}{FROM}{sql} ORDER BY {SORTS[sort]} LIMIT ? OFFSET ?",
                        [*args, limit, offset]).fetchall()
    return {"total": total, "figures": [figure_dict(r) for r in rows]}


def units(conn: sqlite3.Connection) -> list[str]:
    """Every unit the ledger holds."""
    return [r[0] for r in conn.execute("SELECT DISTINCT unit FROM figures ORDER BY unit")]


@dataclass
class _Sum:
    """One group of the sums, filled figure by figure."""

    indicator: str
    unit: str
    key: str
    label: str
    count: int = 0
    values: list[float] = field(default_factory=list)
    scales: list[Scale] = field(default_factory=list)
    ranges: int = 0
    approximate: bool = False
    least: tuple[float, str] | None = None
    most: tuple[float, str] | None = None

    def add(self, value: float, value_max: float | None, text: str, qualifier: str, counted: bool) -> None:
        self.count += 1
        if self.least is None or value < self.least[0]:
            self.least = (value, text)
        if self.most is None or value > self.most[0]:
            self.most = (value, text)
        if not counted:
            return
        if value_max is not None:
            self.ranges += 1  # a range has no one value to add
            return
        self.values.append(value)
        self.scales.append(printed_scale(text))
        self.approximate = self.approximate or bool(qualifier)

    def row(self, by: str) -> dict[str, Any]:
        can_sum = summable(self.unit, self.indicator)
        total: Decimal | None = exact_sum(self.values) if can_sum and self.values else None
        assert self.least is not None and self.most is not None
        return {
            "by": by, "indicator": self.indicator, "unit": self.unit, "key": self.key, "label": self.label,
            "count": self.count, "facts": len(self.values) + self.ranges,
            "repeats": self.count - len(self.values) - self.ranges, "ranges": self.ranges,
            "summable": can_sum, "sum": number(float(total)) if total is not None else None,
            "sum_shown": shown_sum(total, self.scales) if total is not None else "",
            "approximate": self.approximate,
            "min": number(self.least[0]), "max": number(self.most[0]),
            "min_shown": shown(*self.least), "max_shown": shown(*self.most),
        }


def _grouped(rows: Iterator[sqlite3.Row]) -> dict[tuple[str, str, str], _Sum]:
    groups: dict[tuple[str, str, str], _Sum] = {}
    for r in rows:
        ident = (r["indicator"], r["unit"], r["key"] or "")
        group = groups.get(ident)
        if group is None:
            group = groups[ident] = _Sum(r["indicator"], r["unit"], r["key"] or "", r["label"] or "")
        group.add(r["value"], r["value_max"], r["text"], r["qualifier"], bool(r["counted"]))
    return groups


def figure_sums(conn: sqlite3.Connection, by: str = "place", **filters: Any) -> list[dict[str, Any]]:
    """Figures summed within each indicator and unit, grouped further by `by`, most facts first.

    `by`: "indicator" (no further grouping), "place", "period" (the figure's own,
    as resolved dates), "month" or "year" (of the figure's period, else the page
    date) or "publication". A row: `by`, `indicator`, `unit`, `key` and `label`
    (the group's value and how it reads), `count` (figures), `facts` (counted
    once), `repeats`, `ranges` (left out of the sum), `summable` (False for
    shares, rates, averages, ages, durations), `sum` and `sum_shown` (None and
    "" when not summable), `approximate` (some figure counted is a bound or an
    estimate), `min`, `max`, `min_shown`, `max_shown`.
    """
    if by not in GROUPS:
        raise BadArgument(f"unknown grouping {by!r}; choose from {', '.join(GROUPS)}")
    sql, args = conditions(**filters)
    key, label = GROUPS[by]
    rows = conn.execute(
        f"SELECT f.indicator, f.unit, {key} AS key, {label} AS label, f.value, f.value_max, f.text,"
        f" f.qualifier, {COUNTED} AS counted{FROM}{sql} ORDER BY f.id", args)
    out = [g.row(by) for g in _grouped(rows).values()]
    out.sort(key=lambda r: (-r["facts"], r["indicator"], r["unit"], r["key"]))
    return out
