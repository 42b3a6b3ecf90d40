"""Search results: ranked hits with highlighted snippets, filters and pages."""

from __future__ import annotations

from typing import Any

from baoshu.archive import Archive
from baoshu.errors import BadArgument
from baoshu.meta import checked_iso_date
from baoshu.web.views.common import Pager

SEARCH_FILTERS = ("publication", "date_from", "date_to", "kind")
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
    """One page of hits for `query` under `filters` (empty filters are ignored)."""
    query = query.strip()
    active = checked_filters({k: filters.get(k, "") for k in SEARCH_FILTERS})
    pager = Pager(page=page, total=0, path="/search", params={"q": query, **active})
    publications = [p["publication"] for p in archive.publications() if p["publication"]]
    if not query:
        return {"query": "", "filters": active, "total": 0, "hits": [], "pager": pager,
                "publications": publications}
    chosen = {k: v or None for k, v in active.items()}
    found = archive.search(query, limit=pager.per_page, offset=pager.offset, **chosen)
    if pager.clamp(found["total"]):
        found = archive.search(query, limit=pager.per_page, offset=pager.offset, **chosen)
    hits = [{**hit, "where": hit_place(hit)} for hit in found["hits"]]
    return {"query": query, "filters": active, "total": found["total"], "hits": hits,
            "pager": pager, "publications": publications}
