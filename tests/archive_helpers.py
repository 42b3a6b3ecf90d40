"""Pages for the archive tests: our own page files, and pages built from the model."""

from __future__ import annotations

import hashlib
import shutil
from contextlib import closing
from pathlib import Path

from baoshu.archive import Archive
from baoshu.archive.schema import connect
from baoshu.archive.store import write_page
from baoshu.model import Article, Figure, Line, Page, PageMeta, SourcePage

ARCHIVE_PAGES = Path(__file__).resolve().parent / "archive_pages"


def copy_pages(folder: Path) -> Path:
    """Our own text pages, copied into `folder` (so tests can add files beside them)."""
    folder.mkdir(parents=True, exist_ok=True)
    for page in ARCHIVE_PAGES.glob("*.txt"):
        shutil.copy(page, folder / page.name)
    return folder


def figure_in(article: Article, index: int, text: str, value: float, unit: str, **fields: str) -> Figure:
    """A figure whose span is where `text` first stands in the article's text."""
    start = article.text().index(text)
    return Figure(text=text, value=value, unit=unit, article=index, span=[start, start + len(text)], **fields)


def store_page(archive: Archive, name: str, articles: list[Article], meta: PageMeta,
               figures: list[Figure] | None = None) -> int:
    """Write a page built from model objects into the archive, as ingest would; return its id."""
    text = "\n".join(a.text() for a in articles)
    lines = [Line(text=t, number=n) for n, t in enumerate(text.split("\n"), start=1)]
    source = SourcePage(name=name, lines=lines, text=text)
    page = Page(source=name, articles=articles, figures=figures or [], meta=meta)
    with closing(connect(archive.path, write=True)) as conn:
        return write_page(conn, hashlib.sha256(text.encode()).hexdigest(), 1, name, source, page)
