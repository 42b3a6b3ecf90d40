"""Layout of text dumps: label each line, then cut the page into blocks.

A text dump has lost the geometry, but not all of it: a column's lines are
about as wide as each other, a paragraph's first line is shorter (its indent
is gone), headlines are phrases that stand alone (short or long against the
column, letter-spaced, drawn bold, often followed by a dateline), and pages
written with a blank line after every line keep headline lines together.
Each line gets a kind; runs of lines of one kind become blocks. Whether a line
is a headline is a fitted decision (`config.weights["headline_line"]`) over
the features of `headline_features`.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from baoshu.config import Config, TextLayoutConfig
from baoshu.continuity import pair_features
from baoshu.model import Block, LineFacts, Role
from baoshu.repair import join_lines, tidy_spaces
from baoshu.layout.bylines import names_authors
from baoshu.layout.credits import split_credit
from baoshu.roles import (BOX_MARKS, CAPTION_MARKS, CLAUSE_PUNCT, ends_with_attribution, match_byline, match_credit,
                          opens_caption, split_dateline)
from baoshu.weights import Linear

CONTINUES = "，、；：,;:（(“‘《—·"
PHRASE_BREAK = re.compile(r"[\u3400-\u9fff]{2,}\s+[\u3400-\u9fff“]{2,}")


@dataclass
class TextLine:
    """A line's facts with what the layout decides of it."""

    facts: LineFacts
    kind: str = "text"  # text, headline, byline, credit, label, caption
    tight_before: bool = False  # no blank line before, on a page where blanks are the rule
    tight_after: bool = False
    wraps_byline: bool = False  # the wrapped end of the byline on the line before

    @property
    def bare(self) -> str:
        return self.facts.bare

    @property
    def width(self) -> float:
        return self.facts.width

    @property
    def ends(self) -> bool:
        return self.facts.ends_sentence

    @property
    def running(self) -> bool:
        """Plain text that reads on (no headline, byline or other role)."""
        return self.kind == "text"


def mark_tight(lines: list[TextLine], cfg: TextLayoutConfig) -> None:
    """On pages with a blank after (nearly) every line, lines printed without one go together."""
    if len(lines) < cfg.tight_min_lines:
        return
    blanks = sum(1 for t in lines[1:] if t.facts.line.blank_before)
    if blanks < cfg.tight_share * (len(lines) - 1):
        return
    for prev, cur in zip(lines, lines[1:]):
        if not cur.facts.line.blank_before:
            prev.tight_after = cur.tight_before = True


def column_width(lines: list[TextLine], i: int, cfg: TextLayoutConfig) -> float:
    """The width of the column around line i: how wide its running lines are."""
    lo, hi = max(0, i - cfg.column_reach), min(len(lines), i + cfg.column_reach + 1)
    widths = [t.width for t in lines[lo:hi]
              if t.running and not t.facts.emphasis and t.width >= cfg.measurable_width and not t.ends
              and t.bare[-1:] not in "”"]
    if len(widths) < 3:
        widths = [t.width for t in lines if t.width >= cfg.measurable_width] or [cfg.default_column]
    widths.sort()
    return widths[int(cfg.column_percentile * (len(widths) - 1))]


def is_credit(text: str, cfg: TextLayoutConfig) -> bool:
    """A credit: credit words, short, no prose punctuation."""
    return len(text) <= cfg.credit_max_chars and not CLAUSE_PUNCT.search(text) and match_credit(text) is not None


