"""Where a story stands on a PDF page: its blocks' boxes, cut at column breaks and merged per column."""

from __future__ import annotations

from collections.abc import Iterator

from baoshu.model import Block, Box, Line

COLUMN_SHARE = 0.8  # share of the wider box two boxes must share across to stand in one column
GAP_LINES = 2.0  # white between two boxes of a column, in type sizes, that still joins them
DEFAULT_SIZE = 10.0  # points, when a block has no type size
DECIMALS = 1


def _union(a: Box, b: Box) -> Box:
    return Box(min(a.x0, b.x0), min(a.top, b.top), max(a.x1, b.x1), max(a.bottom, b.bottom))


def _follows(above: Box, below: Box, size: float, share: float) -> bool:
    """`below` stands under `above` in the same column, close enough to be one region."""
    across = min(above.x1, below.x1) - max(above.x0, below.x0)
    width = max(above.width, below.width) if share == COLUMN_SHARE else min(above.width, below.width)
    gap = below.top - above.bottom
    return width > 0 and across >= share * width and -size < gap < GAP_LINES * size


def _column_runs(block: Block) -> Iterator[Box]:
    """A block's box, or one box per column when its lines run on into the next column."""
    size = block.size or DEFAULT_SIZE
    lines: list[Line] = [line for line in block.lines if line.box is not None]
    if not lines:
        if block.box is not None:
            yield block.box
        return
    run: Box | None = None
    for line in lines:
        box = line.box
        assert box is not None
        if run is not None and _follows(run, box, size, share=0.0):
            run = _union(run, box)
            continue
        if run is not None:
            yield run
        run = Box(box.x0, box.top, box.x1, box.bottom)
    if run is not None:
        yield run


def block_regions(blocks: list[Block]) -> list[list[float]]:
    """The story's regions as `[x0, top, x1, bottom]` (points, origin top left), in reading order.

    Each block gives its box, cut where its lines run on into another column;
    consecutive boxes that stand one under the other in one column (about as
    wide as each other) are merged. Blocks without a box (text dumps) give none.
    """
    regions: list[Box] = []
    for block in blocks:
        if block.box is None:
            continue
        for box in _column_runs(block):
            if regions and _follows(regions[-1], box, block.size or DEFAULT_SIZE, share=COLUMN_SHARE):
                regions[-1] = _union(regions[-1], box)
            else:
                regions.append(box)
    return [[round(v, DECIMALS) for v in (r.x0, r.top, r.x1, r.bottom)] for r in regions]
