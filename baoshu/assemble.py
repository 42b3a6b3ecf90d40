"""Assembly: group blocks into articles (placeholder)."""

from __future__ import annotations

from baoshu.model import Article, Block, Page, SourcePage


def assemble(blocks: list[Block], source: SourcePage) -> Page:
    articles = [Article(body=[b.text], lines=[b.first, b.last]) for b in blocks]
    return Page(source=source.name, articles=articles, encoding=source.encoding, kind=source.kind)
