"""Full-text search over headlines, bodies and captions, for words of any length."""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Sequence
from typing import Any

from baoshu.archive.chars import SEARCHED_COLUMNS, normalize, pair_phrase, phrase
from baoshu.archive.facets import facet_filter, facets
from baoshu.archive.where import conditions
from baoshu.errors import BadArgument

QUERY_TERM = re.compile(r'"([^"]*)"|(\S+)')
COLUMN_WEIGHTS = (4.0, 1.0, 2.0)  # headline, body, captions
SNIPPET_BEFORE = 30
SNIPPET_LENGTH = 100
MAX_QUERY_CHARS = 200  # a longer query is refused
MAX_TERMS = 12  # a query of more terms is refused
RANKED = 2000  # up to this many matches are ranked by BM25; more come newest stored first


def query_terms(query: str) -> list[str]:
    """The terms of a query: `"quoted phrases"` kept whole, other words split on spaces.

    Raises:
        BadArgument: the query is longer than MAX_QUERY_CHARS or has more than MAX_TERMS terms.
    """
    if len(query) > MAX_QUERY_CHARS:
        raise BadArgument(f"the query is {len(query):,} characters long; at most {MAX_QUERY_CHARS} are searched")
    terms = [quoted or word for quoted, word in QUERY_TERM.findall(query)]
    terms = [t for t in terms if normalize(t)]
    if len(terms) > MAX_TERMS:
        raise BadArgument(f"the query has {len(terms)} terms; at most {MAX_TERMS} are searched together")
    return terms


def match_plan(terms: list[str]) -> tuple[str, str]:
    """The index to ask and its FTS5 query, every term a phrase that must occur.

    Terms of two characters or more go to the pair index; a query with a
    one-character term goes, whole, to the character index.
    """
    normalized = [normalize(t) for t in terms]
    if all(len(n) >= 2 for n in normalized):
        return "articles_pairs", " AND ".join(pair_phrase(n) for n in normalized)
    return "articles_chars", " AND ".join(phrase(n) for n in normalized)


def filters(publication: str | None, date_from: str | None, date_to: str | None,
            kind: str | None, page_id: int | None = None) -> tuple[str, list[Any]]:
    """SQL conditions on `a` (articles) and `p` (pages) for the article filters."""
    return conditions((("p.publication = ?", publication), ("p.date >= ?", date_from),
                       ("p.date <= ?", date_to), ("a.kind = ?", kind), ("a.page_id = ?", page_id)))


