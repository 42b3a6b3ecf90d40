"""Lay our own articles out as damaged newspaper text dumps, with gold answers.

The articles live in `bench/corpus/*.toml` (one story per file, figures marked
in place as `{text|measure}`). `make_page` lays chosen stories out the way PDF
extraction leaves a page: narrow wrapped columns, blank lines in mid-sentence,
stray spaces, headlines away from their bodies, doubled or letter-spaced
headlines, floating bylines, pull quotes, interleaved photo captions, jump
lines and banners. Every damage has a knob (`Damage`), and the gold answer is
written in the page format of `../shared/gold/README.md`.

    python bench/pagegen.py plan bench/pages.toml          # tests/pages and baoshu/samples
    python bench/pagegen.py corpus OUT --pages 1000 --seed 7
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"

# ---------------------------------------------------------------- the stories

MARK = re.compile(r"\{([^{}|]+)\|([^{}|]*)((?:\|[^{}|]+)*)\}")


@dataclass
class Marked:
    """Text with its figures: `clean` is the printed text, `figures` hold offsets into it."""

    clean: str
    figures: list[dict] = field(default_factory=list)


def parse_marks(source: str, where: str) -> Marked:
    """Strip `{text|measure|key=value...}` marks, keeping each figure's span and normal form."""
    out: list[str] = []
    figures: list[dict] = []
    pos = 0
    length = 0
    for match in MARK.finditer(source):
        plain = source[pos:match.start()]
        out.append(plain)
        length += len(plain)
        text, measure, extra = match.group(1), match.group(2), match.group(3)
        overrides = dict(item.split("=", 1) for item in extra.split("|")[1:])
        figure = normal_form(text, where) | {"measure": measure}
        for key, value in overrides.items():
            figure[key] = number(float(value)) if key in ("value", "value_max") else value
        figures.append({"start": length, "figure": figure})
        out.append(text)
        length += len(text)
        pos = match.end()
    out.append(source[pos:])
    clean = "".join(out)
    if "{" in clean or "}" in clean:
        raise ValueError(f"{where}: unbalanced figure mark in {source!r}")
    return Marked(clean, figures)


PREFIX_QUALIFIERS = ("超过", "突破", "不足", "超", "逾", "近", "约")
SUFFIX_QUALIFIERS = ("以上", "以下", "左右")
DIGIT_CN = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
            "六": 6, "七": 7, "八": 8, "九": 9}
SMALL_CN = {"十": 10, "百": 100, "千": 1000}
MAGNITUDE = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}
FIGURE = re.compile(
    r"(?P<num>\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]+)"
    r"(?:[~～—\-至到](?P<max>\d+(?:\.\d+)?))?"
    r"(?P<mid1>[余多]?)(?P<mag>(?:[十百万亿]|千(?![瓦克米]))*)(?P<mid2>[余多]?)(?P<unit>.*)$"
)


def chinese_number(text: str) -> float:
    """Value of a Chinese numeral such as 两千, 十二, 千亿 or 一亿两千万."""
    yi = wan = section = digit = 0
    for ch in text:
        if ch in DIGIT_CN:
            digit = DIGIT_CN[ch]
        elif ch in SMALL_CN:
            section += (digit or 1) * SMALL_CN[ch]
            digit = 0
        elif ch == "万":
            wan = (section + digit) or 1
            section = digit = 0
        elif ch == "亿":
            yi = (wan * 10**4 + section + digit) or 1
            wan = section = digit = 0
    return yi * 10**8 + wan * 10**4 + section + digit


def number(value: float) -> int | float:
    value = round(value, 6)
    return int(value) if float(value).is_integer() else value


