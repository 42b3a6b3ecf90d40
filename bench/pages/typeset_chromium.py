"""Typeset a page specification as HTML and print it with Chromium (Playwright), one PDF page.

The browser breaks the lines and balances the CSS columns itself, with its own
fonts (Noto CJK among them, which reportlab cannot embed). Headlines may come
after their bodies in the document (a CSS grid still shows them on top), so
the PDF draws them later; fake bold is a second, shifted copy of the text or
a text shadow.
"""

from __future__ import annotations

import base64
import html
import io
import math
import re
from types import TracebackType

from . import fonts
from .model import Block, PageSpec
from .printed import (IDEOGRAPHIC_INDENT, Piece, body_columns, body_pieces, head_pieces, label_piece,
                      photo_pieces)
from .typeset_reportlab import (BAND_GAP, BANNER_SIZE, BLOCK_GAP, CAPTION_SCALE, HEAD_GAP, HEAD_LEADING,
                                HEADER_SIZE, MARGIN, MASTHEAD_SIZE, is_latin, textured)

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-extensions",
                 "--disable-dev-shm-usage", "--no-first-run"]
HEAD_FAMILY_ROLES = frozenset({"kicker", "title", "subtitle", "subhead", "byline", "dateline", "label",
                               "caption", "credit", "pull_quote"})
PDF_DATE = re.compile(rb"/(?:CreationDate|ModDate) ?\(D:([^)]*)\)")


def page_text(spec: PageSpec, roles: frozenset[str] | None = None) -> str:
    """Everything the page prints (only the pieces of the given roles, and the furniture)."""
    pieces = [p for block in spec.blocks()
              for p in head_pieces(block) + body_pieces(block) + photo_pieces(block)
              if roles is None or p.role in roles]
    return "".join(p.text for p in pieces) + "".join(spec.furniture())


def pt(value: float) -> str:
    return f"{value:.2f}pt"


