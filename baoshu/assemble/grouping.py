"""Group the blocks of a text dump into stories.

A dump gives blocks in extraction order, not reading order: a headline may
come after its body or far from it, a body may be cut by its own subheads,
bylines and pull quotes float. The evidence used, in this order:

1. structure: a dateline or a `（上接…）` starts a story, a `（下转…）` ends one;
2. subheads: two body runs split by a short heading, sharing rare words, are one story;
3. pictures: captions and a credit form a photo, or join the story they describe;
4. pull quotes: a short run repeated inside another story is its standfirst;
5. bylines go to the next story that has no dateline;
6. headlines are paired with bodies by shared words, with a preference for
   the body right below; headlines left over are page furniture.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from baoshu.assemble.similarity import Evidence, containment
from baoshu.model import Block, Role
from baoshu.roles import find_jump, split_dateline

SUBHEAD_COHERENCE = 0.025  # rarity-weighted cosine above which two runs are one story
SUBHEAD_MAX_LINES = 2
SUBHEAD_MAX_CHARS = 24
CAPTION_COHERENCE = 0.25
PULL_QUOTE_CONTAINMENT = 0.5
PULL_QUOTE_MAX_CHARS = 300
PHOTO_STORY_MAX_CHARS = 350
BELOW_BONUS = 0.35  # a headline right above a body
ABOVE_BONUS = 0.1  # a headline right below a body
PAIRING_THRESHOLD = 0.35
LABEL_MAX_CHARS = 7
JOIN_COVERAGE = 0.15  # a piece beside a headline joins it when the story uses some of its words
LABEL_COVERAGE = 0.5  # a short label joins a headline only when the story uses its words


@dataclass
class Item:
    """A run of blocks of one kind, in dump order."""

    kind: str  # segment, headrun, byline, pictures, furniture
    blocks: list[Block]

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)


@dataclass
class Story:
    segments: list[Item] = field(default_factory=list)  # body runs, with subheads between
    headline: list[Block] = field(default_factory=list)
    bylines: list[Block] = field(default_factory=list)
    standfirst: list[Block] = field(default_factory=list)
    pictures: list[Block] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(s.text for s in self.segments)

    @property
    def first_block(self) -> Block:
        return (self.segments[0].blocks or self.pictures)[0] if self.segments else self.pictures[0]

    def opening(self) -> str:
        for item in self.segments:
            for b in item.blocks:
                if b.role == Role.BODY:
                    return b.text
        return ""

    def blocks(self) -> list[Block]:
        body = [b for s in self.segments for b in s.blocks]
        return [*self.headline, *self.bylines, *self.standfirst, *body, *self.pictures]


def to_items(blocks: list[Block]) -> list[Item]:
    kinds = {Role.HEADLINE: "headrun", Role.CAPTION: "pictures", Role.CREDIT: "pictures",
             Role.BYLINE: "byline", Role.FURNITURE: "furniture"}
    items: list[Item] = []
    for b in blocks:
        kind = kinds.get(b.role, "segment")
        joinable = kind in ("headrun", "pictures") or b.continues
        if items and items[-1].kind == kind and joinable and not (
                kind == "pictures" and items[-1].blocks[-1].role == Role.CREDIT):
            items[-1].blocks.append(b)
        else:
            items.append(Item(kind, [b]))
    return items


def opens_story(item: Item) -> bool:
    """A body run that visibly starts a story: a dateline or a `（上接…）`."""
    text = item.blocks[0].text.lstrip()
    jump = find_jump(text[:12])
    return split_dateline(text) is not None or (jump is not None and jump.direction == "from")


def closes_story(item: Item) -> bool:
    jump = find_jump(item.blocks[-1].text[-14:])
    return jump is not None and jump.direction == "on"


def is_subhead_run(item: Item) -> bool:
    lines = [line for b in item.blocks for line in b.lines]
    return (len(lines) <= SUBHEAD_MAX_LINES and not any(b.emphasis for b in item.blocks)
            and all(len(b.text) <= SUBHEAD_MAX_CHARS for b in item.blocks))


def join_subheads(items: list[Item]) -> list[Item]:
    """Join body runs split by their own subheads into one segment item."""
    segments = [it for it in items if it.kind == "segment"]
    evidence = Evidence([it.text for it in segments])
    index = {id(it): k for k, it in enumerate(segments)}
    out: list[Item] = []
    i = 0
    while i < len(items):
        item = items[i]
        if item.kind == "segment" and out and out[-1].kind == "headrun" and len(out) >= 2 \
                and out[-2].kind == "segment":
            before, heads = out[-2], out[-1]
            first_of_before = before.blocks[0] if id(before) in index else None
            joined = (is_subhead_run(heads) and not opens_story(item) and not closes_story(before)
                      and first_of_before is not None
                      and evidence.cosine(index[id(before)], index[id(item)]) >= SUBHEAD_COHERENCE)
            if joined:
                subheads = [Block(role=Role.SUBHEAD, lines=b.lines, text=b.text) for b in heads.blocks]
                merged = Item("segment", before.blocks + subheads + item.blocks)
                index[id(merged)] = index[id(before)]
                evidence.grams[index[id(before)]] += evidence.grams[index[id(item)]]
                out[-2:] = [merged]
                i += 1
                continue
        out.append(item)
        i += 1
    return out


def join_across_pictures(items: list[Item]) -> list[Item]:
    """A story printed around a picture: body, captions, body again. Join the body runs.

    The pictures move after the joined run, where attach_pictures decides
    whether they belong to it.
    """
    segments = [it for it in items if it.kind == "segment"]
    evidence = Evidence([it.text for it in segments])
    index = {id(it): k for k, it in enumerate(segments)}
    out = list(items)
    k = 0
    while k < len(out):
        before = out[k]
        j = k + 1
        while j < len(out) and (out[j].kind in ("pictures", "furniture") or is_label_run(out[j])):
            j += 1
        middle = out[k + 1:j]
        after = out[j] if j < len(out) else None
        if (after is not None and before.kind == after.kind == "segment"
                and any(m.kind == "pictures" for m in middle)
                and not opens_story(after) and not closes_story(before)
                and id(before) in index and id(after) in index
                and evidence.cosine(index[id(before)], index[id(after)]) >= SUBHEAD_COHERENCE):
            merged = Item("segment", before.blocks + after.blocks)
            index[id(merged)] = index[id(before)]
            out[k:j + 1] = [merged, *middle]
            continue
        k += 1
    return out


def is_label_run(item: Item) -> bool:
    """A headline run that is one short line: a banner or page label."""
    return item.kind == "headrun" and len(item.blocks) == 1 and len(item.blocks[0].text) <= LABEL_MAX_CHARS


def headline_groups(run: Item) -> list[list[Block]]:
    """The pieces of a headline run that pairing may split: one per line."""
    return [[b] for b in run.blocks]


def pair_headlines(items: list[Item], stories: dict[int, Story]) -> list[Block]:
    """Give each story at most one headline group; return the headlines left over.

    Candidates are spans of consecutive pieces of a headline run (pieces are
    cut at blank lines), scored by the share of their words found in a story,
    plus a bonus for sitting right above (or below) it. The best pairs are
    taken first; pieces left beside a taken span join it, unless they are
    short labels that share no words with the story (banners).
    """
    open_stories = [k for k, it in enumerate(items) if k in stories and stories[k].segments
                    and not stories[k].headline]
    pieces = {k: headline_groups(it) for k, it in enumerate(items) if it.kind == "headrun"}
    if not open_stories:
        return [b for groups in pieces.values() for g in groups for b in g]
    evidence = Evidence([stories[k].text for k in open_stories])
    slot = {k: n for n, k in enumerate(open_stories)}

    def neighbour(k: int, step: int) -> int | None:
        j = k + step
        while 0 <= j < len(items) and items[j].kind in ("byline", "furniture", "used"):
            j += step
        return j if 0 <= j < len(items) else None

    def text_of(k: int, lo: int, hi: int) -> str:
        return "".join(b.text for g in pieces[k][lo:hi] for b in g)

    def score(k: int, lo: int, hi: int, s: int) -> float:
        text = text_of(k, lo, hi)
        value = evidence.coverage(text, slot[s])
        if len(text) > LABEL_MAX_CHARS:  # a short label (a banner) earns its place by words alone
            if s == neighbour(k, 1) and hi == len(pieces[k]):
                value += BELOW_BONUS
            elif s == neighbour(k, -1) and lo == 0:
                value += ABOVE_BONUS
        return value

    candidates = []
    for k, groups in pieces.items():
        for lo in range(len(groups)):
            for hi in range(lo + 1, min(len(groups), lo + 5) + 1):
                for s in open_stories:
                    value = score(k, lo, hi, s)
                    short = len(text_of(k, lo, hi)) <= LABEL_MAX_CHARS
                    if value >= (LABEL_COVERAGE if short else PAIRING_THRESHOLD):
                        candidates.append((value, hi - lo, k, lo, hi, s))
    candidates.sort(key=lambda c: (-c[0], -c[1]))
    owner: dict[tuple[int, int], int] = {}
    taken: dict[int, tuple[int, int, int]] = {}

    def tight(k: int, upper: int) -> bool:
        """No blank line between piece `upper` and the piece below it."""
        return not pieces[k][upper + 1][0].lines[0].blank_before

    def claims(k: int, g: int, s: int, upper: int) -> bool:
        """A piece right beside story s's headline that s's words claim more than any other story's."""
        text = text_of(k, g, g + 1)
        own = evidence.coverage(text, slot[s])
        if len(text) <= LABEL_MAX_CHARS:
            return own >= LABEL_COVERAGE or (tight(k, upper) and own >= JOIN_COVERAGE)
        others = [evidence.coverage(text, slot[r]) for r in open_stories if r != s]
        return own >= JOIN_COVERAGE and own >= max(others, default=0.0)

    for value, _, k, lo, hi, s in candidates:
        if s in taken or any((k, g) in owner for g in range(lo, hi)):
            continue
        while lo > 0 and (k, lo - 1) not in owner and claims(k, lo - 1, s, lo - 1):
            lo -= 1
        while hi < len(pieces[k]) and (k, hi) not in owner and claims(k, hi, s, hi - 1):
            hi += 1
        taken[s] = (k, lo, hi)
        owner.update({(k, g): s for g in range(lo, hi)})
    # Pieces left beside a taken span join it (a subtitle with few shared
    # words, a kicker): the neighbouring span whose story uses more of their
    # words, or the one printed without a blank line between. Bare labels
    # (banners) join only a story that uses their words.
    spans = {s: [k, lo, hi] for s, (k, lo, hi) in taken.items()}
    changed = True
    while changed:
        changed = False
        for (k, g) in [(k, g) for k, groups in pieces.items() for g in range(len(groups)) if (k, g) not in owner]:
            options = []
            for s, (sk, lo, hi) in spans.items():
                if sk != k or g not in (lo - 1, hi):
                    continue
                text = text_of(k, g, g + 1)
                own = evidence.coverage(text, slot[s])
                no_gap = tight(k, g if g == lo - 1 else g - 1)
                if own >= (LABEL_COVERAGE if len(text) <= LABEL_MAX_CHARS else JOIN_COVERAGE) or (
                        no_gap and len(text) > LABEL_MAX_CHARS):
                    options.append((own + (0.2 if no_gap else 0.0), s))
            if options:
                _, s = max(options)
                span = spans[s]
                span[1], span[2] = min(span[1], g), max(span[2], g + 1)
                owner[(k, g)] = s
                changed = True
    for s, (k, lo, hi) in spans.items():
        stories[s].headline = [b for g in pieces[k][lo:hi] for b in g]
    return [b for k, groups in pieces.items() for g, group in enumerate(groups)
            if (k, g) not in owner for b in group]


