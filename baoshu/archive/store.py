"""Write one rebuilt page into the archive, in one transaction."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone

from baoshu.archive.chars import index_values
from baoshu.archive.entities import write_entities
from baoshu.archive.jumps import link_issue
from baoshu.model import Article, Page, SourcePage


def source_text(source: SourcePage) -> str:
    """The text kept for a page: the reader's text, else its lines joined."""
    return source.text or "\n".join(line.text for line in source.lines)


def article_row(page_id: int, seq: int, article: Article) -> dict[str, object]:
    """The `articles` row of one article."""
    return {
        "page_id": page_id,
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


def insert(conn: sqlite3.Connection, table: str, row: dict[str, object]) -> int:
    columns = ", ".join(row)
    marks = ", ".join(f":{c}" for c in row)
    cursor = conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", row)
    return int(cursor.lastrowid or 0)


def drop_page_rows(conn: sqlite3.Connection, page_id: int) -> dict[int, int]:
    """Delete a page's articles (figures and jumps follow) and their search tokens.

    Returns the deleted articles' ids by their place on the page, for reuse.
    """
    ids = {}
    for row in conn.execute("SELECT id, seq, headline, body, captions FROM articles WHERE page_id = ?", (page_id,)):
        conn.execute(
            "INSERT INTO articles_chars (articles_chars, rowid, headline, body, captions) VALUES ('delete', ?, ?, ?, ?)",
            (row["id"], *index_values(dict(row))),
        )
        ids[row["seq"]] = row["id"]
    conn.execute("DELETE FROM articles WHERE page_id = ?", (page_id,))
    return ids


def write_page(conn: sqlite3.Connection, sha256: str, part: int, path: str,
               source: SourcePage, page: Page) -> int:
    """Store (or replace) one page with its articles and figures; return its id.

    A page is known by the SHA-256 of its file's bytes and its number in the
    file (`part`, 1 for text dumps): storing it again replaces its articles and
    figures but keeps its id, and the n-th article keeps the id the n-th had. Everything happens in one transaction, so a
    failure leaves the archive as it was.
    """
    text = source_text(source)
    page_row = {
        "sha256": sha256, "part": part, "source": source.name, "path": path,
        "kind": source.kind, "encoding": source.encoding,
        "publication": page.meta.publication, "date": page.meta.date, "page": page.meta.page,
        "width": source.width, "height": source.height,
        "furniture": json.dumps(page.furniture, ensure_ascii=False), "text": text,
        "ingested_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    with conn:
        old = conn.execute(
            "SELECT id, publication, date FROM pages WHERE sha256 = ? AND part = ?", (sha256, part)
        ).fetchone()
        old_ids: dict[int, int] = {}
        if old:
            page_id = int(old["id"])
            old_ids = drop_page_rows(conn, page_id)
            assignments = ", ".join(f"{c} = :{c}" for c in page_row)
            conn.execute(f"UPDATE pages SET {assignments} WHERE id = :id", {**page_row, "id": page_id})
        else:
            page_id = insert(conn, "pages", page_row)
        article_ids = []
        for seq, article in enumerate(page.articles):
            row = article_row(page_id, seq, article)
            article_id = insert(conn, "articles", {"id": old_ids.get(seq), **row})
            conn.execute(
                "INSERT INTO articles_chars (rowid, headline, body, captions) VALUES (?, ?, ?, ?)",
                (article_id, *index_values(row)),  # type: ignore[arg-type]
            )
            article_ids.append(article_id)
        for seq, figure in enumerate(page.figures):
            if not 0 <= figure.article < len(article_ids):
                continue
            insert(conn, "figures", {
                "article_id": article_ids[figure.article], "page_id": page_id, "seq": seq,
                "text": figure.text, "value": figure.value, "value_max": figure.value_max,
                "unit": figure.unit, "qualifier": figure.qualifier, "measure": figure.measure,
                "period": figure.period, "period_start": figure.period_start, "period_end": figure.period_end,
                "place": figure.place, "line": figure.line, "indicator": figure.indicator,
                "place_code": figure.place_code, "place_level": figure.place_level, "place_name": figure.place_name,
                "part": figure.part, "repeat_of": figure.repeat_of,
                "span_start": figure.span[0] if figure.span else 0,
                "span_end": figure.span[1] if len(figure.span) > 1 else 0,
            })
        write_entities(conn, article_ids, page)
        link_issue(conn, page.meta.publication, page.meta.date)
        if old and (old["publication"], old["date"]) != (page.meta.publication, page.meta.date):
            link_issue(conn, old["publication"], old["date"])
    return page_id
