"""Search facets: articles narrowed to those naming a person, a place or an organisation, and the
persons, places and organisations a set of articles names most."""

from __future__ import annotations

import sqlite3
from typing import Any

from baoshu.archive.directory import place_code, within

FACET_KINDS = {"person": "person", "place": "place", "org": "org"}
FACET_SIZE = 10  # entries shown per facet
CHUNK = 900  # ids per IN (…) list, under SQLite's variable limit


def facet_filter(person: str | None = None, place: str | None = None, org: str | None = None,
                 column: str = "a.id") -> tuple[str, list[Any]]:
    """Conditions keeping the articles that name the person, the organisation (exact names) and the
    place (a division and the units within it, by code or name; a country by its name)."""
    where, args = "", []
    for kind, value in (("person", person), ("org", org)):
        if value:
            where += f" AND {column} IN (SELECT article_id FROM entities WHERE kind = '{kind}' AND name = ?)"
            args.append(value)
    if place:
        code = place_code(place)
        if code:
            codes = within(code)
            where += (f" AND {column} IN (SELECT article_id FROM entities WHERE kind = 'place'"
                      f" AND code IN ({', '.join('?' * len(codes))}))")
            args += codes
        else:
            where += f" AND {column} IN (SELECT article_id FROM entities WHERE kind = 'place' AND name = ?)"
            args.append(place)
    return where, args


def facets(conn: sqlite3.Connection, article_ids: list[int], size: int = FACET_SIZE) -> dict[str, list[dict[str, Any]]]:
    """For each of person, place and org: the entries the articles name most, `{name, code, articles}`."""
    counts: dict[str, dict[tuple[str, str], int]] = {kind: {} for kind in FACET_KINDS}
    for start in range(0, len(article_ids), CHUNK):
        chunk = article_ids[start:start + CHUNK]
        for kind, name, code, n in conn.execute(
                f"SELECT kind, name, code, count(DISTINCT article_id) FROM entities"
                f" WHERE kind IN ('person', 'place', 'org') AND article_id IN ({', '.join('?' * len(chunk))})"
                f" GROUP BY kind, name, code", chunk):
            key = (name, code)
            counts[kind][key] = counts[kind].get(key, 0) + n
    return {kind: [{"name": name, "code": code, "articles": n}
                   for (name, code), n in sorted(table.items(), key=lambda item: (-item[1], item[0]))[:size]]
            for kind, table in counts.items()}
