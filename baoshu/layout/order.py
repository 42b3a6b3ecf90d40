"""Reading order of a PDF page: a recursive XY cut over its lines, pictures and rules, done once.

A region is cut where a white band crosses it: side by side at gutters
(vertical bands), one above the other at the widest horizontal band. The
result is a tree whose leaves, read depth first, are in reading order, and
whose nodes are the page's regions (stories, their headlines, their columns).
`order_page` puts the lines in that order, numbers them as the page text
shows them, and keeps the tree for the geometry layout.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

from baoshu.config import OrderConfig
from baoshu.model import Box, Line, SourcePage

PROSE_STOPS = "，。"  # the punctuation of running text, seldom of a headline
HANGING = "，。、；：！？）》」』”’·…"  # punctuation allowed to hang into the gutter at a line's end


@dataclass
class Region:
    """A node of the XY cut: the items it holds and, unless a leaf, its parts.

    `axis` is "x" when the parts stand side by side, "y" when stacked, "" for a leaf.
    """

    items: list[int]
    parts: list[Region] = field(default_factory=list)
    axis: str = ""

    def leaves(self) -> list[int]:
        """Item indexes in reading order."""
        if not self.parts:
            return list(self.items)
        return [i for part in self.parts for i in part.leaves()]

    def renumbered(self, new: dict[int, int]) -> Region:
        """The same tree with every item index i replaced by new[i]."""
        return Region([new[i] for i in self.items], [p.renumbered(new) for p in self.parts], self.axis)


def _bands(spans: list[tuple[float, float, int]]) -> list[tuple[float, float]]:
    """White bands between spans along one axis: (position of the cut, width)."""
    ordered = sorted(spans)
    bands: list[tuple[float, float]] = []
    reach = ordered[0][1]
    for start, end, _ in ordered[1:]:
        if start > reach:
            bands.append(((start + reach) / 2, start - reach))
        reach = max(reach, end)
    return bands


def _split(items: list[int], boxes: list[Box], axis: str, cuts: list[float]) -> list[list[int]]:
    groups: list[list[int]] = [[] for _ in range(len(cuts) + 1)]
    for i in items:
        box = boxes[i]
        middle = (box.x0 + box.x1) / 2 if axis == "x" else (box.top + box.bottom) / 2
        slot = bisect_left(cuts, middle)
        groups[slot].append(i)
    return [g for g in groups if g]


@dataclass(frozen=True)
class _Widths:
    """What a white band must measure: a gutter at least `gutter`; a band between rows of lines
    no wider than `line_gap` is the white between a column's lines. Items in `rules` are rules."""

    gutter: float
    line_gap: float
    rules: frozenset[int] = frozenset()
    head: float = 0.0  # a box at least this tall is a headline line
    body: float = 0.0  # the body type's size (a body line's box is about this tall)
    lines: int = 0  # items below this index are lines of text (pictures and rules follow)
    heads: frozenset[int] = frozenset()  # the lines that read as headline lines


def line_gap(boxes: list[Box], body_size: float, cfg: OrderConfig) -> float:
    """The white between the lines of a column on this page: the commonest gap between a line
    and the next one under it at the same left edge (body type), in points."""
    gaps: Counter[float] = Counter()
    ordered = sorted((b for b in boxes if abs(b.height - body_size) <= cfg.same_height * body_size),
                     key=lambda b: (round(b.x0), b.top))
    for upper, lower in zip(ordered, ordered[1:]):
        gap = lower.top - upper.bottom
        if round(upper.x0) == round(lower.x0) and 0 <= gap < body_size:
            gaps[round(gap * 2) / 2] += 1
    return gaps.most_common(1)[0][0] if gaps else 0.0


def xy_cut(boxes: list[Box], body_size: float, cfg: OrderConfig, rules: frozenset[int] = frozenset(),
           lines: int | None = None, heads: frozenset[int] = frozenset()) -> Region:
    """Cut the page's item boxes into a region tree, parts in reading order; `rules` are the
    indexes of the boxes that are rules, the first `lines` boxes (all, by default) lines of text,
    `heads` those that read as headline lines."""
    widths = _Widths(cfg.min_gutter * body_size, line_gap(boxes, body_size, cfg) + cfg.gap_slack * body_size, rules,
                     cfg.head_ratio * body_size, body_size, len(boxes) if lines is None else lines, heads)
    return _cut(list(range(len(boxes))), boxes, widths, cfg)


