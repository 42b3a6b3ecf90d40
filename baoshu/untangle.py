"""Pull apart columns that an extractor interleaved, and put fragments back where they belong.

Extractors that sort a page's lines from top to bottom (pdftotext does) print
the lines of two columns one after the other where their baselines differ,
and glue them into one line, a space between, where the baselines agree; some
(pdfminer on justified text) put a column's last character on a line of its
own. Read in that order, paragraphs are cut and stories made of nothing.

Where pdftotext interleaves, it does so column after column, line by line: in
a band of the page where k columns stand side by side, each line reads on from
the line printed k lines before it. The page is read as a run of such bands: a
hidden period k (1 for text in reading order) is decoded for every line by
Viterbi, from the fitted scores `follows_line` (does line B read on from line
A: a word or a number running across the break, a clause left open, the same
measure, a fragment) and `starts_line` (does line B start something: a
dateline, a byline, a page label, a headline), a change of period costing
`period_change`. Each line then reads on from the line k before it, or starts
a thread of its own, and the lines are printed thread by thread, in the order
the threads began, so a page already in reading order comes out as it went in.
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Callable

from baoshu.config import TextLayoutConfig
from baoshu.continuity import BREAK_FEATURES, best_word, break_values, line_end, line_start
from baoshu.model import Line, LineFacts
from baoshu.weights import Linear

MakeFacts = Callable[[Line, str, int], LineFacts]
GAP = re.compile(r"(?<=\S)[ \t\u3000]+(?=\S)")
WIDE = re.compile(r"[\u3400-\u9fff，。、；：！？“”（）《》]")
NONE = -1  # no other stream
FOLLOW_FEATURES = (*BREAK_FEATURES, "tail_full", "same_width", "head_fragment", "tail_fragment", "tail_emphasis",
                   "head_emphasis", "head_blank")


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


def opens(facts: LineFacts) -> bool:
    """A line that starts something of its own: a dateline, a byline, a page label, a `（上接…）`."""
    jump = facts.jump
    return (facts.dateline is not None or facts.byline is not None or facts.label
            or jump is not None and jump.direction == "from" and jump.start <= 1)


def closed(tail: LineFacts) -> bool:
    """A line nothing reads on from: a page label or a `（下转…）`."""
    return tail.label or tail.jump is not None and tail.jump.direction == "on"


def follow_features(tail: LineFacts, head: LineFacts, width: float) -> dict[str, float]:
    """The evidence, in their words and measures, that `head` reads on from `tail` (FOLLOW_FEATURES)."""
    end, start = line_end(tail.bare), line_start(head.bare)
    if end is None or start is None:
        return {}
    return dict(zip(FOLLOW_FEATURES, (
        *break_values(end, start),
        float(tail.width >= width - 1.5),
        float(abs(head.width - tail.width) <= 1.5 or head.ends_sentence),
        float(head.width <= 3),
        float(tail.width <= 3),
        float(bool(tail.emphasis)),
        float(bool(head.emphasis)),
        float(head.line.blank_before),
    )))


def start_features(head: LineFacts, width: float) -> dict[str, float]:
    """The evidence that a line starts something rather than reading on from any line."""
    return {
        "opens": float(opens(head)),
        "emphasis": float(bool(head.emphasis)),
        "blank_before": float(head.line.blank_before),
        "short": float(head.width <= 0.6 * width),
        "clause": float(head.clause),
        "head_closes": float(head.bare[:1] in "，。、；：！？）》”"),
        "fragment": float(head.width <= 3),
    }


class FollowScore:
    """log σ(`follows.score(follow_features(tail, head, width))`) for pairs of one page's lines.

    What a line says on its own (its end, its start, its measure, its emphasis) is weighed once;
    a pair adds the word and the number running across the break and whether the measures agree.
    The terms are summed in FOLLOW_FEATURES order, as `Linear.score` sums them, so the score is
    the same float (tests/test_untangle.py checks it).
    """

    def __init__(self, follows: Linear, pieces: list[LineFacts], width: float) -> None:
        w = {name: follows.weights.get(name, 0.0) for name in FOLLOW_FEATURES}
        self.bias = follows.bias
        self.word, self.long, self.number, self.same = (w["word_across"], w["long_word_across"],
                                                         w["number_across"], w["same_width"])
        self.pieces = pieces
        self.ends = [None if closed(p) else line_end(p.bare) for p in pieces]  # None: nothing reads on from it
        self.starts = [None if opens(p) else line_start(p.bare) for p in pieces]  # None: it reads on from nothing
        # each line's own weighed terms: as a tail (tail_opens, tail_clause, tail_stop, tail_full,
        # tail_fragment, tail_emphasis) and as a head (head_closes, head_fragment, head_emphasis, head_blank)
        self.tails: list[tuple[float, ...]] = [
            (w["tail_opens"] * e.opens, w["tail_clause"] * e.clause, w["tail_stop"] * e.stop,
             w["tail_full"] * float(p.width >= width - 1.5), w["tail_fragment"] * float(p.width <= 3),
             w["tail_emphasis"] * float(bool(p.emphasis))) if e else () for p, e in zip(pieces, self.ends)]
        self.heads: list[tuple[float, ...]] = [
            (w["head_closes"] * s.closes, w["head_fragment"] * float(p.width <= 3),
             w["head_emphasis"] * float(bool(p.emphasis)), w["head_blank"] * float(p.line.blank_before))
            if s else () for p, s in zip(pieces, self.starts)]

    def __call__(self, a: int, b: int) -> float:
        """The score of line `b` reading on from line `a`, -inf when it cannot."""
        end, start = self.ends[a], self.starts[b]
        if end is None or start is None:
            return -math.inf
        word, length = best_word(end.word, start.word) if end.word and start.word else (0.0, 0)
        same = abs(self.pieces[b].width - self.pieces[a].width) <= 1.5 or self.pieces[b].ends_sentence
        t, h = self.tails[a], self.heads[b]
        terms = (self.word * word, self.long * float(length >= 3), self.number * float(end.digit and start.number),
                 h[0], t[0], t[1], t[2], t[3], self.same * float(same), h[1], t[4], t[5], h[2], h[3])
        return log_sigmoid(self.bias + sum(terms))


def log_sigmoid(x: float) -> float:
    return -math.log1p(math.exp(-x)) if x > -30 else x


def untangle(lines: list[LineFacts], follows: Linear, starts: Linear, cfg: TextLayoutConfig,
             make: MakeFacts) -> list[LineFacts]:
    """The page's lines, each column's lines together, in the order the columns began.

    `make(line, text, emphasis)` builds the facts of a piece of a glued line.
    """
    width = column_width(lines, cfg)
    pieces = [piece for facts in lines for piece in split_glued(facts, width, cfg, make)]
    periods = range(1, cfg.max_period + 1)
    start = [log_sigmoid(starts.score(start_features(p, width))) for p in pieces]
    follow = FollowScore(follows, pieces, width)
    follows_at = [{k: follow(b - k, b) if b >= k else -math.inf for k in periods} for b in range(len(pieces))]
    period = decode_periods(follows_at, start, cfg.period_change)
    source = [NONE] * len(pieces)
    taken: set[int] = set()
    for b, k in enumerate(period):
        if follows_at[b][k] > start[b] and b - k not in taken:
            source[b] = b - k
            taken.add(b - k)
    return threaded(pieces, source)


def decode_periods(follows_at: list[dict[int, float]], start: list[float], change: float) -> list[int]:
    """The likeliest period of each line (Viterbi): a line scores its best of reading on from the line
    `period` before it and starting something; a change of period costs `change`, and so does a
    page that opens with columns interleaved (most extractors keep the reading order)."""
    if not follows_at:
        return []
    periods = list(follows_at[0])
    best = {k: max(follows_at[0][k], start[0]) - (change if k != 1 else 0.0) for k in periods}
    back: list[dict[int, int]] = []
    for b in range(1, len(follows_at)):
        leader = max(best, key=best.__getitem__)
        came = {k: k if best[k] >= best[leader] - change else leader for k in periods}
        best = {k: best[came[k]] - (change if came[k] != k else 0.0) + max(follows_at[b][k], start[b])
                for k in periods}
        back.append(came)
    k = max(best, key=best.__getitem__)
    path = [k]
    for came in reversed(back):
        k = came[k]
        path.append(k)
    return path[::-1]


def threaded(pieces: list[LineFacts], source: list[int]) -> list[LineFacts]:
    """The lines thread by thread (each line after the one it reads on from), threads in order of their start."""
    followers: dict[int, int] = {}
    for i, a in enumerate(source):
        if a != NONE:
            followers[a] = i
    out: list[LineFacts] = []
    for i, a in enumerate(source):
        if a == NONE:
            k: int | None = i
            while k is not None:
                out.append(pieces[k])
                k = followers.get(k)
    return out
