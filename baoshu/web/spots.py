"""Where a figure stands on its PDF page: its printed text found in the page's text layer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from baoshu.errors import NotFound
from baoshu.web.images import PDFIUM, page_file, pdf_index

Box = list[float]
MAX_MATCHES = 50  # occurrences of one figure's text looked at on a page


def _inside(box: Box, regions: list[Box]) -> bool:
    x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return any(r[0] <= x <= r[2] and r[1] <= y <= r[3] for r in regions)


def figure_box(page: dict[str, Any], db_path: Path, text: str, regions: list[Box]) -> Box | None:
    """`[x0, top, x1, bottom]` (points, top left origin) of `text` on a stored PDF page.

    Of several occurrences, the first inside one of `regions` (the figure's
    article) wins, else the first. None when the page is not a PDF, its file
    is gone or changed, or the text is not found as printed.
    """
    if page["kind"] != "pdf" or not text:
        return None
    try:
        pdf = page_file(page, db_path)
    except NotFound:
        return None
    import pypdfium2 as pdfium

    found: list[Box] = []
    with PDFIUM:
        document = pdfium.PdfDocument(str(pdf))
        try:
            sheet = document[pdf_index(page["source"])]
            height = sheet.get_size()[1]
            textpage = sheet.get_textpage()
            searcher = textpage.search(text)
            while len(found) < MAX_MATCHES and (match := searcher.get_next()):
                start, count = match
                boxes = [textpage.get_charbox(i) for i in range(start, start + count)]
                found.append([min(b[0] for b in boxes), height - max(b[3] for b in boxes),
                              max(b[2] for b in boxes), height - min(b[1] for b in boxes)])
            searcher.close()
            textpage.close()
            sheet.close()
        finally:
            document.close()
    inside = [box for box in found if _inside(box, regions)]
    candidates = inside or found
    return [round(v, 1) for v in candidates[0]] if candidates else None
