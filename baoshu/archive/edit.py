"""Corrections made after ingest: a page's publication, date and page number."""

from __future__ import annotations

import sqlite3

from baoshu.archive.jumps import link_issue
from baoshu.archive.records import TEXT_FIELDS, article_text
from baoshu.errors import BadArgument, NotFound
from baoshu.figures import figure_period
from baoshu.meta import checked_iso_date
from baoshu.model import PageMeta

def checked_date(value: str) -> str:
    """`value` if it is a real ISO date (or empty), else BadArgument."""
    try:
        return checked_iso_date(value) if value else ""
    except ValueError as exc:
        raise BadArgument(str(exc)) from None


def set_page_meta(conn: sqlite3.Connection, page_id: int, meta: PageMeta, given: dict[str, bool]) -> None:
    """Set the fields of `meta` marked in `given` on page `page_id`, in one transaction.

    Every figure of the page has its period resolved again against the page's
    (new) date, and the jumps of the old and the new issue are recomputed.
    """
    meta.date = checked_date(meta.date) if given["date"] else meta.date
    with conn:
        old = conn.execute("SELECT publication, date, page FROM pages WHERE id = ?", (page_id,)).fetchone()
        if old is None:
            raise NotFound(f"no page {page_id}")
        new = {field: getattr(meta, field) if given[field] else old[field] for field in ("publication", "date", "page")}
        conn.execute("UPDATE pages SET publication = :publication, date = :date, page = :page WHERE id = :id",
                     {**new, "id": page_id})
        texts = {row["id"]: article_text(row) for row in conn.execute(
            f"SELECT id, body, captions, {', '.join(TEXT_FIELDS)} FROM articles WHERE page_id = ?", (page_id,))}
        for figure in conn.execute("SELECT id, article_id, span_start, span_end FROM figures WHERE page_id = ?",
                                   (page_id,)).fetchall():
            period, start, end = figure_period(texts[figure["article_id"]],
                                               [figure["span_start"], figure["span_end"]], new["date"])
            conn.execute("UPDATE figures SET period = ?, period_start = ?, period_end = ? WHERE id = ?",
                         (period, start, end, figure["id"]))
        link_issue(conn, old["publication"], old["date"])
        link_issue(conn, new["publication"], new["date"])


