"""Every page of the archive, newest first, paged, by publication."""

from __future__ import annotations

from typing import Any

from baoshu.archive import Archive
from baoshu.web.views.common import Pager

PAGES_PER_PAGE = 30


def pages_view(archive: Archive, publication: str, page: int) -> dict[str, Any]:
    """One page of the list of pages (all, or one publication's), each with its file name."""
    pager = Pager(page=page, total=0, path="/pages", params={"publication": publication}, per_page=PAGES_PER_PAGE)
    chosen = publication or None
    found = archive.pages(limit=pager.per_page, offset=pager.offset, publication=chosen)
    if pager.clamp(found["total"]):
        found = archive.pages(limit=pager.per_page, offset=pager.offset, publication=chosen)
    publications = archive.publications()
    return {
        "filters": {"publication": publication},
        "total": found["total"],
        "pages": found["pages"],
        "pager": pager,
        "publications": [{"name": p["publication"], "pages": p["pages"]} for p in publications],
    }
