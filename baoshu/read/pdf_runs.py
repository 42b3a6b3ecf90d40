"""Text read a text object (a run) at a time: the fast path for plain pages.

A typeset page draws each line of a column as one text object, so asking
pdfium once per object instead of once per character, and grouping runs
instead of characters, saves most of the reading time. Pages with forms or
turned text go the exact, per-character way (`pdf_chars.read_chars`).
"""

from __future__ import annotations

import ctypes
import unicodedata

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from baoshu.config import ReadConfig
from baoshu.read.pdf_chars import RENDER_FILL_STROKE, Char

TURNED = 1e-6  # a matrix entry off the diagonal beyond this: turned or slanted text
# pdfium renamed FPDFFont_GetFontName to FPDFFont_GetBaseFontName; pypdfium2 4.x has the old name.
_FONT_NAME = getattr(pdfium_c, "FPDFFont_GetBaseFontName", None) or getattr(pdfium_c, "FPDFFont_GetFontName")


def _font(obj: object, buffer: ctypes.Array, bold_weight: int) -> tuple[str, bool]:
    font = pdfium_c.FPDFTextObj_GetFont(obj)
    if not font:
        return "", False
    length = _FONT_NAME(font, buffer, len(buffer))
    name = buffer.value.decode("utf-8", "replace") if length > 0 else ""
    name = name.split("+", 1)[1] if "+" in name[:7] else name
    weight = pdfium_c.FPDFFont_GetWeight(font)
    return name, weight >= bold_weight or "bold" in name.lower()


def _run(text: str, start: float, end: float, baseline: float, size: float, font: str, bold: bool,
         cfg: ReadConfig) -> Char:
    """A run as one unit, its cells filling the run as drawn; ideographic spaces at either end
    (an indent) move its edges in by their nominal width (an em each, stretched with the run).
    Word spaces count nothing towards the nominal width: their width is the font's own.

    `end` is the right edge of the ink. The nominal width reaches past it only by what the last
    character's cell may leave blank: most of an em after a full-width punctuation mark, little
    after anything else (narrow digits and squeezed punctuation make the nominal width too wide).
    """
    core = text.strip("\u3000")
    lead = len(text) - len(text.lstrip("\u3000"))
    trail = len(text) - lead - len(core)
    nominal = sum(size if unicodedata.east_asian_width(ch) in "WF" else 0.0 if ch == " " else size / 2 for ch in text)
    stretch = max(1.0, (end - start) / nominal)
    x0 = start + lead * size * stretch
    mark = bool(core) and not core[-1].isalnum() and unicodedata.east_asian_width(core[-1]) in "WF"
    blank = cfg.mark_blank if mark else cfg.letter_blank
    x1 = max(end, min(start + nominal, end + blank * size)) - trail * size * stretch
    return Char(core, x0, max(x1, x0 + size / 2), baseline, size, font, bold)


class _Twins:
    """Runs seen so far by shape and place, to find a run drawn twice (fake bold)."""

    def __init__(self, cfg: ReadConfig) -> None:
        self.offset, self.cell = cfg.fake_bold_offset, cfg.double_cell
        self.cells: dict[tuple[int, int, int, int], list[tuple[float, float, str, slice]]] = {}

    def find(self, bounds: tuple[float, float, float, float], text: str, span: slice) -> slice | None:
        """The span of an earlier run drawn at nearly the same place (None if none); records this one.

        pdfium keeps the text of only one copy, so an empty run twins any text.
        """
        left, bottom, right, top = bounds
        shape = (round(right - left), round(top - bottom))
        limit = max(self.offset * (top - bottom), 0.5)
        cx, cy = int(left // self.cell), int(bottom // self.cell)
        reach = range(-int(limit // self.cell) - 1, int(limit // self.cell) + 2)
        for dx in reach:
            for dy in reach:
                for x, y, other, where in self.cells.get((*shape, cx + dx, cy + dy), ()):
                    if abs(x - left) <= limit and abs(y - bottom) <= limit and (not text or not other or
                                                                                 other == text):
                        return where if other else span
        self.cells.setdefault((*shape, cx, cy), []).append((left, bottom, text, span))
        return None


def read_runs(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, cfg: ReadConfig) -> list[Char] | None:
    """The page's text runs (as `Char`s), or None when the page needs the per-character path."""
    height = page.get_height()
    raw_page, raw_text = page.raw, textpage.raw
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    matrix = pdfium_c.FS_MATRIX()
    font_size = ctypes.c_float()
    units = (ctypes.c_ushort * 2048)()
    name = ctypes.create_string_buffer(128)
    fonts: dict[int, tuple[str, bool]] = {}
    chars: list[Char] = []
    twins = _Twins(cfg)
    for index in range(pdfium_c.FPDFPage_CountObjects(raw_page)):
        obj = pdfium_c.FPDFPage_GetObject(raw_page, index)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
            return None
        if kind != pdfium_c.FPDF_PAGEOBJ_TEXT:
            continue
        pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
        bounds = (left.value, bottom.value, right.value, top.value)
        pdfium_c.FPDFPageObj_GetMatrix(obj, matrix)
        if abs(matrix.b) > TURNED or abs(matrix.c) > TURNED or matrix.a <= 0 or matrix.d <= 0:
            return None
        length = pdfium_c.FPDFTextObj_GetText(obj, raw_text, units, ctypes.sizeof(units))  # bytes, with NUL
        if length > ctypes.sizeof(units):
            return None
        text = ctypes.string_at(units, max(length - 2, 0)).decode("utf-16-le", "replace")
        text = text.replace("\r", "").replace("\n", "").strip(" ")
        if not text.strip():
            text = ""
        span = slice(len(chars), len(chars) + 1)
        twin = twins.find(bounds, text, span)
        if twin is not None:
            for char in chars[twin]:
                char.bold = True
        if not text or (twin is not None and twin != span):
            continue
        pdfium_c.FPDFTextObj_GetFontSize(obj, font_size)
        size = font_size.value * matrix.d
        key = ctypes.cast(pdfium_c.FPDFTextObj_GetFont(obj), ctypes.c_void_p).value or 0
        if key not in fonts:
            fonts[key] = _font(obj, name, cfg.bold_weight)
        font, bold = fonts[key]
        bold = bold or pdfium_c.FPDFTextObj_GetTextRenderMode(obj) == RENDER_FILL_STROKE
        chars.append(_run(text, matrix.e, right.value, height - matrix.f, size, font, bold or twin == span, cfg))
    return chars
