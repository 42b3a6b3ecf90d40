"""The entities of stored articles and the counterpart-aid ledger: writing them, and filling them in
for articles stored before the archive had them (schema version 2, see docs/SCHEMA.md)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from baoshu.config import DEFAULT, Config
from baoshu.model import Article, Figure, Page, PlaceRef

BACKFILL_BATCH = 500  # articles read at a time when an old archive is filled in


def insert(conn: sqlite3.Connection, table: str, row: dict[str, object]) -> int:
    columns = ", ".join(row)
    marks = ", ".join(f":{c}" for c in row)
    cursor = conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", row)
    return int(cursor.lastrowid or 0)


def write_entities(conn: sqlite3.Connection, article_ids: Sequence[int], page: Page) -> None:
    """Store the entities, posts and aid rows of a page's articles (`article_ids[i]` is the id of
    `page.articles[i]`), with the aid rows' figures and each figure's place code. The page's
    figures must be stored already (a figure's `seq` is its index in `page.figures`)."""
    if not article_ids:
        return
    page_id = conn.execute("SELECT page_id FROM articles WHERE id = ?", (article_ids[0],)).fetchone()[0]
    figure_ids = dict(conn.execute("SELECT seq, id FROM figures WHERE page_id = ?", (page_id,)).fetchall())
    for index, (article_id, article) in enumerate(zip(article_ids, page.articles)):
        figures = {seq: (figure_ids[seq], f) for seq, f in enumerate(page.figures)
                   if f.article == index and seq in figure_ids}
        write_article(conn, article_id, page_id, article, figures)


def write_article(conn: sqlite3.Connection, article_id: int, page_id: int, article: Article,
                  figures: dict[int, tuple[int, Figure]]) -> None:
    """One article's persons (with posts), reporters, organisations, places and aid rows.

    `figures` are the article's stored figures, (row id, figure), by the index its aid rows use.
    """
    base = {"article_id": article_id, "page_id": page_id}
    for person in article.persons:
        entity_id = insert(conn, "entities", {**base, "kind": "person", "name": person.name,
                                              "mentions": max(1, len(person.spans)),
                                              "spans": json.dumps(person.spans)})
        for seq, post in enumerate(person.posts):
            insert(conn, "posts", {"entity_id": entity_id, "article_id": article_id, "person": person.name,
                                   "post": post, "seq": seq})
    for name in dict.fromkeys(article.reporters):
        insert(conn, "entities", {**base, "kind": "reporter", "name": name})
    for org in article.orgs:
        insert(conn, "entities", {**base, "kind": "org", "name": org.name, "mentions": max(1, len(org.spans)),
                                  "spans": json.dumps(org.spans)})
    for place in article.places:
        insert(conn, "entities", {**base, "kind": "place", "name": place.name, "code": place.code or "",
                                  "level": place.level, "mentions": max(1, len(place.spans)),
                                  "spans": json.dumps(place.spans)})
    for seq, aid in enumerate(article.aid):
        aid_id = insert(conn, "aid", {
            **base, "seq": seq, "donor": aid.donor, "donor_code": aid.donor_code or "",
            "recipient": aid.recipient, "recipient_code": aid.recipient_code or "", "programme": aid.programme,
            "period": aid.period, "period_start": aid.period_start, "period_end": aid.period_end,
            "sentence": aid.sentence, "span_start": aid.span[0] if aid.span else 0,
            "span_end": aid.span[1] if aid.span else 0,
        })
        for tied in aid.figures:
            if tied.figure in figures:
                conn.execute("INSERT OR IGNORE INTO aid_figures (aid_id, figure_id) VALUES (?, ?)",
                             (aid_id, figures[tied.figure][0]))


def stored_figure(row: sqlite3.Row) -> Figure:
    """A `figures` row back as the model's Figure."""
    return Figure(text=row["text"], value=row["value"], unit=row["unit"], article=0,
                  span=[row["span_start"], row["span_end"]], qualifier=row["qualifier"], measure=row["measure"],
                  value_max=row["value_max"], period=row["period"], period_start=row["period_start"],
                  period_end=row["period_end"], place=row["place"], line=row["line"])


def backfill(conn: sqlite3.Connection, config: Config = DEFAULT) -> int:
    """Run the entities stage over every stored article that has no entity rows yet (an archive made
    before version 2) and store what it finds; returns the number of articles filled in."""
    from baoshu.archive.api import stored_article
    from baoshu.entities import extract_article

    done = 0
    last = 0
    while True:
        rows = conn.execute(
            "SELECT a.*, p.date AS page_date, p.publication AS page_publication FROM articles a"
            " JOIN pages p ON p.id = a.page_id WHERE a.id > ? ORDER BY a.id LIMIT ?", (last, BACKFILL_BATCH)
        ).fetchall()
        if not rows:
            return done
        for row in rows:
            last = row["id"]
            if conn.execute("SELECT 1 FROM entities WHERE article_id = ? LIMIT 1", (last,)).fetchone():
                continue
            article = stored_article(row)
            stored = conn.execute("SELECT * FROM figures WHERE article_id = ?", (last,)).fetchall()
            figures = {f["seq"]: (f["id"], stored_figure(f)) for f in stored}
            context = [row["page_publication"]] if row["page_publication"] else []
            extract_article(article, [(seq, f) for seq, (_, f) in figures.items()], config, context, row["page_date"])
            write_article(conn, last, row["page_id"], article, figures)
            done += 1