def _ruled_cuts(items: list[int], boxes: list[Box], widths: _Widths, cfg: OrderConfig) -> list[float]:
    """Cuts above and below the rules drawn across a whole region (with more in it than the
    rule): such a rule parts what is above it from what is below, whatever the white."""
    if len(items) < 2:
        return []
    left, right = min(boxes[i].x0 for i in items), max(boxes[i].x1 for i in items)
    cuts: list[float] = []
    for i in items:
        if i in widths.rules and boxes[i].width >= cfg.rule_across * (right - left):
            cuts.extend((boxes[i].top - cfg.rule_margin, boxes[i].bottom + cfg.rule_margin))
    return cuts


def _single_cover(items: list[int], boxes: list[Box], min_gutter: float) -> list[tuple[float, float, int]]:
    """Stretches of x at least a gutter wide covered by exactly one item: (start, end, item)."""
    events = sorted([(boxes[i].x0, 1, i) for i in items] + [(boxes[i].x1, -1, i) for i in items])
    covering: set[int] = set()
    stretches: list[tuple[float, float, int]] = []
    start = 0.0
    for x, step, i in events:
        if len(covering) == 1 and x - start >= min_gutter:
            stretches.append((start, x, next(iter(covering))))
        if step > 0:
            covering.add(i)
        else:
            covering.discard(i)
        start = x
    return stretches


def _stray_gutters(items: list[int], boxes: list[Box], min_gutter: float,
                   cfg: OrderConfig) -> list[tuple[float, float]]:
    """Gutters crossed by one line (not a picture) that strays less than `cfg.stray` ems into a column,
    and does not run from the left edge of the columns on one side to the right edge of those on
    the other (that line spans them)."""
    for start, end, stray in _single_cover(items, boxes, min_gutter):
        box = boxes[stray]
        reach = cfg.stray * box.height
        if box.height > cfg.stray_height * min_gutter or (box.x0 < start - reach and box.x1 > end + reach):
            continue
        others = [(boxes[i].x0, boxes[i].x1, i) for i in items if i != stray]
        found = [b for b in _bands(others) if b[1] >= min_gutter and start - reach <= b[0] <= end + reach]
        left = min(x0 for x0, _, _ in others)
        right = max(x1 for _, x1, _ in others)
        if found and not (box.x0 <= left + cfg.edge_slack and box.x1 >= right - cfg.edge_slack):
            return found
    return []


def _cut(items: list[int], boxes: list[Box], widths: _Widths, cfg: OrderConfig) -> Region:
    """Cut at gutters when there are any and no band between rows is wider than a column's
    line gap and the widest gutter, or when the wider bands lie under headlines each heading its
    own columns; else at the widest bands between rows."""
    if len(items) <= 1:
        return Region(items)
    ruled = _ruled_cuts(items, boxes, widths, cfg)
    if ruled:
        groups = _split(items, boxes, "y", sorted(ruled))
        if len(groups) > 1:
            return Region(items, [_cut(group, boxes, widths, cfg) for group in groups], "y")
    vertical = [b for b in _bands([(boxes[i].x0, boxes[i].x1, i) for i in items]) if b[1] >= widths.gutter]
    if not vertical:
        vertical = _stray_gutters(items, boxes, widths.gutter, cfg)
    horizontal = _bands([(boxes[i].top, boxes[i].bottom, i) for i in items])
    widest_v = max((w for _, w in vertical), default=0.0)
    widest_h = max((w for _, w in horizontal), default=0.0)
    row = _headline_row(items, boxes, vertical, horizontal, widths) if vertical else None
    if row is not None:
        axis, cuts = "y", [row]
    elif vertical and (widest_v >= widest_h or widest_h <= widths.line_gap or
                       _headlines_over_columns(items, boxes, vertical, horizontal, widths)):
        axis, cuts = "x", [at for at, _ in vertical]
    elif widest_h <= widths.line_gap and \
            (freeing := _band_freeing_columns(items, boxes, horizontal, widths)) is not None:
        axis, cuts = "y", [freeing]
    elif horizontal:
        axis, cuts = "y", [at for at, w in horizontal if w >= widest_h - cfg.same_gap]
    else:
        ordered = sorted(items, key=lambda i: (boxes[i].top, boxes[i].x0))
        return Region(ordered)
    groups = _split(items, boxes, axis, sorted(cuts))
    if axis == "x":
        return Region(items, _side_by_side(groups, boxes, widths, cfg), axis)
    return Region(items, [_cut(group, boxes, widths, cfg) for group in groups], axis)


