"""Pull apart columns that an extractor interleaved, and put fragments back where they belong.

Extractors that sort a page's lines from top to bottom (pdftotext does) print
the lines of two columns one after the other where their baselines differ,
and glue them into one line, a space between, where the baselines agree. A
digit set in another font may come out on a line of its own. Read in that
order, paragraphs are cut and stories made of nothing.

Each printed line (each piece of a glued line) is given to the column it
continues: the open thread whose last line it reads on from (a word or a
number running across the break, a clause left open, a full measure, the
same width), or a new thread when it continues none. The decision is the
fitted `continues_line` of the config's weights. Threads are then printed one
after another, in the order they began, so a page read in column order comes
out as it went in.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field

from baoshu.config import TextLayoutConfig
from baoshu.continuity import pair_features
from baoshu.model import Line, LineFacts
from baoshu.weights import Linear

MakeFacts = Callable[[Line, str, int], LineFacts]
GAP = re.compile(r"(?<=\S)[ \t\u3000]+(?=\S)")
WIDE = re.compile(r"[\u3400-\u9fff，。、；：！？“”（）《》]")


@dataclass
class Thread:
    """Lines that read on from one another, in order."""

    lines: list[LineFacts] = field(default_factory=list)
    last: int = 0  # the position of the line it took last

    @property
    def tail(self) -> LineFacts:
        return self.lines[-1]


def column_width(lines: list[LineFacts], cfg: TextLayoutConfig) -> float:
    """The commonest measure of running lines on the page, in character cells."""
    widths = [f.width for f in lines if f.width >= cfg.measurable_width and not f.ends_sentence]
    return statistics.median(widths) if widths else cfg.default_column


def split_glued(facts: LineFacts, width: float, cfg: TextLayoutConfig, make: MakeFacts) -> list[LineFacts]:
    """A line much wider than the page's measure, with gaps in it: its pieces, one per column."""
    if facts.width < cfg.glued_width * width:
        return [facts]
    text = facts.text.strip()
    cuts = [m for m in GAP.finditer(text) if WIDE.match(text[m.start() - 1]) and WIDE.match(text[m.end()])]
    if not cuts:
        return [facts]
    pieces, start = [], 0
    for cut in cuts:
        pieces.append(text[start:cut.start()])
        start = cut.end()
    pieces.append(text[start:])
    merged: list[str] = []
    for piece in pieces:  # a phrase break inside a headline is not a column gap
        if merged and (len(merged[-1]) < cfg.min_piece_chars or len(piece) < cfg.min_piece_chars):
            merged[-1] = f"{merged[-1]} {piece}"
        else:
            merged.append(piece)
    if len(merged) < 2:
        return [facts]
    line = facts.line
    return [make(Line(piece, line.number, blank_before=line.blank_before and k == 0), piece, 0)
            for k, piece in enumerate(merged)]


def thread_features(thread: Thread, facts: LineFacts, position: int, width: float,
                    newest: bool) -> dict[str, float]:
    """The evidence that `facts` (at `position`) reads on from the end of `thread`."""
    tail = thread.tail
    features = pair_features(tail.bare, facts.bare)
    if not features:
        return {}
    features.update({
        "tail_full": float(tail.width >= width - 1.5),
        "same_width": float(abs(facts.width - tail.width) <= 1.5 or facts.ends_sentence),
        "fragment": float(facts.width <= 3),
        "newest": float(newest),
        "distance": min(1.0, (position - thread.last - 1) / 8),
        "tail_emphasis": float(bool(tail.emphasis)),
        "head_emphasis": float(bool(facts.emphasis)),
    })
    return features


def untangle(lines: list[LineFacts], decision: Linear, cfg: TextLayoutConfig, make: MakeFacts) -> list[LineFacts]:
    """The page's lines, each column's lines together, in the order the columns began.

    `make(line, text, emphasis)` builds the facts of a piece of a glued line.
    """
    if len(lines) < 2:
        return lines
    width = column_width(lines, cfg)
    pieces = [piece for facts in lines for piece in split_glued(facts, width, cfg, make)]
    threads: list[Thread] = []
    newest: Thread | None = None
    for position, facts in enumerate(pieces):
        best, best_score = None, decision.threshold
        for thread in threads[-cfg.open_threads:]:
            features = thread_features(thread, facts, position, width, thread is newest)
            if features:
                score = decision.score(features)
                if score >= best_score:
                    best, best_score = thread, score
        if best is None:
            best = Thread()
            threads.append(best)
        best.lines.append(facts)
        best.last = position
        newest = best
    if len(threads) == len(pieces) or all(len(t.lines) == 1 for t in threads):
        return pieces
    return [facts for thread in threads for facts in thread.lines]
