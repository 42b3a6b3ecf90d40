"""Who and where: the persons, organisations and places of the archive, each with its articles.

A person or an organisation is known by its name as printed (two people of one name are one
entry: the posts and articles tell them apart); a place by its division code (or its name for a
foreign country). Every function returns plain dicts ready for `json.dumps`.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from baoshu.archive import ledger
from baoshu.archive.where import conditions
from baoshu.errors import BadArgument, NotFound
from baoshu.places import division, gazetteer, lookup

KINDS = ("person", "reporter", "org", "place")
SORTS = {"articles": "articles DESC, e.name", "name": "e.name", "-date": "last_date DESC, e.name",
         "mentions": "mentions DESC, e.name"}
ARTICLE_COLUMNS = ("a.id, a.page_id, a.seq, a.kind, a.title, a.headline, p.publication, p.date, p.page")
ARTICLE_ORDER = "p.date DESC, p.publication, p.page, a.seq"
RELATED_LIMIT = 12  # co-occurring persons, organisations or places shown beside an entry
ARTICLES_LIMIT = 500  # articles listed on one entry


def filters(publication: str | None = None, date_from: str | None = None,
            date_to: str | None = None) -> tuple[str, list[Any]]:
    """Conditions on the page (`p`) of an entity's article."""
    return conditions((("p.publication = ?", publication), ("p.date >= ?", date_from), ("p.date <= ?", date_to)))


def within(code: str) -> list[str]:
    """A division's code and the codes of every unit within it."""
    return [code, *(k for k in gazetteer().descendants(code) if division(k) and division(k).code)]  # type: ignore[union-attr]


def place_code(name_or_code: str) -> str | None:
    """The division code a filter names: a six-digit code as it is, else the unit a name means
    (the higher level when several share it: 和田 → 和田地区); None when it names no division."""
    text = name_or_code.strip()
    if text.isdigit() and division(text) is not None:
        return text
    units = [u for u in lookup(text) if u.is_division]
    return units[0].code if units else None