def attach_pictures(items: list[Item], stories: dict[int, Story]) -> None:
    """Captions and credits: a photo story, part of the story above, or a photo of their own."""
    for k, it in enumerate(items):
        if it.kind != "pictures":
            continue
        prev = k - 1
        if prev >= 0 and prev in stories and stories[prev].segments:
            story = stories[prev]
            headed = prev - 1 >= 0 and items[prev - 1].kind == "headrun"
            short = len(story.text) <= PHOTO_STORY_MAX_CHARS and not opens_story(story.segments[0])
            caption_text = "".join(b.text for b in it.blocks)
            if (headed and short) or containment_words(caption_text, story.text) >= CAPTION_COHERENCE:
                story.pictures.extend(it.blocks)
                if headed and short and not story.headline:
                    story.headline = take_photo_headline(items, prev - 1, stories, story)
                continue
        stories[k] = Story(pictures=list(it.blocks))


def take_photo_headline(items: list[Item], run: int, stories: dict[int, Story], photo: Story) -> list[Block]:
    """The photo story's headline: the end of the headline run above it.

    Lines of the run that share more words with the story above the run (a
    headline printed after its body) are left in the run for pairing.
    """
    blocks = items[run].blocks
    above = stories.get(run - 1)
    cut = len(blocks) - 1
    if above is not None and above.segments:
        evidence = Evidence([photo.text + "".join(b.text for b in photo.pictures), above.text])
        while cut > 0:
            text = blocks[cut - 1].text
            own = evidence.coverage(text, 0)
            if own < evidence.coverage(text, 1) or (len(text) <= LABEL_MAX_CHARS and own < LABEL_COVERAGE):
                break
            cut -= 1
    else:
        cut = 0
    items[run] = Item("headrun", blocks[:cut]) if cut else Item("used", [])
    return blocks[cut:]


