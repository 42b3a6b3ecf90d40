"""Page designs: each composes stories of one split into a `PageSpec`, with random variation.

- `broadsheet`: 5-8 columns, a lead story and bands of two- and three-column stories.
- `tabloid`: 3-4 wide columns, few stories, big type.
- `front`: a lead story spanning columns with a picture, a column of briefs, shorter stories.
- `inside`: a long feature with subheads and a pull quote, shorter stories beside or below it.
- `photo`: picture stories with captions and credits, one or two articles.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from pagegen import BANNERS, Story

from .model import Band, Block, Cell, Head, PageSpec, Picture, Style

MASTHEADS = {"kunlun-daily": "昆仑日报", "tarim-evening": "塔里木晚报", "tianshan-herald": "天山导报",
             "oasis-news": "绿洲新闻"}
SECTIONS = ("要闻", "经济新闻", "本地新闻", "民生", "综合新闻", "区县传真", "文化旅游", "教育卫生", "图片新闻", "专题")
EDITORS = ("李文博", "王晓梅", "周建华", "马晓燕", "陈立新", "古丽娜", "赵志刚", "孙丽萍")
P_BESIDE = 0.3  # chance a headline stands beside its body when the cell is wide enough
P_DECOR = 0.15  # chance a story without captions still gets a picture (no caption)
P_DATELINE_OWN_LINE = 0.2
P_BYLINE_AT_END = 0.2
P_CENTRED_TITLE = 0.3
PICTURE_PLACES = ("top", "top", "inset", "side")  # drawn from at random: "top" twice as often


@dataclass
class PageContext:
    """Where a page stands in the corpus: its name, split, issue and page number."""

    name: str
    split: str
    seed: int
    publication: str
    date: str
    page_no: int


class Pool:
    """The stories of one split, handed out least used first so that every story gets pages."""

    def __init__(self, stories: list[Story]):
        if not stories:
            raise ValueError("a split without stories cannot make pages")
        self.stories = stories
        self.uses: Counter[str] = Counter()

    def take(self, rng: random.Random, count: int, want: Callable[[Story], bool] = lambda s: True,
             exclude: list[Story] | None = None) -> list[Story]:
        taken = {s.name for s in exclude or []}
        fits = [s for s in self.stories if want(s) and s.name not in taken]
        fits.sort(key=lambda s: (self.uses[s.name], rng.random()))
        chosen = fits[:count]
        self.uses.update(s.name for s in chosen)
        return chosen


def text_length(story: Story) -> int:
    parts = [p.clean for p in story.body] + [c.clean for c in story.captions] + [story.standfirst.clean]
    parts += [p.clean for item in story.items for p in item.body]
    return sum(len(p) for p in parts)


def is_article(story: Story) -> bool:
    return story.kind == "article"


def is_photo(story: Story) -> bool:
    return story.kind == "photo" or bool(story.captions)


def is_briefs(story: Story) -> bool:
    return story.kind == "briefs"


# ------------------------------------------------------------------ blocks


def title_lines(rng: random.Random, title: str, max_lines: int) -> list[str]:
    """The title as 1-3 printed lines: broken at a space when it has one, else near the middle."""
    if not title:
        return []
    if len(title) < 10 or max_lines < 2 or rng.random() < 0.5:
        return [title]
    words = [w for w in title.replace("\u3000", " ").split(" ") if w]
    if len(words) > 1:
        return words[:max_lines - 1] + ["".join(words[max_lines - 1:])]
    parts = 3 if len(title) >= 24 and max_lines >= 3 else 2
    lines, rest = [], title
    for k in range(parts, 1, -1):
        cut = max(2, len(rest) // k + rng.randint(-2, 2))
        while 0 < cut < len(rest) and (rest[cut - 1].isascii() and rest[cut].isascii() or rest[cut] in "，。、”）》：？！"):
            cut += 1
        if cut >= len(rest):
            break
        lines.append(rest[:cut])
        rest = rest[cut:]
    return lines + [rest]


def make_head(rng: random.Random, story: Story, span: int, lead: bool = False, beside_ok: bool = True) -> Head:
    if not story.has_headline:
        return Head(place="none")
    place = "beside" if beside_ok and span >= 3 and rng.random() < P_BESIDE else "above"
    if lead:
        size = rng.uniform(26, 36)
    elif place == "beside" or span == 1:
        size = rng.uniform(16, 19)
    else:
        size = rng.uniform(16, 20 + 2 * min(span, 4))
    return Head(
        place=place,
        align="center" if rng.random() < P_CENTRED_TITLE and place == "above" else "left",
        title_lines=title_lines(rng, story.title.clean, 3 if place == "beside" else 2),
        title_size=round(size, 1),
        kicker_size=round(max(10.5, size * rng.uniform(0.45, 0.6)), 1),
        subtitle_size=round(max(11.0, size * rng.uniform(0.5, 0.65)), 1),
        beside_span=2 if place == "beside" and span >= 5 else 1,
        letter_spacing=round(size * 0.2, 1) if rng.random() < 0.15 else 0.0,
    )


def make_picture(rng: random.Random, story: Story, places: tuple[str, ...]) -> Picture | None:
    """A picture for stories with captions or a credit; sometimes a captionless one for others."""
    if not (story.captions or story.credit) and (story.kind == "briefs" or rng.random() >= P_DECOR):
        return None
    return Picture(
        place=rng.choice(places),
        ratio=round(rng.uniform(0.5, 0.8), 2),
        shade=round(rng.uniform(0.6, 0.9), 2),
        texture=rng.randrange(2**31) if rng.random() < 0.5 else None,
        caption_beside=rng.random() < 0.2,
        credit_form=rng.choice(("line", "line", "after", "bracket", "above")),
    )


def make_block(rng: random.Random, story: Story, span: int, lead: bool = False, beside_ok: bool = True,
               picture_places: tuple[str, ...] = PICTURE_PLACES) -> Block:
    body = [k for k in range(len(story.body)) if k not in story.subheads]
    pull_quote = None
    if story.standfirst.clean and len(body) > 2 and rng.random() < 0.7:
        pull_quote = rng.choice(body[1:-1])
    if span == 1:
        picture_places = ("top", "inset")
    return Block(
        story=story,
        head=make_head(rng, story, span, lead, beside_ok and story.kind == "article"),
        picture=make_picture(rng, story, ("top",) if story.kind == "photo" else picture_places),
        dateline_own_line=rng.random() < P_DATELINE_OWN_LINE,
        byline_at_end=rng.random() < P_BYLINE_AT_END,
        byline_box=rng.random() < 0.7,
        centred_subheads=rng.random() < 0.5,
        pull_quote_after=pull_quote,
        jump_inline=rng.random() < 0.6,
        brief_marker=rng.choice(("■", "◆", "")),
    )


# ------------------------------------------------------------------ grids


def weighted_spans(rng: random.Random, weights: list[float], columns: int, high: int) -> list[int]:
    """Cut `columns` into one span per weight, wider for heavier stories, none wider than `high`
    unless there are too few stories to fill the row otherwise."""
    jittered = [w * rng.uniform(0.7, 1.3) for w in weights]
    spans = [1] * len(weights)
    for _ in range(columns - len(weights)):
        room = [k for k in range(len(spans)) if spans[k] < high] or list(range(len(spans)))
        k = max(room, key=lambda i: jittered[i] / spans[i])
        spans[k] += 1
    return spans


def estimate(story: Story, span: int, chars_per_line: float) -> float:
    """A story's height in body lines when set over `span` columns (for balancing cells only)."""
    lines = text_length(story) / chars_per_line + len(story.body) * 0.5 + 4
    if story.captions or story.kind == "photo":
        lines += 8 * span
    return lines / span


