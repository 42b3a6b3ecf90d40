"""Photos set inside a story on a PDF page: a picture with its caption and no headline of its own,
beside a story (level with its text) whose text its caption speaks of, is that story's.

A picture standing alone on the page with its caption is a photo story; one
set into a story's columns illustrates it. Where the picture stands cannot
always tell them apart; what its caption says can: a story's own picture is
captioned with the words of the story (the rarer on the page, the surer).
"""

from __future__ import annotations

from dataclasses import dataclass

from baoshu.assemble.similarity import Evidence
from baoshu.config import GeometryConfig
from baoshu.model import Block, Box, Role


@dataclass
class Placed:
    """One story's blocks and the box around everything it holds (its pictures too)."""

    blocks: list[Block]
    box: Box


def _is_photo(blocks: list[Block]) -> bool:
    roles = {b.role for b in blocks}
    return Role.CAPTION in roles and not roles & {Role.HEADLINE, Role.BODY, Role.BYLINE, Role.STANDFIRST}


def _beside(photo: Box, story: Box, reach: float, share: float) -> bool:
    """The photo stands beside the story, or inside it: across the gutter at most `reach` away,
    `share` of its height at least level with the story's."""
    level = min(photo.bottom, story.bottom) - max(photo.top, story.top)
    gap = max(photo.x0 - story.x1, story.x0 - photo.x1, 0.0)
    return gap <= reach and level >= share * photo.height


def attach_photos(stories: list[Placed], body: float, cfg: GeometryConfig, virtual_units: int) -> list[Placed]:
    """The stories with each headless photo set beside a story whose text covers its caption's
    words well enough joined to that story."""
    texts = ["".join(b.text for b in s.blocks if b.role in (Role.HEADLINE, Role.BODY, Role.SUBHEAD))
             for s in stories]
    evidence = Evidence(texts, virtual_units)
    owners: dict[int, int] = {}
    for k, story in enumerate(stories):
        if not _is_photo(story.blocks):
            continue
        caption = "".join(b.text for b in story.blocks if b.role == Role.CAPTION)
        found = [(evidence.coverage(caption, j), j) for j, other in enumerate(stories)
                 if j != k and texts[j] and not _is_photo(other.blocks)
                 and _beside(story.box, other.box, cfg.photo_reach * body, cfg.photo_level)]
        if found and max(found)[0] >= cfg.caption_coverage:
            owners[k] = max(found)[1]
    merged: list[Placed] = []
    index: dict[int, Placed] = {}
    for k, story in enumerate(stories):
        if k in owners:
            continue
        index[k] = Placed(list(story.blocks), story.box)
        merged.append(index[k])
    for k, j in owners.items():
        index[j].blocks.extend(stories[k].blocks)
    return merged
