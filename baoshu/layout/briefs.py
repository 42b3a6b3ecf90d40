"""A column of briefs (简讯) on a PDF page: short items without headlines, each signed at its end.

Every item closes with its attribution in brackets (`（记者 X）`, `（X Y）`);
a story whose paragraphs close so, item after item, is a column of briefs:
each item is a story of its own, and the column's label (its headline, if
any) is page furniture.
"""

from __future__ import annotations

from baoshu.model import Block, Role
from baoshu.roles import ends_with_attribution


def signed(paragraph: str) -> bool:
    """A paragraph closing with its authors' names in brackets."""
    return ends_with_attribution(paragraph.strip())


def split_briefs(blocks: list[Block], min_items: int) -> tuple[list[list[Block]], list[Block]] | None:
    """A story's blocks cut into brief items (and the label's blocks), or None when the story
    is not a column of briefs: at least `min_items` body paragraphs signed, the last one too,
    and nothing else in it but its label."""
    body = [b for b in blocks if b.role == Role.BODY]
    label = [b for b in blocks if b.role == Role.HEADLINE]
    if len(body) + len(label) != len(blocks) or not body or not signed(body[-1].text):
        return None
    if sum(signed(b.text) for b in body) < min_items:
        return None
    items: list[list[Block]] = [[]]
    for block in body:
        items[-1].append(block)
        if signed(block.text):
            items.append([])
    return [item for item in items if item], label
