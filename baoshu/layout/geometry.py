"""Layout of PDF pages from geometry: stories and their role-labelled blocks.

Reads a SourcePage whose lines carry boxes, sizes and fonts (and the page's
picture boxes); writes blocks in reading order, each with its story number.

The page's regions come from the XY cut of the `lines` stage (`baoshu.layout.order`). A region that
opens with a headline is a story; a region without one continues the story
beside or above it, unless it opens with a picture or a byline of its own.
Inside a story, type size and position give the roles: headlines are larger
than the body, a byline and a credit are recognised by their words, captions
are the small type under a picture, a standfirst is set apart in larger type
before the body, and paragraphs start at an indent or after a short line.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field

from baoshu.config import Config, GeometryConfig
from baoshu.layout.briefs import split_briefs
from baoshu.layout.bylines import byline_tails, reads_as_byline, running_on
from baoshu.layout.credits import STOPS, credit_text, is_credit, split_credit
from baoshu.layout.datelines import join_dateline
from baoshu.layout.headlines import headline_parts
from baoshu.layout.order import Region
from baoshu.layout.photos import Placed, attach_photos
from baoshu.model import Block, Box, Line, Page, Role, SourcePage
from baoshu.read.pdf_lines import main_size
from baoshu.repair import close_letter_spacing, is_letter_spaced, join_lines, tidy_spaces
from baoshu.roles import BOX_MARKS

SENTENCE_END = "。！？”」…"
FULL_STOP = "。"  # never inside a headline
PULL_QUOTE_STOPS = "，。！？"  # a quote is sentences; a subhead in larger type has none of these


@dataclass
class Item:
    """A line or a picture, with what its geometry says it is."""

    kind: str  # "head", "byline", "picture", "rule" or "text"
    box: Box
    line: Line | None = None
    joins: bool = False  # the wrapped tail of the byline line before it
    closes: bool = False  # a byline that ends its column's run of text: the story above signs off

    @property
    def size(self) -> float:
        """The line's type size (0 for a picture)."""
        return self.line.size or 0.0 if self.line else 0.0


@dataclass
class Story:
    items: list[int] = field(default_factory=list)
    has_text: bool = False
    has_body: bool = False  # text in body type (not only captions and credits)


def _size_groups(lines: list[Line], cfg: GeometryConfig) -> list[list[Line]]:
    """Runs of lines in reading order set in one size, one under the other."""
    groups: list[list[Line]] = []
    for line in lines:
        if groups:
            last = groups[-1][-1]
            assert last.box is not None and line.box is not None
            size = line.size or 0.0
            same = abs(size - (last.size or 0.0)) <= cfg.same_size
            below = -0.5 * size < line.box.top - last.box.bottom < size
            overlap = line.box.x0 < last.box.x1 and last.box.x0 < line.box.x1
            if same and below and overlap:
                groups[-1].append(line)
                continue
        groups.append([line])
    return groups


def _reads_as_prose(group: list[Line], body: float, cfg: GeometryConfig) -> bool:
    """Larger type that is running text, not a headline: a long text that ends a sentence,
    a text with a full stop inside (a quote), or a column of many full lines."""
    text = "".join(line.text for line in group).strip()
    size = group[0].size or body
    if size >= cfg.prose_ratio * body:
        return False
    column = len(group) >= cfg.prose_lines and all(len(line.text) > 1 for line in group)
    return column or (len(text) >= cfg.prose_chars and text[-1] in SENTENCE_END) or FULL_STOP in text


def _items(source: SourcePage, body: float, cfg: GeometryConfig) -> list[Item]:
    items: list[Item] = []
    for group in _size_groups(source.lines, cfg):
        prose = _reads_as_prose(group, body, cfg)
        for line in group:
            size = line.size or body
            if size >= cfg.headline_ratio * body and not prose:
                kind = "head"
            elif reads_as_byline(line.text, size, body, cfg):
                kind = "byline"
            else:
                kind = "text"
            assert line.box is not None
            items.append(Item(kind, line.box, line))
    heads = [item.kind == "head" for item in items]
    for k in headline_parts(source.lines, heads, body, cfg):
        items[k].kind = "head"
    runs = _column_runs(source.lines)
    tails = byline_tails(runs, body, cfg)
    tail_ids = set(tails.values())
    paragraph_heads = running_on(runs, body, cfg)
    for item in items:
        if id(item.line) in tail_ids:
            item.kind, item.joins = "byline", True
        elif id(item.line) in tails:
            item.kind = "byline"
        elif id(item.line) in paragraph_heads and item.kind == "byline":
            item.kind = "text"
    _mark_closing_bylines(items[:len(source.lines)], body)
    items.extend(Item("picture", box) for box in source.pictures)
    items.extend(Item("rule", box) for box in source.rules)
    return items


