"""Read a page file into a SourcePage, whatever its format."""

from __future__ import annotations

from pathlib import Path

from baoshu.errors import PageError
from baoshu.model import SourcePage
from baoshu.read.text import read_text_page


def read_pages(path: str | Path) -> list[SourcePage]:
    """Read every page in a file: one for a text dump, one per page for a PDF."""
    path = Path(path)
    if not path.exists():
        raise PageError(str(path), "no such file")
    if path.is_dir():
        raise PageError(str(path), "is a folder, not a page file")
    head = path.read_bytes()[:5]
    if head.startswith(b"%PDF"):
        from baoshu.read.pdf import read_pdf_pages

        return read_pdf_pages(path)
    return [read_text_page(path)]
