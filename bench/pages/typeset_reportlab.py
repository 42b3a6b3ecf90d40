"""Typeset a page specification with reportlab: our own line breaking, balanced columns.

Geometry is computed top-down in points from the page top; every mark is kept
as a drawing operation tagged with its block and role, so that the drawing
order can differ from the reading order (headlines after bodies, pictures
first or last), as it does in many real PDFs.
"""

from __future__ import annotations

import io
import random
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from . import fonts
from .model import Block, PageSpec
from .printed import (IDEOGRAPHIC_INDENT, Piece, body_columns, body_pieces, head_pieces, label_piece,
                      photo_pieces)

MARGIN = 36.0  # page margin, points
ASCENT = 0.88  # baseline below a line's top, over the font size
HEAD_LEADING = 1.2  # headline line height over its size
CAPTION_SCALE = 0.85  # caption size over body size
HEADER_SIZE = 9.0
BANNER_SIZE = 20.0
MASTHEAD_SIZE = 44.0
BLOCK_GAP = 14.0  # between blocks stacked in a cell
BAND_GAP = 16.0  # between bands
HEAD_GAP = 6.0  # under a headline
RULE_WIDTH = 0.6
CLOSING = set("，。、；：？！”’）》」』…—％%")
OPENING = set("“‘（《「『")
TEXTURE_CELLS = (12, 8)  # a generated picture's grid of grey cells
EPSILON = 0.01

Draw = Callable[[Canvas, float], None]  # (canvas, page height)

_registered: set[str] = set()
_coverage: dict[str, set[int]] = {}


def register_fonts() -> None:
    """Register the TrueType fonts and the CID font once per process."""
    if _registered:
        return
    missing = fonts.missing_fonts()
    if missing:
        raise RuntimeError(f"fonts missing for reportlab: {', '.join(missing)} (see bench/README.md)")
    for name, path in fonts.TRUETYPE.items():
        font = TTFont(name, str(path), subfontIndex=0)
        pdfmetrics.registerFont(font)
        _coverage[name] = set(font.face.charToGlyph)
    pdfmetrics.registerFont(UnicodeCIDFont(fonts.CID_FONT))
    _registered.update(fonts.TRUETYPE, [fonts.CID_FONT])


def is_latin(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in ".%-")


def unbreakable(left: str, right: str) -> bool:
    return left.isascii() and right.isascii() and not left.isspace() and not right.isspace()


class Metrics:
    """Which font draws each character, and how wide text is."""

    def __init__(self, digits_font: str, digit_gap: float = 0.0):
        register_fonts()
        self.digits_font = digits_font
        self.digit_gap = digit_gap if digits_font else 0.0  # em of space on each side of a Latin run
        self.widths: dict[tuple[str, str], float] = {}

    def font_for(self, ch: str, base: str) -> str:
        if self.digits_font and is_latin(ch):
            return self.digits_font
        coverage = _coverage.get(base)
        if coverage is not None and ord(ch) not in coverage:
            return fonts.FALLBACK
        return base

    def char_width(self, ch: str, base: str) -> float:
        key = (ch, base)
        if key not in self.widths:
            self.widths[key] = pdfmetrics.stringWidth(ch, self.font_for(ch, base), 1.0)
        return self.widths[key]

    def gap(self, text: str, i: int) -> float:
        """Space (em) a digit font leaves around a Latin run, on the run's first and last character."""
        if not self.digit_gap or not is_latin(text[i]):
            return 0.0
        before = i == 0 or not is_latin(text[i - 1])
        after = i == len(text) - 1 or not is_latin(text[i + 1])
        return self.digit_gap * (before + after)

    def width(self, text: str, base: str, size: float) -> float:
        return sum(self.char_width(ch, base) + self.gap(text, i) for i, ch in enumerate(text)) * size

    def segments(self, text: str, base: str) -> list[tuple[str, str]]:
        """Runs of text that share a font."""
        out: list[tuple[str, str]] = []
        for ch in text:
            font = self.font_for(ch, base)
            if out and out[-1][1] == font:
                out[-1] = (out[-1][0] + ch, font)
            else:
                out.append((ch, font))
        return out

    def break_lines(self, text: str, width: float, base: str, size: float, first: float | None = None,
                    spacing: float = 0.0) -> list[str]:
        """Cut text into lines no wider than `width` (the first `first`), `spacing` points after each
        character: closing punctuation hangs at a line's end, opening punctuation never ends a line,
        Latin and digit runs stay whole."""
        lines: list[str] = []
        start, used, limit, i = 0, 0.0, width if first is None else first, 0
        while i < len(text):
            w = (self.char_width(text[i], base) + self.gap(text, i)) * size + spacing
            if used + w > limit + EPSILON and i > start:
                cut = i
                if text[i] in CLOSING:
                    cut = i + 1 + (i + 1 < len(text) and text[i + 1] in CLOSING)
                else:
                    while cut > start and unbreakable(text[cut - 1], text[cut]):
                        cut -= 1
                    while cut - 1 > start and text[cut - 1] in OPENING:
                        cut -= 1
                    if cut == start:
                        cut = i
                lines.append(text[start:cut])
                start, used, limit, i = cut, 0.0, width, cut
                continue
            used += w
            i += 1
        if start < len(text):
            lines.append(text[start:])
        return lines


