"""Layout of text dumps: label each line, then cut the page into blocks.

A text dump has lost the geometry, but not all of it: a column's lines are
about as wide as each other, a paragraph's first line is shorter (its indent
is gone), headlines are phrases that stand alone (short or long against the
column, letter-spaced, drawn bold, often followed by a dateline), and pages
written with a blank line after every line keep headline lines together.
Each line gets a kind; runs of lines of one kind become blocks.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from baoshu.model import Block, Line, Role, SourcePage
from baoshu.repair import display_width, join_lines, repair_line, tidy_spaces
from baoshu.roles import (BOX_MARKS, CAPTION_MARKS, ends_sentence, find_jump, is_page_label, match_byline,
                          match_credit, opens_caption, split_dateline)

CLAUSE_PUNCT = re.compile(r"[，、；。：,;]")
CONTINUES = "，、；：,;:（(“‘《—·"
PHRASE_BREAK = re.compile(r"[\u3400-\u9fff]{2,}\s+[\u3400-\u9fff“]{2,}")
HEADLINE_THRESHOLD = 2.0
CAPTION_MAX_LINES = 6  # a short run in a narrower column right before a credit is a caption
CAPTION_NARROW = 0.85
DEFAULT_COLUMN = 16.0  # characters, for a page too short to measure


@dataclass
class TextLine:
    """A source line with what the layout learns of it."""

    line: Line
    text: str  # repaired: fake bold read once, letter spacing closed
    bare: str  # the repaired text without the spaces beside Chinese
    emphasis: int
    width: float
    kind: str = "text"  # text, headline, byline, credit, label, caption
    tight_before: bool = False  # no blank line before, on a page where blanks are the rule
    tight_after: bool = False


def read_lines(source: SourcePage) -> list[TextLine]:
    out = []
    for line in source.lines:
        text, emphasis = repair_line(line.text)
        bare = tidy_spaces(text)
        out.append(TextLine(line=line, text=text, bare=bare, emphasis=emphasis, width=display_width(bare)))
    return out


def mark_tight(lines: list[TextLine]) -> None:
    """On pages with a blank after (nearly) every line, lines printed without one go together."""
    if len(lines) < 10:
        return
    blanks = sum(1 for t in lines[1:] if t.line.blank_before)
    if blanks < 0.8 * (len(lines) - 1):
        return
    for prev, cur in zip(lines, lines[1:]):
        if not cur.line.blank_before:
            prev.tight_after = cur.tight_before = True


def column_width(lines: list[TextLine], i: int, reach: int = 10) -> float:
    """The width of the column around line i: how wide its running lines are."""
    lo, hi = max(0, i - reach), min(len(lines), i + reach + 1)
    widths = [t.width for t in lines[lo:hi]
              if t.kind == "text" and not t.emphasis and t.width >= 6 and not ends_sentence(t.bare)
              and t.bare[-1:] not in "”"]
    if len(widths) < 3:
        widths = [t.width for t in lines if t.width >= 6] or [DEFAULT_COLUMN]
    widths.sort()
    return widths[int(0.7 * (len(widths) - 1))]


def label_fixed_kinds(lines: list[TextLine]) -> None:
    """Kinds that a line shows by itself: page labels, bylines, credits, caption openings."""
    for i, t in enumerate(lines):
        prev = lines[i - 1] if i else None
        if is_page_label(t.bare):
            t.kind = "label"
        elif is_credit(t.bare):
            t.kind = "credit"
            # A credit wraps: `地 区 融 媒 特 派 记` / `者 胡礼政摄`.
            if prev and prev.kind == "text" and prev.width <= 12 and not ends_sentence(prev.bare) \
                    and not CLAUSE_PUNCT.search(prev.bare):
                prev.kind = "credit"
        elif prev and is_credit(prev.bare + t.bare) and len(t.bare) <= 4 and prev.width <= 12 \
                and not ends_sentence(prev.bare):
            prev.kind = t.kind = "credit"
        elif match_byline(t.text.strip()) and (t.text.strip()[0] in BOX_MARKS or prev is None
                                                or prev.kind != "text" or ends_sentence(prev.bare)):
            t.kind = "byline"
        elif opens_caption(t.bare):
            t.kind = "caption"


def is_credit(text: str) -> bool:
    return bool(match_credit(text)) and len(text) <= 30 and not CLAUSE_PUNCT.search(text)


def extend_captions(lines: list[TextLine]) -> None:
    """A caption runs on until its sentence ends."""
    for prev, cur in zip(lines, lines[1:]):
        if prev.kind == "caption" and cur.kind in ("text", "headline") and not ends_sentence(prev.bare):
            cur.kind = "caption"


def breaks_before(lines: list[TextLine], i: int) -> bool:
    """True when line i cannot be the continuation of the sentence before it."""
    if i == 0:
        return True
    prev = lines[i - 1]
    if prev.kind not in ("text", "caption"):
        return True
    jump = find_jump(prev.text)
    if jump and jump.direction == "on":
        return True
    return ends_sentence(prev.bare)


def starts_story(t: TextLine) -> bool:
    """A byline, a dateline or a `（上接…）` opens a story."""
    if t.kind == "byline":
        return True
    if t.kind != "text":
        return False
    jump = find_jump(t.text)
    return split_dateline(t.text.strip()) is not None or (
        jump is not None and jump.direction == "from" and jump.start == 0)


def headline_score(lines: list[TextLine], i: int) -> float:
    """How much line i looks like a headline line rather than body text."""
    t = lines[i]
    bare = t.bare
    if not bare or bare[-1] in CONTINUES or ends_sentence(bare) or len(bare) > 40:
        return 0.0
    if split_dateline(t.text.strip()) or find_jump(t.text):
        return 0.0
    full = column_width(lines, i)
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    score = 0.0
    if t.emphasis:
        score += 2.5
    if t.width <= full - 3:
        score += 1.5
    if t.width <= full - 5:
        score += 1.0
    if t.width >= full + 2:
        score += 1.5
    score += -1.0 if CLAUSE_PUNCT.search(bare) else 1.0
    # Prose has a comma every line or two; two lines in a row without one are headline-like.
    if nxt is not None and nxt.kind == "text" and not CLAUSE_PUNCT.search(bare) \
            and not CLAUSE_PUNCT.search(nxt.bare) and not ends_sentence(nxt.bare):
        score += 1.0
    if PHRASE_BREAK.search(t.text):
        score += 1.0
    if t.tight_before or t.tight_after:
        score += 1.5
    if t.line.text.startswith((" ", "\u3000")) and t.line.text.strip():
        score += 0.5
    # Followed, through other lines that read as headlines, by a dateline or byline: a headline stack.
    for k in range(i + 1, min(len(lines), i + 4)):
        if starts_story(lines[k]):
            score += 2.0
            break
        row = lines[k]
        if ends_sentence(row.bare) or CLAUSE_PUNCT.search(row.bare) and full - 1.5 <= row.width <= full + 1:
            break
    if i == 0 and nxt is not None:
        score += 0.5
    if nxt is not None and nxt.kind == "text" and not t.emphasis and not ends_sentence(nxt.bare):
        # Running text in a column of its own width (a caption, a pull quote)
        # wraps lines of equal width down to the end of a sentence, with the
        # commas of prose somewhere. A wrapped headline never ends with a stop.
        alike = [t]
        for k in range(i + 1, min(len(lines), i + 9)):
            row = lines[k]
            if row.emphasis or row.kind != "text" or starts_story(row):
                break
            if (t.tight_before or t.tight_after) and not row.tight_before:
                break
            if abs(row.width - t.width) > 1.5 and not ends_sentence(row.bare):
                break
            alike.append(row)
            if ends_sentence(row.bare):
                break
        prose = ends_sentence(alike[-1].bare) and any(CLAUSE_PUNCT.search(a.bare) for a in alike)
        if len(alike) >= 2 and prose:
            score -= 2.0 * min(len(alike) - 1, 2)
        # A paragraph's first line runs on into a full line; a headline is
        # followed by a fresh (indented, so shorter) paragraph, a dateline or a headline.
        prose_follows = any(CLAUSE_PUNCT.search(row.bare) for row in lines[i + 1:i + 3])
        if full - 1 <= nxt.width <= full + 1 and not nxt.emphasis and not starts_story(nxt) and prose_follows:
            score -= 2.0
    return score


def repeats_headline(t: TextLine) -> bool:
    """A continuation that prints its headline again: `（上接第1版）标题`."""
    jump = find_jump(t.text)
    if jump is None or jump.direction != "from" or jump.start > 1:
        return False
    rest = tidy_spaces(t.text[jump.end:])
    return 4 <= len(rest) <= 30 and not CLAUSE_PUNCT.search(rest) and not ends_sentence(rest)


def label_headlines(lines: list[TextLine]) -> None:
    """Mark headline lines: lines that start after a sentence ends and read as headlines."""
    for i, t in enumerate(lines):
        if t.kind != "text" or not breaks_before(lines, i):
            continue
        if repeats_headline(t):
            t.kind = "headline"
            continue
        score = headline_score(lines, i)
        if i > 0 and lines[i - 1].kind == "headline":
            score += 1.0
        if score >= HEADLINE_THRESHOLD:
            t.kind = "headline"


def is_narrow(lines: list[TextLine], page_width: float, ratio: float = 0.75) -> bool:
    """True when the lines are set in a column clearly narrower than the page's body text."""
    widths = [t.width for t in lines if not ends_sentence(t.bare)] or [t.width for t in lines]
    return statistics.median(widths) <= ratio * page_width


