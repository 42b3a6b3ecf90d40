"""Read PDF pages (one or many per file) into SourcePages with geometry, via pypdfium2."""

from __future__ import annotations

import logging
from pathlib import Path

import pypdfium2 as pdfium

from baoshu.config import ReadConfig
from baoshu.errors import PageError
from baoshu.model import Box, Line, SourcePage
from baoshu.read.pdf_chars import drop_fake_bold, read_chars, read_shapes
from baoshu.read.pdf_lines import group_lines
from baoshu.read.pdf_runs import read_runs

log = logging.getLogger(__name__)

PASSWORD_ERROR = 4  # pdfium's FPDF_ERR_PASSWORD


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


def read_pdf_page(document: pdfium.PdfDocument, index: int, path: Path, cfg: ReadConfig) -> SourcePage:
    """Read one page of an open document: its lines (not yet in reading order), pictures and rules."""
    page = document[index]
    textpage = page.get_textpage()
    try:
        chars = read_runs(page, textpage, cfg)
        if chars is None:
            chars = drop_fake_bold(read_chars(page, textpage, cfg), cfg)
        pictures, rules = read_shapes(page, cfg)
        width, height = page.get_size()
    finally:
        textpage.close()
        page.close()
    if sum(len(c.text.strip()) for c in chars) < cfg.min_text_chars:
        where = f"page {index + 1}" if len(document) > 1 else "the page"
        raise PageError(str(path), f"{where} has no text layer (a scanned image?); OCR is not supported")
    lines = group_lines(chars, cfg, page=index + 1)
    tints = _tints(pictures, lines)
    pictures = [box for k, box in enumerate(pictures) if k not in tints]
    name = path.name if len(document) == 1 else f"{path.name}#page={index + 1}"
    return SourcePage(name=name, lines=lines, kind="pdf", encoding="", width=width, height=height,
                      pictures=pictures, rules=rules, number=index + 1, path=str(path))


def read_pdf_pages(path: str | Path, cfg: ReadConfig) -> tuple[list[SourcePage], list[PageError]]:
    """Read every page of a PDF file: the pages read, and why each other page could not be.

    Each page keeps its own number (`SourcePage.number`) when a page before it fails.

    Raises:
        PageError: the file is encrypted or broken, or no page could be read.
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
            try:
                pages.append(read_pdf_page(document, index, path, cfg))
            except PageError as exc:
                errors.append(exc)
            except Exception as exc:  # one odd page must not stop the others
                log.debug("reading %s page %d failed", path, index + 1, exc_info=True)
                errors.append(PageError(str(path), f"page {index + 1} cannot be read ({type(exc).__name__}: {exc})"))
    finally:
        document.close()
    if not pages:
        raise errors[0]
    return pages, errors