@dataclass
class Op:
    block: int  # index of the block in reading order; -1 for the page's furniture
    role: str  # "furniture", "head", "body", "picture" or "rule"
    draw: Draw


@dataclass
class Item:
    """One atom of a column flow: a line, a pull quote or an inset picture."""

    height: float
    place: Callable[[float, float], None]  # (x, top) registers its drawing operations
    gap_before: float = 0.0


class ReportlabPage:
    """Lays one page specification out and draws it."""

    def __init__(self, spec: PageSpec):
        self.spec = spec
        self.style = spec.style
        self.metrics = Metrics(fonts.REPORTLAB_DIGITS.get(spec.style.digits_face, ""), spec.style.digit_gap)
        self.body_font = fonts.reportlab_font(spec.style.body_face, spec.style.font_variant)
        self.head_font = fonts.reportlab_font(spec.style.head_face, spec.style.font_variant)
        self.caption_font = self.head_font if spec.style.body_face == "song" else self.body_font
        self.size = spec.style.body_size
        self.line_height = spec.style.body_size * spec.style.leading
        self.ops: list[Op] = []
        self.rng = random.Random(spec.seed)
        self.block_index = -1

    # ------------------------------------------------------------ drawing primitives

    def add(self, role: str, draw: Draw) -> None:
        self.ops.append(Op(self.block_index, role, draw))

    def text(self, role: str, text: str, x: float, top: float, size: float, base: str,
             extra: float = 0.0, bold: float = 0.0) -> None:
        """One line of text whose top is `top`; `extra` points after every character."""
        segments = self.metrics.segments(text, base)
        widths = [self.metrics.width(seg, base, size) for seg, _ in segments]
        offsets = [(0.0, 0.0)] + ([(bold, -bold / 2)] if bold else [])

        def draw(canvas: Canvas, height: float) -> None:
            baseline = height - top - size * ASCENT
            for dx, dy in offsets:
                cursor = x + dx
                for (seg, font), w in zip(segments, widths):
                    gap = self.metrics.digit_gap * size if font == self.metrics.digits_font else 0.0
                    obj = canvas.beginText(cursor + gap, baseline + dy)
                    obj.setFont(font, size)
                    obj.setCharSpace(extra)
                    obj.textOut(seg)
                    canvas.drawText(obj)
                    cursor += w + extra * len(seg)

        self.add(role, draw)

    def aligned(self, role: str, text: str, x: float, top: float, width: float, size: float, base: str,
                align: str, spacing: float = 0.0, bold: float = 0.0) -> None:
        natural = self.metrics.width(text, base, size) + spacing * max(len(text) - 1, 0)
        shift = {"left": 0.0, "center": (width - natural) / 2, "right": width - natural}[align]
        self.text(role, text, x + max(shift, 0.0), top, size, base, spacing, bold)

    def justified(self, role: str, line: str, x: float, top: float, width: float, size: float, base: str,
                  last: bool) -> None:
        natural = self.metrics.width(line, base, size)
        extra = 0.0 if last or len(line) < 2 else (width - natural) / (len(line) - 1)
        self.text(role, line, x, top, size, base, extra)

    def rule(self, x0: float, y0: float, x1: float, y1: float, width: float = RULE_WIDTH) -> None:
        def draw(canvas: Canvas, height: float) -> None:
            canvas.setLineWidth(width)
            canvas.line(x0, height - y0, x1, height - y1)

        self.add("rule", draw)

    def picture(self, x: float, top: float, width: float, height: float, shade: float,
                texture: int | None) -> None:
        image = None if texture is None else ImageReader(textured(texture))

        def draw(canvas: Canvas, page_height: float) -> None:
            if image is not None:
                canvas.drawImage(image, x, page_height - top - height, width, height)
            else:
                canvas.setFillGray(shade)
                canvas.rect(x, page_height - top - height, width, height, stroke=0, fill=1)
                canvas.setFillGray(0)

        self.add("picture", draw)

    # ------------------------------------------------------------ page parts

    def header(self, top: float) -> float:
        pieces = self.spec.header_pieces()
        left, right = pieces[:2], pieces[2:]
        x = MARGIN
        for text in left:
            self.text("furniture", text, x, top, HEADER_SIZE, self.head_font)
            x += self.metrics.width(text, self.head_font, HEADER_SIZE) + 2 * HEADER_SIZE
        right_text = "　".join(right)
        w = self.metrics.width(right_text, self.body_font, HEADER_SIZE)
        self.text("furniture", right_text, MARGIN + self.spec.grid_width - w, top, HEADER_SIZE, self.body_font)
        bottom = top + HEADER_SIZE * 1.6
        self.rule(MARGIN, bottom, MARGIN + self.spec.grid_width, bottom)
        return bottom + HEADER_SIZE

    def masthead(self, top: float) -> float:
        """The paper's name, centred and letter-spaced, over a thick rule."""
        spacing = MASTHEAD_SIZE * 0.3
        self.aligned("furniture", self.spec.masthead, MARGIN, top, self.spec.grid_width, MASTHEAD_SIZE,
                     self.head_font, "center", spacing)
        bottom = top + MASTHEAD_SIZE * 1.4
        self.rule(MARGIN, bottom, MARGIN + self.spec.grid_width, bottom, RULE_WIDTH * 4)
        return bottom + HEADER_SIZE

    def banner(self, top: float) -> float:
        height = BANNER_SIZE * 1.8
        width = self.spec.grid_width
        shade = 0.25 if self.rng.random() < 0.5 else 0.88

        def box(canvas: Canvas, page_height: float) -> None:
            canvas.setFillGray(shade)
            canvas.rect(MARGIN, page_height - top - height, width, height, stroke=0, fill=1)
            canvas.setFillGray(1 if shade < 0.5 else 0)

        def ink(canvas: Canvas, page_height: float) -> None:
            canvas.setFillGray(0)

        self.add("furniture", box)
        spacing = BANNER_SIZE * 0.4
        self.text("furniture", self.spec.banner, MARGIN + BANNER_SIZE, top + BANNER_SIZE * 0.4, BANNER_SIZE,
                  self.head_font, spacing)
        self.add("furniture", ink)
        return top + height + BANNER_SIZE * 0.5

    def head(self, pieces: list[Piece], block: Block, x: float, top: float, width: float) -> float:
        """Kicker, title lines and subtitle; returns the height used."""
        y = top
        head = block.head
        for piece in pieces:
            size = {"kicker": head.kicker_size, "title": head.title_size}.get(piece.role, head.subtitle_size)
            font = self.head_font if piece.role == "title" else self.body_font
            bold = self.style.fake_bold if piece.role == "title" else 0.0
            spacing = head.letter_spacing if piece.role == "title" else 0.0
            for line in self.metrics.break_lines(piece.text, width, font, size, spacing=spacing):
                self.aligned("head", line, x, y, width, size, font, piece.align, spacing, bold)
                y += size * HEAD_LEADING
        return y - top + HEAD_GAP

    def caption_items(self, pieces: list[Piece], width: float) -> list[tuple[float, Callable[[float, float], None]]]:
        size = self.size * CAPTION_SCALE
        out = []
        for piece in pieces:
            for line in self.metrics.break_lines(piece.text, width, self.caption_font, size):
                def place(x: float, top: float, line: str = line, align: str = piece.align) -> None:
                    self.aligned("picture", line, x, top, width, size, self.caption_font, align)
                out.append((size * 1.35, place))
        return out

    def figure(self, block: Block, x: float, top: float, width: float, draw: bool = True) -> float:
        """A picture with its captions and credit; returns the height used (nothing drawn unless `draw`)."""
        drawn = len(self.ops)
        picture = block.picture
        assert picture is not None
        captions = photo_pieces(block)
        spec = self.spec
        pic_columns, beside = picture.columns(spec.columns_in(width), bool(captions))
        pic_width = spec.span_width(pic_columns)
        pic_height = picture.height(pic_width, self.line_height)
        self.picture(x, top, pic_width, pic_height, picture.shade, picture.texture)
        if beside:
            cap_x, cap_top, cap_width = x + pic_width + self.spec.gutter, top, width - pic_width - self.spec.gutter
        else:
            cap_x, cap_top, cap_width = x, top + pic_height + 4, width
        y = cap_top
        for height, place in self.caption_items(captions, cap_width):
            place(cap_x, y)
            y += height
        bottom = max(top + pic_height, y) if beside else y
        if not draw:
            del self.ops[drawn:]
        return bottom - top + 6

    def body_items(self, block: Block, pieces: list[Piece]) -> list[Item]:
        """Every line of the body, and the pull quote, as flow items of one column width."""
        width = self.spec.column_width
        items: list[Item] = []
        previous_item = 0
        for piece in pieces:
            gap = self.line_height * 0.5 if piece.item != previous_item else 0.0
            previous_item = piece.item
            if piece.role == "para":
                items += self.paragraph(piece.text, width, gap)
            elif piece.role == "pull_quote":
                items.append(self.pull_quote(piece.text, width, gap))
            else:
                bold = piece.role in ("subhead", "dateline", "byline")
                font = self.head_font if bold else self.body_font
                for k, line in enumerate(self.metrics.break_lines(piece.text, width, font, self.size)):
                    extra_gap = self.line_height * 0.4 if piece.role == "subhead" and k == 0 else 0.0
                    def place(x: float, top: float, line: str = line, font: str = font, align: str = piece.align) -> None:
                        self.aligned("body", line, x, top, width, self.size, font, align)
                    items.append(Item(self.line_height, place, gap + extra_gap))
                    gap = 0.0
        return items

    def paragraph(self, text: str, width: float, gap: float) -> list[Item]:
        shift = self.style.indent == "shift"
        if not shift:
            text = IDEOGRAPHIC_INDENT + text
        indent = 2 * self.size if shift else 0.0
        lines = self.metrics.break_lines(text, width, self.body_font, self.size, width - indent)
        items = []
        for k, line in enumerate(lines):
            x_shift = indent if k == 0 else 0.0
            last = k == len(lines) - 1

            def place(x: float, top: float, line: str = line, x_shift: float = x_shift, last: bool = last) -> None:
                self.justified("body", line, x + x_shift, top, width - x_shift, self.size, self.body_font, last)
            items.append(Item(self.line_height, place, gap if k == 0 else 0.0))
        return items

    def pull_quote(self, text: str, width: float, gap: float) -> Item:
        size = self.size * 1.25
        font = fonts.reportlab_font("kai", 0)
        lines = self.metrics.break_lines(text, width, font, size)
        line_height = size * 1.4
        height = len(lines) * line_height + size * 1.2

        def place(x: float, top: float) -> None:
            self.rule(x, top + 2, x + width, top + 2, 1.2)
            for k, line in enumerate(lines):
                self.text("body", line, x, top + size * 0.6 + k * line_height, size, font)
            self.rule(x, top + height - 2, x + width, top + height - 2, 1.2)
        return Item(height, place, gap + self.line_height * 0.5)

    def flow(self, items: list[Item], x: float, top: float, columns: int) -> float:
        """Balance the items over `columns` columns; returns the height used."""
        if not items:
            return 0.0
        heights = [item.height + item.gap_before for item in items]
        low, high = max(heights), sum(heights)
        for _ in range(30):
            mid = (low + high) / 2
            if fill(heights, mid, columns) is None:
                low = mid
            else:
                high = mid
        positions = fill(heights, high, columns)
        assert positions is not None
        step = self.spec.column_width + self.spec.gutter
        for item, (column, offset) in zip(items, positions):
            gap = item.gap_before if offset > 0 else 0.0
            item.place(x + column * step, top + offset + gap)
        return high

    def block(self, block: Block, x: float, top: float, width: float) -> float:
        """One block in a cell; returns its height."""
        spec = self.spec
        y = top
        label = label_piece(block)
        if label is not None:
            y += self.label(label.text, x, y, width)
        heads = head_pieces(block)
        body_x, body_width, side = x, width, 0.0
        if heads and block.head.place == "beside":
            head_width = spec.span_width(block.head.beside_span)
            side = self.head(heads, block, x, y, head_width)
            body_x, body_width = x + head_width + spec.gutter, width - head_width - spec.gutter
        elif heads:
            y += self.head(heads, block, x, y, width)
        columns = spec.columns_in(body_width)
        picture = block.picture
        items = self.body_items(block, body_pieces(block))
        if picture is not None and picture.place == "side" and columns > 1:
            pic_span = max(1, columns // 3)
            columns -= pic_span
            pic_x = body_x + spec.span_width(columns) + spec.gutter
            side = max(side, y - top + self.figure(block, pic_x, y, spec.span_width(pic_span)))
        elif picture is not None and picture.place == "inset" and items:
            inset = self.inset(block)
            items.insert(min(len(items), max(1, len(items) // (2 * columns))), inset)
        elif picture is not None:
            y += self.figure(block, body_x, y, spec.span_width(columns))
        y += self.flow(items, body_x, y, body_columns(spec, block, columns))
        return max(y - top, side)

    def inset(self, block: Block) -> Item:
        """A picture with its captions as one atom of the body's first column."""
        width = self.spec.column_width
        height = self.figure(block, 0.0, 0.0, width, draw=False)

        def place(x: float, top: float) -> None:
            self.figure(block, x, top, width)
        return Item(height, place, self.line_height * 0.5)

    def label(self, text: str, x: float, top: float, width: float) -> float:
        size = self.size * 1.4
        height = size * 1.8

        def box(canvas: Canvas, page_height: float) -> None:
            canvas.setLineWidth(1.0)
            canvas.rect(x, page_height - top - height, width, height, stroke=1, fill=0)

        self.add("head", box)
        self.aligned("head", text, x, top + size * 0.4, width, size, self.head_font, "center", size * 0.3)
        return height + self.line_height * 0.5

    # ------------------------------------------------------------ the page

    def layout(self) -> float:
        """Lay every part out; returns the page height."""
        spec = self.spec
        y = MARGIN
        if spec.masthead:
            y = self.masthead(y)
        if spec.header:
            y = self.header(y)
        if spec.banner:
            y = self.banner(y)
        blocks = spec.blocks()
        for band in spec.bands:
            x = MARGIN
            bottom = y
            for k, cell in enumerate(band.cells):
                width = spec.span_width(cell.span)
                cell_y = y
                for block in cell.blocks:
                    self.block_index = blocks.index(block)
                    cell_y += self.block(block, x, cell_y, width) + BLOCK_GAP
                bottom = max(bottom, cell_y - BLOCK_GAP)
                x += width + spec.gutter
            self.block_index = -1
            if self.style.rules:
                self.band_rules(band, y, bottom)
            y = bottom + BAND_GAP
        return y - BAND_GAP + MARGIN

    def band_rules(self, band, top: float, bottom: float) -> None:
        x = MARGIN
        for cell in band.cells[:-1]:
            x += self.spec.span_width(cell.span) + self.spec.gutter
            self.rule(x - self.spec.gutter / 2, top, x - self.spec.gutter / 2, bottom)
        self.rule(MARGIN, bottom + BAND_GAP / 2, MARGIN + self.spec.grid_width, bottom + BAND_GAP / 2)

    def ordered(self) -> list[Op]:
        """The drawing order the style asks for."""
        ops = list(self.ops)
        if self.style.head_last:
            ops.sort(key=lambda op: (op.block, op.role == "head"))
        if self.style.pictures == "inline":
            return ops
        pictures = [op for op in ops if op.role == "picture"]
        rest = [op for op in ops if op.role != "picture"]
        return pictures + rest if self.style.pictures == "first" else rest + pictures

    def pdf(self) -> bytes:
        height = self.layout()
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=(self.spec.grid_width + 2 * MARGIN, height), invariant=True)
        canvas.setTitle(self.spec.name)
        canvas.setCreator("baoshu bench/pages")
        for op in self.ordered():
            op.draw(canvas, height)
        canvas.showPage()
        canvas.save()
        return buffer.getvalue()


def fill(heights: list[float], limit: float, columns: int) -> list[tuple[int, float]] | None:
    """Greedy placement of items into columns no taller than `limit`: (column, offset) each."""
    out = []
    column, used = 0, 0.0
    for h in heights:
        if used > 0 and used + h > limit + EPSILON:
            column, used = column + 1, 0.0
            if column >= columns:
                return None
        out.append((column, used))
        used += h
    return out


def textured(seed: int) -> Image.Image:
    """A small random grey picture (scaled up when drawn), standing in for a photograph."""
    rng = random.Random(seed)
    cols, rows = TEXTURE_CELLS
    image = Image.new("L", (cols, rows))
    base = rng.randint(60, 200)
    image.putdata([max(0, min(255, base + rng.randint(-60, 60))) for _ in range(cols * rows)])
    return image


def typeset(spec: PageSpec) -> bytes:
    """The page as PDF bytes."""
    return ReportlabPage(spec).pdf()
