"""The `assemble` stage: group a page's blocks into stories and build their articles."""

from __future__ import annotations

from baoshu.assemble.articles import build_article
from baoshu.assemble.grouping import group_text_blocks
from baoshu.config import Config
from baoshu.model import Block, Page, Role
from baoshu.stages import stage


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


@stage("assemble", requires=("blocks",), provides=("articles", "furniture"))
def assemble(page: Page, config: Config) -> Page:
    """The page's articles and furniture, from its blocks; a story with no text is dropped, and noted."""
    if any(b.story is not None for b in page.blocks):
        stories, furniture = stories_from_labels(page.blocks)
    else:
        stories, furniture = group_text_blocks(page.blocks, config.assemble)
    for story in stories:
        article = build_article(story, config.assemble)
        if article.body or article.captions or article.credit or article.standfirst:
            page.articles.append(article)
        else:
            text = " ".join(b.text for b in story if b.text)
            page.note("assemble", f"a story with no body, caption or credit was dropped: {text[:60]}",
                      sorted({line.number for b in story for line in b.lines}))
            furniture.extend(b.text for b in story if b.text)
    page.furniture = [f for f in furniture if f]
    return page
