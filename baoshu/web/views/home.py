"""Home: counts and the newest pages."""

from __future__ import annotations

from typing import Any

from baoshu.archive import Archive

NEWEST = 12


def home(archive: Archive) -> dict[str, Any]:
    """Counts of pages, articles and figures, and the newest pages with their first headline."""
    newest = archive.pages(limit=NEWEST)["pages"]
    for summary in newest:
        first = archive.articles(page_id=summary["id"], limit=1)["articles"]
        summary["lead"] = first[0]["headline"] if first else ""
    return {"stats": archive.stats(), "pages": newest}