def label_fixed_kinds(lines: list[TextLine], cfg: TextLayoutConfig) -> None:
    """Kinds that a line shows by itself: page labels, bylines, credits, caption openings."""
    for i, t in enumerate(lines):
        prev = lines[i - 1] if i else None
        if t.facts.label:
            t.kind = "label"
        elif t.facts.credit and is_credit(t.bare, cfg):
            t.kind = "credit"
            # A credit wraps: its name is printed on the line before.
            if prev and prev.running and prev.width <= cfg.credit_wrap_width and not prev.ends \
                    and not prev.facts.clause:
                prev.kind = "credit"
        elif prev and len(t.bare) <= cfg.credit_tail_chars and prev.width <= cfg.credit_wrap_width \
                and not prev.ends and is_credit(prev.bare + t.bare, cfg):
            prev.kind = t.kind = "credit"
        elif t.facts.byline and (t.facts.text.strip()[0] in BOX_MARKS or prev is None
                                 or not prev.running or prev.ends):
            t.kind = "byline"
        elif t.facts.caption_open:
            t.kind = "caption"


PRINTED_ONLY = 0  # in a dump a bare name after a caption's sentence may be the next line's start: credits as printed
CUT_ROLES = ("通", "通讯", "记", "本", "本报", "实", "实习", "见", "见习", "·")  # a role or name cut at a line's end
ROLE_HEADS = ("通讯员", "讯员", "记者", "者 ", "实习生", "习生")  # how a role's wrapped end opens a line


def extend_bylines(lines: list[TextLine]) -> None:
    """A byline the column cut over two lines (`□ 本报记者 X 通` / `讯员 Y Z`) takes its wrapped end."""
    for t, after in zip(lines, lines[1:]):
        if t.kind != "byline" or not after.running:
            continue
        head, tail = t.facts.text.strip(), after.facts.text.strip()
        if not (head.endswith(CUT_ROLES) or tail.startswith(ROLE_HEADS)) or any(c in tail for c in "：:，。；！？、"):
            continue
        if names_authors(head + tail):
            after.kind, after.wraps_byline = "byline", True


def extend_captions(lines: list[TextLine]) -> None:
    """A caption runs on until its sentence ends, or its credit."""
    for prev, cur in zip(lines, lines[1:]):
        if prev.kind == "caption" and cur.kind in ("text", "headline") and not prev.ends \
                and not split_credit(prev.bare, PRINTED_ONLY)[1]:
            cur.kind = "caption"


def breaks_before(lines: list[TextLine], i: int) -> bool:
    """True when line i cannot be the continuation of the sentence before it."""
    if i == 0:
        return True
    prev = lines[i - 1]
    if prev.kind not in ("text", "caption"):
        return True
    jump = prev.facts.jump
    if jump and jump.direction == "on":
        return True
    return prev.ends or closes_brief(lines, i)


def closes_brief(lines: list[TextLine], i: int) -> bool:
    """The line before line i ends a brief with its author in brackets (perhaps wrapped over two lines)."""
    return i >= 1 and ends_with_attribution((lines[i - 2].bare if i >= 2 else "") + lines[i - 1].bare)


def opens_item(t: TextLine) -> bool:
    """Running text that opens with a box mark: an item of a column of briefs (`■ 近日，…`)."""
    return t.running and t.facts.text.lstrip()[:1] in BOX_MARKS


def starts_story(t: TextLine) -> bool:
    """A byline, a dateline or a `（上接…）` opens a story."""
    if t.kind == "byline":
        return True
    if not t.running:
        return False
    jump = t.facts.jump
    return t.facts.dateline is not None or (jump is not None and jump.direction == "from" and jump.start == 0)


def prose_run(lines: list[TextLine], i: int, cfg: TextLayoutConfig) -> int:
    """Lines after i that run on as prose in a column of i's own width (a caption, a pull quote): 0–2.

    Running text wraps lines of equal width down to the end of a sentence, with
    the commas of prose somewhere; a wrapped headline never ends with a stop.
    """
    t = lines[i]
    alike = [t]
    for k in range(i + 1, min(len(lines), i + cfg.prose_window)):
        row = lines[k]
        if row.facts.emphasis or not row.running or starts_story(row):
            break
        if (t.tight_before or t.tight_after) and not row.tight_before:
            break
        if abs(row.width - t.width) > cfg.same_width and not row.ends:
            break
        alike.append(row)
        if row.ends:
            break
    prose = alike[-1].ends and any(a.facts.clause for a in alike)
    return min(len(alike) - 1, 2) if len(alike) >= 2 and prose else 0


