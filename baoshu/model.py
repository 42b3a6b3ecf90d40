"""The page model: what flows between baoshu's stages.

read    -> SourcePage (lines, with geometry when the source is a PDF)
layout  -> list[Block] (lines grouped into blocks, each with a Role)
assemble-> Page (articles and furniture)
figures -> Page.figures

Everything here is plain data; the stages live in their own modules.
"""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Box:
    """A rectangle on a PDF page, in points, origin at the top left."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass
class Line:
    """One line of a source page.

    `number` is the 1-based line number in the source file (text dumps) or the
    line's index in reading order (PDF pages). `text` is the line as read, before
    any repair. Geometry (`box`, `size`, `bold`, `font`) is present only for
    lines read from a PDF.
    """

    text: str
    number: int
    blank_before: bool = False
    box: Box | None = None
    size: float | None = None
    bold: bool = False
    font: str = ""
    page: int = 1


@dataclass
class SourcePage:
    """A page as read from its file: lines plus what the reader learned."""

    name: str
    lines: list[Line]
    kind: str = "text"  # "text" or "pdf"
    encoding: str = "utf-8"
    width: float | None = None  # page size in points (PDF only)
    height: float | None = None
    text: str = ""  # the source text, as stored for provenance
    pictures: list[Box] = field(default_factory=list)  # picture boxes (PDF only)
    rules: list[Box] = field(default_factory=list)  # horizontal rules (PDF only)
    part: int = 1  # the page's number in its file (a PDF's page number, kept when a page before it is skipped)


class Role(str, enum.Enum):
    """What a block of lines is on the page."""

    HEADLINE = "headline"  # kicker, title or subtitle lines
    SUBHEAD = "subhead"  # a heading inside a story's body
    BODY = "body"
    BYLINE = "byline"
    STANDFIRST = "standfirst"
    CAPTION = "caption"
    CREDIT = "credit"
    FURNITURE = "furniture"  # banners, page labels


@dataclass
class Block:
    """Consecutive lines that play one role.

    `text` is the repaired text of the block (paragraphs joined by "\\n").
    `story` is set by a layout that already knows which story a block belongs to
    (the PDF layout, from geometry); the text layout leaves it None and the
    assembler decides. `continues` marks a body block that runs on from the
    block before it (the next paragraph of the same text).
    """

    role: Role
    lines: list[Line]
    text: str
    story: int | None = None
    box: Box | None = None
    size: float | None = None  # main font size (PDF only)
    emphasis: int = 0  # how loudly printed: letter-spaced, drawn bold, larger
    continues: bool = False

    @property
    def first(self) -> int:
        return self.lines[0].number

    @property
    def last(self) -> int:
        return self.lines[-1].number


@dataclass
class Article:
    """One story (or photo) rebuilt from a page, in the gold page format."""

    kind: str = "article"  # "article" or "photo"
    kicker: str = ""
    title: str = ""
    subtitle: str = ""
    byline: str = ""
    dateline: str = ""
    standfirst: str = ""
    body: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    credit: str = ""
    continued_on: str = ""
    continued_from: str = ""
    lines: list[int] = field(default_factory=list)  # [first, last] source line
    source_lines: list[int] = field(default_factory=list)  # every source line used

    @property
    def headline(self) -> str:
        return " ".join(p for p in (self.kicker, self.title, self.subtitle) if p)

    def text(self) -> str:
        """The article as one string; figure spans are offsets into it.

        Parts are joined by "\\n" in this order, empty parts left out:
        kicker, title, subtitle, standfirst, byline, dateline, body paragraphs,
        captions, credit.
        """
        return "\n".join(p for p in self.text_parts() if p)

    def text_parts(self) -> list[str]:
        return [self.kicker, self.title, self.subtitle, self.standfirst, self.byline,
                self.dateline, *self.body, *self.captions, self.credit]

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("source_lines")
        return data


@dataclass
class Figure:
    """A quantity the text reports, in the normal form of FIGURES.md.

    `span` is [start, end) in characters of `Article.text()` of article `article`.
    """

    text: str
    value: float
    unit: str
    article: int
    span: list[int]
    qualifier: str = ""
    measure: str = ""
    value_max: float | None = None
    period: str = ""
    period_start: str = ""  # ISO date, when the period could be resolved
    period_end: str = ""
    place: str = ""
    line: int | None = None  # source line where the figure starts

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        if self.value_max is None:
            data.pop("value_max")
        for key in ("value", "value_max"):
            if key in data and float(data[key]).is_integer():
                data[key] = int(data[key])
        return data


@dataclass
class PageMeta:
    """What is known of where and when a page was printed."""

    publication: str = ""
    date: str = ""  # ISO date
    page: str = ""  # page (版) number or name


@dataclass
class Page:
    """A rebuilt page: the output of `baoshu extract`."""

    source: str
    articles: list[Article] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    meta: PageMeta = field(default_factory=PageMeta)
    encoding: str = "utf-8"
    kind: str = "text"

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "kind": self.kind,
            "encoding": self.encoding,
            "meta": asdict(self.meta),
            "furniture": list(self.furniture),
            "articles": [a.to_json() for a in self.articles],
            "figures": [f.to_json() for f in self.figures],
        }