def paragraphs(lines: list[TextLine]) -> list[list[TextLine]]:
    """Cut a run of body lines into paragraphs: a sentence end on a short line ends one."""
    widths = sorted(t.width for t in lines)
    full = widths[int(0.8 * (len(widths) - 1))] if widths else 0
    out: list[list[TextLine]] = [[]]
    for i, t in enumerate(lines):
        if out[-1] and split_dateline(t.text.strip()) and ends_sentence(out[-1][-1].bare):
            out.append([])
        out[-1].append(t)
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt is None:
            continue
        jump = find_jump(t.text)
        if jump and jump.direction == "on":
            out.append([])
        elif ends_sentence(t.bare) and (t.width <= full - 1 or nxt.width <= full - 1.5):
            out.append([])
    return [p for p in out if p]


def paragraph_text(lines: list[TextLine]) -> str:
    """A paragraph's text; a dateline at its start keeps its printed spaces."""
    text = join_lines([t.text for t in lines], tidy=False)
    found = split_dateline(text)
    if found:
        return f"{tidy_spaces(found.text, keep_phrase_breaks=True)} {tidy_spaces(found.rest)}".strip()
    return tidy_spaces(text)


def make_block(role: Role, lines: list[TextLine], text: str) -> Block:
    return Block(role=role, lines=[t.line for t in lines], text=text,
                 emphasis=max(t.emphasis for t in lines))


