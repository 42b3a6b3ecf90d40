"""Full-text search over headlines, bodies and captions, for words of any length."""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from typing import Any

from baoshu.archive.chars import SEARCHED_COLUMNS, normalize, phrase
from baoshu.archive.facets import facet_filter, facets
from baoshu.archive.where import conditions

QUERY_TERM = re.compile(r'"([^"]*)"|(\S+)')
COLUMN_WEIGHTS = (4.0, 1.0, 2.0)  # headline, body, captions
SNIPPET_BEFORE = 30
SNIPPET_LENGTH = 100


def query_terms(query: str) -> list[str]:
    """The terms of a query: `"quoted phrases"` kept whole, other words split on spaces."""
    terms = [quoted or word for quoted, word in QUERY_TERM.findall(query)]
    return [t for t in terms if normalize(t)]


def match_expression(terms: list[str]) -> str:
    """An FTS5 query over the character index: every term, each as a phrase."""
    return " AND ".join(phrase(t) for t in terms)


def filters(publication: str | None, date_from: str | None, date_to: str | None,
            kind: str | None, page_id: int | None = None) -> tuple[str, list[Any]]:
    """SQL conditions on `a` (articles) and `p` (pages) for the article filters."""
    return conditions((("p.publication = ?", publication), ("p.date >= ?", date_from),
                       ("p.date <= ?", date_to), ("a.kind = ?", kind), ("a.page_id = ?", page_id)))


def normalized_map(text: str) -> tuple[str, list[int]]:
    """`normalize(text)` built character by character, with each normalized
    character's index in `text`, so matches can be shown in the original."""
    out: list[str] = []
    origin: list[int] = []
    for i, char in enumerate(text):
        folded = " " if char.isspace() else unicodedata.normalize("NFKC", char).lower()
        for piece in folded:
            if piece == " " and (not out or out[-1] == " "):
                continue
            out.append(piece)
            origin.append(i)
    return "".join(out), origin


def match_spans(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """Where in `text` (original offsets) the normalized terms occur, sorted, not overlapping."""
    norm, origin = normalized_map(text)
    spans = []
    for term in {normalize(t) for t in terms}:
        start = norm.find(term)
        while start != -1:
            end = start + len(term)
            spans.append((origin[start], origin[end - 1] + 1))
            start = norm.find(term, start + 1)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def segments(text: str, spans: list[tuple[int, int]], start: int, end: int) -> list[dict[str, Any]]:
    """`text[start:end]` cut into `{"text", "hit"}` pieces, hits being the spans."""
    out: list[dict[str, Any]] = []
    at = start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        if s > at:
            out.append({"text": text[at:s], "hit": False})
        out.append({"text": text[s:e], "hit": True})
        at = e
    if at < end:
        out.append({"text": text[at:end], "hit": False})
    return out


def snippet(fields: dict[str, str], terms: list[str]) -> dict[str, Any]:
    """The highlighted headline and a highlighted extract of body or captions."""
    headline = fields["headline"]
    result: dict[str, Any] = {
        "headline": segments(headline, match_spans(headline, terms), 0, len(headline)),
    }
    for column in ("body", "captions", "headline"):
        text = fields[column].replace("\n", " ")
        spans = match_spans(text, terms)
        if spans or column == "headline":
            first = spans[0][0] if spans else 0
            start = max(0, first - SNIPPET_BEFORE)
            end = min(len(text), start + SNIPPET_LENGTH)
            pieces = segments(text, spans, start, end)
            if start > 0:
                pieces.insert(0, {"text": "…", "hit": False})
            if end < len(text):
                pieces.append({"text": "…", "hit": False})
            result.update(snippet=pieces, snippet_field=column)
            break
    return result


def search(conn: sqlite3.Connection, query: str, publication: str | None = None,
           date_from: str | None = None, date_to: str | None = None, kind: str | None = None,
           limit: int = 20, offset: int = 0, person: str | None = None, place: str | None = None,
           org: str | None = None) -> dict[str, Any]:
    """Ranked articles matching every term of `query` (see `baoshu.archive.api.Archive.search`).

    `person`, `place` and `org` keep the articles naming them; with one of them and no query,
    every article naming it is a hit, newest first. `facets` counts the persons, places and
    organisations of all hits.
    """
    terms = query_terms(query)
    where, args = filters(publication, date_from, date_to, kind)
    narrowed, narrowed_args = facet_filter(person, place, org)
    where, args = where + narrowed, args + narrowed_args
    if not terms and not narrowed:
        return {"query": query, "total": 0, "hits": [], "facets": facets(conn, [])}
    if terms:
        joins = " JOIN articles a ON a.id = articles_chars.rowid JOIN pages p ON p.id = a.page_id" if where else ""
        base = f" FROM articles_chars{joins} WHERE articles_chars MATCH ?{where}"
        args = [match_expression(terms), *args]
        weights = ", ".join(map(str, COLUMN_WEIGHTS))
        ranked_sql = f"SELECT articles_chars.rowid AS id, bm25(articles_chars, {weights}) AS score{base} ORDER BY score"
        all_ids = [r[0] for r in conn.execute("SELECT articles_chars.rowid" + base, args)]
    else:
        base = f" FROM articles a JOIN pages p ON p.id = a.page_id WHERE 1 = 1{where}"
        ranked_sql = f"SELECT a.id AS id, 0.0 AS score{base} ORDER BY p.date DESC, p.publication, p.page, a.seq"
        all_ids = [r[0] for r in conn.execute("SELECT a.id" + base, args)]
    total = len(all_ids)
    ranked = conn.execute(ranked_sql + " LIMIT ? OFFSET ?", [*args, limit, offset]).fetchall()
    scores = {r["id"]: r["score"] for r in ranked}
    details = {r["id"]: r for r in conn.execute(
        f"SELECT a.id, a.page_id, a.seq, a.kind, a.title, {', '.join('a.' + c for c in SEARCHED_COLUMNS)},"
        f" p.publication, p.date, p.page, p.source FROM articles a JOIN pages p ON p.id = a.page_id"
        f" WHERE a.id IN ({', '.join('?' * len(scores))})",
        list(scores),
    )}
    rows = [details[i] for i in scores]
    hits = []
    for row in rows:
        hit = {
            "article_id": row["id"], "page_id": row["page_id"], "seq": row["seq"], "kind": row["kind"],
            "title": row["title"], "publication": row["publication"], "date": row["date"],
            "page": row["page"], "source": row["source"], "score": -scores[row["id"]],
        }
        shown = terms or [v for v in (person, org, place) if v and not v.isdigit()]
        hit.update(snippet({c: row[c] for c in SEARCHED_COLUMNS}, shown))
        hits.append(hit)
    return {"query": query, "total": total, "hits": hits, "facets": facets(conn, all_ids)}