def _under(upper: Box, lower: Box, size: float) -> bool:
    """`lower` stands right under `upper`, in its column."""
    return -0.5 * size < lower.top - upper.bottom < 1.5 * size and lower.x0 < upper.x1 and upper.x0 < lower.x1


def _mark_closing_bylines(lines: list[Item], body: float) -> None:
    """A byline right under its column's last lines of text, with no text under it, signs off
    the story above (set flush right, often): it opens no story of its own."""
    for k, item in enumerate(lines):
        if item.kind != "byline" or item.joins or k == 0 or lines[k - 1].kind != "text":
            continue
        size = item.size or body
        end = k + 1
        while end < len(lines) and lines[end].joins:
            end += 1
        column = lines[max(0, k - 3):k]
        above = Box(min(i.box.x0 for i in column), column[-1].box.top, max(i.box.x1 for i in column),
                    column[-1].box.bottom)
        last = lines[end - 1].box
        more = end < len(lines) and lines[end].kind == "text" and _under(last, lines[end].box, size)
        item.closes = _under(above, item.box, size) and not more


def _clusters(order: list[int], items: list[Item]) -> int:
    """Headline groups in a region: runs of headline lines in reading order."""
    count, previous = 0, ""
    for i in order:
        kind = items[i].kind
        if kind == "head" and previous != "head":
            count += 1
        previous = kind
    return count


