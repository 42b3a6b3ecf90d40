"""Characters of a PDF page with their geometry, read through pypdfium2's raw API.

Everything here is converted once to points with the origin at the top left;
no pypdfium2 object leaves this module.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from baoshu.config import ReadConfig
from baoshu.model import Box

RENDER_FILL_STROKE = 2  # text render mode that thickens glyphs (bold by stroke)


@dataclass(slots=True)
class Char:
    """One drawn character, or a run drawn as one: its cells (advance box), baseline, size and font."""

    text: str
    x0: float
    x1: float
    baseline: float
    size: float
    font: str
    bold: bool


def doubled_boxes(bounds: list[tuple[float, float, float, float]], height: float, cfg: ReadConfig) -> list[Box]:
    """Boxes of text objects drawn twice at a small offset (fake bold).

    `bounds` are the page's text objects as (left, bottom, right, top) in PDF
    points. pdfium itself drops the second copy of such a run from the text
    page, so the doubling is only visible among the page's objects.
    """
    cells: dict[tuple[int, int, int, int], list[tuple[float, float]]] = {}
    doubled: list[Box] = []
    for left, bottom, right, top in bounds:
        shape = (round(right - left), round(top - bottom))
        limit = max(cfg.fake_bold_offset * (top - bottom), 0.5)
        cell = cfg.double_cell
        cx, cy = int(left // cell), int(bottom // cell)
        reach = range(-int(limit // cell) - 1, int(limit // cell) + 2)
        twin = any(abs(x - left) <= limit and abs(y - bottom) <= limit
                   for dx in reach for dy in reach for x, y in cells.get((*shape, cx + dx, cy + dy), ()))
        if twin:
            doubled.append(Box(left, height - top, right, height - bottom))
        cells.setdefault((*shape, cx, cy), []).append((left, bottom))
    return doubled


def mark_bold(chars: list[Char], boxes: list[Box]) -> None:
    """Mark bold the characters whose baseline and middle lie inside a fake-bold run."""
    by_row: dict[int, list[Char]] = {}
    for char in chars:
        by_row.setdefault(int(char.baseline), []).append(char)
    for box in boxes:
        for row in range(int(box.top), int(box.bottom) + 1):
            for char in by_row.get(row, ()):
                if box.top <= char.baseline <= box.bottom + 1 and box.x0 <= (char.x0 + char.x1) / 2 <= box.x1:
                    char.bold = True


def _font_name(textpage: pdfium.PdfTextPage, index: int, buffer: ctypes.Array, flags: ctypes.c_int) -> str:
    length = pdfium_c.FPDFText_GetFontInfo(textpage.raw, index, buffer, len(buffer), flags)
    if length <= 0:
        return ""
    name = buffer.value.decode("utf-8", "replace")
    return name.split("+", 1)[1] if "+" in name[:7] else name


@dataclass(slots=True)
class _Style:
    """What pdfium says of a run of characters: font, and whether drawn bold."""

    font: str
    bold: bool


def _style(textpage: pdfium.PdfTextPage, index: int, buffer: ctypes.Array, flags: ctypes.c_int,
           bold_weight: int) -> _Style:
    raw = textpage.raw
    font = _font_name(textpage, index, buffer, flags)
    weight = pdfium_c.FPDFText_GetFontWeight(raw, index)
    text_object = pdfium_c.FPDFText_GetTextObject(raw, index)
    stroked = bool(text_object) and pdfium_c.FPDFTextObj_GetTextRenderMode(text_object) == RENDER_FILL_STROKE
    return _Style(font, weight >= bold_weight or "bold" in font.lower() or stroked)


def _codes(textpage: pdfium.PdfTextPage, count: int) -> list[int]:
    """One UTF-16 unit per character index; surrogates are resolved by the caller."""
    units = (ctypes.c_ushort * (count + 1))()
    pdfium_c.FPDFText_GetText(textpage.raw, 0, count, units)
    return list(units[:count])


def read_chars(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, cfg: ReadConfig) -> list[Char]:
    """Every character pdfium finds on the page, in drawing order, generated spaces left out.

    Font, weight and render mode are asked once per run (a change of size,
    cell height or baseline starts a run), the rest once per character.
    """
    height = page.get_height()
    raw = textpage.raw
    rect = pdfium_c.FS_RECTF()
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    buffer = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    count = textpage.count_chars()
    codes = _codes(textpage, count)
    chars: list[Char] = []
    run_key: tuple[float, float, float] | None = None
    style = _Style("", False)
    for index, code in enumerate(codes):
        if code in (10, 13, 0, 0xFFFE, 0xFFFF):
            continue
        if 0xD800 <= code <= 0xDFFF:
            code = pdfium_c.FPDFText_GetUnicode(raw, index)
        elif code == 32 and pdfium_c.FPDFText_IsGenerated(raw, index):
            continue
        size = pdfium_c.FPDFText_GetFontSize(raw, index)
        if size <= 0:
            continue
        pdfium_c.FPDFText_GetLooseCharBox(raw, index, rect)
        pdfium_c.FPDFText_GetCharOrigin(raw, index, origin_x, origin_y)
        baseline = height - origin_y.value
        key = (size, rect.top - rect.bottom, baseline)
        if key != run_key:
            style, run_key = _style(textpage, index, buffer, flags, cfg.bold_weight), key
        chars.append(Char(chr(code), rect.left, max(rect.right, rect.left), baseline, size, style.font, style.bold))
    bounds = [obj.get_bounds() for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_TEXT])]
    mark_bold(chars, doubled_boxes(bounds, height, cfg))
    return chars


def drop_fake_bold(chars: list[Char], cfg: ReadConfig) -> list[Char]:
    """Keep one of each character drawn twice at a small offset, marking it bold.

    Copies are neighbours once the characters are sorted by text and baseline.
    """
    keys = [(c.text, c.baseline) for c in chars]
    order = sorted(range(len(chars)), key=keys.__getitem__)
    dropped: set[int] = set()
    for k in range(1, len(order)):
        index = order[k]
        text = keys[index][0]
        if keys[order[k - 1]][0] != text or text.isspace():
            continue
        char = chars[index]
        limit = cfg.fake_bold_offset * char.size
        for j in order[max(0, k - 2):k]:
            other = chars[j]
            if j in dropped or other.text != text:
                continue
            if abs(other.baseline - char.baseline) <= limit and abs(other.x0 - char.x0) <= limit:
                first, second = (j, index) if j < index else (index, j)
                dropped.add(second)
                chars[first].bold = True
                break
    return [c for i, c in enumerate(chars) if i not in dropped] if dropped else chars


def read_shapes(page: pdfium.PdfPage, cfg: ReadConfig) -> tuple[list[Box], list[Box]]:
    """Pictures (images, filled shapes big enough) and horizontal rules on the page."""
    height = page.get_height()
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    pictures: list[Box] = []
    rules: list[Box] = []
    kinds = (pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_PATH)
    for obj in page.get_objects(filter=kinds):
        left, bottom, right, top = obj.get_bounds()
        box = Box(left, height - top, right, height - bottom)
        if box.height <= cfg.rule_thickness and box.width >= cfg.rule_min_length:
            rules.append(box)
            continue
        if obj.type == pdfium_c.FPDF_PAGEOBJ_PATH:
            pdfium_c.FPDFPath_GetDrawMode(obj.raw, fill_mode, stroke)
            if fill_mode.value == pdfium_c.FPDF_FILLMODE_NONE:
                continue
        if box.width >= cfg.picture_min_side and box.height >= cfg.picture_min_side:
            pictures.append(box)
    return pictures, rules
