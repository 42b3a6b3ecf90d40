"""Turn one story's blocks into an Article: headline parts, dateline, body, jumps."""

from __future__ import annotations

from baoshu.assemble.regions import block_regions
from baoshu.config import AssembleConfig
from baoshu.model import Article, Block, Role
from baoshu.repair import close_letter_spacing, tidy_spaces
from baoshu.roles import match_byline, split_dateline, strip_jumps

def headline_parts(blocks: list[Block]) -> tuple[str, str, str]:
    """Kicker, title and subtitle from a story's headline blocks, in printed order.

    The title is the loudest line: the largest type when sizes are known, else
    the first line drawn bold or letter-spaced, else the first line. Lines
    above it are the kicker, lines below the subtitle; a title printed over
    two lines of the same size stays one title.
    """
    if not blocks:
        return "", "", ""
    if any(b.size for b in blocks):
        top = max(b.size or 0 for b in blocks)
        loud = [i for i, b in enumerate(blocks) if b.size and b.size >= top - 0.5]
    else:
        top_emphasis = max(b.emphasis for b in blocks)
        loud = [i for i, b in enumerate(blocks) if b.emphasis == top_emphasis] if top_emphasis else [0]
    first = loud[0]
    last = first
    while last + 1 in loud:
        last += 1

    def join(part: list[Block]) -> str:
        return " ".join(b.text for b in part).strip()

    title = "".join(b.text for b in blocks[first:last + 1])
    return join(blocks[:first]), title, join(blocks[last + 1:])


def build_article(blocks: list[Block], cfg: AssembleConfig) -> Article:
    """An Article from the blocks of one story, given in reading order."""
    article = Article()
    parts = [strip_jumps(part) for part in headline_parts([b for b in blocks if b.role == Role.HEADLINE])]
    article.kicker, article.title, article.subtitle = (text for text, _, _ in parts)
    article.continued_from = next((came_from for _, _, came_from in parts if came_from), "")
    bylines = [match_byline(b.text) or b.text for b in blocks if b.role == Role.BYLINE]
    article.byline = " ".join(tidy_spaces(b, keep_phrase_breaks=True) for b in bylines)
    article.standfirst = "".join(tidy_spaces(b.text) for b in blocks if b.role == Role.STANDFIRST)

    body: list[tuple[str, bool]] = []  # paragraphs, and whether each is a subhead
    for b in blocks:
        if b.role == Role.BODY:
            body.extend((p, False) for p in b.text.split("\n") if p.strip())
        elif b.role == Role.SUBHEAD:
            body.append((b.text.strip(), True))
    cleaned: list[tuple[str, bool]] = []
    for paragraph, subhead in body:
        text, on, came_from = strip_jumps(paragraph)
        article.continued_on = on or article.continued_on
        article.continued_from = came_from or article.continued_from
        if text:
            cleaned.append((text, subhead))
    if cleaned and not article.dateline:
        found = split_dateline(cleaned[0][0])
        if found:
            article.dateline = tidy_spaces(found.text, keep_phrase_breaks=True)
            cleaned = ([(found.rest, cleaned[0][1])] if found.rest else []) + cleaned[1:]
    article.body = [text for text, _ in cleaned]
    article.subheads = [i for i, (_, subhead) in enumerate(cleaned) if subhead]

    article.captions = [tidy_spaces(b.text) for b in blocks if b.role == Role.CAPTION and b.text.strip()]
    credits = [b.text for b in blocks if b.role == Role.CREDIT]
    article.credit = " ".join(tidy_spaces(close_letter_spacing(c), keep_phrase_breaks=True) for c in credits)
    has_picture = bool(article.captions or article.credit)
    if has_picture and not article.dateline and sum(map(len, article.body)) <= cfg.photo_body_limit:
        article.kind = "photo"

    numbers = sorted({line.number for b in blocks for line in b.lines})
    article.source_lines = numbers
    article.lines = [numbers[0], numbers[-1]] if numbers else []
    article.regions = block_regions(blocks)
    return article
