"""Headline parts set close to body size on a PDF page: a kicker over the headline, a subtitle
under it.

Type size alone marks a headline's main line. Its kicker (引题) and subtitle
(副题) may be set barely larger than the body, so they are found by where
they stand: one short line right above, or right under, the headline's lines,
reading as a phrase, not as a sentence of running text.
"""

from __future__ import annotations

from baoshu.config import GeometryConfig
from baoshu.model import Line
from baoshu.roles import ends_sentence

PROSE_STOPS = "。；;"  # a kicker or subtitle may hold a comma, never a full stop


def _phrase(line: Line, cfg: GeometryConfig) -> bool:
    text = line.text.strip()
    return 0 < len(text) <= cfg.part_max_chars and not ends_sentence(text) and not any(c in text for c in PROSE_STOPS)


def _close(upper: Line, lower: Line, cfg: GeometryConfig) -> bool:
    """`lower` stands right under `upper`, overlapping it across."""
    assert upper.box is not None and lower.box is not None
    size = min(upper.size or 0.0, lower.size or 0.0)
    gap = lower.box.top - upper.box.bottom
    across = lower.box.x0 < upper.box.x1 and upper.box.x0 < lower.box.x1
    return across and -0.2 * size <= gap <= cfg.part_gap * size


def _column_line(above: Line | None, line: Line, cfg: GeometryConfig) -> bool:
    """`line` continues a column of text set in its size right above it."""
    if above is None or above.box is None or line.box is None:
        return False
    same = abs((above.size or 0.0) - (line.size or 0.0)) <= cfg.same_size
    return same and _close(above, line, cfg) and line.box.top - above.box.bottom < cfg.part_gap * (line.size or 0.0)


def headline_parts(lines: list[Line], heads: list[bool], body: float, cfg: GeometryConfig) -> set[int]:
    """Indexes of lines (in reading order) that are kickers or subtitles of the headline lines
    marked in `heads`."""
    found: set[int] = set()
    for k, line in enumerate(lines):
        if heads[k] or (line.size or 0.0) < body - cfg.same_size or not _phrase(line, cfg):
            continue
        before = lines[k - 1] if k > 0 else None
        after = lines[k + 1] if k + 1 < len(lines) else None
        kicker = after is not None and heads[k + 1] and _close(line, after, cfg) and \
            not (before is not None and not heads[k - 1] and _column_line(before, line, cfg))
        louder = (line.size or 0.0) > body + cfg.same_size or line.bold
        subtitle = before is not None and heads[k - 1] and louder and _close(before, line, cfg) and \
            not (after is not None and not heads[k + 1] and _column_line(line, after, cfg))
        if kicker or subtitle:
            found.add(k)
    return found
