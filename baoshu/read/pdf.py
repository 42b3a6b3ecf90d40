"""Read PDF pages (one or many per file) into SourcePages with geometry, via pypdfium2."""

from __future__ import annotations

import logging
from pathlib import Path

import pypdfium2 as pdfium

from baoshu.errors import PageError
from baoshu.model import Box, Line, SourcePage
from baoshu.read.pdf_chars import drop_fake_bold, read_chars, read_shapes
from baoshu.read.pdf_lines import group_lines, main_size
from baoshu.read.pdf_order import trimmed, xy_cut
from baoshu.read.pdf_runs import read_runs

log = logging.getLogger(__name__)

PASSWORD_ERROR = 4  # pdfium's FPDF_ERR_PASSWORD
BREAK_GAP = 0.8  # ems of white above a line that start a new block in the page text
MIN_TEXT_CHARS = 10  # fewer characters than this: the page has no text layer


def _open(path: Path) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == PASSWORD_ERROR:
            raise PageError(str(path), "the PDF is encrypted (it needs a password)") from exc
        raise PageError(str(path), f"not a readable PDF (broken or truncated file: {exc})") from exc


def _tints(pictures: list[Box], lines: list[Line]) -> set[int]:
    """Filled shapes with text on them: background tints, not pictures."""
    tints: set[int] = set()
    for k, box in enumerate(pictures):
        for line in lines:
            if line.box is None:
                continue
            x, y = (line.box.x0 + line.box.x1) / 2, (line.box.top + line.box.bottom) / 2
            if box.x0 <= x <= box.x1 and box.top <= y <= box.bottom:
                tints.add(k)
                break
    return tints


def reading_order(lines: list[Line], shapes: list[Box]) -> list[Line]:
    """The page's lines in reading order (pictures and rules take part in the cut, then drop out)."""
    body = main_size(lines)
    boxes = [trimmed(line.box, line.text, line.size or body) for line in lines if line.box] + shapes
    order = xy_cut(boxes, body).leaves()
    return [lines[i] for i in order if i < len(lines)]


def _number(lines: list[Line]) -> str:
    """Number the lines by their place in the page text, a blank line between blocks."""
    out: list[str] = []
    previous: Line | None = None
    for line in lines:
        if previous is not None and previous.box and line.box:
            size = line.size or 10.0
            below = -size < line.box.top - previous.box.bottom < BREAK_GAP * size
            overlapping = line.box.x0 < previous.box.x1 and previous.box.x0 < line.box.x1
            if not (below and overlapping):
                out.append("")
                line.blank_before = True
        out.append(line.text)
        line.number = len(out)
        previous = line
    return "\n".join(out) + "\n"


def read_pdf_page(document: pdfium.PdfDocument, index: int, name: str, path: Path) -> SourcePage:
    """Read one page of an open document."""
    page = document[index]
    textpage = page.get_textpage()
    try:
        chars = read_runs(page, textpage)
        if chars is None:
            chars = drop_fake_bold(read_chars(page, textpage))
        pictures, rules = read_shapes(page)
        width, height = page.get_size()
    finally:
        textpage.close()
        page.close()
    if sum(len(c.text.strip()) for c in chars) < MIN_TEXT_CHARS:
        where = f"page {index + 1}" if len(document) > 1 else "the page"
        raise PageError(str(path), f"{where} has no text layer (a scanned image?); OCR is not supported")
    lines = group_lines(chars, page=index + 1)
    tints = _tints(pictures, lines)
    pictures = [box for k, box in enumerate(pictures) if k not in tints]
    lines = reading_order(lines, pictures + rules)
    text = _number(lines)
    return SourcePage(name=name, lines=lines, kind="pdf", width=width, height=height,
                      text=text, pictures=pictures, rules=rules, part=index + 1)


def read_pdf_pages(path: str | Path) -> list[SourcePage]:
    """Read every page of a PDF file, one SourcePage per page.

    Raises:
        PageError: the file is encrypted or broken, or no page has a text layer.
        A bad page among good ones is logged and skipped.
    """
    path = Path(path)
    document = _open(path)
    try:
        count = len(document)
        if count == 0:
            raise PageError(str(path), "the PDF has no pages")
        pages: list[SourcePage] = []
        errors: list[PageError] = []
        for index in range(count):
            name = path.name if count == 1 else f"{path.name}#page={index + 1}"
            try:
                pages.append(read_pdf_page(document, index, name, path))
            except PageError as exc:
                errors.append(exc)
            except Exception as exc:  # one odd page must not stop the others
                log.debug("reading %s page %d failed", path, index + 1, exc_info=True)
                errors.append(PageError(str(path), f"page {index + 1} cannot be read ({type(exc).__name__}: {exc})"))
    finally:
        document.close()
    if not pages:
        raise errors[0]
    for error in errors:
        log.warning("%s (the other pages were read)", error)
    return pages
