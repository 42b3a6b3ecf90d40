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

from baoshu.assemble.items import Item, Story, closes_story, is_label_run, opens_story, to_items
from baoshu.assemble.pairing import pair_headlines
from baoshu.assemble.similarity import Evidence, containment, trigrams
from baoshu.config import AssembleConfig
from baoshu.model import Block, Role


def is_subhead_run(item: Item, cfg: AssembleConfig) -> bool:
    lines = [line for b in item.blocks for line in b.lines]
    return (len(lines) <= cfg.subhead_max_lines and not any(b.emphasis for b in item.blocks)
            and all(len(b.text) <= cfg.subhead_max_chars for b in item.blocks))


def coheres(evidence: Evidence, first: int, second: int, cfg: AssembleConfig) -> bool:
    """Whether two body runs read as one story.

    They do when they share enough rare words, or, for short runs whose
    overlap is thin, when the second shares more with the first than with any
    other run on the page.
    """
    score = evidence.cosine(first, second)
    if score >= cfg.subhead_coherence:
        return True
    rivals = [evidence.cosine(second, other) for other in range(len(evidence.grams)) if other not in (first, second)]
    return score >= cfg.weak_coherence and score >= max(rivals, default=0.0)


def join_subheads(items: list[Item], cfg: AssembleConfig) -> list[Item]:
    """Join body runs split by their own subheads into one segment item."""
    segments = [it for it in items if it.kind == "segment"]
    evidence = Evidence([it.text for it in segments], cfg.virtual_units)
    index = {id(it): k for k, it in enumerate(segments)}
    out: list[Item] = []
    i = 0
    while i < len(items):
        item = items[i]
        if item.kind == "segment" and out and out[-1].kind == "headrun" and len(out) >= 2 \
                and out[-2].kind == "segment":
            before, heads = out[-2], out[-1]
            joined = (is_subhead_run(heads, cfg) and not opens_story(item) and not closes_story(before)
                      and id(before) in index and coheres(evidence, index[id(before)], index[id(item)], cfg))
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


def join_across_pictures(items: list[Item], cfg: AssembleConfig) -> list[Item]:
    """A story printed around a picture: body, captions, body again. Join the body runs.

    The pictures move after the joined run, where attach_pictures decides
    whether they belong to it.
    """
    segments = [it for it in items if it.kind == "segment"]
    evidence = Evidence([it.text for it in segments], cfg.virtual_units)
    index = {id(it): k for k, it in enumerate(segments)}
    out = list(items)
    k = 0
    while k < len(out):
        before = out[k]
        j = k + 1
        while j < len(out) and (out[j].kind in ("pictures", "furniture") or is_label_run(out[j], cfg.label_max_chars)):
            j += 1
        middle = out[k + 1:j]
        after = out[j] if j < len(out) else None
        if (after is not None and before.kind == after.kind == "segment"
                and any(m.kind == "pictures" for m in middle)
                and not opens_story(after) and not closes_story(before)
                and id(before) in index and id(after) in index
                and coheres(evidence, index[id(before)], index[id(after)], cfg)):
            merged = Item("segment", before.blocks + after.blocks)
            index[id(merged)] = index[id(before)]
            out[k:j + 1] = [merged, *middle]
            continue
        k += 1
    return out