def _band_freeing_columns(items: list[int], boxes: list[Box], horizontal: list[tuple[float, float]],
                          widths: _Widths) -> float | None:
    """In a region no gutter crosses and no white wider than a line gap, the band between rows
    that parts off the most lines standing in columns: what spans the columns above or below
    it (a picture, a wide line) is cut away first, and the columns are read one after the
    other, not row by row. None when no band leaves a side with a gutter."""
    if max(boxes[i].x0 for i in items) < min(boxes[i].x1 for i in items):
        return None  # every box spans one x: no part of the region has a gutter
    order = sorted(items, key=lambda i: (boxes[i].top + boxes[i].bottom) / 2)
    middles = [(boxes[i].top + boxes[i].bottom) / 2 for i in order]
    above = _gutters_as_added(order, boxes, widths.gutter)
    below = _gutters_as_added(order[::-1], boxes, widths.gutter)
    best: tuple[int, float] | None = None
    for at, _ in horizontal:
        k = bisect_left(middles, at)
        for size, freed in ((k, above[k]), (len(order) - k, below[len(order) - k])):
            if size > 1 and freed and (best is None or size > best[0]):
                best = (size, at)
    return best[1] if best else None


def _gutters_as_added(order: list[int], boxes: list[Box], gutter: float) -> list[bool]:
    """For each k, whether the first k boxes of `order` leave a vertical white band at least
    `gutter` wide between them (the union of their x spans kept merged as they come)."""
    merged: list[list[float]] = []  # disjoint [x0, x1] spans, left to right
    found = [False]
    for i in order:
        x0, x1 = boxes[i].x0, boxes[i].x1
        k = bisect_left([span[0] for span in merged], x0)
        lo = k - 1 if k > 0 and merged[k - 1][1] >= x0 else k
        hi = k
        while hi < len(merged) and merged[hi][0] <= x1:
            hi += 1
        if lo < hi:
            x0, x1 = min(x0, merged[lo][0]), max(x1, merged[hi - 1][1])
        merged[lo:hi] = [[x0, x1]]
        found.append(any(b[0] - a[1] >= gutter for a, b in zip(merged, merged[1:])))
    return found


def _headline_row(items: list[int], boxes: list[Box], vertical: list[tuple[float, float]],
                  horizontal: list[tuple[float, float]], widths: _Widths) -> float | None:
    """The band under a headline that heads the whole region: nothing above the band but the
    lines of one headline (one over the other) and rules, and a column beside the headline
    (past its ends) that a cut at the gutters would part from it. None when there is none."""
    groups = _split(items, boxes, "x", sorted(at for at, _ in vertical))
    if all(any(i in widths.heads for i in group) for group in groups):
        return None
    for at, _ in sorted(horizontal):
        above = [i for i in items if (boxes[i].top + boxes[i].bottom) / 2 < at]
        if any(i not in widths.heads and i not in widths.rules for i in above):
            return None
        heads = [boxes[i] for i in above if i in widths.heads]
        if heads:  # one headline: its lines stand one over the other, not side by side
            return at if min(b.x1 for b in heads) > max(b.x0 for b in heads) else None
    return None


def _headlines_over_columns(items: list[int], boxes: list[Box], vertical: list[tuple[float, float]],
                            horizontal: list[tuple[float, float]], widths: _Widths) -> bool:
    """Every band between rows wider than the widest gutter lies right under headline lines, and
    each part the gutters make holds a headline: stories side by side, their headlines in one
    row (cut under them, each headline would be parted from its text)."""
    widest_v = max(w for _, w in vertical)
    bottoms = [boxes[i].bottom for i in items if i in widths.heads]
    wider = [(at, w) for at, w in horizontal if w > widest_v]
    if not bottoms or not all(any(abs(at - w / 2 - b) <= 1.0 for b in bottoms) for at, w in wider):
        return False
    groups = _split(items, boxes, "x", sorted(at for at, _ in vertical))
    return all(any(i in widths.heads for i in group) for group in groups)