def fill_bands(rng: random.Random, stories: list[Story], columns: int, chars_per_line: float,
               low: int, high: int, picture_places: tuple[str, ...] = PICTURE_PLACES) -> list[Band]:
    """Bands of cells for the stories in order; extra stories stack in the emptiest cell."""
    bands: list[Band] = []
    queue = list(stories)
    while queue:
        count = rng.randint(-(-columns // high), max(1, columns // low))
        if len(queue) < count and bands:  # too few for a row of their own: stack them higher up
            stack(rng, bands[-1], queue, chars_per_line, picture_places)
            break
        first = queue[:count]
        del queue[:count]
        spans = weighted_spans(rng, [estimate(s, 1, chars_per_line) for s in first], columns, high)
        cells = [Cell(span) for span in spans]
        heights = []
        for cell, story in zip(cells, first):
            cell.blocks.append(make_block(rng, story, cell.span, picture_places=picture_places))
            heights.append(estimate(story, cell.span, chars_per_line))
        while queue:
            k = min(range(len(cells)), key=lambda i: heights[i])
            nxt = estimate(queue[0], cells[k].span, chars_per_line)
            if heights[k] + nxt > max(heights) * 1.1:
                break
            story = queue.pop(0)
            cells[k].blocks.append(make_block(rng, story, cells[k].span, picture_places=picture_places))
            heights[k] += nxt
        bands.append(Band(cells))
    return bands


def stack(rng: random.Random, band: Band, stories: list[Story], chars_per_line: float,
          picture_places: tuple[str, ...] = PICTURE_PLACES) -> None:
    """Put each story under the shortest cell of the band."""
    heights = [sum(estimate(b.story, c.span, chars_per_line) for b in c.blocks) for c in band.cells]
    for story in stories:
        k = min(range(len(band.cells)), key=lambda i: heights[i])
        band.cells[k].blocks.append(make_block(rng, story, band.cells[k].span, picture_places=picture_places))
        heights[k] += estimate(story, band.cells[k].span, chars_per_line)


def random_style(rng: random.Random, body_size: float) -> Style:
    digits = rng.choice(("", "", "serif", "sans"))
    return Style(
        body_face=rng.choice(("song", "song", "song", "kai", "hei")),
        head_face=rng.choice(("hei", "hei", "song", "kai")),
        font_variant=rng.randrange(2),
        digits_face=digits,
        digit_gap=rng.choice((0.0, 0.15, 0.3)) if digits else 0.0,
        body_size=body_size,
        leading=round(rng.uniform(1.35, 1.65), 2),
        fake_bold=round(rng.uniform(0.2, 0.5), 2) if rng.random() < 0.3 else 0.0,
        fake_bold_kind=rng.choice(("overlay", "shadow")),
        head_last=rng.random() < 0.35,
        pictures=rng.choice(("inline", "inline", "first", "last")),
        rules=rng.random() < 0.5,
        indent="ideographic" if rng.random() < 0.8 else "shift",
    )


def new_spec(rng: random.Random, ctx: PageContext, design: str, columns: tuple[int, int],
             sizes: tuple[float, float], chars: tuple[int, int]) -> tuple[PageSpec, float]:
    """An empty page of the design's grid; returns it with its characters per column line."""
    body_size = round(rng.uniform(*sizes), 1)
    per_line = rng.randint(*chars)
    spec = PageSpec(
        name=ctx.name, split=ctx.split, design=design, seed=ctx.seed, publication=ctx.publication,
        date=ctx.date, page_no=ctx.page_no, section=rng.choice(SECTIONS), editor=rng.choice(EDITORS),
        columns=rng.randint(*columns), column_width=round(per_line * body_size, 1),
        gutter=round(body_size * rng.uniform(0.8, 1.5), 1), header=rng.random() < 0.9,
        banner=rng.choice(BANNERS) if rng.random() < 0.3 else "", style=random_style(rng, body_size),
    )
    return spec, per_line


# ------------------------------------------------------------------ the designs

LINES_PER_COLUMN = (50, 110)  # the page depth a design aims at, in body lines


def story_count(rng: random.Random, spec: PageSpec, per_line: int, pool: Pool, low: int, high: int) -> int:
    """How many stories of the pool's mean length fill the page's columns to a random depth."""
    mean = sum(map(text_length, pool.stories)) / len(pool.stories)
    room = spec.columns * rng.randint(*LINES_PER_COLUMN) * per_line
    return max(low, min(high, round(room / (mean * 1.3))))



def broadsheet(rng: random.Random, pool: Pool, ctx: PageContext) -> PageSpec:
    spec, per_line = new_spec(rng, ctx, "broadsheet", (5, 8), (9.0, 10.5), (11, 14))
    stories = pool.take(rng, story_count(rng, spec, per_line, pool, 4, 10), lambda s: not is_briefs(s))
    stories.sort(key=text_length, reverse=True)
    lead_span = spec.columns - rng.randint(2, 3)
    lead, rest = stories[0], stories[1:]
    side = rest[:rng.randint(1, 2)]
    top = Band([Cell(lead_span, [make_block(rng, lead, lead_span, lead=True)])])
    if side:
        top.cells.append(Cell(spec.columns - lead_span, [make_block(rng, s, spec.columns - lead_span) for s in side]))
    else:
        top.cells[0].span = spec.columns
    spec.bands = [top] + fill_bands(rng, rest[len(side):], spec.columns, per_line, 2, 3)
    return spec


def tabloid(rng: random.Random, pool: Pool, ctx: PageContext) -> PageSpec:
    spec, per_line = new_spec(rng, ctx, "tabloid", (3, 4), (10.0, 11.0), (13, 17))
    stories = pool.take(rng, story_count(rng, spec, per_line, pool, 2, 5), lambda s: not is_briefs(s))
    lead = Band([Cell(spec.columns, [make_block(rng, stories[0], spec.columns, lead=True)])])
    spec.bands = [lead] + fill_bands(rng, stories[1:], spec.columns, per_line, 1, 2)
    return spec


def front(rng: random.Random, pool: Pool, ctx: PageContext) -> PageSpec:
    spec, per_line = new_spec(rng, ctx, "front", (6, 8), (9.0, 10.5), (11, 14))
    spec.banner = ""
    spec.masthead = MASTHEADS.get(ctx.publication, "")
    leads = pool.take(rng, 1, lambda s: is_article(s) and len(s.body) >= 3) or pool.take(rng, 1, is_article)
    briefs = pool.take(rng, 1, is_briefs, leads)
    side_span = rng.randint(1, 2)
    lead_span = spec.columns - side_span
    block = make_block(rng, leads[0], lead_span, lead=True, beside_ok=False, picture_places=("top",))
    if block.picture is None:  # the lead has a picture, captioned or not
        block.picture = Picture(place="top", ratio=round(rng.uniform(0.45, 0.65), 2),
                                texture=rng.randrange(2**31) if rng.random() < 0.5 else None)
    side = [make_block(rng, s, side_span) for s in briefs]
    if not side:
        side = [make_block(rng, s, side_span) for s in pool.take(rng, 2, is_article, leads)]
    bands = [Band([Cell(lead_span, [block]), Cell(side_span, side)])]
    if rng.random() < 0.5:
        bands[0].cells.reverse()
    count = story_count(rng, spec, per_line, pool, 2, 7)
    others = pool.take(rng, count, lambda s: not is_briefs(s), leads + [b.story for b in side])
    spec.bands = bands + fill_bands(rng, others, spec.columns, per_line, 2, 3)
    return spec


def inside(rng: random.Random, pool: Pool, ctx: PageContext) -> PageSpec:
    spec, per_line = new_spec(rng, ctx, "inside", (5, 7), (9.0, 10.5), (11, 14))
    features = [s for s in pool.stories if is_article(s)]
    features.sort(key=lambda s: (bool(s.subheads) + bool(s.standfirst.clean), text_length(s), rng.random()),
                  reverse=True)
    feature = features[rng.randrange(min(3, len(features)))] if features else pool.take(rng, 1)[0]
    pool.uses[feature.name] += 1
    others = pool.take(rng, story_count(rng, spec, per_line, pool, 2, 6) - 1, lambda s: not is_briefs(s), [feature])
    side_span = rng.choice((0, 2)) if others else 0
    span = spec.columns - side_span
    block = make_block(rng, feature, span, lead=True)
    if feature.standfirst.clean and block.pull_quote_after is None and len(feature.body) > 2:
        block.pull_quote_after = 1
    block.centred_subheads = rng.random() < 0.6
    top = Band([Cell(span, [block])])
    if side_span:
        top.cells.append(Cell(side_span, [make_block(rng, s, side_span) for s in others[:2]]))
        others = others[2:]
    spec.bands = [top] + fill_bands(rng, others, spec.columns, per_line, 2, 3)
    return spec


def photo(rng: random.Random, pool: Pool, ctx: PageContext) -> PageSpec:
    spec, per_line = new_spec(rng, ctx, "photo", (4, 6), (9.5, 10.5), (11, 14))
    photos = pool.take(rng, rng.randint(2, 4), is_photo)
    articles = pool.take(rng, rng.randint(0 if len(photos) >= 2 else 1, 2), is_article, photos)
    spec.bands = fill_bands(rng, photos + articles, spec.columns, per_line, 2, 3,
                            picture_places=("top", "top", "side"))
    return spec


def add_story(rng: random.Random, spec: PageSpec, story: Story) -> None:
    """Set one more story on a composed page (a continuation from another page) under its shortest cell."""
    per_line = spec.column_width / spec.style.body_size
    stack(rng, spec.bands[-1], [story], per_line)


def lead_block(spec: PageSpec) -> Block | None:
    """The block with the biggest headline: the page's lead story."""
    heads = [b for b in spec.blocks() if b.head.place != "none" and b.story.kind == "article"]
    return max(heads, key=lambda b: b.head.title_size, default=None)


DESIGNS: dict[str, Callable[[random.Random, Pool, PageContext], PageSpec]] = {
    "broadsheet": broadsheet,
    "tabloid": tabloid,
    "front": front,
    "inside": inside,
    "photo": photo,
}
