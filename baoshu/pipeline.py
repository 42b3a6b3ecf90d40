"""The whole pipeline for one page file: read -> layout -> assemble -> figures -> provenance."""

from __future__ import annotations

from pathlib import Path

from baoshu.assemble import assemble
from baoshu.figures import extract_figures
from baoshu.layout import layout
from baoshu.meta import file_meta, page_meta
from baoshu.model import Page, PageMeta, SourcePage
from baoshu.provenance import locate_figures
from baoshu.read import read_pages


def rebuild(source: SourcePage, meta: PageMeta | None = None) -> Page:
    """Rebuild the articles and figures of one source page."""
    blocks = layout(source)
    page = assemble(blocks, source)
    page.meta = meta or PageMeta()
    page.figures = extract_figures(page.articles, page.meta)
    locate_figures(page, source)
    return page


def extract_pages(path: str | Path, flags: PageMeta | None = None) -> list[tuple[SourcePage, Page]]:
    """Read a page file (one page, or many for a PDF) and rebuild each page.

    Each page's metadata comes from `flags`, a `NAME.meta.json` sidecar, the
    file name and the page's own text, in that order (see `baoshu.meta`).
    """
    sources = read_pages(path)
    base = file_meta(path, flags)
    parts = max(source.part for source in sources)  # pages in the file, skipped ones included
    return [(source, rebuild(source, page_meta(base, source.text, source.part, parts))) for source in sources]
