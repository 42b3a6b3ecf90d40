"""Read a page file into SourcePages, whatever its format: the first step of the pipeline."""

from __future__ import annotations

from pathlib import Path

from baoshu.config import Config
from baoshu.errors import PageError
from baoshu.model import SourcePage
from baoshu.read.text import read_text_page

PDF_MAGIC = b"%PDF"
TEXT_SUFFIX = ".txt"


def read_pages(path: str | Path, config: Config) -> tuple[list[SourcePage], list[PageError]]:
    """Every page in a file (one for a text dump, one per page for a PDF), and why any other page
    of it could not be read.

    A PDF is known by its content, whatever its name; a text dump by its
    `.txt` name. Any other file is refused by name.

    Raises:
        PageError: the file cannot be read at all (missing, a folder, not a page file, too large,
            empty, broken …).
    """
    path = Path(path)
    if not path.exists():
        raise PageError(str(path), "no such file")
    if path.is_dir():
        raise PageError(str(path), "is a folder, not a page file")
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(len(PDF_MAGIC))
    except OSError as exc:
        raise PageError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    is_pdf = head == PDF_MAGIC
    limit, name = (config.limits.max_pdf_bytes, "max_pdf_bytes") if is_pdf else (config.limits.max_bytes, "max_bytes")
    if size > limit:
        raise PageError(str(path), f"the file is {size:,} bytes, over the limit of {limit:,} "
                                   f"for one {'PDF' if is_pdf else 'page'} file (limits.{name})")
    if is_pdf:
        from baoshu.read.pdf import read_pdf_pages

        return read_pdf_pages(path, config.read)
    if path.suffix.lower() == ".pdf":
        raise PageError(str(path), "not a PDF (the file does not start with %PDF)")
    if path.suffix.lower() != TEXT_SUFFIX:
        raise PageError(str(path), "not a page file: baoshu reads text dumps (.txt) and PDF files")
    return [read_text_page(path, config.limits)], []
