"""Group a PDF page's characters (or runs) into lines: one baseline, one column, one size."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable

from baoshu.config import ReadConfig
from baoshu.model import Box, Line
from baoshu.read.pdf_chars import Char

CLOSING = "，。、；：！？）》」』”’·…"  # punctuation that may hang into a gutter and touch the next column
ASCENT, DESCENT = 0.88, 0.12  # share of the size above and below the baseline


def _latin(text: str) -> bool:
    return text.isascii() and text.isalnum()


def _rows(chars: list[Char], cfg: ReadConfig) -> Iterable[list[Char]]:
    """Characters sharing a baseline (and a size), left to right."""
    ordered = sorted(chars, key=lambda c: (c.baseline, c.x0))
    row: list[Char] = []
    for char in ordered:
        if row and char.baseline - row[0].baseline > cfg.baseline_tolerance * min(row[0].size, char.size):
            yield sorted(row, key=lambda c: c.x0)
            row = []
        row.append(char)
    if row:
        yield sorted(row, key=lambda c: c.x0)


def _same_size_runs(row: list[Char], cfg: ReadConfig) -> Iterable[list[Char]]:
    run = [row[0]]
    for char in row[1:]:
        if abs(char.size - run[-1].size) > cfg.size_change * max(char.size, run[-1].size):
            yield run
            run = []
        run.append(char)
    yield run


def _segments(row: list[Char], cfg: ReadConfig) -> Iterable[list[Char]]:
    """Split a row where the type size changes, then where a gap is wider than its letter-spacing.

    Letter-spacing shows between single characters (runs of several carry their own), in gaps
    no wider than the widest letter-spacing; the lower median of those is the row's.
    """
    for run in _same_size_runs(row, cfg):
        gaps = [b.x0 - a.x1 for a, b in zip(run, run[1:])
                if len(a.text) == 1 == len(b.text) and not a.text.isspace() and not b.text.isspace()
                and b.x0 - a.x1 <= cfg.max_letter_spacing * max(a.size, b.size)]
        typical = max(statistics.median_low(gaps), 0.0) if gaps else 0.0
        segment = [run[0]]
        for char in run[1:]:
            last = segment[-1]
            if char.x0 - last.x1 > cfg.spaced_gap_factor * typical + cfg.gutter_gap * max(last.size, char.size):
                yield segment
                segment = []
            segment.append(char)
        yield segment


def _text(chars: list[Char], cfg: ReadConfig) -> str:
    """The characters' text, a space where a gap shows one: between Latin words at a word
    space's width, elsewhere where a gap is wider than a space and than the gaps beside it
    (names in a byline are set apart so; justified and letter-spaced gaps are even)."""
    gaps = [b.x0 - a.x1 for a, b in zip(chars, chars[1:])]
    parts = [chars[0].text] if chars else []
    for k, char in enumerate(chars[1:]):
        previous, gap = chars[k], gaps[k]
        if _latin(previous.text[-1]) and _latin(char.text[0]):
            spaced = gap > cfg.word_gap * char.size
        else:
            beside = max(gaps[k - 1] if k > 0 else 0.0, gaps[k + 1] if k + 1 < len(gaps) else 0.0, 0.0)
            spaced = gap >= cfg.phrase_gap * char.size and gap > cfg.spaced_gap_factor * beside
        if spaced and not previous.text[-1].isspace() and not char.text[0].isspace():
            parts.append(" ")
        parts.append(char.text)
    return "".join(parts).strip()


def _line(chars: list[Char], page: int, cfg: ReadConfig) -> Line | None:
    text = _text(chars, cfg)
    if not text:
        return None
    visible = [c for c in chars if not c.text.isspace()]
    middle = visible[len(visible) // 2]
    size = round(middle.size, 1)
    baseline = middle.baseline
    font = middle.font
    bold = sum(c.bold for c in visible) * 2 > len(visible)
    box = Box(visible[0].x0, baseline - ASCENT * size, visible[-1].x1, baseline + DESCENT * size)
    return Line(text=text, number=0, box=box, size=size, bold=bold, font=font, page=page)


def _wide_gaps(segment: list[Char], cfg: ReadConfig) -> list[int]:
    """Indexes of the characters after a gap that may be a gutter: at least a gutter's least
    width, and wider than the gaps on either side of it (justification spreads a line's gaps
    evenly, letter-spacing too)."""
    gaps = [b.x0 - a.x1 for a, b in zip(segment, segment[1:])]
    wide: list[int] = []
    for k, gap in enumerate(gaps):
        beside = max(gaps[k - 1] if k > 0 else 0.0, gaps[k + 1] if k + 1 < len(gaps) else 0.0, 0.0)
        if gap >= cfg.column_gap * max(segment[k].size, segment[k + 1].size) and gap > cfg.spaced_gap_factor * beside:
            wide.append(k + 1)
    return wide


def _column_starts(segments: list[list[Char]], wide: list[list[int]], cfg: ReadConfig) -> set[int]:
    """Left edges shared by many lines, or pieces of lines after a wide gap (a column's line run
    on into the next column's), at least one of them a line's own start."""
    own = Counter(round(segment[0].x0) for segment in segments)
    counts = own + Counter(round(segment[k].x0) for segment, ks in zip(segments, wide) for k in ks)
    starts: set[int] = set()
    for x, n in counts.most_common():
        if n < cfg.column_start_min:
            break
        if own[x] and all(abs(x - s) >= cfg.min_column_width for s in starts):
            starts.add(x)
    return starts


def _at_column_start(x0: float, starts: set[int], slack: float) -> bool:
    x = round(x0)
    return any(abs(x0 - s) <= slack for s in (x - 1, x, x + 1) if s in starts)


def _split_at_columns(segment: list[Char], wide: list[int], starts: set[int],
                      cfg: ReadConfig) -> Iterable[list[Char]]:
    """Split where a column's line runs on into the next column's line on the same baseline:
    at a column start, after a wide gap or after punctuation hanging into the gutter."""
    part = [segment[0]]
    for k, char in enumerate(segment[1:], 1):
        if _at_column_start(char.x0, starts, cfg.column_start_slack) and (k in wide or part[-1].text[-1] in CLOSING):
            yield part
            part = []
        part.append(char)
    yield part


def group_lines(chars: list[Char], cfg: ReadConfig, page: int = 1) -> list[Line]:
    """Lines of text, top to bottom and left to right (numbers are set later, in reading order)."""
    segments = [segment for row in _rows(chars, cfg) for segment in _segments(row, cfg)]
    wide = [_wide_gaps(segment, cfg) for segment in segments]
    starts = _column_starts(segments, wide, cfg)
    lines: list[Line] = []
    for whole, gaps in zip(segments, wide):
        for segment in _split_at_columns(whole, gaps, starts, cfg):
            line = _line(segment, page, cfg)
            if line is not None:
                lines.append(line)
    return lines


def main_size(lines: list[Line]) -> float:
    """The size most of the page's text is set in (by characters): the body size."""
    counts: Counter[float] = Counter()
    for line in lines:
        counts[line.size or 0.0] += len(line.text)
    return counts.most_common(1)[0][0] if counts else 10.0