def containment_words(part: str, whole: str) -> float:
    return Evidence([whole]).coverage(part, 0)


def pull_quotes(stories: dict[int, Story]) -> None:
    """A short run whose text is repeated inside another story is that story's standfirst."""
    for k in list(stories):
        story = stories[k]
        if len(story.segments) != 1 or story.pictures or len(story.text) > PULL_QUOTE_MAX_CHARS:
            continue
        if opens_story(story.segments[0]):
            continue
        best, where = 0.0, None
        for j, other in stories.items():
            if j != k and other.segments:
                score = containment(story.text, other.text)
                if score > best:
                    best, where = score, j
        if where is not None and best >= PULL_QUOTE_CONTAINMENT:
            stories[where].standfirst.extend(
                Block(role=Role.STANDFIRST, lines=b.lines, text=b.text) for b in story.segments[0].blocks)
            del stories[k]


def attach_bylines(items: list[Item], stories: dict[int, Story]) -> None:
    """A byline goes to the story right after it; a floating one to the next story without author."""
    floating: list[Block] = []
    for k, it in enumerate(items):
        if it.kind != "byline":
            continue
        j = k + 1
        while j < len(items) and items[j].kind in ("headrun", "furniture", "used"):
            j += 1
        nxt = stories.get(j)
        next_is_byline = j < len(items) and items[j].kind == "byline"
        if nxt and nxt.segments and not nxt.bylines and not opens_story(nxt.segments[0]) and not next_is_byline:
            nxt.bylines.extend(it.blocks)
        else:
            floating.append((k, it.blocks))
    for k, blocks in floating:
        order = sorted(stories, key=lambda j: (j < k, j if j > k else -j))
        for j in order:
            story = stories[j]
            if story.segments and not story.bylines and not opens_story(story.segments[0]) \
                    and not story.pictures:
                story.bylines.extend(blocks)
                break


def group_text_blocks(blocks: list[Block]) -> tuple[list[list[Block]], list[str]]:
    """Stories (each a list of blocks) and furniture texts, from unlabelled blocks."""
    items = join_across_pictures(join_subheads(to_items(blocks)))
    stories: dict[int, Story] = {k: Story(segments=[it]) for k, it in enumerate(items) if it.kind == "segment"}
    attach_pictures(items, stories)
    pull_quotes(stories)
    attach_bylines(items, stories)
    leftover = pair_headlines(items, stories)
    furniture = [b.text for b in leftover]
    furniture += [b.text for it in items if it.kind == "furniture" for b in it.blocks]
    ordered = [stories[k] for k in sorted(stories)]
    return [s.blocks() for s in ordered if s.segments or s.pictures], furniture