def headline_features(lines: list[TextLine], i: int, cfg: TextLayoutConfig) -> dict[str, float] | None:
    """The evidence that line i is a headline line, or None when it cannot be one."""
    t = lines[i]
    bare = t.bare
    if not bare or bare[-1] in CONTINUES or t.ends or len(bare) > cfg.headline_max_chars \
            or t.width <= cfg.fragment_width and not t.facts.emphasis:
        return None
    if t.facts.dateline or t.facts.jump:
        return None
    full = column_width(lines, i, cfg)
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    f: dict[str, float] = {
        "emphasis": float(bool(t.facts.emphasis)),
        "narrower_3": float(t.width <= full - 3),
        "narrower_5": float(t.width <= full - 5),
        "wider_2": float(t.width >= full + 2),
        "clause_punct": float(t.facts.clause),
        "phrase_break": float(PHRASE_BREAK.search(t.facts.text) is not None),
        "tight": float(t.tight_before or t.tight_after),
        "indented": float(t.facts.line.text.startswith((" ", "\u3000")) and bool(t.facts.line.text.strip())),
        "first_line": float(i == 0 and nxt is not None),
        "after_headline": float(i > 0 and lines[i - 1].kind == "headline"),
    }
    # Prose has a comma every line or two; two lines in a row without one are headline-like.
    f["no_comma_pair"] = float(nxt is not None and nxt.running and not t.facts.clause
                               and not nxt.facts.clause and not nxt.ends)
    # Followed, through other lines that read as headlines, by a dateline or byline: a headline stack.
    follows = 0.0
    for k in range(i + 1, min(len(lines), i + cfg.story_start_reach)):
        if starts_story(lines[k]):
            follows = 1.0
            break
        row = lines[k]
        if row.ends or row.facts.clause and full - cfg.same_width <= row.width <= full + 1:
            break
    f["story_follows"] = follows
    f["prose_run"] = 0.0
    f["full_line_follows"] = 0.0
    if nxt is not None and nxt.running and not t.facts.emphasis and not nxt.ends:
        f["prose_run"] = float(prose_run(lines, i, cfg))
        # A paragraph's first line runs on into a full line; a headline is
        # followed by a fresh (indented, so shorter) paragraph, a dateline or a headline.
        prose_follows = any(row.facts.clause for row in lines[i + 1:i + 3])
        f["full_line_follows"] = float(full - 1 <= nxt.width <= full + 1 and not nxt.facts.emphasis
                                       and not starts_story(nxt) and prose_follows)
    return f


def repeats_headline(t: TextLine) -> bool:
    """A continuation that prints its headline again: `（上接第1版）标题`."""
    jump = t.facts.jump
    if jump is None or jump.direction != "from" or jump.start > 1:
        return False
    rest = tidy_spaces(t.facts.text[jump.end:])
    return 4 <= len(rest) <= 30 and not any(c in rest for c in "，、；：,;") and not rest.endswith(("。", "！", "？"))


def label_headlines(lines: list[TextLine], decision: Linear, cfg: TextLayoutConfig) -> None:
    """Mark headline lines: lines that start after a sentence ends and read as headlines."""
    for i, t in enumerate(lines):
        if not t.running or not breaks_before(lines, i):
            continue
        if repeats_headline(t):
            t.kind = "headline"
            continue
        features = headline_features(lines, i, cfg)
        if features is not None and decision.decide(features):
            t.kind = "headline"


def is_narrow(lines: list[TextLine], page_width: float, ratio: float) -> bool:
    """True when the lines are set in a column clearly narrower than the page's body text."""
    widths = [t.width for t in lines if not t.ends] or [t.width for t in lines]
    return statistics.median(widths) <= ratio * page_width


