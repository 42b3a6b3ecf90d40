"""Jump lines: join a story cut by `（下转第3版）` with its `（上接第1版）` part."""

from __future__ import annotations

import sqlite3


def page_key(page: str) -> str:
    """A page number for comparison: `03` and `3` are the same page, `a3` is `A3`."""
    return page.strip().upper().lstrip("0")


def overlap(a: str, b: str) -> int:
    """How many distinct characters two headlines share."""
    return len(set(a) & set(b))


def link_issue(conn: sqlite3.Connection, publication: str, date: str) -> None:
    """Recompute the jumps between the pages of one issue (publication and date).

    A story continued on page N is joined with the article on page N of the same
    issue that says it continues from the story's page. When several could be
    the continuation, the one whose headline shares most characters wins. Runs
    inside the caller's transaction. An issue without a date is never linked.
    """
    if not date:
        return
    rows = conn.execute(
        """SELECT a.id, a.headline, a.continued_on, a.continued_from, p.page
           FROM articles a JOIN pages p ON p.id = a.page_id
           WHERE p.publication = ? AND p.date = ? AND (a.continued_on != '' OR a.continued_from != '')
           ORDER BY p.page, a.seq""",
        (publication, date),
    ).fetchall()
    ids = [r["id"] for r in rows]
    conn.execute(
        f"DELETE FROM jumps WHERE from_article IN ({','.join('?' * len(ids))})", ids
    )
    taken: set[int] = set()
    for origin in (r for r in rows if r["continued_on"]):
        candidates = [
            r for r in rows
            if r["id"] not in taken and r["id"] != origin["id"]
            and page_key(r["page"]) == page_key(origin["continued_on"])
            and page_key(r["continued_from"]) == page_key(origin["page"])
        ]
        if not candidates:
            continue
        best = max(candidates, key=lambda r: overlap(r["headline"], origin["headline"]))
        taken.add(best["id"])
        conn.execute("INSERT OR REPLACE INTO jumps (from_article, to_article) VALUES (?, ?)", (origin["id"], best["id"]))