def _whites(items: list[int], boxes: list[Box], widths: _Widths) -> list[tuple[float, float]]:
    """White bands between the rows of `items` wider than a column's line gap: (top, bottom)."""
    ordered = sorted((boxes[i].top, boxes[i].bottom) for i in items)
    whites: list[tuple[float, float]] = []
    reach = ordered[0][1]
    for top, bottom in ordered[1:]:
        if top - reach > widths.line_gap:
            whites.append((reach, top))
        reach = max(reach, bottom)
    return whites


def _stacked(groups: list[list[int]], boxes: list[Box], widths: _Widths,
             cfg: OrderConfig) -> list[tuple[int, int, float]]:
    """Runs of columns side by side that one white band crosses, with a headline right under it:
    one story stacked on another, its headline beside its text. (first, end, y of the band)."""
    whites = [_whites(group, boxes, widths) for group in groups]
    runs: list[tuple[int, int, float]] = []
    i = 0
    while i < len(groups):
        best: tuple[int, int, float] | None = None
        for lo, hi in whites[i]:
            end = i + 1
            while end < len(groups):
                shared = [(max(lo, a), min(hi, b)) for a, b in whites[end] if min(hi, b) > max(lo, a)]
                if not shared:
                    break
                lo, hi = shared[0]
                end += 1
            if end - i >= 2 and _stacks(groups[i:end], lo, hi, boxes, widths, cfg) and (best is None or end > best[1]):
                best = (i, end, (lo + hi) / 2)
        if best is not None:
            runs.append(best)
            i = best[1]
        else:
            i += 1
    return runs


def _stacks(groups: list[list[int]], lo: float, hi: float, boxes: list[Box], widths: _Widths,
            cfg: OrderConfig) -> bool:
    """The first column holds a headline right under the white band (lo, hi); every other column
    holds body text above it and under it, and no headline right above it: one story stacked on
    another, across the same columns."""
    def body(group: list[int]) -> list[Box]:
        return [boxes[k] for k in group
                if k < widths.lines and abs(boxes[k].height - widths.body) <= cfg.same_height * widths.body]

    def body_around(group: list[int]) -> bool:
        lines = body(group)
        return any(b.bottom <= lo for b in lines) and any(b.top >= hi for b in lines)

    def headed_below(group: list[int]) -> bool:  # a kicker in smaller type may stand between
        return any(k in widths.heads and hi - 1.0 <= boxes[k].top <= hi + 2 * widths.head for k in group)

    def headed_above(group: list[int]) -> bool:  # the text under the band is this headline's
        return any(k in widths.heads and lo - widths.head <= boxes[k].bottom <= lo + 1.0 for k in group)

    others = groups[1:]
    return headed_below(groups[0]) and all(body_around(g) and not headed_above(g) for g in others)


def _centred(groups: list[list[int]], boxes: list[Box], widths: _Widths,
             cfg: OrderConfig) -> list[tuple[int, int, float]]:
    """Runs of columns side by side under one headline centred over them all, though the
    gutters part some of them from it: the headline tops one column, the others hold no
    headline and start under it. (first, end, y of the cut under the headline)."""
    runs: list[tuple[int, int, float]] = []
    for h, group in enumerate(groups):
        ordered = sorted(group, key=lambda i: boxes[i].top)
        count = 0
        while count < len(ordered) and ordered[count] in widths.heads:
            count += 1
        if count == 0 or count == len(ordered):
            continue
        head = [boxes[i] for i in ordered[:count]]
        if min(b.x1 for b in head) <= max(b.x0 for b in head):
            continue  # side by side: not one headline
        if min(b.x0 for b in head) - min(boxes[i].x0 for i in group) < widths.body:
            continue  # set flush left over its own column: not centred
        bottom, centre = max(b.bottom for b in head), (min(b.x0 for b in head) + max(b.x1 for b in head)) / 2

        def under(k: int) -> bool:
            return not any(i in widths.heads for i in groups[k]) and \
                min(boxes[i].top for i in groups[k]) >= bottom - 1.0

        lo, hi = h, h + 1
        while lo > 0 and under(lo - 1):
            lo -= 1
        while hi < len(groups) and under(hi):
            hi += 1
        best: tuple[float, int, int] | None = None
        for first in range(lo, h + 1):
            for end in range(h + 1, hi + 1):
                if end - first < 2:
                    continue
                left = min(boxes[i].x0 for i in groups[first])
                right = max(boxes[i].x1 for i in groups[end - 1])
                off = abs((left + right) / 2 - centre)
                if off <= cfg.centre_slack * widths.body and (best is None or off < best[0]):
                    best = (off, first, end)
        if best is not None:
            runs.append((best[1], best[2], (bottom + boxes[ordered[count]].top) / 2))
    return runs


