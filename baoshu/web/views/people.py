"""人物, 机构 and 地点 lists, and one person's or organisation's page."""

from __future__ import annotations

from typing import Any

from baoshu.archive import Archive
from baoshu.web.views.common import Pager, link

LIST_FILTERS = ("q", "publication", "date_from", "date_to")
KIND_PATHS = {"person": "/people", "org": "/orgs", "place": "/places"}
KIND_LABELS = {"person": "人物", "org": "机构", "place": "地点"}
LIST_SORTS = {"articles": "按文章数", "name": "按名称", "-date": "按最近"}


def entity_list_view(archive: Archive, kind: str, params: dict[str, str], page: int) -> dict[str, Any]:
    """One page of the persons, organisations or places, filtered by name part, paper and dates."""
    filters = {k: params.get(k, "").strip() for k in LIST_FILTERS}
    sort = params.get("sort", "articles")
    sort = sort if sort in LIST_SORTS else "articles"
    path = KIND_PATHS[kind]
    pager = Pager(page=page, total=0, path=path, params={**filters, "sort": sort})
    found = archive.entities(kind, query=filters["q"] or None, publication=filters["publication"] or None,
                             date_from=filters["date_from"] or None, date_to=filters["date_to"] or None,
                             sort=sort, limit=pager.per_page, offset=pager.offset)
    pager.total = found["total"]
    for entry in found["entities"]:
        entry["url"] = entity_url(kind, entry["name"], entry.get("code", ""))
    return {
        "kind": kind, "label": KIND_LABELS[kind], "filters": filters, "sort": sort, "total": found["total"],
        "entities": found["entities"], "pager": pager,
        "sort_urls": {key: link(path, {**filters, "sort": key}) for key in LIST_SORTS}, "sorts": LIST_SORTS,
        "publications": [p["publication"] for p in archive.publications() if p["publication"]],
        "active": any(filters.values()),
    }


def entity_url(kind: str, name: str, code: str = "") -> str:
    """The page of a person, an organisation or a place (a division by its code, a country by its name)."""
    if kind == "place":
        return f"/places/{code or name}"
    if kind == "reporter":
        kind = "person"
    return f"{KIND_PATHS[kind]}/{name}"


def _linked(kind: str, entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**e, "url": entity_url(kind, e["name"], e.get("code", ""))} for e in entries]


def person_view(archive: Archive, name: str) -> dict[str, Any]:
    """A person: posts with their articles, every article, and who and what is named beside.

    Raises:
        baoshu.archive.NotFound: no article names this person.
    """
    found = archive.person(name)
    return {**found, "orgs": _linked("org", found["orgs"]), "places": _linked("place", found["places"]),
            "persons": _linked("person", found["persons"]), "search_url": link("/search", {"person": name})}


def org_view(archive: Archive, name: str) -> dict[str, Any]:
    """An organisation: its articles, the people whose posts name it, places and organisations beside.

    Raises:
        baoshu.archive.NotFound: no article names it.
    """
    found = archive.org(name)
    return {**found, "places": _linked("place", found["places"]), "orgs": _linked("org", found["orgs"]),
            "search_url": link("/search", {"org": name})}