def attach_pictures(items: list[Item], stories: dict[int, Story], cfg: AssembleConfig) -> None:
    """Captions and credits: a photo story, part of the story above, part of the story below
    (a picture set between a headline and its text), or a photo of their own."""
    for k, it in enumerate(items):
        if it.kind != "pictures":
            continue
        caption_text = "".join(b.text for b in it.blocks)
        prev = k - 1
        covered_above = 0.0
        if prev >= 0 and prev in stories and stories[prev].segments:
            story = stories[prev]
            headed = prev - 1 >= 0 and items[prev - 1].kind == "headrun"
            short = len(story.text) <= cfg.photo_story_max_chars and not opens_story(story.segments[0])
            covered_above = Evidence([story.text], cfg.virtual_units).coverage(caption_text, 0)
            if (headed and short) or covered_above >= cfg.caption_coherence:
                story.pictures.extend(it.blocks)
                if headed and short and not story.headline:
                    story.headline = take_photo_headline(items, prev - 1, stories, story, cfg)
                continue
        below = stories.get(k + 1)
        if prev >= 0 and items[prev].kind == "headrun" and below is not None and below.segments:
            covered = Evidence([below.text], cfg.virtual_units).coverage(caption_text, 0)
            if covered >= cfg.caption_coherence and covered > covered_above:
                below.pictures.extend(it.blocks)
                continue
        stories[k] = Story(pictures=list(it.blocks))


def take_photo_headline(items: list[Item], run: int, stories: dict[int, Story], photo: Story,
                        cfg: AssembleConfig) -> list[Block]:
    """The photo story's headline: the end of the headline run above it.

    Lines of the run that share more words with the story above the run (a
    headline printed after its body) are left in the run for pairing.
    """
    blocks = items[run].blocks
    above = stories.get(run - 1)
    cut = len(blocks) - 1
    if above is not None and above.segments:
        evidence = Evidence([photo.text + "".join(b.text for b in photo.pictures), above.text], cfg.virtual_units)
        while cut > 0:
            text = blocks[cut - 1].text
            own = evidence.coverage(text, 0)
            if own < evidence.coverage(text, 1) or (len(text) <= cfg.label_max_chars and own < cfg.label_coverage):
                break
            cut -= 1
    else:
        cut = 0
    items[run] = Item("headrun", blocks[:cut]) if cut else Item("used", [])
    return blocks[cut:]


def pull_quotes(stories: dict[int, Story], cfg: AssembleConfig) -> None:
    """A short run whose text is repeated inside another story is that story's standfirst."""
    grams = {j: trigrams(story.text) for j, story in stories.items() if story.segments}  # texts stay as they are
    for k in list(stories):
        story = stories[k]
        if len(story.segments) != 1 or story.pictures or len(story.text) > cfg.pull_quote_max_chars:
            continue
        if opens_story(story.segments[0]):
            continue
        best, where = 0.0, None
        for j, other in stories.items():
            if j != k and other.segments:
                score = containment(grams[k], grams[j])
                if score > best:
                    best, where = score, j
        if where is not None and best >= cfg.pull_quote_containment:
            stories[where].standfirst.extend(
                Block(role=Role.STANDFIRST, lines=b.lines, text=b.text) for b in story.segments[0].blocks)
            del stories[k]


def attach_bylines(items: list[Item], stories: dict[int, Story]) -> list[Block]:
    """A byline goes to the story right after it; a floating one to the next story without author.

    Returns the bylines no story could take."""
    floating: list[tuple[int, list[Block]]] = []
    unattached: list[Block] = []
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
        else:
            unattached.extend(blocks)
    return unattached


def group_text_blocks(blocks: list[Block], cfg: AssembleConfig) -> tuple[list[list[Block]], list[str]]:
    """Stories (each a list of blocks) and furniture texts, from unlabelled blocks."""
    items = join_across_pictures(join_subheads(to_items(blocks), cfg), cfg)
    stories: dict[int, Story] = {k: Story(segments=[it]) for k, it in enumerate(items) if it.kind == "segment"}
    attach_pictures(items, stories, cfg)
    pull_quotes(stories, cfg)
    unattached = attach_bylines(items, stories)
    leftover = pair_headlines(items, stories, cfg)
    furniture = [b.text for b in leftover + unattached]
    furniture += [b.text for it in items if it.kind == "furniture" for b in it.blocks]
    ordered = [stories[k] for k in sorted(stories)]
    return [s.blocks() for s in ordered if s.segments or s.pictures], furniture
