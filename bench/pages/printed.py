"""What a block prints, piece by piece: the same text for every typesetter.

Each piece has a role that decides its type (title, body paragraph, caption …)
and the index of the article it belongs to within the block (a briefs column
holds one article per item). Gold is written from the stories, not from the
pieces; `tests/test_corpus_build.py` checks that the two agree.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from pagegen import Story

from .model import Block, PageSpec

IDEOGRAPHIC_INDENT = "\u3000\u3000"
BYLINE_BOX = "□ "
MIN_COLUMN_LINES = 5  # a body is not spread so wide that its columns hold fewer lines than this


@dataclass
class Piece:
    role: str  # kicker, title, subtitle, byline, dateline, jump, para, subhead, pull_quote, caption, credit, label
    text: str
    item: int = 0  # the article within the block
    indent: bool = False  # a paragraph's first line is indented
    align: str = "left"  # "left", "center" or "right"


def head_pieces(block: Block) -> list[Piece]:
    """Kicker, title lines and subtitle of a block's story (nothing for a headline-less one)."""
    story, head = block.story, block.head
    if head.place == "none":
        return []
    pieces = []
    if story.kicker.clean:
        pieces.append(Piece("kicker", story.kicker.clean, align=head.align))
    lines = head.title_lines or ([story.title.clean] if story.title.clean else [])
    pieces += [Piece("title", line, align=head.align) for line in lines]
    if story.subtitle.clean:
        pieces.append(Piece("subtitle", story.subtitle.clean, align=head.align))
    return pieces


def lead_in(dateline: str) -> str:
    """A dateline run into its first paragraph: a space after it unless it ends in a bracket."""
    if not dateline:
        return ""
    return dateline if dateline.endswith(("）", ")")) else dateline + " "


def byline_piece(block: Block, item: int = 0) -> Piece:
    box = BYLINE_BOX if block.byline_box else ""
    return Piece("byline", box + block.story.byline, item, align="right" if block.byline_at_end else "left")


def story_body(block: Block, story: Story, item: int = 0, marker: str = "") -> list[Piece]:
    """Byline, jump-from line, dateline, paragraphs, subheads, pull quote and jump-to line."""
    pieces: list[Piece] = []
    if story.byline and not block.byline_at_end:
        pieces.append(byline_piece(block, item))
    if story.continued_from:
        pieces.append(Piece("jump", f"（上接第{story.continued_from}版）", item))
    lead = story.dateline
    if lead and block.dateline_own_line:
        pieces.append(Piece("dateline", lead, item))
        lead = ""
    first = True
    quote = Piece("pull_quote", story.standfirst.clean, item) if story.standfirst.clean else None
    for k, para in enumerate(story.body):
        if k in story.subheads:
            pieces.append(Piece("subhead", para.clean, item, align="center" if block.centred_subheads else "left"))
            continue
        text = (marker if first else "") + (lead_in(lead) if first else "") + para.clean
        pieces.append(Piece("para", text, item, indent=True))
        first = False
        if quote is not None and block.pull_quote_after is not None and k >= block.pull_quote_after:
            pieces.append(quote)  # after the chosen paragraph, or the first one after it
            quote = None
    if first and lead:  # a story of subheads only still prints its dateline
        pieces.insert(0, Piece("dateline", lead, item))
    if quote is not None:  # no pull quote in the body: the standfirst stands over it
        at = 1 if pieces and pieces[0].role == "byline" else 0
        pieces.insert(at, quote)
    if story.continued_on:
        jump = f"（下转第{story.continued_on}版）"
        last = next((p for p in reversed(pieces) if p.role == "para"), None)
        if block.jump_inline and last is not None:
            last.text += jump
        else:
            pieces.append(Piece("jump", jump, item, align="right"))
    if story.byline and block.byline_at_end:
        pieces.append(byline_piece(block, item))
    return pieces


def body_pieces(block: Block) -> list[Piece]:
    """The body of a block; a briefs column gives each item's paragraphs in turn."""
    story = block.story
    if story.kind != "briefs":
        return story_body(block, story)
    pieces = []
    for k, item in enumerate(story.items):
        marker = f"{block.brief_marker} " if block.brief_marker else ""
        pieces += story_body(block, item, k, marker)
    return pieces


def photo_pieces(block: Block) -> list[Piece]:
    """Captions and credit, the credit in the block's chosen form."""
    story, picture = block.story, block.picture
    captions = [Piece("caption", c.clean) for c in story.captions]
    credit = story.credit
    if not credit:
        return captions
    form = picture.credit_form if picture else "line"
    if form in ("after", "bracket") and captions:
        joined = f"（{credit}）" if form == "bracket" else f" {credit}"
        captions[-1].text += joined
        return captions
    piece = Piece("credit", credit, align="right")
    return [piece, *captions] if form == "above" else [*captions, piece]


def label_piece(block: Block) -> Piece | None:
    story = block.story
    return Piece("label", story.label) if story.kind == "briefs" and story.label else None


def body_columns(spec: PageSpec, block: Block, available: int) -> int:
    """How many of the `available` columns a block's body takes: all of them, unless the body is
    so short that its columns would hold fewer than MIN_COLUMN_LINES lines each."""
    per_line = spec.column_width / spec.style.body_size
    lines = sum(math.ceil((len(p.text) + len(IDEOGRAPHIC_INDENT)) / per_line) for p in body_pieces(block))
    return max(1, min(available, lines // MIN_COLUMN_LINES))
