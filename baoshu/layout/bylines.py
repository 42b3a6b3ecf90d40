"""Bylines on a PDF page: a line of names (`□ 本报记者 X 通讯员 Y`), also when it wraps.

A byline too long for its column wraps: its first line fills the column and
its tail (the last name, or the end of one) stands short under it. Whether
the first line alone reads as a byline or not (the wrap may cut a name in
two), the two read as one byline when joined.
"""

from __future__ import annotations

import re
import statistics

from baoshu.config import GeometryConfig
from baoshu.model import Line
from baoshu.repair import join_lines
from baoshu.roles import BOX_MARKS, CLAUSE_PUNCT, HAN, match_byline, match_credit, split_dateline


ROLE = r"(?:本报|特约|特派|见习)?(?:记者|通讯员|实习生)"
# Roles and names only, names not always spaced apart (`本报记者 杨帆李青 通讯员 何方`).
MIN_ROLES = 2
MIDDLE_DOT = re.compile(r"[ \u3000]*·[ \u3000]*")
NAMES_ONLY = re.compile(rf"^{ROLE}(?:[ \u3000]*(?:{ROLE}|[{HAN}·]{{2,12}}))+$")


def names_authors(text: str) -> bool:
    """A byline as printed: `match_byline`, or roles and names only, however spaced, with two
    roles or more (a sentence may open with one: `记者从…获悉`)."""
    text = MIDDLE_DOT.sub("·", text)  # a name's middle dot may stand apart from its halves
    if match_byline(text) is not None:
        return True
    bare = text.lstrip(BOX_MARKS + " \u3000").rstrip()
    return NAMES_ONLY.match(bare) is not None and len(re.findall(ROLE, bare)) >= MIN_ROLES


def reads_as_byline(text: str, size: float, body: float, cfg: GeometryConfig) -> bool:
    """Body type or smaller, short, naming its authors; not a credit, not a story's dateline
    (`■ 本报讯 …` opens a brief)."""
    text = text.strip()
    if size > body + cfg.same_size or len(text) > cfg.byline_chars:
        return False
    if not names_authors(text) or match_credit(text) is not None:
        return False
    return split_dateline(text.lstrip(BOX_MARKS + " \u3000")) is None


Measures = dict[tuple[int, float | None], list[float]]


def _measures(lines: list[Line]) -> Measures:
    """The right edges of the lines starting at each left edge, by type size and (None) all told."""
    ends: Measures = {}
    for line in lines:
        if line.box:
            x = round(line.box.x0)
            ends.setdefault((x, line.size or 0.0), []).append(line.box.x1)
            ends.setdefault((x, None), []).append(line.box.x1)
    return ends


def _right(line: Line, measures: Measures) -> float:
    """Where the column of `line` ends: the median right edge of the other lines starting where
    it does in its size, or in any size when it is alone in its own."""
    assert line.box is not None
    x = round(line.box.x0)
    found: list[float] = []
    for size in (line.size or 0.0, None):
        for d in (-1, 0, 1):
            found.extend(measures.get((x + d, size), ()))
        if len(found) > 1:
            return statistics.median(found)
        found = []
    return line.box.x1


def byline_tails(runs: list[list[Line]], body: float, cfg: GeometryConfig) -> dict[int, int]:
    """Bylines over two lines or more: {id of a line: id of the line that goes on with it}, over
    runs of lines set one under the other in one column (in reading order). A line goes on with
    a byline when it names more authors after a role of their own (`通讯员 X`), or when the
    byline fills its column and the line, not filling it, completes it (a wrapped name)."""
    measures = _measures([line for run in runs for line in run])
    tails: dict[int, int] = {}
    for run in runs:
        for k, (above, below) in enumerate(zip(run, run[1:])):
            assert above.box is not None and below.box is not None
            size = above.size or body
            if abs((below.size or body) - size) > cfg.same_size or below.bold != above.bold:
                continue
            if re.match(ROLE, below.text.strip()) and names_authors(below.text) and \
                    reads_as_byline(above.text, size, body, cfg):
                tails[id(above)] = id(below)
                continue
            right = _right(above, measures)
            if above.box.x1 < right - cfg.short_line * size or CLAUSE_PUNCT.search(below.text) or \
                    names_authors(below.text):
                continue  # a byline that wraps fills its column
            if _tail(above, below, right, size, cfg):
                if reads_as_byline(join_lines([above.text, below.text], tidy=False), size, body, cfg):
                    tails[id(above)] = id(below)
            elif k + 2 < len(run) and _tail(above, last := run[k + 2], right, size, cfg) and \
                    abs((last.size or body) - size) <= cfg.same_size and not CLAUSE_PUNCT.search(last.text) and \
                    reads_as_byline(join_lines([above.text, below.text, last.text], tidy=False), size, body, cfg):
                tails[id(above)], tails[id(below)] = id(below), id(last)  # wrapped twice: a long name
    return tails


def _tail(above: Line, below: Line, right: float, size: float, cfg: GeometryConfig) -> bool:
    """`below` stands short under `above`, not a line of text reaching the column's end from
    its start (or from a paragraph's indent)."""
    assert above.box is not None and below.box is not None
    full = below.box.x0 <= above.box.x0 + cfg.tail_indent * size and below.box.x1 >= right - cfg.short_line * size
    return not full or below.box.width <= cfg.byline_tail * (right - above.box.x0)


def running_on(runs: list[list[Line]], body: float, cfg: GeometryConfig) -> set[int]:
    """Lines that look like a boxed byline (`■ X…`) but name no role, fill their column and run on
    into the line under them: the first line of a paragraph (a brief's), not a byline."""
    measures = _measures([line for run in runs for line in run])
    found: set[int] = set()
    for run in runs:
        for above, below in zip(run, run[1:]):
            assert above.box is not None
            size = above.size or body
            if re.search(ROLE, above.text) or not reads_as_byline(above.text, size, body, cfg):
                continue
            if above.box.x1 >= _right(above, measures) - cfg.short_line * size and not names_authors(below.text):
                found.add(id(above))
    return found