def normal_form(text: str, where: str) -> dict:
    """The FIGURES.md normal form (value, value_max, unit, qualifier) of a marked figure."""
    rest, qualifier = text, ""
    for q in PREFIX_QUALIFIERS:
        if rest.startswith(q):
            rest, qualifier = rest[len(q):], q
            break
    for q in SUFFIX_QUALIFIERS:
        if rest.endswith(q):
            rest, qualifier = rest[:-len(q)], q
            break
    match = FIGURE.match(rest)
    if not match:
        raise ValueError(f"{where}: cannot read the figure {text!r}; give value= and unit=")
    num = match.group("num")
    if num[0].isdigit():
        value = float(num)
        for ch in match.group("mag"):
            value *= MAGNITUDE[ch]
        scale = value / float(num) if float(num) else 1
    else:
        value = chinese_number(num + match.group("mag"))
        scale = 1
    unit = match.group("unit")
    mid = match.group("mid1") or match.group("mid2")
    if not mid and len(unit) > 1 and unit[-1] in "余多":
        unit, mid = unit[:-1], unit[-1]
    if mid:
        qualifier = mid
    figure: dict = {"text": text, "value": number(value)}
    if match.group("max"):
        figure["value_max"] = number(float(match.group("max")) * scale)
    figure["unit"] = unit
    figure["qualifier"] = qualifier
    return figure


@dataclass
class Story:
    """One article of the corpus, its text parts parsed for figures."""

    name: str
    kind: str = "article"
    kicker: Marked = field(default_factory=lambda: Marked(""))
    title: Marked = field(default_factory=lambda: Marked(""))
    subtitle: Marked = field(default_factory=lambda: Marked(""))
    dateline: str = ""
    byline: str = ""
    standfirst: Marked = field(default_factory=lambda: Marked(""))
    body: list[Marked] = field(default_factory=list)
    subheads: set[int] = field(default_factory=set)  # indexes into body
    captions: list[Marked] = field(default_factory=list)
    credit: str = ""
    continued_on: str = ""
    continued_from: str = ""
    sample: bool = False
    genre: str = ""
    label: str = ""  # kind "briefs": the column's label (page furniture)
    items: list[Story] = field(default_factory=list)  # kind "briefs": one headline-less article each
    entities: dict = field(default_factory=dict)  # the [entities] table as written

    @property
    def has_headline(self) -> bool:
        return bool(self.kicker.clean or self.title.clean or self.subtitle.clean)


STORY_KEYS = {"kind", "kicker", "title", "subtitle", "dateline", "byline", "standfirst", "body",
              "captions", "credit", "continued_on", "continued_from", "sample", "genre", "label",
              "items", "entities"}
ITEM_KEYS = STORY_KEYS - {"kind", "label", "items", "sample", "genre"}
KINDS = ("article", "photo", "briefs")