def body_blocks(lines: list[TextLine]) -> list[Block]:
    """A run of body text: one BODY block per paragraph, each after the first marked as running on."""
    blocks = [make_block(Role.BODY, p, paragraph_text(p)) for p in paragraphs(lines)]
    for block in blocks[1:]:
        block.continues = True
    return blocks


def changes_column(lines: list[TextLine], run: list[TextLine], i: int) -> bool:
    """True when line i starts text set in a column clearly narrower or wider than the run's."""
    ahead = [t.width for t in lines[i:i + 4] if t.kind == "text" and not ends_sentence(t.bare)]
    behind = [t.width for t in run if not ends_sentence(t.bare)][-4:]
    if len(ahead) >= 2 and len(behind) >= 2:
        a, b = statistics.median(ahead), statistics.median(behind)
        if min(a, b) <= 0.75 * max(a, b):
            return True
    return False


def starts_run(lines: list[TextLine], run: list[TextLine], i: int) -> bool:
    """Whether line i starts a new run rather than continuing `run`."""
    t = lines[i]
    if t.kind != run[-1].kind:
        return True
    if t.kind == "caption":
        return opens_caption(t.bare)
    if t.kind == "headline":
        return t.line.blank_before and not t.tight_before
    if t.kind != "text":
        return False
    ended = find_jump(run[-1].text)
    if ended is not None and ended.direction == "on":
        return True
    jump = find_jump(t.text)
    if jump is not None and jump.start <= 1:
        # `（上接…）` opens a continued story; a bare `（下转…）` line ends the one before
        return jump.direction == "from"
    return breaks_before(lines, i) and (split_dateline(t.text.strip()) is not None or changes_column(lines, run, i))