class _Storyteller:
    """Walks the region tree and deals its items out to stories."""

    def __init__(self, items: list[Item], body: float, cfg: GeometryConfig):
        self.items = items
        self.body = body
        self.cfg = cfg
        self.stories: list[Story] = []
        self.current = Story()  # the story being read (the last opened, or one text was given back to)
        self.inset = False  # the last story opened with a picture that may sit inside the story before
        self.ruled = False  # a rule was drawn under the last story: what follows is another story

    def new(self, order: list[int]) -> None:
        self.current = Story()
        self.stories.append(self.current)
        self.inset = False
        self.extend(order)

    def _resumes_story(self, order: list[int]) -> bool:
        """Body type after a picture that opened no story of its own: the story it was set into goes on."""
        if not self.inset or len(self.stories) < 2:
            return False
        return any(self.items[i].kind == "text" and self.items[i].size >= self.cfg.small_ratio * self.body for i in order)

    def extend(self, order: list[int]) -> None:
        self.ruled = False
        story = self.current
        story.items.extend(order)
        self._note_text(story, order)

    def _note_text(self, story: Story, order: list[int]) -> None:
        texts = [self.items[i] for i in order if self.items[i].kind == "text"]
        story.has_text = story.has_text or bool(texts)
        story.has_body = story.has_body or any(item.size >= self.cfg.small_ratio * self.body for item in texts)

    def orphan(self, order: list[int], axis: str) -> None:
        """A region without a headline: the current story's, or a story of its own."""
        while order and self.items[order[0]].kind == "rule":
            self.ruled, order = True, order[1:]
        if not order:
            return
        first = self.items[order[0]].kind
        if not self.stories or (self.ruled and self.current.has_text and not self._framed(order)):
            self.new(order)
        elif first == "picture" and (axis == "x" or self.current.has_text) and not self._under_headline(order[0]):
            self.new(order)
            self.inset = True
        elif first in ("text", "byline") and (owner := self._owner_above(order)) is not None:
            self.current, self.inset = owner, False
            self.extend(order)
        elif first == "text" and self._opens_behind(order):
            self.new(order)
        elif first == "byline" and self.current.has_body and not (self.items[order[0]].closes or
                                                                     self.items[order[0]].joins):
            self.new(order)
        elif self._resumes_story(order):
            photo = self.stories.pop()
            self.current = self.stories[-1]
            self.current.items.extend(photo.items)
            self.inset = False
            self.extend(order)
        else:
            self.extend(order)

    def _owner_above(self, order: list[int]) -> Story | None:
        """The earlier story this text goes on from, though an XY cut at a white band under one
        story parted another's headline, picture or column from the text under it: the story
        whose headline stands right above the text, across it; else, unless the current story
        holds something level with the text's first line, the one whose lines or picture stand
        nearest right above it. None when that is the current story, or there is none."""
        boxes = [self.items[i].box for i in order]
        left, top, right = min(b.x0 for b in boxes), min(b.top for b in boxes), max(b.x1 for b in boxes)
        nearest: dict[bool, tuple[float, Story]] = {}  # by whether the item above is a headline's
        for story in self.stories:
            for k in story.items:
                box = self.items[k].box
                across = min(right, box.x1) - max(left, box.x0)
                gap = top - box.bottom
                if -1.0 <= gap <= self.cfg.under_reach * self.body and \
                        across >= self.cfg.under_share * min(right - left, box.width):
                    for head in {False, self.items[k].kind == "head"}:
                        if head not in nearest or gap < nearest[head][0]:
                            nearest[head] = (gap, story)
        level = any(self.items[k].box.top <= top + self.body and self.items[k].box.bottom >= top
                    for k in self.current.items)
        found = nearest.get(True) or (None if level else nearest.get(False))
        if found is None or found[1] is self.current or not any(self.items[k].kind == "head" for k in found[1].items):
            return None
        return found[1]

    def _opens_behind(self, order: list[int]) -> bool:
        """Body text that opens a paragraph where the current story cannot read on, so a story of
        its own though it has no headline: a story reads rightwards and down its own columns,
        never back to the left. Such text stands wholly left of the story's body and below its
        top, or under all of the story, starting left of its last column, after the story's
        last line ended a sentence."""
        first = self.items[order[0]]
        texts = [self.items[k].box for k in self.current.items
                 if self.items[k].kind == "text" and self.items[k].size >= self.cfg.small_ratio * self.body]
        if not texts or first.size < self.cfg.small_ratio * self.body:
            return False
        boxes = [self.items[i].box for i in order]
        left, top = min(b.x0 for b in boxes), min(b.top for b in boxes)
        if first.box.x0 - left < self.cfg.indent * self.body:
            return False
        if max(b.x1 for b in boxes) < min(b.x0 for b in texts) and top > min(b.top for b in texts):
            return True
        last = self.items[self.current.items[-1]]
        ended = last.kind == "text" and last.line is not None and last.line.text.rstrip().endswith(tuple(SENTENCE_END))
        under = top > max(self.items[k].box.bottom for k in self.current.items)
        return ended and under and left < last.box.x0 - self.body

    def _under_headline(self, i: int) -> bool:
        """A picture set under the current story's headline, beside its text: the story's own."""
        story = self.current
        heads = [self.items[k].box for k in story.items if self.items[k].kind == "head"]
        texts = [self.items[k].box for k in story.items if self.items[k].kind == "text"]
        if not heads or not texts:
            return False
        picture = self.items[i].box
        head = Box(min(b.x0 for b in heads), min(b.top for b in heads), max(b.x1 for b in heads),
                   max(b.bottom for b in heads))
        shared = min(head.x1, picture.x1) - max(head.x0, picture.x0)
        beside = picture.top < max(b.bottom for b in texts)
        return picture.top >= head.bottom and beside and shared >= self.cfg.inset_share * picture.width

    def _quote_type(self, i: int) -> bool:
        item = self.items[i]
        return item.kind == "text" and item.size >= self.cfg.standfirst_ratio * self.body + self.cfg.same_size

    def _framed(self, order: list[int]) -> bool:
        """Rules that frame a pull quote (larger type) set inside a story: the quote and the
        text around it are one story."""
        return self._quote_type(order[0]) or self._quote_type(self.current.items[-1])

    def _same_headline(self, above: Item, below: Item) -> bool:
        """A headline line right under another headline line: parts of one headline."""
        if above.kind != "head" or below.kind != "head" or self.current.has_text:
            return False
        size = min(above.size, below.size)
        overlap = below.box.x0 < above.box.x1 and above.box.x0 < below.box.x1
        return overlap and below.box.top - above.box.bottom < self.cfg.headline_gap * size

    def walk(self, region: Region, axis: str = "y") -> None:
        parts = region.parts or [Region([i]) for i in region.items]
        for part in parts:
            order = part.leaves()
            if _clusters(order, self.items) == 0:
                if part.parts and (part.axis == "x" or
                                   any(self.items[i].kind in ("picture", "byline", "rule") for i in order)):
                    self.walk(part, region.axis or axis)  # columns side by side may go on different stories
                else:
                    self.orphan(order, region.axis or axis)
            elif len(order) == 1:
                last = self.current.items[-1] if self.current.items else None
                if last is not None and self._same_headline(self.items[last], self.items[order[0]]):
                    self.extend(order)
                else:
                    self.new(order)
            else:
                self.walk(part, region.axis or axis)


