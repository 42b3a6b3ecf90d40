"""Page images: a PDF page rendered by pypdfium2 on first request, then served from a cache folder.

The archive is never written: images go to a folder of their own (by default
`ARCHIVE.images/` beside the archive, else a folder under the system's temp
folder when that one cannot be written). An image is rendered from the page's
file only when the file still has the bytes that were ingested (same SHA-256).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from baoshu.errors import NotFound

IMAGE_WIDTH = 1200  # pixels across a rendered page
MIN_SCALE, MAX_SCALE = 0.5, 4.0  # pixels per point, whatever the page size
PART_IN_NAME = re.compile(r"#page=(\d+)$")
HASH_CHUNK = 1 << 20
KEY_CHARS = 12  # of the archive path's hash, naming its fallback cache folder
PDFIUM = threading.Lock()  # pdfium is not thread-safe; requests are served on several threads


@dataclass
class ImageCache:
    """Where rendered page images are kept."""

    folder: Path

    @classmethod
    def beside(cls, db_path: Path) -> ImageCache:
        """`ARCHIVE.images/` beside the archive when it can be written, else a temp folder."""
        folder = db_path.with_name(db_path.name + ".images")
        try:
            folder.mkdir(exist_ok=True)
            if os.access(folder, os.W_OK):
                return cls(folder)
        except OSError:
            pass
        key = hashlib.sha256(str(db_path.resolve()).encode()).hexdigest()[:KEY_CHARS]
        return cls(Path(tempfile.gettempdir()) / f"baoshu-images-{key}")  # made when first written

    def image(self, page: dict[str, Any], db_path: Path) -> bytes:
        """The PNG of a stored PDF page, rendered now if it is not cached yet.

        A cache that cannot be written costs only the caching: the image is still returned.

        Raises:
            NotFound: the page is not a PDF page, or its file is gone or has changed since ingest.
        """
        if page["kind"] != "pdf":
            raise NotFound(f"page {page['id']} is a text page: it has no image")
        target = self.folder / f"{page['sha256']}-{pdf_index(page['source'])}-{IMAGE_WIDTH}.png"
        try:
            return target.read_bytes()
        except OSError:
            pass
        png = render(page_file(page, db_path), pdf_index(page["source"]))
        partial = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            partial.write_bytes(png)
            os.replace(partial, target)
        except OSError:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
        return png


def pdf_index(source: str) -> int:
    """The 0-based page index in its PDF: `NAME.pdf#page=N` is page N, a one-page file page 1."""
    match = PART_IN_NAME.search(source)
    return int(match.group(1)) - 1 if match else 0


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def page_file(page: dict[str, Any], db_path: Path) -> Path:
    """The page's file as ingested: its path as given (from here, else from the archive's folder).

    Raises:
        NotFound: no such file holds the bytes that were ingested.
    """
    stored = Path(page["path"])
    for candidate in (stored, db_path.parent / stored):
        try:
            if candidate.is_file() and file_sha256(candidate) == page["sha256"]:
                return candidate
        except OSError:
            continue
    raise NotFound(f"the PDF of page {page['id']} is no longer at {page['path']} as it was ingested;"
                   " ingest it again from where it is now")


def render(pdf: Path, index: int) -> bytes:
    """Page `index` of `pdf` as a PNG, IMAGE_WIDTH pixels across (within the scale bounds)."""
    import pypdfium2 as pdfium

    with PDFIUM:
        document = pdfium.PdfDocument(str(pdf))
        try:
            page = document[index]
            width, _ = page.get_size()
            scale = min(MAX_SCALE, max(MIN_SCALE, IMAGE_WIDTH / width))
            picture = page.render(scale=scale).to_pil()
            page.close()
        finally:
            document.close()
    out = io.BytesIO()
    picture.save(out, format="PNG", optimize=True)
    return out.getvalue()
