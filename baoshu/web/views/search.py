"""Search results: ranked hits with highlighted snippets, filters and pages."""

from __future__ import annotations

from typing import Any

from baoshu.archive import Archive
from baoshu.web.views.common import Pager

SEARCH_FILTERS = ("publication", "date_from", "date_to", "kind")


def search_view(archive: Archive, query: str, filters: dict[str, str], page: int) -> dict[str, Any]:
    """One page of hits for `query` under `filters` (empty filters are ignored)."""
    query = query.strip()
    active = {k: filters.get(k, "") for k in SEARCH_FILTERS}
    pager = Pager(page=page, total=0, path="/search", params={"q": query, **active})
    publications = [p["publication"] for p in archive.publications() if p["publication"]]
    if not query:
        return {"query": "", "filters": active, "total": 0, "hits": [], "pager": pager,
                "publications": publications}
    found = archive.search(query, limit=pager.per_page, offset=pager.offset,
                           **{k: v or None for k, v in active.items()})
    pager.total = found["total"]
    return {"query": query, "filters": active, "total": found["total"], "hits": found["hits"],
            "pager": pager, "publications": publications}
