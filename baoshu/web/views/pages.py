"""Every page of the archive, newest first, paged, by publication."""

from __future__ import annotations

from typing import Any

from baoshu.archive import Archive
from baoshu.web.views.common import Pager

PAGES_PER_PAGE = 30


def page_title(summary: dict[str, Any]) -> str:
    """How a page is named in a list: publication, date and page, else its file name."""
    known = [summary["publication"], summary["date"], f"第{summary['page']}版" if summary["page"] else ""]
    return " ".join(k for k in known if k) if summary["publication"] and summary["date"] else summary["source"]


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
        "pages": [{**p, "title": page_title(p)} for p in found["pages"]],
        "pager": pager,
        "publications": [{"name": p["publication"], "pages": p["pages"]} for p in publications],
    }
