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

SUBHEAD_COHERENCE = 0.035  # rarity-weighted cosine above which two runs are one story
SUBHEAD_MAX_LINES = 2
SUBHEAD_MAX_CHARS = 24
CAPTION_COHERENCE = 0.25
PULL_QUOTE_CONTAINMENT = 0.5
PULL_QUOTE_MAX_CHARS = 300
PHOTO_STORY_MAX_CHARS = 350
BELOW_BONUS = 0.35  # a headline right above a body
ABOVE_BONUS = 0.1  # a headline right below a body
PAIRING_THRESHOLD = 0.35


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
        joinable = kind in ("headrun", "pictures")
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


def headline_groups(run: Item) -> list[list[Block]]:
    """Cut a run of headline lines where a blank line separates them."""
    groups: list[list[Block]] = []
    for b in run.blocks:
        line = b.lines[0]
        if groups and not line.blank_before:
            groups[-1].append(b)
        else:
            groups.append([b])
    return groups


def pair_headlines(items: list[Item], stories: dict[int, Story]) -> list[Block]:
    """Give each story at most one headline group; return the headlines left over."""
    story_items = [k for k, it in enumerate(items) if k in stories and stories[k].segments
                   and not stories[k].headline]
    if not story_items:
        return [b for it in items if it.kind == "headrun" for b in it.blocks]
    evidence = Evidence([stories[k].text for k in story_items])
    slot = {k: n for n, k in enumerate(story_items)}

    def neighbour(k: int, step: int) -> int | None:
        j = k + step
        while 0 <= j < len(items) and items[j].kind in ("byline", "furniture"):
            j += step
        return j if 0 <= j < len(items) else None

    candidates = []
    groups: dict[tuple[int, int], list[Block]] = {}
    for k, it in enumerate(items):
        if it.kind != "headrun":
            continue
        below, above = neighbour(k, 1), neighbour(k, -1)
        for g, group in enumerate(headline_groups(it)):
            groups[(k, g)] = group
            text = "".join(b.text for b in group)
            for s in story_items:
                score = evidence.coverage(text, slot[s])
                score += BELOW_BONUS if s == below else ABOVE_BONUS if s == above else 0.0
                if score >= PAIRING_THRESHOLD:
                    candidates.append((score, k, g, s))
    candidates.sort(key=lambda c: -c[0])
    taken: dict[int, list[tuple[int, int]]] = {}
    used: set[tuple[int, int]] = set()
    for score, k, g, s in candidates:
        if (k, g) in used:
            continue
        held = taken.get(s)
        if held and not (all(hk == k for hk, _ in held)
                         and (g == min(hg for _, hg in held) - 1 or g == max(hg for _, hg in held) + 1)):
            continue
        taken.setdefault(s, []).append((k, g))
        used.add((k, g))
    for s, keys in taken.items():
        stories[s].headline = [b for key in sorted(keys) for b in groups[key]]
    return [b for key, group in groups.items() if key not in used for b in group]


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
                    story.headline = list(items[prev - 1].blocks)
                    items[prev - 1] = Item("used", [])
                continue
        stories[k] = Story(pictures=list(it.blocks))


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
    items = join_subheads(to_items(blocks))
    stories: dict[int, Story] = {k: Story(segments=[it]) for k, it in enumerate(items) if it.kind == "segment"}
    attach_pictures(items, stories)
    pull_quotes(stories)
    attach_bylines(items, stories)
    leftover = pair_headlines(items, stories)
    furniture = [b.text for b in leftover]
    furniture += [b.text for it in items if it.kind == "furniture" for b in it.blocks]
    ordered = [stories[k] for k in sorted(stories)]
    return [s.blocks() for s in ordered if s.segments or s.pictures], furniture
