"""Search results: ranked hits with highlighted snippets, filters and pages."""

from __future__ import annotations

from typing import Any

from baoshu.archive import Archive
from baoshu.errors import BadArgument
from baoshu.meta import checked_iso_date
from baoshu.places import division
from baoshu.web.views.common import Pager, link

SEARCH_FILTERS = ("publication", "date_from", "date_to", "kind", "person", "place", "org")
KINDS = ("", "article", "photo")


def checked_filters(active: dict[str, str]) -> dict[str, str]:
    """The filters with their dates and kind checked.

    Raises:
        BadArgument: a date that is not a real YYYY-MM-DD date, or an unknown kind.
    """
    for key in ("date_from", "date_to"):
        if active[key]:
            try:
                active[key] = checked_iso_date(active[key])
            except ValueError as exc:
                raise BadArgument(f"{key}: {exc}") from None
    if active["kind"] not in KINDS:
        raise BadArgument(f"kind: {active['kind']!r} is not one of article, photo")
    return active


def hit_place(hit: dict[str, Any]) -> str:
    """Where a hit was printed, for reading; the file (and its PDF page) when the metadata is not all known."""
    parts = [hit["publication"] or "未署报名", hit["date"] or "日期不详"]
    if hit["page"]:
        parts.append(f"第{hit['page']}版")
    if not (hit["publication"] and hit["date"] and hit["page"]):
        name, _, pdf_page = hit["source"].partition("#page=")
        parts.append(f"文件 {name}" + (f" 第{pdf_page}页" if pdf_page else ""))
    return " · ".join(parts)


def search_view(archive: Archive, query: str, filters: dict[str, str], page: int) -> dict[str, Any]:
    """One page of hits for `query` under `filters` (empty filters are ignored), with the facets
    (persons, places, organisations) of all hits."""
    query = query.strip()
    active = checked_filters({k: filters.get(k, "").strip() for k in SEARCH_FILTERS})
    pager = Pager(page=page, total=0, path="/search", params={"q": query, **active})
    publications = [p["publication"] for p in archive.publications() if p["publication"]]
    chosen = {k: active[k] for k in FACETS if active[k]}
    if not query and not chosen:
        return {"query": "", "filters": active, "total": 0, "hits": [], "pager": pager,
                "publications": publications, "facets": [], "chosen": []}
    narrowed = {k: v or None for k, v in active.items()}
    found = archive.search(query, limit=pager.per_page, offset=pager.offset, **narrowed)
    if pager.clamp(found["total"]):
        found = archive.search(query, limit=pager.per_page, offset=pager.offset, **narrowed)
    hits = [{**hit, "where": hit_place(hit)} for hit in found["hits"]]
    return {"query": query, "filters": active, "total": found["total"], "hits": hits,
            "pager": pager, "publications": publications,
            "facets": facet_groups(found["facets"], query, active),
            "chosen": [{"kind": k, "label": FACETS[k], "value": shown_facet(k, v),
                        "remove": link("/search", {"q": query, **{**active, k: ""}})} for k, v in chosen.items()]}


def shown_facet(kind: str, value: str) -> str:
    """A facet's value for reading: a place's code as the division's name."""
    unit = division(value) if kind == "place" and value.isdigit() else None
    return unit.name if unit else value


FACETS = {"person": "人物", "place": "地点", "org": "机构"}


def facet_groups(facets: dict[str, list[dict[str, Any]]], query: str, active: dict[str, str]) -> list[dict[str, Any]]:
    """Each facet with its entries, each entry's link narrowing the search to it."""
    groups = []
    for kind, label in FACETS.items():
        entries = [{**e, "url": link("/search", {"q": query, **{**active, kind: e["code"] or e["name"]}}),
                    "chosen": active[kind] in (e["name"], e["code"])} for e in facets.get(kind, [])]
        groups.append({"kind": kind, "label": label, "entries": entries})
    return groups
