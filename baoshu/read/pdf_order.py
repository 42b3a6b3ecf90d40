"""Reading order from geometry: a recursive XY cut over lines and pictures.

A region is cut where a white band crosses it: side by side at gutters
(vertical bands), one above the other at the widest horizontal band. The
result is a tree whose leaves, read depth first, are in reading order, and
whose nodes are the page's regions (stories, their headlines, their columns).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from baoshu.model import Box

HANGING = "，。、；：！？）》」』”’·…"  # punctuation allowed to hang into the gutter at a line's end
MIN_GUTTER = 0.8  # ems of the body size: a narrower vertical band is not a gutter
SAME_GAP = 0.3  # points: horizontal bands this close to the widest are cut together
STRAY = 1.5  # ems: a line may stray this far across a gutter (a credit set wider than its picture)
STRAY_HEIGHT = 3.0  # gutters: only a line (not a picture) this tall at most may stray


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


def xy_cut(boxes: list[Box], body_size: float) -> Region:
    """Cut the page's item boxes into a region tree, parts in reading order."""
    return _cut(list(range(len(boxes))), boxes, MIN_GUTTER * body_size)


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


def _stray_gutters(items: list[int], boxes: list[Box], min_gutter: float) -> list[tuple[float, float]]:
    """Gutters crossed by one line (not a picture) that strays less than STRAY ems into a column."""
    for start, end, stray in _single_cover(items, boxes, min_gutter):
        box = boxes[stray]
        reach = STRAY * box.height
        if box.height > STRAY_HEIGHT * min_gutter or (box.x0 < start - reach and box.x1 > end + reach):
            continue
        others = [(boxes[i].x0, boxes[i].x1, i) for i in items if i != stray]
        found = [b for b in _bands(others) if b[1] >= min_gutter and start - reach <= b[0] <= end + reach]
        if found:
            return found
    return []


def _cut(items: list[int], boxes: list[Box], min_gutter: float) -> Region:
    if len(items) <= 1:
        return Region(items)
    vertical = [b for b in _bands([(boxes[i].x0, boxes[i].x1, i) for i in items]) if b[1] >= min_gutter]
    if not vertical:
        vertical = _stray_gutters(items, boxes, min_gutter)
    horizontal = _bands([(boxes[i].top, boxes[i].bottom, i) for i in items])
    widest_v = max((w for _, w in vertical), default=0.0)
    widest_h = max((w for _, w in horizontal), default=0.0)
    if vertical and widest_v >= widest_h:
        axis, cuts = "x", [at for at, _ in vertical]
    elif horizontal:
        axis, cuts = "y", [at for at, w in horizontal if w >= widest_h - SAME_GAP]
    else:
        ordered = sorted(items, key=lambda i: (boxes[i].top, boxes[i].x0))
        return Region(ordered)
    parts = [_cut(group, boxes, min_gutter) for group in _split(items, boxes, axis, sorted(cuts))]
    return Region(items, parts, axis)


def trimmed(box: Box, text: str, size: float) -> Box:
    """A line's box for cutting: punctuation hanging at the right end ignored (one em each)."""
    hanging = len(text) - len(text.rstrip(HANGING))
    return Box(box.x0, box.top, max(box.x0 + 1.0, box.x1 - hanging * size), box.bottom)
