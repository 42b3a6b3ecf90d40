"""Store rebuilt pages in the archive: in batches, one transaction each, the search index in step.

A rebuilt page travels as a *record*: plain dicts and lists (the `pages` row,
its `articles` rows and its `figures` rows, a figure naming its article by its
place on the page), made where the page was rebuilt, so a worker process or a
Dask worker sends it once, and a Parquet shard holds it as it is.

Writers wait their turn: each batch is one `BEGIN IMMEDIATE` transaction
(taken under the connection's busy timeout, retried when the archive stays
locked), so several ingests into one archive all succeed, and a page stored
twice is updated in place (see `page_key`).
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Any

from baoshu.archive.chars import index_values, pair_values
from baoshu.archive.entities import entity_rows, store_entities
from baoshu.archive.jumps import link_issue
from baoshu.archive.schema import insert
from baoshu.model import Article, Figure, Page, SourcePage

Record = dict[str, Any]  # {"page": pages row, "articles": [articles row], "figures": [figures row],
#                          "entities": [an article's entity rows, see baoshu.archive.entities]}

PAGE_FIELDS = ("sha256", "part", "source", "path", "kind", "encoding", "publication", "date", "page",
               "width", "height", "furniture", "text")
ARTICLE_FIELDS = ("seq", "kind", "kicker", "title", "subtitle", "headline", "byline", "dateline", "standfirst",
                  "body", "captions", "credit", "continued_on", "continued_from", "line_first", "line_last",
                  "source_lines", "regions", "subheads")
FIGURE_FIELDS = ("article", "seq", "text", "value", "value_max", "unit", "qualifier", "measure", "indicator",
                 "period", "period_start", "period_end", "place", "place_code", "place_level", "place_name",
                 "part", "repeat_of", "line", "span_start", "span_end")
LOCK_RETRIES = 8  # BEGIN IMMEDIATE attempts, each waiting out the busy timeout
LOCK_BACKOFF = 0.05  # seconds before the first retry, doubled at each
INDEXES = (("articles_chars", index_values), ("articles_pairs", pair_values))  # search indexes, kept in step
LOCKED = ("database is locked", "database table is locked", "database is busy")


def page_key(page: dict[str, Any]) -> tuple[Any, ...]:
    """The identity of a stored page, from its `pages` row: the SHA-256 of its
    file's bytes and its page number in that file (`part`, 1 for text dumps).

    Storing a page whose key is already in the archive updates that page.
    This function and `KEY_SQL` are the only places that know the key.
    """
    return (page["sha256"], page["part"])


KEY_SQL = "sha256 = ? AND part = ?"  # `page_key`'s columns, in its order


def source_text(source: SourcePage) -> str:
    """The text kept for a page: the reader's text, else its lines joined."""
    return source.text or "\n".join(line.text for line in source.lines)


def article_row(seq: int, article: Article) -> dict[str, Any]:
    """The `articles` row of one article (without its page id)."""
    return {
        "seq": seq,
        "kind": article.kind,
        "kicker": article.kicker,
        "title": article.title,
        "subtitle": article.subtitle,
        "headline": article.headline,
        "byline": article.byline,
        "dateline": article.dateline,
        "standfirst": article.standfirst,
        "body": "\n".join(article.body),
        "captions": "\n".join(article.captions),
        "credit": article.credit,
        "continued_on": article.continued_on,
        "continued_from": article.continued_from,
        "line_first": article.lines[0] if article.lines else None,
        "line_last": article.lines[-1] if article.lines else None,
        "source_lines": json.dumps(article.source_lines),
        "regions": json.dumps(article.regions),
        "subheads": json.dumps(article.subheads),
    }


def figure_row(seq: int, figure: Figure) -> dict[str, Any]:
    """The `figures` row of one figure, naming its article by its place on the page."""
    return {
        "article": figure.article, "seq": seq, "text": figure.text, "value": figure.value,
        "value_max": figure.value_max, "unit": figure.unit, "qualifier": figure.qualifier,
        "measure": figure.measure, "indicator": figure.indicator, "period": figure.period,
        "period_start": figure.period_start, "period_end": figure.period_end, "place": figure.place,
        "place_code": figure.place_code, "place_level": figure.place_level, "place_name": figure.place_name,
        "part": figure.part, "repeat_of": figure.repeat_of, "line": figure.line,
        "span_start": figure.span[0] if figure.span else 0,
        "span_end": figure.span[1] if len(figure.span) > 1 else 0,
    }


def page_record(sha256: str, part: int, path: str, source: SourcePage, page: Page) -> Record:
    """The record of one rebuilt page: what is stored, and nothing else."""
    return {
        "page": {
            "sha256": sha256, "part": part, "source": source.name, "path": path,
            "kind": source.kind, "encoding": source.encoding,
            "publication": page.meta.publication, "date": page.meta.date, "page": page.meta.page,
            "width": source.width, "height": source.height,
            "furniture": json.dumps(page.furniture, ensure_ascii=False), "text": source_text(source),
        },
        "articles": [article_row(seq, a) for seq, a in enumerate(page.articles)],
        "figures": [figure_row(seq, f) for seq, f in enumerate(page.figures)
                    if 0 <= f.article < len(page.articles)],
        "entities": [entity_rows(a) for a in page.articles],
    }


