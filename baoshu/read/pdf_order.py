"""Reading order from geometry: a recursive XY cut over lines and pictures.

A region is cut where a white band crosses it: side by side at gutters
(vertical bands), one above the other at the widest horizontal band. The
result is a tree whose leaves, read depth first, are in reading order, and
whose nodes are the page's regions (stories, their headlines, their columns).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from baoshu.model import Box

HANGING = "，。、；：！？）》」』”’·…"  # punctuation allowed to hang into the gutter at a line's end
MIN_GUTTER = 0.8  # ems of the body size: a narrower vertical band is not a gutter
SAME_GAP = 0.3  # points: horizontal bands this close to the widest are cut together


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
        low = box.x0 if axis == "x" else box.top
        slot = sum(1 for cut in cuts if low > cut)
        groups[slot].append(i)
    return [g for g in groups if g]


def xy_cut(boxes: list[Box], body_size: float) -> Region:
    """Cut the page's item boxes into a region tree, parts in reading order."""
    return _cut(list(range(len(boxes))), boxes, MIN_GUTTER * body_size)


def _cut(items: list[int], boxes: list[Box], min_gutter: float) -> Region:
    if len(items) <= 1:
        return Region(items)
    vertical = [b for b in _bands([(boxes[i].x0, boxes[i].x1, i) for i in items]) if b[1] >= min_gutter]
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