def split_runs(lines: list[TextLine]) -> list[list[TextLine]]:
    """Cut the page into runs of lines of one kind; body text is cut where a story visibly
    starts or ends (datelines, jump lines) and where the column changes width."""
    runs: list[list[TextLine]] = []
    for i, t in enumerate(lines):
        if not runs or starts_run(lines, runs[-1], i):
            runs.append([t])
        else:
            runs[-1].append(t)
    return runs


def captions_before_credits(runs: list[list[TextLine]], page_width: float) -> None:
    """A narrow run of text right before a credit is a photo caption."""
    for k in range(1, len(runs)):
        if runs[k][0].kind != "credit":
            continue
        j = k - 1
        while j >= 0 and runs[j][0].kind in ("text", "caption"):
            run = runs[j]
            short_narrow = len(run) <= CAPTION_MAX_LINES and is_narrow(run, page_width, CAPTION_NARROW)
            if run[0].kind == "caption" or is_narrow(run, page_width) or short_narrow:
                for t in run:
                    t.kind = "caption"
                j -= 1
                continue
            break


def caption_blocks(run: list[TextLine]) -> list[Block]:
    """One CAPTION block per caption: a caption ends with its sentence."""
    blocks, current = [], []
    for t in run:
        if current and opens_caption(t.bare) and ends_sentence(current[-1].bare):
            blocks.append(current)
            current = []
        current.append(t)
    if current:
        blocks.append(current)
    return [make_block(Role.CAPTION, c, CAPTION_MARKS.sub("", paragraph_text(c))) for c in blocks]


def layout_text(source: SourcePage) -> list[Block]:
    """Blocks of a text dump, in the order the dump gives them."""
    lines = read_lines(source)
    if not lines:
        return []
    mark_tight(lines)
    label_fixed_kinds(lines)
    label_headlines(lines)
    extend_captions(lines)
    page_width = statistics.median([t.width for t in lines if t.width >= 6] or [DEFAULT_COLUMN])
    runs = split_runs(lines)
    captions_before_credits(runs, page_width)
    blocks: list[Block] = []
    for run in runs:
        kind = run[0].kind
        if kind == "text":
            blocks.extend(body_blocks(run))
        elif kind == "caption":
            blocks.extend(caption_blocks(run))
        elif kind == "headline":
            blocks.extend(make_block(Role.HEADLINE, [t], tidy_spaces(t.text, keep_phrase_breaks=True))
                          for t in run)
        elif kind == "byline":
            blocks.extend(make_block(Role.BYLINE, [t], match_byline(t.text.strip()) or t.bare) for t in run)
        elif kind == "credit":
            blocks.append(make_block(Role.CREDIT, run, " ".join(t.text for t in run)))
        else:
            blocks.extend(make_block(Role.FURNITURE, [t], t.bare) for t in run)
    return blocks