def entity_list(conn: sqlite3.Connection, kind: str, query: str | None = None, code: str | None = None,
                publication: str | None = None, date_from: str | None = None, date_to: str | None = None,
                sort: str = "articles", limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """The persons, reporters, organisations or places of the archive, each once with its counts.

    `query` keeps names containing it; `code` keeps places within that division. Returns
    `{"total", "entities"}`; an entry has `name`, `code` and `level` (places), `articles`,
    `mentions`, `first_date`, `last_date`, and for persons `posts` (their commonest posts).
    """
    if kind not in KINDS:
        raise BadArgument(f"unknown kind {kind!r}; choose from {', '.join(KINDS)}")
    if sort not in SORTS:
        raise BadArgument(f"unknown sort {sort!r}; choose from {', '.join(SORTS)}")
    where, args = filters(publication, date_from, date_to)
    where += " AND e.kind = ?"
    args.append(kind)
    if query:
        where += " AND instr(e.name, ?) > 0"
        args.append(query)
    if code:
        codes = within(code)
        where += f" AND e.code IN ({', '.join('?' * len(codes))})"
        args += codes
    base = f" FROM entities e JOIN pages p ON p.id = e.page_id WHERE 1 = 1{where}"
    total = conn.execute(f"SELECT count(*) FROM (SELECT 1{base} GROUP BY e.name, e.code)", args).fetchone()[0]
    rows = conn.execute(
        f"SELECT e.name, e.code, max(e.level) AS level, count(DISTINCT e.article_id) AS articles,"
        f" sum(e.mentions) AS mentions, min(p.date) AS first_date, max(p.date) AS last_date{base}"
        f" GROUP BY e.name, e.code ORDER BY {SORTS[sort]} LIMIT ? OFFSET ?", [*args, limit, offset]).fetchall()
    entries = [dict(r) for r in rows]
    if kind == "person":
        for entry in entries:
            entry["posts"] = [r[0] for r in conn.execute(
                "SELECT post FROM posts WHERE person = ? GROUP BY post ORDER BY count(*) DESC, post LIMIT 3",
                (entry["name"],))]
    return {"total": total, "entities": entries}


def _articles(conn: sqlite3.Connection, where: str, args: list[Any]) -> list[dict[str, Any]]:
    rows = conn.execute(
        f"SELECT DISTINCT {ARTICLE_COLUMNS} FROM entities e JOIN articles a ON a.id = e.article_id"
        f" JOIN pages p ON p.id = a.page_id WHERE {where} ORDER BY {ARTICLE_ORDER} LIMIT ?",
        [*args, ARTICLES_LIMIT]).fetchall()
    return [dict(r) for r in rows]


def _related(conn: sqlite3.Connection, kind: str, article_ids: list[int], exclude: str = "") -> list[dict[str, Any]]:
    """The entities of one kind the articles name most, with how many of the articles name each."""
    if not article_ids:
        return []
    marks = ", ".join("?" * len(article_ids))
    rows = conn.execute(
        f"SELECT name, code, count(DISTINCT article_id) AS articles FROM entities"
        f" WHERE kind = ? AND article_id IN ({marks}) AND name != ? GROUP BY name, code"
        f" ORDER BY articles DESC, name LIMIT ?", [kind, *article_ids, exclude, RELATED_LIMIT]).fetchall()
    return [dict(r) for r in rows]


def person(conn: sqlite3.Connection, name: str, kind: str = "person") -> dict[str, Any]:
    """A person (or, with `kind="reporter"`, a reporter): each post printed with the name and the
    articles that print it, every article, and the organisations and places named beside.

    Raises:
        NotFound: no article names this person.
    """
    if kind not in ("person", "reporter"):
        raise BadArgument(f"unknown kind {kind!r}; choose person or reporter")
    articles = _articles(conn, "e.kind = ? AND e.name = ?", [kind, name])
    if not articles:
        raise NotFound(f"no {kind} {name!r}")
    posts_by_article: dict[int, list[str]] = {}
    for article_id, post in conn.execute("SELECT article_id, post FROM posts WHERE person = ? ORDER BY article_id, seq",
                                         (name,)):
        posts_by_article.setdefault(article_id, []).append(post)
    for article in articles:
        article["posts"] = posts_by_article.get(article["id"], [])
    posts: dict[str, dict[str, Any]] = {}
    for article in articles:
        for post in article["posts"]:
            entry = posts.setdefault(post, {"post": post, "articles": [], "first_date": article["date"],
                                            "last_date": article["date"]})
            entry["articles"].append(article["id"])
            entry["first_date"] = min(entry["first_date"], article["date"])
            entry["last_date"] = max(entry["last_date"], article["date"])
    ids = [a["id"] for a in articles]
    return {"name": name, "posts": sorted(posts.values(), key=lambda p: (-len(p["articles"]), p["post"])),
            "articles": articles, "orgs": _related(conn, "org", ids), "places": _related(conn, "place", ids),
            "persons": _related(conn, "person", ids, exclude=name)}


def org(conn: sqlite3.Connection, name: str) -> dict[str, Any]:
    """An organisation: its articles, the persons whose posts name it, the places and organisations beside it.

    Raises:
        NotFound: no article names this organisation.
    """
    articles = _articles(conn, "e.kind = 'org' AND e.name = ?", [name])
    if not articles:
        raise NotFound(f"no organisation {name!r}")
    people = conn.execute(
        "SELECT person, post, count(DISTINCT article_id) AS articles FROM posts WHERE instr(post, ?) > 0"
        " GROUP BY person, post ORDER BY articles DESC, person LIMIT ?", (name, ARTICLES_LIMIT)).fetchall()
    ids = [a["id"] for a in articles]
    return {"name": name, "articles": articles, "persons": [dict(r) for r in people],
            "places": _related(conn, "place", ids), "orgs": _related(conn, "org", ids, exclude=name)}


def place(conn: sqlite3.Connection, code: str, figure_limit: int = 200) -> dict[str, Any]:
    """A division and everything reported about it or the units within it.

    Returns its `code`, `name`, `level`, `parents` and `children` (each `{code, name, articles}`),
    `articles` (naming it or a unit within it, with the places they name there), `figures`
    (ledger rows whose place is it or a unit within it; at most `figure_limit`), `figure_total`,
    `figure_sums` (the ledger's sums by indicator and unit, those that may be added), `aid_given` and `aid_received` (ledger rows), and the `persons` and `orgs` named
    beside it.

    Raises:
        NotFound: the code is no division's.
    """
    unit = division(code)
    if unit is None or not unit.is_division:
        raise NotFound(f"no division {code!r}")
    codes = within(code)
    marks = ", ".join("?" * len(codes))
    articles = _articles(conn, f"e.kind = 'place' AND e.code IN ({marks})", codes)
    ids = [a["id"] for a in articles]
    named: dict[int, list[str]] = {}
    if ids:
        for article_id, place_name in conn.execute(
                f"SELECT article_id, name FROM entities WHERE kind = 'place' AND code IN ({marks})"
                f" AND article_id IN ({', '.join('?' * len(ids))})", [*codes, *ids]):
            named.setdefault(article_id, []).append(place_name)
    for article in articles:
        article["places"] = named.get(article["id"], [])
    counts = dict(conn.execute(
        f"SELECT code, count(DISTINCT article_id) FROM entities WHERE kind = 'place' AND code IN ({marks})"
        f" GROUP BY code", codes).fetchall())
    g = gazetteer()
    children = [{"code": k, "name": g.units[k].name, "articles": sum(counts.get(c, 0) for c in within(k))}
                for k in g.children.get(code, ()) if g.units[k].is_division]
    found = ledger.figures(conn, sort="-date", limit=figure_limit, offset=0, place=code)
    sums = [row for row in ledger.figure_sums(conn, by="indicator", place=code) if row["summable"]]
    from baoshu.archive.aid import aid_rows

    return {
        "code": code, "name": unit.name, "level": unit.level,
        "parents": [{"code": k, "name": g.units[k].name} for k in reversed(g.ancestors(code)) if g.units[k].is_division],
        "children": children, "articles": articles,
        "figures": found["figures"], "figure_total": found["total"], "figure_sums": sums,
        "aid_given": aid_rows(conn, donor=code, limit=ARTICLES_LIMIT)["rows"],
        "aid_received": aid_rows(conn, recipient=code, limit=ARTICLES_LIMIT)["rows"],
        "persons": _related(conn, "person", ids), "orgs": _related(conn, "org", ids),
    }


def article_entities(conn: sqlite3.Connection, article_id: int) -> dict[str, Any]:
    """One stored article's entities and aid rows, in the shape `Article.to_json()` gives them."""
    rows = conn.execute("SELECT id, kind, name, code, level, spans FROM entities WHERE article_id = ? ORDER BY id",
                        (article_id,)).fetchall()
    posts: dict[int, list[str]] = {}
    for entity_id, post in conn.execute("SELECT entity_id, post FROM posts WHERE article_id = ? ORDER BY entity_id, seq",
                                        (article_id,)):
        posts.setdefault(entity_id, []).append(post)
    out: dict[str, Any] = {"persons": [], "reporters": [], "orgs": [], "places": []}
    for r in rows:
        spans = json.loads(r["spans"])
        if r["kind"] == "person":
            out["persons"].append({"name": r["name"], "posts": posts.get(r["id"], []), "spans": spans})
        elif r["kind"] == "reporter":
            out["reporters"].append(r["name"])
        elif r["kind"] == "org":
            out["orgs"].append({"name": r["name"], "spans": spans})
        else:
            out["places"].append({"name": r["name"], "code": r["code"] or None, "level": r["level"], "spans": spans})
    from baoshu.archive.aid import aid_rows

    out["aid"] = aid_rows(conn, article_id=article_id, limit=ARTICLES_LIMIT)["rows"]
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    for row in out["aid"]:
        pair = pairs.setdefault((row["donor"], row["recipient"]), {
            key: row[key] for key in ("donor", "donor_code", "recipient", "recipient_code")} | {"programmes": []})
        if row["programme"] and row["programme"] not in pair["programmes"]:
            pair["programmes"].append(row["programme"])
    out["aid_pairs"] = list(pairs.values())
    return out


