"""Fill the figure columns of schema version 2 for figures stored before them.

An archive written by an older baoshu keeps each figure's printed measure and
place; this derives the rest in place, page by page, with the same rules the
figures stage uses: the indicator from the measure, the place's unit from the
printed place (read on its own, so a name several units share stays
unresolved), the article part from the span, and the repeats within each
article.
"""

from __future__ import annotations

import sqlite3

from baoshu.figures.indicator import indicator
from baoshu.figures.repeats import mark_repeats
from baoshu.figures.where import Place
from baoshu.model import Figure, article_parts
from baoshu.places import find_places

ARTICLE_FIELDS = ("kicker", "title", "subtitle", "standfirst", "byline", "dateline", "body", "captions", "credit")
LIST_FIELDS = ("body", "captions")


def place_of(printed: str) -> Place:
    """The unit a printed place name means when read on its own."""
    mentions = find_places(printed) if printed else []
    if len(mentions) == 1 and (mentions[0].start, mentions[0].end) == (0, len(printed)):
        return Place.of(mentions[0])
    return Place(printed)


def _part_of(article: sqlite3.Row, start: int) -> str:
    fields = {k: (article[k].split("\n") if article[k] else []) if k in LIST_FIELDS else article[k]
              for k in ARTICLE_FIELDS}
    name = ""
    for part in article_parts(fields):
        if part.offset <= start:
            name = part.name
    return name


def fill_figure_columns(conn: sqlite3.Connection) -> None:
    """Indicator, place unit, part and repeat of every stored figure, page by page."""
    pages = [r[0] for r in conn.execute("SELECT DISTINCT page_id FROM figures ORDER BY page_id")]
    for page_id in pages:
        rows = conn.execute(
            "SELECT f.id, f.seq, f.article_id, f.value, f.value_max, f.unit, f.measure, f.place, f.period,"
            f" f.period_start, f.period_end, f.span_start, {', '.join('a.' + k for k in ARTICLE_FIELDS)}"
            " FROM figures f JOIN articles a ON a.id = f.article_id WHERE f.page_id = ? ORDER BY f.seq",
            (page_id,)).fetchall()
        figures = []
        for r in rows:
            place = place_of(r["place"])
            figures.append(Figure(
                text="", value=r["value"], value_max=r["value_max"], unit=r["unit"], article=r["article_id"],
                span=[r["span_start"]], measure=r["measure"], period=r["period"], period_start=r["period_start"],
                period_end=r["period_end"], place=r["place"],
                place_code=place.code, place_level=place.level, place_name=place.name,
                indicator=indicator(r["measure"], r["unit"]), part=_part_of(r, r["span_start"])))
        marked = mark_repeats(figures)
        conn.executemany(
            "UPDATE figures SET indicator = ?, place = ?, place_code = ?, place_level = ?, place_name = ?,"
            " period = ?, period_start = ?, period_end = ?, part = ?, repeat_of = ? WHERE id = ?",
            [(f.indicator, f.place, f.place_code, f.place_level, f.place_name, f.period, f.period_start,
              f.period_end, f.part,
              rows[f.repeat_of]["seq"] if f.repeat_of is not None else None, r["id"])
             for f, r in zip(marked, rows)])
