"""Assembly: group a page's blocks into stories and build their articles."""

from __future__ import annotations

from baoshu.assemble.articles import build_article
from baoshu.assemble.grouping import group_text_blocks
from baoshu.model import Block, Page, Role, SourcePage


def stories_from_labels(blocks: list[Block]) -> tuple[list[list[Block]], list[str]]:
    """Stories as the layout labelled them (PDF pages), in order of first appearance."""
    stories: dict[int, list[Block]] = {}
    furniture: list[str] = []
    for b in blocks:
        if b.story is None or b.role == Role.FURNITURE:
            furniture.append(b.text)
        else:
            stories.setdefault(b.story, []).append(b)
    return list(stories.values()), furniture


def assemble(blocks: list[Block], source: SourcePage) -> Page:
    """The page's articles and furniture, from its blocks."""
    if any(b.story is not None for b in blocks):
        stories, furniture = stories_from_labels(blocks)
    else:
        stories, furniture = group_text_blocks(blocks)
    articles = [build_article(story) for story in stories]
    articles = [a for a in articles if a.body or a.captions or a.credit or a.standfirst]
    return Page(source=source.name, articles=articles, furniture=[f for f in furniture if f],
                encoding=source.encoding, kind=source.kind)
