"""The `provenance` stage: trace each figure back to the source line that printed it.

Each article part (title, paragraph, caption …) is a subsequence of the
article's repaired source lines once white space is left out. Each part is
aligned with those lines once, left to right, which gives every character of
the part the line it came from; a figure's line is that of its first character.
The cost is linear in the article's length, however many figures it reports.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from baoshu.config import Config
from baoshu.model import Article, Figure, Page, Part
from baoshu.stages import stage

WHITE = re.compile(r"\s+")
ANCHOR = 6  # characters of a part looked for in the source to find where it starts
LOOKAHEAD = 64  # source characters skipped at most to match one character of a part


def source_stream(article: Article, repaired: dict[int, str]) -> tuple[str, list[int]]:
    """The article's repaired source lines as one string without spaces, and each character's line."""
    chars: list[str] = []
    owners: list[int] = []
    for number in article.source_lines:
        text = repaired.get(number, "")
        chars.append(text)
        owners.extend([number] * len(text))
    return "".join(chars), owners


class Aligner:
    """Aligns an article's parts with its source stream, each stretch of the stream used once."""

    def __init__(self, stream: str, owners: list[int], fallback: int):
        self.stream = stream
        self.owners = owners
        self.fallback = fallback
        self.claimed: list[tuple[int, int]] = []

    def free(self, start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in self.claimed)

    def start_of(self, part: str) -> int:
        """Where the part starts in the stream: the whole part unclaimed, else its opening unclaimed."""
        for size in (len(part), ANCHOR, 2, 1):
            if not part or len(part) < size:
                continue
            needle = part[:size]
            at = self.stream.find(needle)
            while at >= 0 and not self.free(at, at + size):
                at = self.stream.find(needle, at + 1)
            if at >= 0:
                return at
        return -1

    def align(self, part: str) -> list[int]:
        """The source line of each character of `part` (white space left out)."""
        start = self.start_of(part)
        if start < 0:
            return [self.fallback] * len(part)
        origin: list[int] = []
        j = start
        for char in part:
            found = self.stream.find(char, j, j + LOOKAHEAD)
            if found >= 0:
                j = found
            origin.append(self.owners[min(j, len(self.owners) - 1)])
            if found >= 0:
                j += 1
        self.claimed.append((start, j))
        return origin


def part_of(parts: list[Part], offset: int) -> Part:
    """The part of an article that holds character `offset` of its text."""
    starts = [p.offset for p in parts]
    return parts[max(0, bisect_right(starts, offset) - 1)]


def trace_article(article: Article, figures: list[Figure], repaired: dict[int, str]) -> None:
    """Set the line of each of one article's figures.

    Parts are aligned longest first, so that a short headline that a paragraph
    repeats finds its own printing, not the paragraph's.
    """
    stream, owners = source_stream(article, repaired)
    fallback = article.lines[0] if article.lines else 0
    parts = article.parts()
    if not parts or not owners:
        for figure in figures:
            figure.line = fallback or None
        return
    aligner = Aligner(stream, owners, fallback)
    squeezed = {part.offset: WHITE.sub("", part.text) for part in parts}
    origins = {offset: aligner.align(text) for offset, text in sorted(squeezed.items(), key=lambda kv: -len(kv[1]))}
    for figure in figures:
        part = part_of(parts, figure.span[0]) if figure.span else parts[0]
        origin = origins[part.offset]
        before = len(WHITE.sub("", part.text[:figure.span[0] - part.offset])) if figure.span else 0
        figure.line = origin[min(before, len(origin) - 1)] if origin else fallback or None


@stage("provenance", requires=("figures", "lines"), provides=("figure lines",))
def trace_figures(page: Page, config: Config) -> Page:
    """Give each figure the source line where it starts."""
    repaired: dict[int, str] = {}
    for facts in page.lines:
        number = facts.line.number
        repaired[number] = repaired.get(number, "") + WHITE.sub("", facts.text)
    by_article: dict[int, list[Figure]] = {}
    for figure in page.figures:
        by_article.setdefault(figure.article, []).append(figure)
    for index, figures in by_article.items():
        if 0 <= index < len(page.articles):
            trace_article(page.articles[index], figures, repaired)
    return page