class FoldTable(dict[int, str]):
    """`str.translate` table: each character to what `normalize` makes of it alone (whitespace to a space)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        value = self[code] = " " if char.isspace() else unicodedata.normalize("NFKC", char).lower()
        return value


FOLD = FoldTable()


def normalized_map(text: str) -> tuple[str, Sequence[int]]:
    """`normalize(text)` built character by character, with each normalized
    character's index in `text`, so matches can be shown in the original.

    Most text folds one character to one, with no run of whitespace: then
    the folded text is the map, and each index its own.
    """
    folded = text.translate(FOLD)
    if len(folded) == len(text) and "  " not in folded:
        return folded, range(len(text))
    out: list[str] = []
    origin: list[int] = []
    for i, char in enumerate(text):
        for piece in FOLD[ord(char)]:
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


def matched(table: str, where: str) -> str:
    """`FROM ... WHERE` of the articles matching an FTS5 query (the first argument) and the filters."""
    joins = f" JOIN articles a ON a.id = {table}.rowid JOIN pages p ON p.id = a.page_id" if where else ""
    return f" FROM {table}{joins} WHERE {table} MATCH ?{where}"


def matching_ids(conn: sqlite3.Connection, query: str, publication: str | None = None,
                 date_from: str | None = None, date_to: str | None = None, kind: str | None = None) -> set[int]:
    """The id of every article matching `query` (what `search` pages through)."""
    terms = query_terms(query)
    if not terms:
        return set()
    table, expression = match_plan(terms)
    where, args = filters(publication, date_from, date_to, kind)
    return {r[0] for r in conn.execute(f"SELECT {table}.rowid{matched(table, where)}", [expression, *args])}


Ranked = tuple[list[tuple[int, float | None]], int, bool, list[int]]


def ranked_ids(conn: sqlite3.Connection, terms: list[str], where: str, args: list[Any],
               limit: int, offset: int) -> Ranked:
    """One page of `(article id, BM25 or None)` in result order, the total, whether it is exact,
    and the ids of the first RANKED matches (what the facets count).

    Up to RANKED matches, all are ranked by BM25 and counted. Beyond, ranking
    stops: hits come newest stored first, unscored, and the total is
    estimated from how densely the newest matches lie. (BM25 itself walks
    every match of each term to weigh it, which for a character in most
    articles is the whole index; the newest matches are read and no more.)
    """
    table, expression = match_plan(terms)
    newest_first = f"SELECT {table}.rowid{matched(table, where)} ORDER BY {table}.rowid DESC LIMIT ? OFFSET ?"
    cursor = conn.cursor()
    cursor.row_factory = None
    head = [r[0] for r in cursor.execute(newest_first, [expression, *args, RANKED + 1, 0])]
    if len(head) > RANKED:
        page = head[offset:offset + limit] if offset + limit <= len(head) else [
            r[0] for r in cursor.execute(newest_first, [expression, *args, limit, offset])]
        newest = conn.execute("SELECT max(id) FROM articles").fetchone()[0]
        estimate = round(RANKED * newest / (newest - head[RANKED - 1] + 1))
        return [(i, None) for i in page], max(len(head), estimate), False, head[:RANKED]
    weights = ", ".join(map(str, COLUMN_WEIGHTS))
    scored = cursor.execute(f"SELECT bm25({table}, {weights}), -{table}.rowid{matched(table, where)}",
                            [expression, *args]).fetchall()
    ordered = sorted(scored)
    return ([(-negative_id, score) for score, negative_id in ordered[offset:offset + limit]], len(scored), True,
            [-negative_id for _, negative_id in ordered[:RANKED]])


def newest_ids(conn: sqlite3.Connection, where: str, args: list[Any], limit: int, offset: int) -> Ranked:
    """Without words to match: one page of the articles the filters keep, newest printed first,
    unscored, their count, and the first RANKED of them."""
    base = f" FROM articles a JOIN pages p ON p.id = a.page_id WHERE 1 = 1{where}"
    order = " ORDER BY p.date DESC, p.publication, p.page, a.seq"
    total = conn.execute("SELECT count(*)" + base, args).fetchone()[0]
    page = [r[0] for r in conn.execute("SELECT a.id" + base + order + " LIMIT ? OFFSET ?", [*args, limit, offset])]
    seen = [r[0] for r in conn.execute("SELECT a.id" + base + order + " LIMIT ?", [*args, RANKED])]
    return [(i, None) for i in page], total, True, seen


def search(conn: sqlite3.Connection, query: str, publication: str | None = None,
           date_from: str | None = None, date_to: str | None = None, kind: str | None = None,
           limit: int = 20, offset: int = 0, person: str | None = None, place: str | None = None,
           org: str | None = None) -> dict[str, Any]:
    """Articles matching every term of `query` (see `baoshu.archive.api.Archive.search`).

    Returns `{"query", "total", "total_exact", "hits", "facets"}`. When more than
    RANKED articles match, hits come newest stored first with `score` None,
    and `total` is estimated (`total_exact` false). `person`, `place` and `org`
    keep the articles naming them; with one of them and no query, every article
    naming it is a hit, newest first. `facets` counts the persons, places and
    organisations of the first RANKED hits.
    """
    terms = query_terms(query)
    where, args = filters(publication, date_from, date_to, kind)
    narrowed, narrowed_args = facet_filter(person, place, org)
    where, args = where + narrowed, args + narrowed_args
    if not terms and not narrowed:
        return {"query": query, "total": 0, "total_exact": True, "hits": [], "facets": facets(conn, [])}
    if terms:
        page, total, exact, seen = ranked_ids(conn, terms, where, args, limit, offset)
    else:
        page, total, exact, seen = newest_ids(conn, where, args, limit, offset)
    scores = dict(page)
    details = {r["id"]: r for r in conn.execute(
        f"SELECT a.id, a.page_id, a.seq, a.kind, a.title, {', '.join('a.' + c for c in SEARCHED_COLUMNS)},"
        f" p.publication, p.date, p.page, p.source FROM articles a JOIN pages p ON p.id = a.page_id"
        f" WHERE a.id IN ({', '.join('?' * len(scores))})",
        list(scores),
    )}
    hits = []
    for article_id, score in page:
        row = details[article_id]
        hit = {
            "article_id": row["id"], "page_id": row["page_id"], "seq": row["seq"], "kind": row["kind"],
            "title": row["title"], "publication": row["publication"], "date": row["date"],
            "page": row["page"], "source": row["source"], "score": None if score is None else -score,
        }
        shown = terms or [v for v in (person, org, place) if v and not v.isdigit()]
        hit.update(snippet({c: row[c] for c in SEARCHED_COLUMNS}, shown))
        hits.append(hit)
    return {"query": query, "total": total, "total_exact": exact, "hits": hits, "facets": facets(conn, seen)}
