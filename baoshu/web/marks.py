"""Cut text into plain and marked segments, for templates to render escaped.

Templates never receive markup built from page text: they receive segments
(`{"text": ..., "figure": ...}`) and Jinja2 escapes every piece.
"""

from __future__ import annotations

from typing import Any

Segment = dict[str, Any]

ARTICLE_PARTS = ("kicker", "title", "subtitle", "standfirst", "byline", "dateline", "body", "captions", "credit")
LIST_PARTS = ("body", "captions")


def article_parts(article: dict[str, Any]) -> list[tuple[str, str, int]]:
    """The non-empty parts of an article as (field, text, offset in `Article.text()`).

    The order and the "\\n" joins are those of `baoshu.model.Article.text()`.
    """
    parts: list[tuple[str, str, int]] = []
    offset = 0
    for name in ARTICLE_PARTS:
        texts = (article.get(name) or []) if name in LIST_PARTS else [article.get(name) or ""]
        for text in texts:
            if text:
                parts.append((name, text, offset))
                offset += len(text) + 1
    return parts


def split_figures(text: str, offset: int, figures: list[dict[str, Any]]) -> list[Segment]:
    """Segments of one part of an article, figures marked by their spans."""
    segments: list[Segment] = []
    cursor = 0
    end_of_part = len(text)
    for figure in sorted(figures, key=lambda f: f["span"][0]):
        start, end = figure["span"][0] - offset, figure["span"][1] - offset
        if start < cursor or end > end_of_part or start >= end:
            continue
        if start > cursor:
            segments.append({"text": text[cursor:start], "figure": None})
        segments.append({"text": text[start:end], "figure": figure})
        cursor = end
    if cursor < end_of_part:
        segments.append({"text": text[cursor:], "figure": None})
    return segments


def marked_article(article: dict[str, Any], figures: list[dict[str, Any]]) -> dict[str, list[list[Segment]]]:
    """Each part of an article (a list of paragraphs for every field) as marked segments."""
    marked: dict[str, list[list[Segment]]] = {name: [] for name in ARTICLE_PARTS}
    for name, text, offset in article_parts(article):
        marked[name].append(split_figures(text, offset, figures))
    return marked
