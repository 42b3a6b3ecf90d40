"""The entities of stored articles and the counterpart-aid ledger: writing them, and filling them in
for articles stored before the archive had them (schema version 4, see docs/SCHEMA.md)."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from baoshu.archive.schema import insert
from baoshu.config import DEFAULT, Config
from baoshu.model import Article, Figure

BACKFILL_BATCH = 500  # articles read at a time when an old archive is filled in


def entity_rows(article: Article) -> dict[str, Any]:
    """An article's persons (with posts), reporters, organisations, places and aid rows, as plain rows:
    what a worker sends for storing. An aid row names its figures by their index on the page."""
    return {
        "persons": [{"name": p.name, "posts": list(p.posts), "spans": p.spans} for p in article.persons],
        "reporters": list(dict.fromkeys(article.reporters)),
        "orgs": [{"name": o.name, "spans": o.spans} for o in article.orgs],
        "places": [{"name": pl.name, "code": pl.code or "", "level": pl.level, "spans": pl.spans}
                   for pl in article.places],
        "aid": [{"donor": aid.donor, "donor_code": aid.donor_code or "", "recipient": aid.recipient,
                 "recipient_code": aid.recipient_code or "", "programme": aid.programme, "period": aid.period,
                 "period_start": aid.period_start, "period_end": aid.period_end, "sentence": aid.sentence,
                 "span_start": aid.span[0] if aid.span else 0, "span_end": aid.span[1] if aid.span else 0,
                 "figures": [tied.figure for tied in aid.figures]} for aid in article.aid],
    }


def store_entities(conn: sqlite3.Connection, article_id: int, page_id: int, rows: dict[str, Any],
                   figure_ids: dict[int, int]) -> None:
    """Store one article's entity rows (see `entity_rows`); `figure_ids` maps a figure's index on the
    page to its stored id, for the aid rows' figures."""
    base = {"article_id": article_id, "page_id": page_id}
    for person in rows["persons"]:
        entity_id = insert(conn, "entities", {**base, "kind": "person", "name": person["name"],
                                              "mentions": max(1, len(person["spans"])),
                                              "spans": json.dumps(person["spans"])})
        for seq, post in enumerate(person["posts"]):
            insert(conn, "posts", {"entity_id": entity_id, "article_id": article_id, "person": person["name"],
                                   "post": post, "seq": seq})
    for name in rows["reporters"]:
        insert(conn, "entities", {**base, "kind": "reporter", "name": name})
    for org in rows["orgs"]:
        insert(conn, "entities", {**base, "kind": "org", "name": org["name"], "mentions": max(1, len(org["spans"])),
                                  "spans": json.dumps(org["spans"])})
    for place in rows["places"]:
        insert(conn, "entities", {**base, "kind": "place", "name": place["name"], "code": place["code"],
                                  "level": place["level"], "mentions": max(1, len(place["spans"])),
                                  "spans": json.dumps(place["spans"])})
    for seq, aid in enumerate(rows["aid"]):
        aid_id = insert(conn, "aid", {**base, "seq": seq, **{k: v for k, v in aid.items() if k != "figures"}})
        for figure in aid["figures"]:
            if figure in figure_ids:
                conn.execute("INSERT OR IGNORE INTO aid_figures (aid_id, figure_id) VALUES (?, ?)",
                             (aid_id, figure_ids[figure]))


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
            store_entities(conn, last, row["page_id"], entity_rows(article),
                           {seq: figure_id for seq, (figure_id, _) in figures.items()})
            done += 1
