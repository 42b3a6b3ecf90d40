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
from baoshu.roles import ends_sentence, find_jump, match_byline, names_a_desk, opens_reporters, split_dateline

PROSE_STOPS = "。；;"  # a kicker or subtitle may hold a comma, never a full stop


def _phrase(line: Line, cfg: GeometryConfig) -> bool:
    """A short phrase, not a sentence, not the authors' names, a dateline or a jump line (each
    may stand as close)."""
    text = line.text.strip()
    return 0 < len(text) <= cfg.part_max_chars and not ends_sentence(text) and \
        not any(c in text for c in PROSE_STOPS) and match_byline(text) is None and \
        split_dateline(text) is None and not opens_reporters(text) and find_jump(text) is None


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


def _opens_text(line: Line, above: list[Line], body: float, cfg: GeometryConfig) -> bool:
    """`line` opens the text under the lines `above`, so they are no paragraph of it: a byline,
    a dateline, or a paragraph's indented first line."""
    if line.box is None or any(a.box is None for a in above):
        return False
    indented = line.box.x0 - min(a.box.x0 for a in above if a.box) >= cfg.indent * (line.size or body)
    return indented or match_byline(line.text) is not None or split_dateline(line.text) is not None


def _run(lines: list[Line], start: int, heads: list[bool], body: float, cfg: GeometryConfig) -> int:
    """The end (exclusive) of the run of lines from `start` set one under the other in one size,
    not headline lines, at most `cfg.part_max_lines` long, ending before a line that opens text."""
    end = start + 1
    while end < len(lines) and end - start < cfg.part_max_lines and not heads[end] and \
            _column_line(lines[end - 1], lines[end], cfg) and not _opens_text(lines[end], lines[start:end], body, cfg):
        end += 1
    return end


def headline_parts(lines: list[Line], heads: list[bool], body: float, cfg: GeometryConfig) -> set[int]:
    """Indexes of lines (in reading order) that are kickers or subtitles of the headline lines
    marked in `heads`: a short phrase of a line or two right above or under them, ending where
    the lines in its size end."""
    found: set[int] = set()
    k = 0
    while k < len(lines):
        line = lines[k]
        if heads[k] or (line.size or 0.0) < body - cfg.same_size:
            k += 1
            continue
        end = _run(lines, k, heads, body, cfg)
        part = lines[k:end]
        phrase = _phrase(Line(text="".join(p.text for p in part), number=0), cfg)
        before = lines[k - 1] if k > 0 else None
        after = lines[end] if end < len(lines) else None
        opening = after is not None and _opens_text(after, part, body, cfg)
        running = after is not None and not heads[end] and _column_line(part[-1], after, cfg) and not opening
        preceded = before is not None and not heads[k - 1] and _column_line(before, line, cfg)
        kicker = after is not None and heads[end] and _close(part[-1], after, cfg) and not preceded
        louder = (line.size or 0.0) > body + cfg.same_size or line.bold
        subtitle = before is not None and heads[k - 1] and (louder or opening) and _close(before, line, cfg) and \
            not running
        label = kicker and len(part) == 1 and names_a_desk(line.text)  # `本报评论员` over its headline
        if (phrase and (kicker or subtitle)) or label:
            found.update(range(k, end))
        k = end
    return found