def _column_runs(lines: list[Line]) -> list[list[Line]]:
    """Consecutive lines that stand one under the other in one column."""
    runs: list[list[Line]] = []
    for line in lines:
        if runs:
            last = runs[-1][-1]
            assert last.box is not None and line.box is not None
            size = line.size or 10.0
            below = -0.5 * size < line.box.top - last.box.bottom < 1.5 * size
            overlap = line.box.x0 < last.box.x1 and last.box.x0 < line.box.x1
            if below and overlap:
                runs[-1].append(line)
                continue
        runs.append([line])
    return runs


def _paragraphs(lines: list[Line], cfg: GeometryConfig, measure: Box | None = None) -> list[list[Line]]:
    """Split lines into paragraphs: an indent opens one, a short line closes one.

    `measure` is the box the lines are set to when known (a caption's picture).
    """
    paragraphs: list[list[Line]] = []
    for run in _column_runs(lines):
        left = min(line.box.x0 for line in run if line.box)
        right = statistics.median(line.box.x1 for line in run if line.box) if len(run) > 2 else max(
            line.box.x1 for line in run if line.box)
        if measure is not None:
            left, right = min(left, measure.x0), max(right, measure.x1)
        for k, line in enumerate(run):
            assert line.box is not None
            size = line.size or 10.0
            indented = line.box.x0 - left > cfg.indent * size
            above = run[k - 1].box if k > 0 else None
            after_short = above is not None and above.x1 < right - cfg.short_line * size
            if not paragraphs or indented or after_short:
                paragraphs.append([line])
            else:
                paragraphs[-1].append(line)
    return paragraphs


def _line_text(line: Line) -> str:
    text = line.text
    return close_letter_spacing(text) if is_letter_spaced(text) else text


def _paragraph_text(lines: list[Line]) -> str:
    return join_lines([_line_text(line) for line in lines])


def _union(lines: list[Line]) -> Box:
    boxes = [line.box for line in lines if line.box]
    return Box(min(b.x0 for b in boxes), min(b.top for b in boxes), max(b.x1 for b in boxes),
               max(b.bottom for b in boxes))


def _block(role: Role, lines: list[Line], text: str, story: int | None = None) -> Block:
    size = Counter(line.size for line in lines).most_common(1)[0][0]
    emphasis = int(any(line.bold for line in lines)) + int(any(is_letter_spaced(line.text) for line in lines))
    return Block(role=role, lines=lines, text=text, story=story, box=_union(lines), size=size, emphasis=emphasis)


