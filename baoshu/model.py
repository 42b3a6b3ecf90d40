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
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from baoshu.roles import Dateline, Jump

if TYPE_CHECKING:
    from baoshu.layout.order import Region


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
    number: int = 1  # the page's number in its file (a PDF's page index + 1)
    pages_in_file: int = 1
    path: str = ""  # the file it was read from


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


ARTICLE_PARTS = ("kicker", "title", "subtitle", "standfirst", "byline", "dateline", "body", "captions", "credit")
"""The parts of an article in the order of `Article.text()`; `body` and `captions` are lists."""
LIST_PARTS = frozenset({"body", "captions"})
FIGURE_PARTS = frozenset({"kicker", "title", "subtitle", "standfirst", "body", "captions"})
"""The parts where figures are looked for (not bylines, datelines or credits)."""


@dataclass(frozen=True)
class Part:
    """One non-empty piece of an article's text: which field, its text, and where it starts."""

    name: str
    text: str
    offset: int  # in Article.text()


def article_parts(fields: Mapping[str, Any]) -> list[Part]:
    """The non-empty parts of an article (an Article's fields, or a stored row) in `Article.text()` order.

    `Article.text()` is these parts joined by "\n"; figure spans are offsets into it.
    """
    parts: list[Part] = []
    offset = 0
    for name in ARTICLE_PARTS:
        value = fields.get(name)
        texts = (value or []) if name in LIST_PARTS else [value or ""]
        for text in texts:
            if text:
                parts.append(Part(name, text, offset))
                offset += len(text) + 1
    return parts


@dataclass
class Person:
    """A person named in an article: the name as printed, the posts printed with it, where it stands.

    `spans` are [start, end) in `Article.text()`, one per mention.
    """

    name: str
    posts: list[str] = field(default_factory=list)
    spans: list[list[int]] = field(default_factory=list)


@dataclass
class Org:
    """An organisation an article names: its fullest printed name, and where it stands."""

    name: str
    spans: list[list[int]] = field(default_factory=list)


@dataclass
class PlaceRef:
    """A division of China (six-digit `code`) or a foreign country (`code` None) an article names.

    `name` is the standard full name; `printed` how the article wrote it first; `level` is the
    gazetteer's (province, prefecture, county, country).
    """

    name: str
    code: str | None
    level: str = ""
    printed: str = ""
    spans: list[list[int]] = field(default_factory=list)


@dataclass
class AidFigure:
    """A money or count figure an aid relation's sentence reports (an index into `Page.figures`)."""

    figure: int
    text: str
    value: float
    unit: str
    measure: str = ""


@dataclass
class Aid:
    """A counterpart-aid relation an article states: who gives to whom, through what, in which sentence.

    Donor and recipient are standard full names with their division codes; `programme` is as
    printed (组团式医疗援疆) or ""; `span` is the sentence's [start, end) in `Article.text()`.
    """

    donor: str
    donor_code: str | None
    recipient: str
    recipient_code: str | None
    programme: str = ""
    sentence: str = ""
    span: list[int] = field(default_factory=list)
    period: str = ""
    period_start: str = ""
    period_end: str = ""
    figures: list[AidFigure] = field(default_factory=list)


ENTITY_FIELDS = ("persons", "reporters", "orgs", "places", "minor_places", "aid")


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
    regions: list[list[float]] = field(default_factory=list)  # PDF only: [x0, top, x1, bottom] in points
    subheads: list[int] = field(default_factory=list)  # indexes into `body` of the subhead paragraphs
    persons: list[Person] = field(default_factory=list)  # the entities stage fills these
    reporters: list[str] = field(default_factory=list)
    orgs: list[Org] = field(default_factory=list)
    places: list[PlaceRef] = field(default_factory=list)
    minor_places: list[str] = field(default_factory=list)
    aid: list[Aid] = field(default_factory=list)

    @property
    def headline(self) -> str:
        return " ".join(p for p in (self.kicker, self.title, self.subtitle) if p)

    def parts(self) -> list[Part]:
        """The non-empty parts, in order, with their offsets into `text()`."""
        return article_parts(vars(self))

    def text(self) -> str:
        """The article as one string; figure spans are offsets into it.

        Parts are joined by "\n" in the order of ARTICLE_PARTS, empty parts left out.
        """
        return "\n".join(part.text for part in self.parts())

    def to_json(self) -> dict[str, Any]:
        """The article in the gold page format, with its entities in the format of the entity gold."""
        data = asdict(self)
        for kept_apart in ("source_lines", "regions", "subheads"):  # archive and reader only, not gold
            data.pop(kept_apart)
        data.update(entities_json(self))
        return data


