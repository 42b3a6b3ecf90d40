"""baoshu (报数): Chinese newspaper pages in; the articles, and every figure they report, out."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from baoshu.archive import Archive

__version__ = "0.1.0"


def open(path: str | Path) -> Archive:  # noqa: A001 - `baoshu.open` is the public name
    """The SQLite archive at `path`: read-only until `ingest` writes to it; see `baoshu.archive.Archive`."""
    from baoshu.archive import Archive

    return Archive(path)
