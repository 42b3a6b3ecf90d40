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


def _spacing_gaps(run: list[Char], cfg: ReadConfig) -> list[float]:
    """Gaps that may be letter-spacing: inside a chain of at least three single characters
    (runs of several carry their own spacing; two lone characters may sit a gutter apart),
    no wider than the widest letter-spacing."""
    gaps: list[float] = []
    chain: list[Char] = []
    for char in [*run, None]:
        if char is not None and len(char.text) == 1 and not char.text.isspace():
            chain.append(char)
            continue
        if len(chain) >= 3:
            gaps.extend(b.x0 - a.x1 for a, b in zip(chain, chain[1:])
                        if b.x0 - a.x1 <= cfg.max_letter_spacing * max(a.size, b.size))
        chain = []
    return gaps


def _segments(row: list[Char], cfg: ReadConfig) -> Iterable[list[Char]]:
    """Split a row where the type size changes, then where a gap is wider than its letter-spacing
    (the lower median of its `_spacing_gaps`)."""
    for run in _same_size_runs(row, cfg):
        gaps = _spacing_gaps(run, cfg)
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
    width, and wider than the narrower gap beside it (justification spreads a line's gaps
    evenly, letter-spacing too; a space within a name may sit on the gutter's other side)."""
    gaps = [b.x0 - a.x1 for a, b in zip(segment, segment[1:])]
    wide: list[int] = []
    for k, gap in enumerate(gaps):
        beside = max(min(gaps[max(k - 1, 0):k] + gaps[k + 1:k + 2], default=0.0), 0.0)
        if gap >= cfg.column_gap * max(segment[k].size, segment[k + 1].size) and gap > cfg.spaced_gap_factor * beside:
            wide.append(k + 1)
    return wide


class _ColumnStarts:
    """Left edges shared by many lines, or by pieces of lines after a wide gap (a column's line
    run on into the next column's), at least one of them a line's own start; and the baselines
    each was seen at, to ask whether a column starts there near a given row."""

    def __init__(self, segments: list[list[Char]], wide: list[list[int]], cfg: ReadConfig):
        self.cfg = cfg
        self.seen: dict[int, list[float]] = {}
        own: Counter[int] = Counter()
        for segment, ks in zip(segments, wide):
            own[round(segment[0].x0)] += 1
            for k in (0, *ks):
                self.seen.setdefault(round(segment[k].x0), []).append(segment[k].baseline)
        self.starts: set[int] = set()
        for x, seen in sorted(self.seen.items(), key=lambda item: -len(item[1])):
            if len(seen) < cfg.column_start_min:
                break
            if own[x] and all(abs(x - s) >= cfg.min_column_width for s in self.starts):
                self.starts.add(x)

    def at(self, char: Char) -> bool:
        """A column starts where `char` does, seen on rows near its own."""
        x, reach = round(char.x0), self.cfg.column_reach * char.size
        for s in (x - 1, x, x + 1):
            if s in self.starts and abs(char.x0 - s) <= self.cfg.column_start_slack and \
                    any(0 < abs(b - char.baseline) <= reach for b in self.seen[s]):
                return True
        return False


def _split_at_columns(segment: list[Char], wide: list[int], starts: _ColumnStarts) -> Iterable[list[Char]]:
    """Split where a column's line runs on into the next column's line on the same baseline:
    at a column start, after a wide gap or after punctuation hanging into the gutter."""
    part = [segment[0]]
    for k, char in enumerate(segment[1:], 1):
        if (k in wide or part[-1].text[-1] in CLOSING) and starts.at(char):
            yield part
            part = []
        part.append(char)
    yield part


def _column_ends(segments: list[list[Char]], cfg: ReadConfig) -> set[int]:
    """Right edges shared by many pieces of lines: where a column's justified lines end."""
    counts = Counter(round(segment[-1].x1) for segment in segments)
    return {x for x, n in counts.items() if n >= cfg.column_start_min}


def _rejoin(rows: list[list[list[Char]]], cfg: ReadConfig) -> list[list[Char]]:
    """Pieces of a row parted by a gap too narrow to be sure of (in ems of the body type), joined
    again unless the left one ends where a column's lines end, or the right one starts where a
    column's lines start (a justified line's word space can be as wide as a narrow gutter)."""
    flat = [segment for row in rows for segment in row]
    sizes: Counter[float] = Counter()
    for segment in flat:
        for char in segment:
            sizes[round(char.size, 1)] += len(char.text)
    body = sizes.most_common(1)[0][0] if sizes else 0.0
    ends = _column_ends(flat, cfg)
    starts = Counter(round(segment[0].x0) for segment in flat)
    joined: list[list[Char]] = []
    for row in rows:
        for k, segment in enumerate(row):
            if k > 0:
                left = joined[-1]
                gap = segment[0].x0 - left[-1].x1
                sure = gap >= cfg.sure_gutter * body
                at_end = any(round(left[-1].x1) + d in ends for d in (-1, 0, 1))
                at_start = any(starts[round(segment[0].x0) + d] >= cfg.column_start_min for d in (-1, 0, 1))
                if not (sure or at_end or at_start) and abs(left[-1].size - segment[0].size) <= \
                        cfg.size_change * max(left[-1].size, segment[0].size):
                    left.extend(segment)
                    continue
            joined.append(list(segment))
    return joined


def group_lines(chars: list[Char], cfg: ReadConfig, page: int = 1) -> list[Line]:
    """Lines of text, top to bottom and left to right (numbers are set later, in reading order)."""
    segments = _rejoin([list(_segments(row, cfg)) for row in _rows(chars, cfg)], cfg)
    wide = [_wide_gaps(segment, cfg) for segment in segments]
    starts = _ColumnStarts(segments, wide, cfg)
    lines: list[Line] = []
    for whole, gaps in zip(segments, wide):
        for segment in _split_at_columns(whole, gaps, starts):
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
