"""Page view: the source text beside the articles rebuilt from it."""

from __future__ import annotations

import re
from typing import Any

from baoshu.archive import Archive

SPACES = re.compile(r"\s+")
LABEL_CHARS = 24


def squeeze(text: str) -> str:
    return SPACES.sub("", text)


def article_label(article: dict[str, Any]) -> str:
    """What a reader calls an article: its headline, else the start of its text."""
    if article["headline"]:
        return article["headline"]
    start = next((p for p in (*article["captions"], *article["body"]) if p), "")
    if not start:
        return "（无题）"
    return start[:LABEL_CHARS] + ("…" if len(start) > LABEL_CHARS else "")


def source_lines(lines: list[str], articles: list[dict[str, Any]], furniture: list[str]) -> list[dict[str, Any]]:
    """Each source line with the articles (by index) that use it and whether it is furniture.

    Furniture is stored as text, not line numbers: a line no article uses is
    furniture when its text (spaces aside) is part of a furniture item.
    """
    owners: dict[int, list[int]] = {}
    for index, article in enumerate(articles):
        for number in article["source_lines"]:
            owners.setdefault(number, []).append(index)
    furniture_text = [squeeze(f) for f in furniture if squeeze(f)]
    rows = []
    for number, text in enumerate(lines, start=1):
        used = owners.get(number, [])
        bare = squeeze(text)
        is_furniture = not used and bool(bare) and any(bare in f or f in bare for f in furniture_text)
        rows.append({"number": number, "text": text, "articles": used, "furniture": is_furniture})
    return rows


def page_view(archive: Archive, page_id: int) -> dict[str, Any]:
    """A page, its articles with the source lines each came from, its furniture and its lines.

    Raises:
        baoshu.archive.NotFound: no page has this id.
    """
    stored = archive.page(page_id)
    articles = []
    for summary in stored["articles"]:
        full = archive.article(summary["id"])
        articles.append({
            **summary,
            "label": article_label(full),
            "lines": full["lines"],
            "source_lines": full["source_lines"],
            "figures": len(full["figures"]),
        })
    page = {k: stored[k] for k in ("id", "publication", "date", "page", "source", "kind", "encoding", "part")}
    page["figures"] = sum(a["figures"] for a in articles)
    return {
        "page": page,
        "furniture": stored["furniture"],
        "articles": articles,
        "lines": source_lines(stored["lines"], articles, stored["furniture"]),
    }
