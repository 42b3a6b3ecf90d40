"""Trace each figure back to the source line that printed it."""

from __future__ import annotations

import re

from baoshu.model import Article, Figure, Page, SourcePage
from baoshu.repair import repair_line

WHITE = re.compile(r"\s+")


def source_stream(article: Article, lines: dict[int, str]) -> tuple[str, list[int]]:
    """The article's source lines as one string without spaces, and each character's line."""
    chars: list[str] = []
    owners: list[int] = []
    for number in article.source_lines:
        text, _ = repair_line(lines.get(number, ""))
        text = WHITE.sub("", text)
        chars.append(text)
        owners.extend([number] * len(text))
    return "".join(chars), owners


def occurrences(haystack: str, needle: str) -> list[int]:
    found, start = [], haystack.find(needle)
    while start >= 0:
        found.append(start)
        start = haystack.find(needle, start + 1)
    return found


def locate_figures(page: Page, source: SourcePage) -> None:
    """Set `Figure.line` to the source line where each figure's text starts.

    A figure printed more than once in an article is matched to the same
    occurrence (first, second, …) in the source; a figure whose text cannot be
    found there (a headline drawn in an unusual way) points at the article's
    first line.
    """
    lines = {line.number: line.text for line in source.lines}
    by_article: dict[int, list[Figure]] = {}
    for figure in page.figures:
        by_article.setdefault(figure.article, []).append(figure)
    for index, figures in by_article.items():
        if not 0 <= index < len(page.articles):
            continue
        article = page.articles[index]
        stream, owners = source_stream(article, lines)
        text = article.text()
        for figure in figures:
            needle = WHITE.sub("", figure.text)
            rank = WHITE.sub("", text[:figure.span[0]]).count(needle) if figure.span else 0
            spots = occurrences(stream, needle) if needle else []
            if spots:
                figure.line = owners[spots[min(rank, len(spots) - 1)]]
            elif article.lines:
                figure.line = article.lines[0]