def load_story(path: Path) -> Story:
    """Read one corpus file; body lines are paragraphs, `## ` lines are subheads."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{path}: {exc}") from exc
    return story_from_data(data, path.stem, path.name, STORY_KEYS)


def story_from_data(data: dict, name: str, where: str, keys: set[str]) -> Story:
    """One story (or one item of a briefs column) from its parsed TOML table."""
    unknown = set(data) - keys
    if unknown:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
    kind = data.get("kind", "article")
    if kind not in KINDS:
        raise ValueError(f"{where}: kind must be one of {KINDS}, not {kind!r}")
    story = Story(name=name, kind=kind, genre=data.get("genre", ""), label=data.get("label", ""),
                  dateline=data.get("dateline", ""), byline=data.get("byline", ""),
                  credit=data.get("credit", ""), continued_on=str(data.get("continued_on", "")),
                  continued_from=str(data.get("continued_from", "")), sample=data.get("sample", False),
                  entities=data.get("entities", {}))
    for key in ("kicker", "title", "subtitle", "standfirst"):
        setattr(story, key, parse_marks(data.get(key, ""), where))
    for line in data.get("body", "").strip().splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("## "):
            story.subheads.add(len(story.body))
            line = line[3:]
        story.body.append(parse_marks(line, where))
    story.captions = [parse_marks(c, where) for c in data.get("captions", [])]
    story.items = [story_from_data(item, f"{name}#{k + 1}", f"{where} item {k + 1}", ITEM_KEYS)
                   for k, item in enumerate(data.get("items", []))]
    if kind == "briefs":
        if not story.items:
            raise ValueError(f"{where}: a briefs story needs [[items]]")
    elif not story.body and not story.captions:
        raise ValueError(f"{where}: a story needs a body or captions")
    return story


def printed_stories(stories: Sequence[Story]) -> list[Story]:
    """The articles a page prints: a briefs column gives one article per item."""
    return [item for story in stories for item in (story.items if story.kind == "briefs" else [story])]


def load_corpus(folder: Path = CORPUS) -> dict[str, Story]:
    """Every story under the folder (searched recursively), by file stem."""
    stories: dict[str, Story] = {}
    for path in sorted(folder.rglob("*.toml")):
        if path.stem in stories:
            raise ValueError(f"{path}: a second story named {path.stem!r}")
        stories[path.stem] = load_story(path)
    return stories


# ---------------------------------------------------------------- the damage knobs

@dataclass
class Damage:
    """How a page is laid out and damaged. Probabilities are per story, block or line."""

    widths: tuple[int, int] = (12, 18)  # column width range, in CJK characters
    blank_lines: str = "random"  # "every": a blank after every line; "random": at paragraph ends and at random
    blank_rate: float = 0.12  # "random": chance of a blank in mid-paragraph, per line
    headline: str = "mixed"  # "before", "after", "far" or "mixed"
    fake_bold: float = 0.2  # chance a headline is printed twice over
    letter_spacing: float = 0.2  # chance a headline line is letter-spaced
    title_wrap: float = 0.3  # chance a long title wraps over two lines
    stray_spaces: float = 0.25  # chance a number or Latin run gets spaces around it
    lead_space: float = 0.1  # chance a block starts with one stray space
    dateline_own_line: float = 0.2  # chance a dateline stands on its own line
    floating_bylines: bool = False  # bylines printed away from their stories
    pull_quotes: bool = True  # standfirsts printed far from their stories (else right above the body)
    interleave_photos: bool = True  # photo captions inside other stories
    jump_lines: bool = True  # （下转第N版） / （上接第N版）
    banner: bool = True  # a section banner (furniture)
    banner_style: str = "mixed"  # "plain", "spaced" (letter-spaced and doubled) or "mixed"

    def __post_init__(self) -> None:
        if self.blank_lines not in ("every", "random"):
            raise ValueError(f"blank_lines must be 'every' or 'random', not {self.blank_lines!r}")
        if self.headline not in ("before", "after", "far", "mixed"):
            raise ValueError(f"headline must be before, after, far or mixed, not {self.headline!r}")
        if self.banner_style not in ("plain", "spaced", "mixed"):
            raise ValueError(f"banner_style must be plain, spaced or mixed, not {self.banner_style!r}")


BANNERS = ("产业观察", "民生视点", "对口支援专版", "乡村振兴", "经济新闻", "区县传真", "教育卫生", "文旅天地")

# ---------------------------------------------------------------- laying out


@dataclass(eq=False)
class Row:
    """One printed line of the dump; `story` is the index of the story it belongs to."""

    text: str
    story: int | None = None
    number: int = 0


Block = list[Row]
CLOSING = set("，。、；：？！”’）》」…")


def cell(ch: str) -> float:
    return 0.5 if ord(ch) < 0x2E80 else 1.0


def unbreakable(left: str, right: str) -> bool:
    return left.isascii() and right.isascii() and not left.isspace() and not right.isspace()


def wrap(text: str, width: int, first: int) -> list[tuple[int, int]]:
    """Cut text into column lines; closing punctuation hangs on the line it ends."""
    spans: list[tuple[int, int]] = []
    start, used, limit = 0, 0.0, first
    for i, ch in enumerate(text):
        if used + cell(ch) > limit and i > start and ch not in CLOSING:
            cut = i
            while cut > start and unbreakable(text[cut - 1], text[cut]):
                cut -= 1  # numbers, Latin words and markup are not broken inside
            if cut == start:
                cut = i
            spans.append((start, cut))
            used = sum(cell(c) for c in text[cut:i])
            start, limit = cut, width
        used += cell(ch)
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def letter_spaced(text: str) -> str:
    """Every character apart, numbers and Latin words kept whole."""
    return " ".join(re.findall(r"[0-9A-Za-z.%~]+|\S", text))


RUN = re.compile(r"(?<![!-~])[0-9A-Za-z][0-9A-Za-z.%~\-]*(?![!-~])")


class Layout:
    """Renders the parts of one page's stories into rows, remembering where figures fall."""

    def __init__(self, rng: random.Random, damage: Damage):
        self.rng = rng
        self.damage = damage
        self.anchors: list[tuple[int, dict, Row]] = []  # (story, figure, row where it starts)
        self.tight: set[int] = set()  # ids of headline blocks: no blank lines inside
        self.airy: set[int] = set()  # ids of caption blocks: often a blank after every line

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def spaced(self, line: str) -> str:
        """Stray spaces around some number and Latin runs."""
        out, pos = [], 0
        for match in RUN.finditer(line):
            out.append(line[pos:match.start()])
            token = match.group()
            if self.chance(self.damage.stray_spaces):
                before = " " if match.start() > 0 and line[match.start() - 1] != " " else ""
                after = " " if match.end() < len(line) and self.chance(0.7) else ""
                token = before + token + after
            out.append(token)
            pos = match.end()
        out.append(line[pos:])
        return "".join(out)

    def anchor(self, story: int, marked: Marked, offset: int, spans: list[tuple[int, int]],
               rows: list[Row]) -> None:
        for item in marked.figures:
            at = item["start"] + offset
            index = next(k for k, (s, e) in enumerate(spans) if s <= at < e)
            self.anchors.append((story, item["figure"], rows[index]))

    def column(self, story: int, text: str, marked: Marked | None, offset: int, width: int,
               indent: bool = True) -> Block:
        """A paragraph wrapped into a column; its indent is lost, so the first line is shorter."""
        spans = wrap(text, width, width - 2 if indent else width)
        rows = [Row(self.spaced(text[s:e].strip()), story) for s, e in spans]
        if marked is not None:
            self.anchor(story, marked, offset, spans, rows)
        return rows

    def fake_bold(self, line: str) -> str:
        """Printed twice over: runs of text doubled as chunks, punctuation doubled char by char."""
        out, i = [], 0
        while i < len(line):
            if not ("\u4e00" <= line[i] <= "\u9fff" or line[i].isalnum()):
                out.append(line[i] * 2)
                i += 1
                continue
            j = i
            while j < len(line) and ("\u4e00" <= line[j] <= "\u9fff" or line[j].isalnum()):
                j += 1
            run = line[i:j]
            while run:
                cut = min(len(run), self.rng.randint(2, 8))
                out.append(run[:cut] * 2)
                run = run[cut:]
            i = j
        return "".join(out)

    def headline_lines(self, story: int, marked: Marked, bold: bool, loud: bool) -> Block:
        """A kicker, title or subtitle: maybe wrapped, doubled or letter-spaced."""
        text = marked.clean
        spans = [(0, len(text))]
        if len(text) >= 12 and self.chance(self.damage.title_wrap):
            cut = self.rng.randint(len(text) // 2 - 2, len(text) // 2 + 2)
            spans = [(0, cut), (cut, len(text))]
        rows = []
        for s, e in spans:
            line = text[s:e]
            if bold:
                line = self.fake_bold(line)
            elif loud and self.chance(self.damage.letter_spacing):
                line = letter_spaced(line)
            else:
                line = self.spaced(line)
            rows.append(Row(line, story))
        self.anchor(story, marked, 0, spans, rows)
        return rows

    def headline(self, index: int, story: Story) -> Block:
        bold = self.chance(self.damage.fake_bold)
        rows: Block = []
        for part, loud in ((story.kicker, False), (story.title, True), (story.subtitle, False)):
            if part.clean:
                rows += self.headline_lines(index, part, bold and loud, loud)
        self.tight.add(id(rows))
        return rows

    def body(self, index: int, story: Story, width: int, continued_on: str) -> list[Block]:
        """The body as one block per paragraph, the dateline leading the first."""
        blocks: list[Block] = []
        dateline = story.dateline
        if self.chance(0.5):
            dateline = dateline.replace("（", " （", 1)
        own_line = dateline and self.chance(self.damage.dateline_own_line)
        if dateline and own_line:
            blocks.append([Row(self.spaced(dateline), index)])
        if story.continued_from and self.damage.jump_lines:
            blocks.append([Row(f"（上接第{story.continued_from}版）", index)])
        for k, para in enumerate(story.body):
            if k in story.subheads:
                rows = [Row(self.spaced(para.clean), index)]
                self.anchor(index, para, 0, [(0, len(para.clean))], rows)
                blocks.append(rows)
                continue
            lead = ""
            if k == 0 and dateline and not own_line:
                lead = dateline if dateline.endswith(("）", ")")) else dateline + " "
            blocks.append(self.column(index, lead + para.clean, para, len(lead), width))
        if continued_on:
            jump = f"（下转第{continued_on}版）"
            if self.chance(0.6):
                blocks[-1][-1].text += " " + jump
            else:
                blocks[-1].append(Row(jump, index))
        return blocks

    def captions(self, index: int, story: Story) -> list[Block]:
        width = self.rng.randint(8, 10)
        blocks = []
        for k, caption in enumerate(story.captions):
            rows = self.column(index, caption.clean, caption, 0, width, indent=False)
            if k > 0:
                rows[0].text = "➡ " + rows[0].text
            self.airy.add(id(rows))
            blocks.append(rows)
        return blocks

    def credit(self, index: int, story: Story, width: int) -> Block:
        text = story.credit
        if self.chance(0.5):
            text = letter_spaced(text)
        else:
            words = text.split(" ")
            if len(words) >= 3:
                words[-2] = " ".join(words[-2])
            text = " ".join(words)
        return [Row(text[s:e].strip(), index) for s, e in wrap(text, width, width)]

    def byline(self, index: int, story: Story) -> Block:
        return [Row("□ " + story.byline, index)]


@dataclass
class Placed:
    """The blocks of one story, in the groups that may be moved apart."""

    index: int
    story: Story
    head: list[Block]
    byline: list[Block]
    standfirst: list[Block]
    body: list[Block]
    photo: list[Block]
    floated_byline: bool = False


def place_story(layout: Layout, index: int, story: Story) -> Placed:
    rng, damage = layout.rng, layout.damage
    width = rng.randint(*damage.widths)
    continued_on = story.continued_on if damage.jump_lines else ""
    head = [layout.headline(index, story)] if story.has_headline else []
    byline = [layout.byline(index, story)] if story.byline else []
    standfirst = []
    if story.standfirst.clean:
        sf_width = rng.randint(20, 24) if damage.pull_quotes else width
        standfirst = [layout.column(index, story.standfirst.clean, story.standfirst, 0, sf_width,
                                    indent=not damage.pull_quotes)]
    body = layout.body(index, story, width, continued_on) if story.body else []
    photo = layout.captions(index, story)
    if story.credit:
        photo.append(layout.credit(index, story, rng.randint(8, 10)))
    return Placed(index, story, head, byline, standfirst, body, photo)


def arrange(layout: Layout, placed: list[Placed]) -> tuple[list[Block], list[Block]]:
    """Order every story's blocks on the page; returns (page blocks, pull quotes for the top)."""
    rng, damage = layout.rng, layout.damage
    photos = [p for p in placed if p.story.kind == "photo" and not p.story.body]
    stories = [p for p in placed if p not in photos]
    tops: list[Block] = []
    units: list[list[Block]] = []
    for p in stories:
        before = [] if damage.pull_quotes else p.standfirst
        if damage.pull_quotes:
            tops += p.standfirst
        if p.story.kind == "photo":
            units.append(p.head + p.body + p.photo)
        else:
            units.append(before + p.byline + p.body + p.photo)
    placement = {}
    for k, p in enumerate(stories):
        choice = damage.headline if damage.headline != "mixed" else rng.choice(("before", "before", "after", "far"))
        if p.story.kind == "photo" or not p.head:
            choice = "none"
        elif choice == "far" and len(stories) == 1:
            choice = "after"
        placement[k] = choice
    order: list[list[Block]] = [u for u in units]
    heads_after: dict[int, list[Block]] = {}
    for k, p in enumerate(stories):
        choice = placement[k]
        if choice == "before":
            order[k] = p.head + order[k]
        elif choice == "after":
            order[k] = order[k] + p.head
        elif choice == "far":
            if k + 1 < len(stories) and (k == 0 or rng.random() < 0.5):
                heads_after.setdefault(k + 1, []).extend(p.head)  # body, another story, headline
            else:
                order[k - 1] = p.head + order[k - 1]  # headline, another story, body
    for k, heads in heads_after.items():
        order[k] = order[k] + heads
    if damage.floating_bylines:
        floating = [p for p in stories if p.byline]
        for p in floating:
            target = rng.randrange(len(order))
            if target != stories.index(p):
                p.floated_byline = True
                unit = order[stories.index(p)]
                unit.remove(p.byline[0])
                order[target] = p.byline + order[target]
    blocks: list[Block] = [b for unit in order for b in unit]
    for p in photos:
        if damage.interleave_photos and len(blocks) > 2:
            at = rng.randrange(1, len(blocks))
        else:
            at = len(blocks)
        blocks[at:at] = p.head + p.photo
    return blocks, tops


def banner_block(layout: Layout) -> tuple[Block, str]:
    text = layout.rng.choice(BANNERS)
    style = layout.damage.banner_style
    if style == "mixed":
        style = layout.rng.choice(("plain", "spaced"))
    printed = letter_spaced(text) * 2 if style == "spaced" else text
    return [Row(printed)], text


def emit(layout: Layout, blocks: list[Block]) -> list[Row]:
    """Flatten blocks into rows with the blank lines of the chosen regime."""
    rng, damage = layout.rng, layout.damage
    rows: list[Row] = []
    every = damage.blank_lines == "every"
    if every:
        rows.append(Row(""))
    for block in blocks:
        if block and layout.chance(damage.lead_space) and not block[0].text.startswith((" ", "（", "➡")):
            block[0].text = " " + block[0].text
        tight = id(block) in layout.tight
        airy = id(block) in layout.airy and (every or rng.random() < 0.5)
        inner_rate = 0.0 if every and tight else 0.5 if tight else damage.blank_rate
        for i, row in enumerate(block):
            rows.append(row)
            if i == len(block) - 1:
                blank = every or rng.random() < 0.7
            else:
                blank = airy or (every and not tight) or rng.random() < inner_rate
            if blank:
                rows.append(Row(""))
    while rows and not rows[-1].text:
        rows.pop()
    return rows


def gold_article(story: Story, jump: bool, floated: bool) -> dict:
    body = [p.clean for p in story.body]
    return {
        "kind": story.kind,
        "kicker": story.kicker.clean,
        "title": story.title.clean,
        "subtitle": story.subtitle.clean,
        "byline": story.byline,
        "dateline": story.dateline,
        "standfirst": story.standfirst.clean,
        "body": body,
        "captions": [c.clean for c in story.captions],
        "credit": story.credit,
        "continued_on": story.continued_on if jump else "",
        "lines": [],
        "uncertain": ["byline"] if floated else [],
    }


def make_page(articles: Sequence[Story], seed: int, source: str = "page.txt",
              **damage: object) -> tuple[str, dict]:
    """Lay the stories out as one damaged text dump; return (text, gold page).

    `damage` takes the fields of `Damage`; the same stories, seed and damage
    always give the same page. A briefs story prints its label (furniture),
    then each of its items as an article without a headline.
    """
    knobs = Damage(**damage)  # type: ignore[arg-type]
    layout = Layout(random.Random(seed), knobs)
    printed = printed_stories(articles)
    placed = [place_story(layout, k, story) for k, story in enumerate(printed)]
    blocks, tops = arrange(layout, placed)
    furniture = []
    for story in articles:
        if story.kind == "briefs" and story.label:
            first = printed.index(story.items[0])
            at = next(i for i, block in enumerate(blocks) if block and block[0].story == first)
            blocks.insert(at, [Row(story.label)])
            furniture.append(story.label)
    if knobs.banner:
        block, text = banner_block(layout)
        furniture.append(text)
        between = [i for i in range(len(blocks)) if i == 0 or blocks[i - 1][-1].story != blocks[i][0].story]
        blocks.insert(layout.rng.choice(between[:3]), block)
    rows = emit(layout, tops + blocks)
    for number, row in enumerate(rows, start=1):
        row.number = number
    text = "\n".join(r.text for r in rows) + "\n"

    golds = [gold_article(p.story, knobs.jump_lines, p.floated_byline) for p in placed]
    for k, gold in enumerate(golds):
        numbers = [r.number for r in rows if r.story == k]
        gold["lines"] = [min(numbers), max(numbers)]
    order = sorted(range(len(golds)), key=lambda k: first_text_line(rows, placed[k]))
    renumber = {old: new for new, old in enumerate(order)}
    figures = []
    for story, figure, row in sorted(layout.anchors, key=lambda a: (a[2].number, renumber[a[0]])):
        figures.append(figure | {"article": renumber[story], "line": row.number})
    gold = {"source": source, "figures_complete": True, "furniture": furniture,
            "articles": [golds[k] for k in order], "figures": figures}
    return text, gold


def first_text_line(rows: list[Row], p: Placed) -> int:
    blocks = p.body or p.photo or p.head
    return blocks[0][0].number


# ---------------------------------------------------------------- many pages

PUBLICATIONS = ("kunlun-daily", "tarim-evening", "tianshan-herald", "oasis-news")


def random_damage(rng: random.Random) -> dict:
    """A random but plausible set of damage knobs."""
    low = rng.randint(11, 14)
    return {
        "widths": (low, low + rng.randint(2, 5)),
        "blank_lines": rng.choice(("every", "random")),
        "headline": rng.choice(("before", "after", "far", "mixed", "mixed")),
        "fake_bold": rng.choice((0.0, 0.2, 0.5)),
        "letter_spacing": rng.choice((0.0, 0.3)),
        "floating_bylines": rng.random() < 0.3,
        "pull_quotes": rng.random() < 0.7,
        "interleave_photos": rng.random() < 0.6,
        "jump_lines": rng.random() < 0.8,
        "banner": rng.random() < 0.7,
    }


def make_corpus(n_pages: int, seed: int, stories: dict[str, Story] | None = None
                ) -> Iterator[tuple[str, str, dict]]:
    """Yield `n_pages` (name, text, gold) pages of 3-6 random stories with random damage.

    Names follow the archive's `PUBLICATION_YYYY-MM-DD_pN` pattern.
    """
    pool = [s for s in (stories or load_corpus()).values() if not s.sample]
    rng = random.Random(seed)
    day = 0
    for n in range(n_pages):
        page = n % 4 + 1
        if page == 1:
            day += 1
        publication = PUBLICATIONS[(n // 4) % len(PUBLICATIONS)]
        year, rest = 2023 + day // 336, day % 336
        name = f"{publication}_{year}-{rest // 28 + 1:02d}-{rest % 28 + 1:02d}_p{page}"
        chosen = rng.sample(pool, rng.randint(3, min(6, len(pool))))
        text, gold = make_page(chosen, rng.randrange(2**31), source=name + ".txt", **random_damage(rng))
        yield name, text, gold


# ---------------------------------------------------------------- command line

def write_page(folder: Path, name: str, text: str, gold: dict, encoding: str = "utf-8",
               with_gold: bool = True) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_bytes(text.encode(encoding))
    if with_gold:
        (folder / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                             encoding="utf-8")


def run_plan(plan_path: Path) -> None:
    """Write every page a plan file describes (see bench/pages.toml)."""
    plan = tomllib.loads(plan_path.read_text(encoding="utf-8"))
    stories = load_corpus()
    root = plan_path.resolve().parent.parent
    for page in plan["page"]:
        chosen = [stories[name] for name in page["stories"]]
        damage = {k: tuple(v) if isinstance(v, list) else v for k, v in page.get("damage", {}).items()}
        folder = root / page["folder"]
        text, gold = make_page(chosen, page["seed"], source=page["name"] + ".txt", **damage)
        write_page(folder, page["name"], text, gold, page.get("encoding", "utf-8"), page.get("gold", True))
        print(f"wrote {folder / page['name']}.txt", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    plan = sub.add_parser("plan", help="write the pages a plan file lists")
    plan.add_argument("plan", type=Path)
    corpus = sub.add_parser("corpus", help="write N random pages with gold answers")
    corpus.add_argument("out", type=Path)
    corpus.add_argument("--pages", type=int, default=100)
    corpus.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.command == "plan":
        run_plan(args.plan)
    else:
        for name, text, gold in make_corpus(args.pages, args.seed):
            write_page(args.out, name, text, gold)
    return 0


if __name__ == "__main__":
    sys.exit(main())

