"""Where each line of a dump comes from in the page's gold.

A dump line is compared after the scorer's folding (NFKC, no white space, no
decorative marks). A line found whole in one article part gets that source; a
line that is not is cut at its white space and its fragments are looked up
one by one: fragments from different places mean columns set side by side.
Overlays keep each line's source, so that gold `lines` can be given for any
dump and damage can be read from the order of sources.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

DECORATIONS = dict.fromkeys(map(ord, "□■◆◇●○▲△▼★☆➡→►▶◀•·"), None)
JUMP = re.compile(r"[（(][上下][接转]第\d+版[）)]")
MIN_FRAGMENT = 2  # characters: shorter fragments say nothing about where they come from


def norm(text: str) -> str:
    """The scorer's folding: NFKC, no white space, no decorative marks."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or "")).translate(DECORATIONS)


@dataclass(frozen=True)
class Source:
    article: int  # index into the gold articles; -1 for furniture
    part: str  # "head", "body", "caption" or "furniture"
    offset: int  # where the text starts in the part's folded text


@dataclass
class Line:
    text: str
    source: Source | None = None  # None: blank, or not found in the gold
    mixed: bool = False  # pieces of different places on one line (columns side by side)
    end: str = ""  # "\r" when the dump ends its lines with CRLF


def part_texts(article: dict) -> dict[str, str]:
    return {
        "head": norm("".join(article.get(k) or "" for k in ("kicker", "title", "subtitle"))),
        "body": norm("".join([article.get("byline") or "", article.get("standfirst") or "",
                              article.get("dateline") or "", *article.get("body", [])])),
        "caption": norm("".join([*article.get("captions", []), article.get("credit") or ""])),
    }


class Locator:
    """Finds the source of dump lines in one gold page."""

    def __init__(self, gold: dict):
        self.parts = [(k, part, text) for k, article in enumerate(gold["articles"])
                      for part, text in part_texts(article).items() if text]
        self.parts += [(-1, "furniture", norm(text)) for text in gold.get("furniture", []) if norm(text)]

    def candidates(self, folded: str) -> list[Source]:
        out = []
        for article, part, text in self.parts:
            at = text.find(folded)
            while at >= 0:
                out.append(Source(article, part, at))
                at = text.find(folded, at + 1)
        return out

    def best(self, folded: str, previous: Source | None) -> Source | None:
        """The source of a folded fragment, preferring the one that continues the previous line."""
        if len(folded) < MIN_FRAGMENT:
            return None
        found = self.candidates(folded)
        if not found:
            return None
        if previous is not None:
            follow = [s for s in found if (s.article, s.part) == (previous.article, previous.part)
                      and s.offset >= previous.offset]
            if follow:
                return min(follow, key=lambda s: s.offset)
        return found[0]

    def line(self, text: str, previous: Source | None) -> Line:
        stripped = JUMP.sub("", text)
        source = self.best(norm(stripped), previous)
        if source is not None or not stripped.strip():
            return Line(text, source)
        sources = []
        for fragment in stripped.split():
            found = self.best(norm(fragment), sources[-1] if sources else previous)
            if found is not None:
                sources.append(found)
        if not sources:
            return Line(text, None)
        places = {(s.article, s.part) for s in sources}
        backwards = any(b.offset < a.offset for a, b in zip(sources, sources[1:]))
        return Line(text, sources[0], mixed=len(places) > 1 or backwards)

    def lines(self, text: str) -> list[Line]:
        """Every line of a dump (split at LF, a CR before it kept as the line's end) with its source."""
        out: list[Line] = []
        previous: Source | None = None
        for raw in text.split("\n"):
            end = "\r" if raw.endswith("\r") else ""
            line = self.line(raw[:len(raw) - len(end)], previous)
            line.end = end
            out.append(line)
            if line.source is not None:
                previous = line.source
        return out


def join(lines: list[Line], final_newline: bool = True) -> str:
    """The dump text of the lines, each with its own line end (and a last one if `final_newline`)."""
    text = "\n".join(line.text + line.end for line in lines)
    return text + "\n" if final_newline and not text.endswith("\n") else text


def article_lines(lines: list[Line], count: int) -> list[list[int]]:
    """First and last (1-based) line of each of `count` articles; [] for one never found."""
    spans: list[list[int]] = [[] for _ in range(count)]
    for number, line in enumerate(lines, start=1):
        if line.source is None or line.source.article < 0:
            continue
        span = spans[line.source.article]
        spans[line.source.article] = [span[0] if span else number, number]
    return spans
