"""Home: counts and the newest pages."""

from __future__ import annotations

from typing import Any

from baoshu.archive import Archive

NEWEST = 12
LEAD_SEARCH = 10  # articles looked at for a page's first headline


def home(archive: Archive) -> dict[str, Any]:
    """Counts of pages, articles and figures, and the newest pages with their first headline."""
    newest = archive.pages(limit=NEWEST)["pages"]
    for summary in newest:
        articles = archive.articles(page_id=summary["id"], limit=LEAD_SEARCH)["articles"]
        summary["lead"] = next((a["headline"] for a in articles if a["headline"]), "")
    return {"stats": archive.stats(), "pages": newest}