class _StoryBlocks:
    """Turns one story's items, in reading order, into role-labelled blocks."""

    def __init__(self, items: list[Item], body: float, cfg: GeometryConfig):
        self.items = items
        self.body = body
        self.cfg = cfg
        self.blocks: list[Block] = []
        self.pending: list[Line] = []  # body lines not yet cut into paragraphs
        self.bold_body = False

    def flush(self) -> None:
        if not self.pending:
            return
        body_paragraphs: list[list[Line]] = []
        paragraphs = _paragraphs(self.pending, self.cfg)
        if not any(b.role == Role.BODY for b in self.blocks):
            paragraphs = join_dateline(paragraphs)
        for paragraph in paragraphs:
            if all(line.bold for line in paragraph) and not self.bold_body and len(paragraph) <= 2:
                self._body(body_paragraphs)
                body_paragraphs = []
                text = tidy_spaces(_paragraph_text(paragraph), keep_phrase_breaks=True)
                self.blocks.append(_block(Role.SUBHEAD, paragraph, text))
            else:
                body_paragraphs.append(paragraph)
        self._body(body_paragraphs)
        self.pending = []

    def _body(self, paragraphs: list[list[Line]]) -> None:
        """One body block per paragraph."""
        for paragraph in paragraphs:
            text = _paragraph_text(paragraph).lstrip(BOX_MARKS + " \u3000")  # a brief's opening mark
            self.blocks.append(_block(Role.BODY, paragraph, text))

    def add(self, role: Role, lines: list[Line], text: str) -> None:
        self.flush()
        self.aside(role, lines, text)

    def aside(self, role: Role, lines: list[Line], text: str) -> None:
        """A block set apart from the running text (caption, credit): the paragraph in progress goes on."""
        self.blocks.append(_block(role, lines, text))

    def build(self, order: list[int]) -> list[Block]:
        cfg = self.cfg
        lines = [line for line in (self.items[i].line for i in order) if line is not None]
        text_lines = [line for line in lines if line.size and line.size < cfg.headline_ratio * self.body]
        weights: Counter[float] = Counter()
        running = [line for line in text_lines if (line.size or 0.0) >= cfg.small_ratio * self.body]
        for line in running or text_lines:  # captions may outweigh a photo story's few lines of text
            weights[round(line.size or self.body, 1)] += len(line.text)
        story_body = weights.most_common(1)[0][0] if weights else self.body
        small = cfg.small_ratio * max(story_body, self.body)
        body_lines = [line for line in text_lines if abs((line.size or 0) - story_body) <= cfg.same_size]
        self.bold_body = sum(line.bold for line in body_lines) * 2 > len(body_lines)
        picture: Box | None = None
        caption: list[Line] = []
        standfirst: list[Line] = []
        k = 0
        while k < len(order):
            item = self.items[order[k]]
            if item.kind == "rule":
                k += 1
                continue
            if item.kind == "picture":
                self._captions(caption, picture)
                caption, picture = [], item.box
                k += 1
                continue
            assert item.line is not None and item.line.box is not None
            line = item.line
            size = line.size or story_body
            if item.kind == "head":
                group = [line]
                while k + 1 < len(order) and self.items[order[k + 1]].kind == "head":
                    nxt = self.items[order[k + 1]].line
                    assert nxt is not None
                    if abs((nxt.size or 0) - size) > cfg.same_size:
                        break
                    group.append(nxt)
                    k += 1
                text = tidy_spaces("".join(_line_text(g) for g in group), keep_phrase_breaks=True)
                self.add(Role.HEADLINE, group, text)
            elif picture is not None and size < small and self._near(picture, caption, line):
                caption.append(line)  # a credit line too: the caption's own (split off with it)
            elif is_credit(_line_text(line)) and (picture is not None or size < small):
                self._captions(caption, picture)
                caption = []
                self.aside(Role.CREDIT, [line], credit_text(_line_text(line)))
            elif item.kind == "byline":
                group = [line]
                while k + 1 < len(order) and self.items[order[k + 1]].joins:
                    k += 1
                    joined = self.items[order[k]].line
                    assert joined is not None
                    group.append(joined)
                text = join_lines([g.text for g in group], tidy=False)
                self.add(Role.BYLINE, group, tidy_spaces(text, keep_phrase_breaks=True))
            elif size >= cfg.standfirst_ratio * story_body and (
                    not (any(b.role == Role.BODY for b in self.blocks) or self.pending)
                    or size > story_body + cfg.same_size and self._quoted(order, k, size)):
                standfirst.append(line)
                following = self.items[order[k + 1]] if k + 1 < len(order) else None
                if following is None or following.kind != "text" or abs(following.size - size) > cfg.same_size:
                    # set apart from the running text, which goes on around it
                    self.aside(Role.STANDFIRST, standfirst, _paragraph_text(standfirst))
                    standfirst = []
            else:
                self._captions(caption, picture)
                caption, picture = [], None
                self.pending.append(line)
            k += 1
        self._captions(caption, picture)
        self.flush()
        return self.blocks

    def _quoted(self, order: list[int], k: int, size: float) -> bool:
        """The run of larger type from item k on reads as a pull quote: it holds a sentence's
        punctuation (a subhead in larger type does not)."""
        text = ""
        for i in order[k:]:
            item = self.items[i]
            if item.kind != "text" or abs(item.size - size) > self.cfg.same_size:
                break
            text += item.line.text if item.line else ""
        return any(stop in text for stop in PULL_QUOTE_STOPS)

    def _near(self, picture: Box, caption: list[Line], line: Line) -> bool:
        """A caption line stands under (or beside) the picture, or right under the caption so far."""
        assert line.box is not None
        size = line.size or 10.0
        above = caption[-1].box if caption else picture
        assert above is not None
        under = -size < line.box.top - above.bottom < self.cfg.caption_reach * size
        across = line.box.x0 < picture.x1 + size and picture.x0 - size < line.box.x1
        beside = (line.box.x0 >= picture.x1 - size or line.box.x1 <= picture.x0 + size) and \
            picture.top - size < line.box.top < picture.bottom + size
        return (under and across) or beside

    def _captions(self, lines: list[Line], picture: Box | None) -> None:
        """One caption block per paragraph; a credit run on at the caption's end (over one line
        or two) is a credit. A picture is the measure of the caption lines set under it."""
        while len(lines) > 1 and is_credit(_line_text(lines[0])):  # a credit set over its caption
            self.aside(Role.CREDIT, [lines[0]], credit_text(_line_text(lines[0])))
            lines = lines[1:]
        if not lines:
            return
        under = picture is not None and all(
            line.box is not None and line.box.x0 < picture.x1 and picture.x0 < line.box.x1 for line in lines)
        paragraphs = _paragraphs(lines, self.cfg, picture if under else None)
        texts = [_paragraph_text(paragraph) for paragraph in paragraphs]
        last = len(texts) - 1  # the paragraph holding the caption's last sentence
        while last >= 0 and not any(stop in texts[last] for stop in STOPS):
            last -= 1
        if last >= 0:
            caption, credit = split_credit(texts[last] + "".join(texts[last + 1:]), self.cfg.credit_name_chars)
        elif len(texts) > 1 and is_credit(texts[-1]):  # no sentence: only a printed credit closes it
            last, caption, credit = len(texts) - 1, "", texts[-1]
        else:
            credit = ""
        if not credit:
            for paragraph, text in zip(paragraphs, texts):
                self.aside(Role.CAPTION, paragraph, text)
            return
        for paragraph, text in zip(paragraphs[:last], texts[:last]):
            self.aside(Role.CAPTION, paragraph, text)
        if caption:
            self.aside(Role.CAPTION, paragraphs[last], caption)
        credited = [line for paragraph in paragraphs[last:] for line in paragraph]
        self.aside(Role.CREDIT, credited, credit_text(credit))


