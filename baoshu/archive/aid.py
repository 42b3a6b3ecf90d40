"""The counterpart-aid ledger: who gives to whom, through which programme, with how much money.

Each row is one relation one sentence states (docs/SCHEMA.md, `aid`), with the figures that
sentence reports. Filters by donor or recipient take a division code or a name and keep the
units within it too (和田地区 keeps 策勒县). The matrix sums money (figures in 元) per donor and
recipient, each figure once however many rows share its sentence.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from typing import Any

from baoshu.archive.directory import place_code, within
from baoshu.archive.where import conditions
from baoshu.errors import BadArgument
from baoshu.places import gazetteer

MONEY_UNIT = "元"
ROW_COLUMNS = ("x.id, x.donor, x.donor_code, x.recipient, x.recipient_code, x.programme, x.period, x.period_start,"
               " x.period_end, x.sentence, x.span_start, x.span_end, x.article_id, a.title, a.headline, x.page_id,"
               " p.publication, p.date, p.page")
FROM = " FROM aid x JOIN articles a ON a.id = x.article_id JOIN pages p ON p.id = x.page_id WHERE 1 = 1"
SORTS = {"date": "p.date, x.article_id, x.seq", "-date": "p.date DESC, x.article_id, x.seq",
         "donor": "x.donor, x.recipient, p.date", "recipient": "x.recipient, x.donor, p.date"}
LEVELS = ("as_printed", "prefecture", "province")


def _side(column: str, value: str | None) -> tuple[str, list[Any]]:
    """A donor or recipient filter: a division and the units within it, else a part of the name."""
    if not value:
        return "", []
    code = place_code(value)
    if code:
        codes = within(code)
        return f" AND x.{column}_code IN ({', '.join('?' * len(codes))})", codes
    return f" AND instr(x.{column}, ?) > 0", [value]


def _where(donor: str | None, recipient: str | None, programme: str | None, publication: str | None,
           date_from: str | None, date_to: str | None, article_id: int | None) -> tuple[str, list[Any]]:
    where, args = conditions((("instr(x.programme, ?) > 0", programme), ("p.publication = ?", publication),
                              ("p.date >= ?", date_from), ("p.date <= ?", date_to), ("x.article_id = ?", article_id)))
    for column, value in (("donor", donor), ("recipient", recipient)):
        more, more_args = _side(column, value)
        where += more
        args += more_args
    return where, args


def aid_rows(conn: sqlite3.Connection, donor: str | None = None, recipient: str | None = None,
             programme: str | None = None, publication: str | None = None, date_from: str | None = None,
             date_to: str | None = None, article_id: int | None = None, sort: str = "-date",
             limit: int = 100, offset: int = 0) -> dict[str, Any]:
    """Ledger rows under the filters, with the total count.

    A row has `id`, `donor`, `donor_code`, `recipient`, `recipient_code`, `programme`, `period`,
    `period_start`, `period_end`, `sentence`, `span` ([start, end) in the article's text),
    `article_id`, `title`, `headline`, `page_id`, `publication`, `date`, `page`, `figures`
    (`{id, text, value, unit, measure}` each) and `money` (the sum of its figures in 元, or None).
    """
    if sort not in SORTS:
        raise BadArgument(f"unknown sort {sort!r}; choose from {', '.join(SORTS)}")
    where, args = _where(donor, recipient, programme, publication, date_from, date_to, article_id)
    total = conn.execute("SELECT count(*)" + FROM + where, args).fetchone()[0]
    rows = [dict(r) for r in conn.execute(f"SELECT {ROW_COLUMNS}{FROM}{where} ORDER BY {SORTS[sort]} LIMIT ? OFFSET ?",
                                          [*args, limit, offset])]
    tied = _figures(conn, [r["id"] for r in rows])
    for row in rows:
        row["span"] = [row.pop("span_start"), row.pop("span_end")]
        row["figures"] = tied.get(row["id"], [])
        money = [f["value"] for f in row["figures"] if f["unit"] == MONEY_UNIT]
        row["money"] = _number(sum(money)) if money else None
    return {"total": total, "rows": rows}


def _figures(conn: sqlite3.Connection, aid_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for start in range(0, len(aid_ids), 500):
        chunk = aid_ids[start:start + 500]
        for r in conn.execute(
                f"SELECT af.aid_id, f.id, f.text, f.value, f.unit, f.measure FROM aid_figures af"
                f" JOIN figures f ON f.id = af.figure_id WHERE af.aid_id IN ({', '.join('?' * len(chunk))})"
                f" ORDER BY af.aid_id, f.span_start", chunk):
            out[r["aid_id"]].append({"id": r["id"], "text": r["text"], "value": _number(r["value"]),
                                     "unit": r["unit"], "measure": r["measure"]})
    return out


def _roll_up(code: str, name: str, level: str) -> tuple[str, str]:
    """A unit as itself, or as the prefecture or province it lies in."""
    if level == "as_printed" or not code:
        return code, name
    g = gazetteer()
    chain = [code, *g.ancestors(code)]
    wanted = ("prefecture", "province") if level == "prefecture" else ("province",)
    for key in chain:
        unit = g.units.get(key)
        if unit is not None and unit.level in wanted:
            return key, unit.name
    return code, name


def aid_matrix(conn: sqlite3.Connection, donor: str | None = None, recipient: str | None = None,
               programme: str | None = None, publication: str | None = None, date_from: str | None = None,
               date_to: str | None = None, donor_level: str = "as_printed",
               recipient_level: str = "as_printed") -> dict[str, Any]:
    """Donor × recipient: for each pair its rows, articles, money figures and money sum (元).

    `donor_level` and `recipient_level` ("as_printed", "prefecture", "province") gather the units
    into the prefecture or province they lie in. Returns `{"donors", "recipients", "cells",
    "unit"}`; donors and recipients are `{code, name, rows, money}` (most rows first); a cell is
    `{donor_code, donor, recipient_code, recipient, rows, articles, figures, money}`.
    """
    for level in (donor_level, recipient_level):
        if level not in LEVELS:
            raise BadArgument(f"unknown level {level!r}; choose from {', '.join(LEVELS)}")
    where, args = _where(donor, recipient, programme, publication, date_from, date_to, None)
    rows = conn.execute(f"SELECT x.id, x.donor, x.donor_code, x.recipient, x.recipient_code, x.article_id{FROM}{where}",
                        args).fetchall()
    money: dict[int, dict[int, float]] = defaultdict(dict)  # aid id → figure id → value
    ids = [r["id"] for r in rows]
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for aid_id, figure_id, value in conn.execute(
                f"SELECT af.aid_id, f.id, f.value FROM aid_figures af JOIN figures f ON f.id = af.figure_id"
                f" WHERE f.unit = ? AND af.aid_id IN ({', '.join('?' * len(chunk))})", [MONEY_UNIT, *chunk]):
            money[aid_id][figure_id] = value
    cells: dict[tuple[str, str], dict[str, Any]] = {}
    sides: dict[str, dict[str, dict[str, Any]]] = {"donors": {}, "recipients": {}}
    for r in rows:
        d_code, d_name = _roll_up(r["donor_code"], r["donor"], donor_level)
        r_code, r_name = _roll_up(r["recipient_code"], r["recipient"], recipient_level)
        cell = cells.setdefault((d_code or d_name, r_code or r_name), {
            "donor_code": d_code, "donor": d_name, "recipient_code": r_code, "recipient": r_name,
            "rows": 0, "articles": set(), "figures": {}})
        cell["rows"] += 1
        cell["articles"].add(r["article_id"])
        cell["figures"].update(money.get(r["id"], {}))
        for side, code, name in (("donors", d_code, d_name), ("recipients", r_code, r_name)):
            entry = sides[side].setdefault(code or name, {"code": code, "name": name, "rows": 0, "figures": {}})
            entry["rows"] += 1
            entry["figures"].update(money.get(r["id"], {}))
    out_cells = []
    for cell in cells.values():
        figures = cell.pop("figures")
        cell["articles"] = len(cell["articles"])
        cell["figures"] = len(figures)
        cell["money"] = _number(sum(figures.values())) if figures else None
        out_cells.append(cell)
    out: dict[str, Any] = {"unit": MONEY_UNIT, "cells": sorted(out_cells, key=lambda c: (-c["rows"], c["donor"],
                                                                                       c["recipient"]))}
    for side, entries in sides.items():
        listed = []
        for entry in entries.values():
            figures = entry.pop("figures")
            entry["money"] = _number(sum(figures.values())) if figures else None
            listed.append(entry)
        out[side] = sorted(listed, key=lambda e: (-e["rows"], e["name"]))
    return out


def programmes(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Each programme named in the ledger with its row count, commonest first."""
    return [dict(r) for r in conn.execute(
        "SELECT programme, count(*) AS rows FROM aid WHERE programme != '' GROUP BY programme"
        " ORDER BY rows DESC, programme")]


def _number(value: float | None) -> float | int | None:
    return int(value) if value is not None and float(value).is_integer() else value