def entities_json(article: Article) -> dict[str, Any]:
    """`persons`, `reporters`, `posts`, `orgs`, `places`, `minor_places` and `aid` as the entity gold writes them."""
    return {
        "persons": [{"name": p.name, "posts": list(p.posts), "spans": p.spans} for p in article.persons],
        "reporters": list(article.reporters),
        "posts": [{"person": p.name, "post": post} for p in article.persons for post in p.posts],
        "orgs": [{"name": o.name, "spans": o.spans} for o in article.orgs],
        "places": [{"name": p.name, "code": p.code, "level": p.level, "printed": p.printed, "spans": p.spans}
                   for p in article.places],
        "minor_places": [{"name": n} for n in article.minor_places],
        "aid": [asdict(a) for a in article.aid],
    }


@dataclass
class Figure:
    """A quantity the text reports, in the normal form of FIGURES.md.

    `span` is [start, end) in characters of `Article.text()` of article `article`.
    `place` is the place as printed; `place_code` the unit it means (a GB/T 2260 code, or the
    gazetteer's key of a unit without one), `place_level` and `place_name` that unit's level and
    standard name. `indicator` is the measure made comparable (verbs, modal words, places and
    times stripped). `part` is the article part the figure stands in; `repeat_of` the index
    (in the page's figures) of the figure of the same article it repeats, counted once in sums.
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
    place_code: str = ""
    place_level: str = ""
    place_name: str = ""
    indicator: str = ""
    part: str = ""
    repeat_of: int | None = None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("value_max", "repeat_of"):
            if data[key] is None:
                data.pop(key)
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
class LineFacts:
    """One source line with everything that can be known of it on its own, computed once.

    `text` is the line repaired (fake bold read once, letter spacing closed);
    `bare` the same without the spaces beside Chinese; `width` its typeset width
    in character cells. The rest is the evidence the printed conventions give.
    """

    line: Line
    text: str
    bare: str
    emphasis: int  # drawn twice (fake bold) or bold type, +1 letter-spaced
    width: float
    jump: Jump | None = None  # a jump line in it: （下转…） / （上接…）
    dateline: Dateline | None = None  # a dateline opening it
    byline: str | None = None  # the author, when the line is a byline
    credit: bool = False  # a photo credit
    label: bool = False  # a page label (editor line, folio, masthead)
    caption_open: bool = False  # opens like a caption (图为…, an arrow)
    ends_sentence: bool = False
    clause: bool = False  # has the punctuation of prose (，、；：)


@dataclass
class Problem:
    """Why something was skipped, dropped or cut: kept on the page, never only in a log."""

    stage: str
    message: str
    lines: list[int] = field(default_factory=list)  # the source lines concerned


@dataclass
class Page:
    """A page flowing through the pipeline: its source, and what each stage has added.

    `to_json()` gives the output of `baoshu extract`, in the gold page format.
    """

    source: SourcePage
    meta: PageMeta = field(default_factory=PageMeta)
    lines: list[LineFacts] = field(default_factory=list)
    regions: Region | None = None  # the XY cut of a PDF page, over its lines then pictures then rules
    blocks: list[Block] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    stages: list[str] = field(default_factory=list)  # the stages run so far, in order

    @property
    def name(self) -> str:
        return self.source.name

    def note(self, stage: str, message: str, lines: list[int] | None = None) -> None:
        """Record a problem: something skipped, dropped or cut, and why."""
        self.problems.append(Problem(stage, message, lines or []))

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source.name,
            "kind": self.source.kind,
            "encoding": self.source.encoding,
            "meta": asdict(self.meta),
            "furniture": list(self.furniture),
            "articles": [a.to_json() for a in self.articles],
            "figures": [f.to_json() for f in self.figures],
            "problems": [asdict(p) for p in self.problems],
        }

    def debug_json(self) -> dict[str, Any]:
        """Everything the stages have added so far, for `baoshu extract --until STAGE`."""
        data = self.to_json()
        data["stages"] = list(self.stages)
        data["lines"] = [{"number": f.line.number, "text": f.text, "emphasis": f.emphasis, "width": f.width,
                          "evidence": [k for k in ("jump", "dateline", "byline", "credit", "label",
                                                   "caption_open", "ends_sentence", "clause") if getattr(f, k)]}
                         for f in self.lines]
        data["blocks"] = [{"role": b.role.value, "story": b.story, "lines": [b.first, b.last], "text": b.text}
                          for b in self.blocks]
        return data
