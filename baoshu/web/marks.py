"""Cut text into plain and marked segments, for templates to render escaped.

Templates never receive markup built from page text: they receive segments
(`{"text": ..., "figure": ...}`) and Jinja2 escapes every piece.
"""

from __future__ import annotations

from typing import Any

from baoshu.model import ARTICLE_PARTS, article_parts

Segment = dict[str, Any]

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
    for part in article_parts(article):
        marked[part.name].append(split_figures(part.text, part.offset, figures))
    return marked