def _is_furniture(blocks: list[Block], cfg: GeometryConfig) -> bool:
    if all(b.role == Role.HEADLINE for b in blocks):
        return True
    headless = not any(b.role in (Role.HEADLINE, Role.CAPTION, Role.CREDIT, Role.BYLINE) for b in blocks)
    return headless and sum(len(b.text) for b in blocks) < cfg.furniture_chars


def _body_size(source: SourcePage, cfg: GeometryConfig) -> float:
    """The size of the page's running text: the commonest size of its lines, those set right under
    a picture left out (on a page of photos the captions would outnumber the text)."""
    def captioning(line: Line) -> bool:
        assert line.box is not None
        reach = cfg.caption_reach * (line.size or 0.0)
        return any(0 <= line.box.top - p.bottom <= reach and line.box.x0 < p.x1 and p.x0 < line.box.x1
                   for p in source.pictures)

    running = [line for line in source.lines if line.box and not captioning(line)]
    return main_size(running or source.lines)


def layout_geometry(page: Page, config: Config) -> list[Block]:
    """Blocks of a PDF page in reading order, each labelled with its role and story.

    The page's region tree (from the `lines` stage) is dealt out to stories; its
    items are the page's lines in reading order, then its pictures, then its rules.
    """
    source, cfg = page.source, config.geometry
    if not source.lines or page.regions is None:
        return []
    body = _body_size(source, cfg)
    items = _items(source, body, cfg)
    teller = _Storyteller(items, body, cfg)
    teller.walk(page.regions)
    blocks: list[Block] = []
    placed: list[Placed] = []
    for story in teller.stories:
        story_blocks = _StoryBlocks(items, body, cfg).build(story.items)
        if not story_blocks:
            continue
        briefs = split_briefs(story_blocks, cfg.min_briefs)
        if briefs is not None:
            for b in briefs[1]:
                b.role = Role.FURNITURE
            parts = briefs[0]
        elif _is_furniture(story_blocks, cfg):
            for b in story_blocks:
                b.role = Role.FURNITURE
            parts = []
        else:
            parts = [story_blocks]
        box = _union_box([items[i].box for i in story.items])
        placed.extend(Placed(part, box) for part in parts)
        blocks.extend(story_blocks)
    for number, story_placed in enumerate(attach_photos(placed, body, cfg, config.assemble.virtual_units)):
        for b in story_placed.blocks:
            b.story = number
    return blocks


def _union_box(boxes: list[Box]) -> Box:
    return Box(min(b.x0 for b in boxes), min(b.top for b in boxes), max(b.x1 for b in boxes),
               max(b.bottom for b in boxes))
