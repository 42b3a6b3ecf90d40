"""The text real extractors dump from a PDF, with their default settings, as users run them.

- pdftotext (poppler-utils): `pdftotext F.pdf OUT.txt`, reading-order mode;
- pdfminer.six: `high_level.extract_text`;
- pypdfium2: `get_textpage().get_text_range()` per page, CRLF line ends kept as they come.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium

EXTRACTORS = ("pdftotext", "pdfminer", "pypdfium2")
PDFTOTEXT_TIMEOUT = 120  # seconds


def pdftotext(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        raise RuntimeError("pdftotext is not installed (apt: poppler-utils)")
    with tempfile.TemporaryDirectory(prefix="baoshu-pdftotext-") as folder:
        out = Path(folder) / "out.txt"
        done = subprocess.run(["pdftotext", str(path), str(out)], capture_output=True, text=True,
                              timeout=PDFTOTEXT_TIMEOUT)
        if done.returncode != 0:
            raise RuntimeError(f"{path}: pdftotext failed: {done.stderr.strip()}")
        return out.read_bytes().decode("utf-8")


def pdfminer(path: Path) -> str:
    from pdfminer.high_level import extract_text

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # font-descriptor warnings on every page
    return extract_text(str(path))


def pypdfium2(path: Path) -> str:
    document = pdfium.PdfDocument(str(path))
    try:
        return "".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


RUNNERS: dict[str, Callable[[Path], str]] = {"pdftotext": pdftotext, "pdfminer": pdfminer,
                                             "pypdfium2": pypdfium2}


def extract(path: Path, extractor: str) -> str:
    """The extractor's text of the PDF at `path`."""
    return RUNNERS[extractor](path)