def drop_page_rows(conn: sqlite3.Connection, page_id: int) -> dict[int, int]:
    """Delete a page's articles (figures and jumps follow) and their search tokens.

    Returns the deleted articles' ids by their place on the page, for reuse.
    """
    ids = {}
    rows = conn.execute("SELECT id, seq, headline, body, captions FROM articles WHERE page_id = ?",
                        (page_id,)).fetchall()
    for table, values in INDEXES:
        conn.executemany(
            f"INSERT INTO {table} ({table}, rowid, headline, body, captions) VALUES ('delete', ?, ?, ?, ?)",
            [(row["id"], *values(dict(row))) for row in rows],
        )
    for row in rows:
        ids[row["seq"]] = row["id"]
    conn.execute("DELETE FROM articles WHERE page_id = ?", (page_id,))
    return ids


def is_locked(exc: sqlite3.Error) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and str(exc).startswith(LOCKED)


@contextmanager
def immediate(conn: sqlite3.Connection) -> Iterator[None]:
    """One write transaction, begun with `BEGIN IMMEDIATE` (the write lock taken
    at once, waiting out the busy timeout, retried while another writer holds it),
    committed on success and rolled back on any error."""
    delay = LOCK_BACKOFF
    for attempt in range(LOCK_RETRIES):
        try:
            conn.execute("BEGIN IMMEDIATE")
            break
        except sqlite3.OperationalError as exc:
            if not is_locked(exc) or attempt == LOCK_RETRIES - 1:
                raise
            time.sleep(delay)
            delay *= 2
    try:
        yield
    except BaseException:
        conn.rollback()
        raise
    conn.commit()


def store_record(conn: sqlite3.Connection, record: Record, now: str) -> tuple[int, set[tuple[str, str]]]:
    """Store (or replace) one page inside the caller's transaction.

    Returns its page id and the issues (publication, date) whose jumps need
    linking again. Storing a page again replaces its articles and figures but
    keeps its id, and the n-th article keeps the id the n-th had.
    """
    row = {**record["page"], "ingested_at": now}
    old = conn.execute(f"SELECT id, publication, date FROM pages WHERE {KEY_SQL}", page_key(row)).fetchone()
    issues = {(row["publication"], row["date"])}
    old_ids: dict[int, int] = {}
    if old:
        page_id = int(old["id"])
        issues.add((old["publication"], old["date"]))
        old_ids = drop_page_rows(conn, page_id)
        assignments = ", ".join(f"{c} = :{c}" for c in row)
        conn.execute(f"UPDATE pages SET {assignments} WHERE id = :id", {**row, "id": page_id})
    else:
        page_id = insert(conn, "pages", row)
    article_ids = []
    for article in record["articles"]:
        article_id = insert(conn, "articles", {"id": old_ids.get(article["seq"]), "page_id": page_id, **article})
        article_ids.append(article_id)
    for table, values in INDEXES:
        conn.executemany(f"INSERT INTO {table} (rowid, headline, body, captions) VALUES (?, ?, ?, ?)",
                         [(i, *values(a)) for i, a in zip(article_ids, record["articles"])])
    figure_ids: dict[int, int] = {}
    for f in record["figures"]:
        row = {**{k: v for k, v in f.items() if k != "article"}, "article_id": article_ids[f["article"]],
               "page_id": page_id}
        figure_ids[f["seq"]] = insert(conn, "figures", row)
    for article_id, rows in zip(article_ids, record.get("entities", [])):
        store_entities(conn, article_id, page_id, rows, figure_ids)
    return page_id, issues


def write_batch(conn: sqlite3.Connection, groups: Iterable[list[Record]]) -> list[str]:
    """Store groups of records (each group: the pages of one file) in one transaction.

    A group that cannot be stored is rolled back alone (a savepoint each) and
    its problem returned; the others are stored. Returns one problem per
    group, "" for each group stored. Jumps are linked once per issue touched.
    """
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    problems: list[str] = []
    issues: set[tuple[str, str]] = set()
    with immediate(conn):
        for group in groups:
            conn.execute("SAVEPOINT file")
            try:
                touched: set[tuple[str, str]] = set()
                for record in group:
                    touched |= store_record(conn, record, now)[1]
            except sqlite3.Error as exc:
                if is_locked(exc):
                    raise
                conn.execute("ROLLBACK TO file")
                problems.append(f"could not be stored: {exc}")
            else:
                issues |= touched
                problems.append("")
            conn.execute("RELEASE file")
        for publication, date in sorted(issues):
            link_issue(conn, publication, date)
    return problems


def write_page(conn: sqlite3.Connection, sha256: str, part: int, path: str,
               source: SourcePage, page: Page) -> int:
    """Store (or replace) one page with its articles and figures, in one transaction; return its id."""
    record = page_record(sha256, part, path, source, page)
    with immediate(conn):
        page_id, issues = store_record(conn, record, datetime.now(timezone.utc).isoformat(timespec="seconds"))
        for publication, date in sorted(issues):
            link_issue(conn, publication, date)
    return page_id