def _side_by_side(groups: list[list[int]], boxes: list[Box], widths: _Widths, cfg: OrderConfig) -> list[Region]:
    """The parts of a cut at gutters; columns that one story stacked on another crosses, or
    that a headline centred over them heads, are read above the band first, then below it."""
    parts: list[Region] = []
    k = 0
    runs: list[tuple[int, int, float]] = []
    for run in sorted(_stacked(groups, boxes, widths, cfg) + _centred(groups, boxes, widths, cfg)):
        if not runs or run[0] >= runs[-1][1]:
            runs.append(run)
    for first, end, y in runs:
        parts.extend(_cut(group, boxes, widths, cfg) for group in groups[k:first])
        members = [i for group in groups[first:end] for i in group]
        halves = _split(members, boxes, "y", [y])
        parts.append(Region(members, [_cut(half, boxes, widths, cfg) for half in halves], "y"))
        k = end
    parts.extend(_cut(group, boxes, widths, cfg) for group in groups[k:])
    return parts


def trimmed(box: Box, text: str, size: float) -> Box:
    """A line's box for cutting: punctuation hanging at the right end ignored (one em each)."""
    hanging = len(text) - len(text.rstrip(HANGING))
    return Box(box.x0, box.top, max(box.x0 + 1.0, box.x1 - hanging * size), box.bottom)


def _headline_lines(lines: list[Line], body: float, cfg: OrderConfig) -> frozenset[int]:
    """Lines in type larger than the body's that are no running text: a block of such lines set
    one under the other with a comma or a full stop in it is a pull quote, not a headline."""
    large = sorted((k for k, line in enumerate(lines) if line.box and (line.size or 0.0) >= cfg.head_ratio * body),
                   key=lambda k: (round(lines[k].box.x0), lines[k].box.top))  # type: ignore[union-attr]
    blocks: list[list[int]] = []
    for k in large:
        box, size = lines[k].box, lines[k].size or 0.0
        if blocks:
            last = lines[blocks[-1][-1]]
            assert box is not None and last.box is not None
            if abs(box.x0 - last.box.x0) <= 2.0 and abs(size - (last.size or 0.0)) < 0.5 and \
                    0 <= box.top - last.box.bottom < size:
                blocks[-1].append(k)
                continue
        blocks.append([k])
    return frozenset(k for block in blocks
                     if not any(stop in lines[i].text for i in block for stop in PROSE_STOPS) for k in block)


def order_page(source: SourcePage, body: float, cfg: OrderConfig) -> Region:
    """Put a PDF page's lines in reading order, number them as the page text prints them, set the text.

    Returns the region tree over the ordered lines, then the pictures, then the rules
    (item i < len(lines) is line i), for the geometry layout to deal out to stories.
    """
    lines = source.lines
    shapes = source.pictures + source.rules
    boxes = [trimmed(line.box, line.text, line.size or body) if line.box else Box(0, 0, 0, 0) for line in lines]
    rules = frozenset(range(len(lines) + len(source.pictures), len(lines) + len(shapes)))
    heads = _headline_lines(lines, body, cfg)
    tree = xy_cut(boxes + shapes, body, cfg, rules, len(lines), heads)
    order = [i for i in tree.leaves() if i < len(lines)]
    new = {old: k for k, old in enumerate(order)}
    new.update({len(lines) + j: len(lines) + j for j in range(len(shapes))})
    source.lines = [lines[i] for i in order]
    source.text = _number(source.lines, cfg)
    return tree.renumbered(new)


def _number(lines: list[Line], cfg: OrderConfig) -> str:
    """Number the lines by their place in the page text, a blank line between blocks."""
    out: list[str] = []
    previous: Line | None = None
    for line in lines:
        if previous is not None and previous.box and line.box:
            size = line.size or 10.0
            below = -size < line.box.top - previous.box.bottom < cfg.break_gap * size
            overlapping = line.box.x0 < previous.box.x1 and previous.box.x0 < line.box.x1
            if not (below and overlapping):
                out.append("")
                line.blank_before = True
        out.append(line.text)
        line.number = len(out)
        previous = line
    return "\n".join(out) + "\n"