def paragraphs(lines: list[TextLine], cfg: TextLayoutConfig) -> list[list[TextLine]]:
    """Cut a run of body lines into paragraphs: a sentence end on a short line ends one."""
    widths = sorted(t.width for t in lines)
    full = widths[int(cfg.paragraph_percentile * (len(widths) - 1))] if widths else 0
    out: list[list[TextLine]] = [[]]
    for i, t in enumerate(lines):
        if out[-1] and t.facts.dateline and out[-1][-1].ends:
            out.append([])
        out[-1].append(t)
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt is None:
            continue
        jump = t.facts.jump
        if jump and jump.direction == "on":
            out.append([])
        elif t.ends and (t.width <= full - 1 or nxt.width <= full - 1.5):
            out.append([])
    return [p for p in out if p]


def paragraph_text(lines: list[TextLine]) -> str:
    """A paragraph's text; a dateline at its start keeps its printed spaces."""
    text = join_lines([t.facts.text for t in lines], tidy=False)
    if opens_item(lines[0]):
        text = text.lstrip().lstrip(BOX_MARKS)
    found = split_dateline(text)
    if found:
        return f"{tidy_spaces(found.text, keep_phrase_breaks=True)} {tidy_spaces(found.rest)}".strip()
    return tidy_spaces(text)


def make_block(role: Role, lines: list[TextLine], text: str) -> Block:
    return Block(role=role, lines=[t.facts.line for t in lines], text=text,
                 emphasis=max(t.facts.emphasis for t in lines))


def body_blocks(lines: list[TextLine], cfg: TextLayoutConfig) -> list[Block]:
    """A run of body text: one BODY block per paragraph, each after the first marked as running on."""
    blocks = [make_block(Role.BODY, p, paragraph_text(p)) for p in paragraphs(lines, cfg)]
    for block in blocks[1:]:
        block.continues = True
    return blocks


def changes_column(lines: list[TextLine], run: list[TextLine], i: int, cfg: TextLayoutConfig) -> bool:
    """True when line i starts text set in a column clearly narrower or wider than the run's."""
    ahead = [t.width for t in lines[i:i + 4] if t.running and not t.ends]
    behind = [t.width for t in run if not t.ends][-4:]
    if len(ahead) >= 2 and len(behind) >= 2:
        a, b = statistics.median(ahead), statistics.median(behind)
        if min(a, b) <= cfg.narrow_ratio * max(a, b):
            return True
    return False


def starts_run(lines: list[TextLine], run: list[TextLine], i: int, cfg: TextLayoutConfig) -> bool:
    """Whether line i starts a new run rather than continuing `run`."""
    t = lines[i]
    if t.kind != run[-1].kind:
        return True
    if t.kind == "caption":
        return t.facts.caption_open
    if t.kind == "headline":
        return t.facts.line.blank_before and not t.tight_before
    if not t.running:
        return False
    ended = run[-1].facts.jump
    if ended is not None and ended.direction == "on":
        return True
    jump = t.facts.jump
    if jump is not None and jump.start <= 1:
        # `（上接…）` opens a continued story; a bare `（下转…）` line ends the one before
        return jump.direction == "from"
    if opens_item(t) and (breaks_before(lines, i) or lines[i - 1].bare.endswith(("）", ")"))):
        return True  # after a sentence, or after the attribution that ends the item before
    if run[-1].running and closes_brief(lines, i):
        return True  # the item before ended with its author in brackets
    return breaks_before(lines, i) and (t.facts.dateline is not None or changes_column(lines, run, i, cfg))


def split_runs(lines: list[TextLine], cfg: TextLayoutConfig) -> list[list[TextLine]]:
    """Cut the page into runs of lines of one kind; body text is cut where a story visibly
    starts or ends (datelines, jump lines) and where the column changes width."""
    runs: list[list[TextLine]] = []
    for i, t in enumerate(lines):
        if not runs or starts_run(lines, runs[-1], i, cfg):
            runs.append([t])
        else:
            runs[-1].append(t)
    return runs


