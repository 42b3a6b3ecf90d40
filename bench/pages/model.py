"""The page specification: everything a typesetter needs, fixed before any typesetting.

A design composes a `PageSpec` from stories; both typesetters read the same
spec, so a page's PDF and its gold always print the same text. A page is a
header line, an optional section banner and a stack of bands; a band is a row
of cells that each span some grid columns; a cell stacks blocks; a block is
one story (or one briefs column) with its headline, picture and body choices.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pagegen import Story

WIDE_FIGURE = 4  # from this many columns on, a picture leaves room for its captions beside it
MAX_PICTURE_LINES = 22  # a picture is never taller than this many body lines


@dataclass
class Head:
    """How a story's headline is printed."""

    place: str = "above"  # "above" the body, "beside" it (columns to its left) or "none"
    align: str = "left"  # "left" or "center"
    title_lines: list[str] = field(default_factory=list)  # the title as the design breaks it
    title_size: float = 20.0
    kicker_size: float = 11.0
    subtitle_size: float = 12.0
    beside_span: int = 1  # grid columns a headline beside its body takes
    letter_spacing: float = 0.0  # extra points between headline characters


@dataclass
class Picture:
    """A picture in a block: a grey box or a generated image, with the story's captions."""

    place: str = "top"  # "top" (over the body), "inset" (inside the body columns) or "side"
    ratio: float = 0.66  # height over width
    shade: float = 0.8  # grey level of the box
    texture: int | None = None  # seed of a generated image instead of a plain grey box
    caption_beside: bool = False  # captions to the right of the picture instead of under it
    credit_form: str = "line"  # "line", "after" (after the last caption), "bracket", "above"

    def columns(self, columns: int, has_captions: bool) -> tuple[int, bool]:
        """(grid columns the picture takes, whether its captions stand beside it) in a space of
        `columns` columns: wide spaces keep the picture to about three fifths, captions beside."""
        if columns >= WIDE_FIGURE:
            return max(2, round(columns * 0.6)), has_captions
        if columns == WIDE_FIGURE - 1 and self.caption_beside and has_captions:
            return columns - 1, True
        return columns, False

    def height(self, width: float, line_height: float) -> float:
        return min(width * self.ratio, MAX_PICTURE_LINES * line_height)


@dataclass
class Block:
    """One story as printed in a cell (kind "briefs": a whole column of briefs)."""

    story: Story
    head: Head = field(default_factory=Head)
    picture: Picture | None = None
    dateline_own_line: bool = False
    byline_at_end: bool = False
    byline_box: bool = True  # "□ " before the byline
    centred_subheads: bool = False
    pull_quote_after: int | None = None  # the standfirst as a pull quote after this paragraph
    jump_inline: bool = True  # （下转第N版） ends the last paragraph rather than its own line
    brief_marker: str = ""  # kind "briefs": printed before each item ("■", "◆" or nothing)


@dataclass
class Cell:
    span: int  # grid columns
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Band:
    cells: list[Cell] = field(default_factory=list)


@dataclass
class Style:
    """Typesetting choices that change how the page is drawn, never what it says."""

    body_face: str = "song"  # "song", "hei" or "kai"
    head_face: str = "hei"
    font_variant: int = 0  # which installed font of a face
    digits_face: str = ""  # "", "serif" or "sans": digits and Latin in a font of their own
    digit_gap: float = 0.0  # em of space that font leaves on each side of a digit or Latin run
    body_size: float = 10.0
    leading: float = 1.5  # line height over body size
    fake_bold: float = 0.0  # offset (pt) of the second drawing of headline text; 0 for none
    fake_bold_kind: str = "overlay"  # Chromium: "overlay" (a second copy) or "shadow"
    head_last: bool = False  # headlines drawn after their bodies
    pictures: str = "inline"  # pictures and captions drawn "first", "last" or "inline"
    rules: bool = False  # rules between cells and under bands
    indent: str = "ideographic"  # paragraph indent: two U+3000, or a "shift" of the first line


@dataclass
class PageSpec:
    """One page: its place in the corpus, its grid and what is printed where."""

    name: str
    split: str
    design: str
    seed: int
    publication: str
    date: str  # as printed in the header, e.g. 2024年5月6日 星期一
    page_no: int
    section: str
    editor: str
    columns: int
    column_width: float  # points
    gutter: float
    header: bool = True
    masthead: str = ""  # the paper's name over a front page
    banner: str = ""
    bands: list[Band] = field(default_factory=list)
    style: Style = field(default_factory=Style)

    @property
    def grid_width(self) -> float:
        return self.columns * self.column_width + (self.columns - 1) * self.gutter

    def span_width(self, span: int) -> float:
        return span * self.column_width + (span - 1) * self.gutter

    def columns_in(self, width: float) -> int:
        """How many grid columns a width spans."""
        return max(1, round((width + self.gutter) / (self.column_width + self.gutter)))

    def blocks(self) -> list[Block]:
        """Every block in reading order: band by band, cell by cell, top to bottom."""
        return [block for band in self.bands for cell in band.cells for block in cell.blocks]

    def header_pieces(self) -> list[str]:
        """The header line's texts, left to right."""
        if not self.header:
            return []
        return [f"第{self.page_no}版", self.section, self.date, f"责任编辑：{self.editor}"]

    def furniture(self) -> list[str]:
        """Printed text that belongs to no article."""
        labels = [b.story.label for b in self.blocks() if b.story.kind == "briefs" and b.story.label]
        named = [text for text in (self.masthead, self.banner) if text]
        return named + self.header_pieces() + labels

    def stories(self) -> list[Story]:
        """The corpus stories on the page, in reading order."""
        return [block.story for block in self.blocks()]
