"""The units text-dump assembly works with: runs of blocks, and stories being built."""

from __future__ import annotations

from dataclasses import dataclass, field

from baoshu.model import Block, Role
from baoshu.roles import find_jump, split_dateline


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
    """What is known of one story so far: its body runs and what was attached to them."""

    segments: list[Item] = field(default_factory=list)  # body runs, with subheads between
    headline: list[Block] = field(default_factory=list)
    bylines: list[Block] = field(default_factory=list)
    standfirst: list[Block] = field(default_factory=list)
    pictures: list[Block] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(s.text for s in self.segments)

    def blocks(self) -> list[Block]:
        body = [b for s in self.segments for b in s.blocks]
        return [*self.headline, *self.bylines, *self.standfirst, *body, *self.pictures]


def to_items(blocks: list[Block]) -> list[Item]:
    """Runs of blocks of one kind; a body block that runs on joins the run before it."""
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


def is_label_run(item: Item, label_max_chars: int) -> bool:
    """A headline run that is one short line: a banner or page label."""
    return item.kind == "headrun" and len(item.blocks) == 1 and len(item.blocks[0].text) <= label_max_chars