def captions_before_credits(runs: list[list[TextLine]], page_width: float, cfg: TextLayoutConfig) -> None:
    """A narrow run of text right before a credit is a photo caption."""
    for k in range(1, len(runs)):
        if runs[k][0].kind != "credit":
            continue
        j = k - 1
        while j >= 0 and runs[j][0].kind in ("text", "caption"):
            run = runs[j]
            short_narrow = len(run) <= cfg.caption_max_lines and is_narrow(run, page_width, cfg.caption_narrow)
            if run[0].kind == "caption" or is_narrow(run, page_width, cfg.narrow_ratio) or short_narrow:
                for t in run:
                    t.kind = "caption"
                j -= 1
                continue
            break


def caption_blocks(run: list[TextLine]) -> list[Block]:
    """One CAPTION block per caption: a caption ends with its sentence."""
    blocks: list[list[TextLine]] = []
    current: list[TextLine] = []
    for t in run:
        if current and opens_caption(t.bare) and current[-1].ends:
            blocks.append(current)
            current = []
        current.append(t)
    if current:
        blocks.append(current)
    out = []
    for lines in blocks:
        caption, credit = split_credit(CAPTION_MARKS.sub("", paragraph_text(lines)), PRINTED_ONLY)
        out.append(make_block(Role.CAPTION, lines, caption))
        if credit:
            out.append(make_block(Role.CREDIT, lines[-1:], credit))
    return out


def byline_text(lines: list[TextLine]) -> str:
    """A byline's text, its wrapped lines joined, the box mark left out."""
    if len(lines) == 1:
        return lines[0].facts.byline or lines[0].bare
    text = "".join(t.facts.text.strip() for t in lines)
    return match_byline(text) or tidy_spaces(text.lstrip(BOX_MARKS + " \u3000"), keep_phrase_breaks=True)


def headline_lines(run: list[TextLine], cfg: TextLayoutConfig) -> list[list[TextLine]]:
    """A run of headline lines as printed headline lines: a line cut inside a word (`开通运` /
    `营`), with no blank line after it, reads on into the next."""
    groups: list[list[TextLine]] = []
    for t in run:
        if groups and not t.facts.line.blank_before and \
                pair_features(groups[-1][-1].bare, t.bare).get("word_across", 0.0) >= cfg.headline_wrap_word:
            groups[-1].append(t)
        else:
            groups.append([t])
    return groups


def run_blocks(run: list[TextLine], cfg: TextLayoutConfig) -> list[Block]:
    """The blocks of one run of lines of one kind."""
    kind = run[0].kind
    if kind == "text":
        return body_blocks(run, cfg)
    if kind == "caption":
        return caption_blocks(run)
    if kind == "headline":
        return [make_block(Role.HEADLINE, group, tidy_spaces("".join(t.facts.text.strip() for t in group),
                                                             keep_phrase_breaks=True))
                for group in headline_lines(run, cfg)]
    if kind == "byline":
        groups: list[list[TextLine]] = []
        for t in run:
            if groups and t.wraps_byline:
                groups[-1].append(t)
            else:
                groups.append([t])
        return [make_block(Role.BYLINE, group, byline_text(group)) for group in groups]
    if kind == "credit":
        return [make_block(Role.CREDIT, run, " ".join(t.facts.text for t in run))]
    return [make_block(Role.FURNITURE, [t], t.bare) for t in run]


def layout_text(facts: list[LineFacts], config: Config) -> list[Block]:
    """Blocks of a text dump, in the order the dump gives them."""
    cfg = config.layout
    lines = [TextLine(f) for f in facts]
    if not lines:
        return []
    mark_tight(lines, cfg)
    label_fixed_kinds(lines, cfg)
    extend_bylines(lines)
    label_headlines(lines, config.weights["headline_line"], cfg)
    extend_captions(lines)
    page_width = statistics.median([t.width for t in lines if t.width >= cfg.measurable_width]
                                   or [cfg.default_column])
    runs = split_runs(lines, cfg)
    captions_before_credits(runs, page_width, cfg)
    return [block for run in runs for block in run_blocks(run, cfg)]