class Html:
    """Writes the HTML of one page specification."""

    def __init__(self, spec: PageSpec):
        self.spec = spec
        self.style = spec.style
        style = spec.style
        head_text = page_text(spec, HEAD_FAMILY_ROLES)
        self.body_family = fonts.chromium_family(style.body_face, style.font_variant, page_text(spec))
        self.head_family = fonts.chromium_family(style.head_face, style.font_variant, head_text)
        self.caption_family = self.head_family if style.body_face == "song" else self.body_family
        self.quote_family = fonts.chromium_family("kai", 0, head_text)
        self.digits_family = fonts.CHROMIUM_DIGITS.get(spec.style.digits_face, "")

    def inline(self, text: str) -> str:
        """Escaped text, digit and Latin runs in their own font when the style asks for it."""
        if not self.digits_family:
            return html.escape(text)
        out, run = [], ""
        for ch in text + "\0":
            if is_latin(ch):
                run += ch
                continue
            if run:
                out.append(f'<span class="d">{html.escape(run)}</span>')
                run = ""
            if ch != "\0":
                out.append(html.escape(ch))
        return "".join(out)

    def css(self) -> str:
        spec, style = self.spec, self.style
        fake_bold = style.fake_bold
        return f"""
@page {{ margin: 0 }}
html, body {{ margin: 0; padding: 0; background: white; }}
.page {{ width: {pt(spec.grid_width)}; padding: {pt(MARGIN)}; font-family: '{self.body_family}';
  font-size: {pt(style.body_size)}; line-height: {style.leading}; color: black; }}
.d {{ font-family: '{self.digits_family or self.body_family}'; margin: 0 {style.digit_gap}em; }}
.header {{ display: flex; justify-content: space-between; font-size: {pt(HEADER_SIZE)}; line-height: 1.6;
  border-bottom: 0.6pt solid black; margin-bottom: {pt(HEADER_SIZE)}; }}
.header span {{ margin-right: {pt(2 * HEADER_SIZE)}; }}
.masthead {{ font-family: '{self.head_family}'; font-size: {pt(MASTHEAD_SIZE)}; text-align: center;
  letter-spacing: {pt(MASTHEAD_SIZE * 0.3)}; line-height: 1.4; border-bottom: 2.4pt solid black;
  margin-bottom: {pt(HEADER_SIZE)}; }}
.banner {{ font-family: '{self.head_family}'; font-size: {pt(BANNER_SIZE)}; letter-spacing: {pt(BANNER_SIZE * 0.4)};
  padding: {pt(BANNER_SIZE * 0.4)} {pt(BANNER_SIZE)}; margin-bottom: {pt(BANNER_SIZE * 0.5)}; }}
.band {{ display: flex; column-gap: {pt(spec.gutter)}; align-items: flex-start; margin-bottom: {pt(BAND_GAP)}; }}
.rules .band {{ border-bottom: 0.6pt solid black; padding-bottom: {pt(BAND_GAP / 2)}; align-items: stretch; }}
.cell {{ flex: none; position: relative; }}
.rules .cell + .cell::before {{ content: ""; position: absolute; left: -{pt(spec.gutter / 2)}; top: 0; bottom: 0;
  border-left: 0.6pt solid black; }}
.block {{ display: grid; column-gap: {pt(spec.gutter)}; margin-bottom: {pt(BLOCK_GAP)}; align-items: start; }}
.head {{ font-family: '{self.head_family}'; line-height: {HEAD_LEADING}; margin-bottom: {pt(HEAD_GAP)}; }}
.kicker, .subtitle {{ font-family: '{self.body_family}'; }}
.fb {{ position: relative; }}
.fb .copy {{ position: absolute; left: {pt(fake_bold)}; top: {pt(fake_bold / 2)}; width: 100%; }}
.shadow {{ text-shadow: {pt(fake_bold)} 0 0 currentColor; }}
.label {{ font-family: '{self.head_family}'; font-size: 1.4em; text-align: center; border: 1pt solid black;
  letter-spacing: 0.3em; margin-bottom: 0.5em; }}
.text {{ column-gap: {pt(spec.gutter)}; column-fill: balance; }}
.text p {{ margin: 0; text-align: justify; }}
.text p.para {{ text-indent: {"2em" if style.indent == "shift" else "0"}; }}
.text .item {{ margin-top: 0.5em; }}
.subhead {{ font-family: '{self.head_family}'; margin-top: 0.4em !important; }}
.byline, .dateline {{ font-family: '{self.head_family}'; }}
.center {{ text-align: center !important; }}
.right {{ text-align: right !important; }}
.pull {{ font-family: '{self.quote_family}'; font-size: 1.25em; line-height: 1.4;
  border-top: 1.2pt solid black; border-bottom: 1.2pt solid black; margin: 0.5em 0; padding: 0.3em 0;
  break-inside: avoid; }}
.figure {{ break-inside: avoid; margin-bottom: 6pt; font-family: '{self.caption_family}'; }}
.figure.beside {{ display: flex; column-gap: {pt(spec.gutter)}; align-items: flex-start; }}
.figure .pic {{ flex: none; }}
.figure .pic img {{ display: block; width: 100%; height: 100%; image-rendering: pixelated; }}
.figure .captions {{ font-size: {CAPTION_SCALE}em; line-height: 1.35; }}
.figure .captions p {{ margin: 0; }}
.inset {{ margin: 0.5em 0; }}
"""

    def text_line(self, css_class: str, text: str, size: float | None = None, spacing: float = 0.0,
                  align: str = "left", bold: bool = False) -> str:
        style = []
        if size:
            style.append(f"font-size: {pt(size)}")
        if spacing:
            style.append(f"letter-spacing: {pt(spacing)}")
        if align != "left":
            style.append(f"text-align: {align}")
        attr = f' style="{"; ".join(style)}"' if style else ""
        inner = self.inline(text)
        fake = self.style.fake_bold
        if bold and fake and self.style.fake_bold_kind == "shadow":
            return f'<div class="{css_class} shadow"{attr}>{inner}</div>'
        if bold and fake:
            return (f'<div class="{css_class} fb"{attr}><span>{inner}</span>'
                    f'<span class="copy" aria-hidden="true">{inner}</span></div>')
        return f'<div class="{css_class}"{attr}>{inner}</div>'

    def head(self, block: Block, pieces: list[Piece], area: str) -> str:
        head = block.head
        lines = []
        for piece in pieces:
            if piece.role == "title":
                lines.append(self.text_line("title", piece.text, head.title_size, head.letter_spacing,
                                            piece.align, bold=True))
            else:
                size = head.kicker_size if piece.role == "kicker" else head.subtitle_size
                lines.append(self.text_line(piece.role, piece.text, size, align=piece.align))
        return f'<div class="head" style="grid-area: {area}">{"".join(lines)}</div>'

    def paragraph(self, piece: Piece, new_item: bool) -> str:
        classes = [piece.role if piece.role != "pull_quote" else "pull"]
        if piece.align != "left":
            classes.append(piece.align)
        if new_item:
            classes.append("item")
        text = piece.text
        if piece.role == "para" and self.style.indent != "shift":
            text = IDEOGRAPHIC_INDENT + text
        return f'<p class="{" ".join(classes)}">{self.inline(text)}</p>'

    def figure(self, block: Block, columns: int, extra_class: str = "") -> str:
        picture = block.picture
        assert picture is not None
        captions = photo_pieces(block)
        pic_columns, beside = picture.columns(columns, bool(captions))
        width = self.spec.span_width(pic_columns)
        height = picture.height(width, self.style.body_size * self.style.leading)
        if picture.texture is not None:
            buffer = io.BytesIO()
            textured(picture.texture).save(buffer, format="PNG")
            data = base64.b64encode(buffer.getvalue()).decode("ascii")
            inner = f'<img src="data:image/png;base64,{data}" alt="">'
            fill = ""
        else:
            inner = ""
            grey = round(picture.shade * 255)
            fill = f" background: rgb({grey},{grey},{grey});"
        pic = f'<div class="pic" style="width: {pt(width)}; height: {pt(height)};{fill}">{inner}</div>'
        lines = "".join(f'<p class="{c.role}{" right" if c.align == "right" else ""}">{self.inline(c.text)}</p>'
                        for c in captions)
        caption_block = f'<div class="captions">{lines}</div>' if captions else ""
        classes = " ".join(filter(None, ["figure", "beside" if beside else "", extra_class]))
        return f'<div class="{classes}">{pic}{caption_block}</div>'

    def block(self, block: Block, width: float) -> str:
        spec = self.spec
        parts: list[tuple[str, str]] = []  # (kind, html), in document order before reordering
        label = label_piece(block)
        heads = head_pieces(block)
        beside = bool(heads) and block.head.place == "beside"
        head_width = spec.span_width(block.head.beside_span) if beside else 0.0
        body_width = width - head_width - (spec.gutter if beside else 0.0)
        columns = spec.columns_in(body_width)
        picture = block.picture
        side_columns = max(1, columns // 3) if picture is not None and picture.place == "side" and columns > 1 else 0
        text_columns = columns - side_columns
        grid = ([pt(head_width)] if beside else []) + [pt(spec.span_width(text_columns))]
        grid += [pt(spec.span_width(side_columns))] if side_columns else []
        body_col = 2 if beside else 1
        if label is not None:
            parts.append(("label", f'<div class="label" style="grid-area: 1 / 1 / 2 / -1">{html.escape(label.text)}</div>'))
        if heads:
            area = "3 / 1 / 5 / 2" if beside else "2 / 1 / 3 / -1"
            parts.append(("head", self.head(block, heads, area)))
        pieces = body_pieces(block)
        paras = []
        previous = 0
        for piece in pieces:
            paras.append(self.paragraph(piece, piece.item != previous))
            previous = piece.item
        if picture is not None and picture.place == "inset" and paras:
            at = min(len(paras), max(1, len(paras) // (2 * body_columns(spec, block, text_columns))))
            paras.insert(at, self.figure(block, 1, "inset"))
        elif picture is not None and side_columns:
            figure = self.figure(block, side_columns)
            parts.append(("picture", f'<div style="grid-area: 3 / {body_col + 1} / 5 / {body_col + 2}">{figure}</div>'))
        elif picture is not None:
            figure = self.figure(block, text_columns)
            parts.append(("picture", f'<div style="grid-area: 3 / {body_col} / 4 / {body_col + 1}">{figure}</div>'))
        if paras:
            flow = body_columns(spec, block, text_columns)
            body = (f'<div class="text" style="grid-area: 4 / {body_col} / 5 / {body_col + 1}; '
                    f'width: {pt(spec.span_width(flow))}; column-count: {flow}">{"".join(paras)}</div>')
            parts.append(("body", body))
        order = {"label": 0, "head": 1, "picture": 2, "body": 3}
        if self.style.head_last:
            order["head"] = 4
        if self.style.pictures == "first":
            order["picture"] = -1
        elif self.style.pictures == "last":
            order["picture"] = 5
        parts.sort(key=lambda part: order[part[0]])
        columns_css = " ".join(grid)
        return (f'<div class="block" style="grid-template-columns: {columns_css}">'
                f'{"".join(markup for _, markup in parts)}</div>')

    def page(self) -> str:
        spec = self.spec
        out = []
        if spec.masthead:
            out.append(f'<div class="masthead">{html.escape(spec.masthead)}</div>')
        if spec.header:
            left, right = spec.header_pieces()[:2], spec.header_pieces()[2:]
            out.append('<div class="header"><div>' + "".join(f"<span>{html.escape(t)}</span>" for t in left)
                       + "</div><div>" + "".join(f"<span>{html.escape(t)}</span>" for t in right) + "</div></div>")
        if spec.banner:
            dark = spec.seed % 2 == 0
            colours = "background: #404040; color: white" if dark else "background: #e0e0e0; color: black"
            out.append(f'<div class="banner" style="{colours}">{html.escape(spec.banner)}</div>')
        for band in spec.bands:
            cells = []
            for cell in band.cells:
                width = spec.span_width(cell.span)
                blocks = "".join(self.block(block, width) for block in cell.blocks)
                cells.append(f'<div class="cell" style="width: {pt(width)}">{blocks}</div>')
            out.append(f'<div class="band">{"".join(cells)}</div>')
        rules = " rules" if self.style.rules else ""
        return (f'<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(spec.name)}</title>'
                f'<style>{self.css()}</style></head><body><div class="page{rules}">{"".join(out)}</div></body></html>')


def fixed_dates(pdf: bytes) -> bytes:
    """The PDF with its creation and modification dates zeroed (same length), for repeatable files."""
    return PDF_DATE.sub(lambda m: m.group(0).replace(m.group(1), re.sub(rb"\d", b"0", m.group(1))), pdf)


class Chromium:
    """One headless Chromium for many pages: `with Chromium() as browser: browser.typeset(spec)`."""

    def __enter__(self) -> Chromium:
        from playwright.sync_api import sync_playwright

        self._playwright = sync_playwright().start()
        self._browser = self._playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        self._page = self._browser.new_page()
        self._page.emulate_media(media="print")
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._browser.close()
        self._playwright.stop()

    def typeset(self, spec: PageSpec) -> bytes:
        """The page as PDF bytes, one PDF page as tall as its content."""
        self._page.set_content(Html(spec).page(), wait_until="load")
        self._page.evaluate("document.fonts.ready")
        box = self._page.evaluate("(() => { const r = document.querySelector('.page').getBoundingClientRect();"
                                  " return [r.width, r.height]; })()")
        width, height = (math.ceil(v) + 2 for v in box)
        pdf = self._page.pdf(width=f"{width}px", height=f"{height}px", print_background=True,
                             margin={"top": "0", "bottom": "0", "left": "0", "right": "0"})
        return fixed_dates(pdf)
