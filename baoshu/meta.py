"""Page metadata (publication, date, page number): where a page was printed.

Four sources, the more explicit winning field by field:

1. flags given on the command line (or to `ingest`),
2. a sidecar JSON file `NAME.meta.json` next to the page file `NAME.txt` / `NAME.pdf`,
3. the file name: `PUBLICATION_DATE_PAGE.ext`, see `from_file_name`,
4. the page text itself: a printed date (`2023年12月10日`), a page label
   (`第3版`, `A3版`) and a masthead line (`某某日报`), see `from_text`.
"""

from __future__ import annotations

import json
import re
from dataclasses import fields, replace
from datetime import date
from pathlib import Path

from baoshu.config import Config
from baoshu.errors import PageError
from baoshu.model import Page, PageMeta
from baoshu.stages import stage

SIDECAR_SUFFIX = ".meta.json"
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
DATE_IN_NAME = re.compile(r"(?<!\d)(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)")
PAGE_IN_NAME = re.compile(r"^(?:p|page|第)?0*([A-Za-z]?\d{1,3})(?:版)?$", re.IGNORECASE)
DATE_IN_TEXT = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
PAGE_IN_TEXT = re.compile(r"第\s*([A-Za-z]?\d{1,3})\s*版|(?<![转接第\w])([A-Z]\d{1,2})\s*版")
JUMP_LINE = re.compile(r"[上下]\s*[转接]")
MASTHEAD = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:日报|晚报|时报|商报|报)$")
TEXT_EDGE_LINES = 8


def checked_iso_date(value: object) -> str:
    """`value` as an ISO date `YYYY-MM-DD` that exists on the calendar.

    The one check of a date given by a person (a flag, a sidecar, a URL, an
    edit), so all of them accept and refuse the same values.

    Raises:
        ValueError: the value is not such a date (the message says so).
    """
    if isinstance(value, str) and ISO_DATE.fullmatch(value):
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    raise ValueError(f"{value!r} is not a date like 2024-03-05")


def iso_date(year: str, month: str, day: str) -> str:
    """`YYYY-MM-DD` when the parts make a calendar-like date, else ""."""
    y, m, d = int(year), int(month), int(day)
    if 1800 <= y <= 2200 and 1 <= m <= 12 and 1 <= d <= 31:
        return f"{y:04d}-{m:02d}-{d:02d}"
    return ""


def from_file_name(path: str | Path) -> PageMeta:
    """Metadata from a file name `PUBLICATION_DATE_PAGE.ext`.

    DATE is `YYYY-MM-DD` or `YYYYMMDD`; PAGE is `3`, `03`, `A3`, `p3` or `第3版`.
    Any part may be missing: `2023-12-10_A3.txt` gives a date and a page,
    `新疆日报_20231210.txt` a publication and a date. The publication is the part
    before the date, and is only taken when it contains a letter.
    """
    stem = Path(path).stem
    match = DATE_IN_NAME.search(stem)
    if not match:
        return PageMeta()
    date = iso_date(*match.groups())
    if not date:
        return PageMeta()
    before = stem[: match.start()].strip("_- .")
    after = stem[match.end():].strip("_- .")
    page_match = PAGE_IN_NAME.match(after)
    publication = before if re.search(r"[^\W\d_]", before) else ""
    return PageMeta(publication=publication, date=date, page=page_match.group(1).upper() if page_match else "")


def from_text(text: str) -> PageMeta:
    """Metadata printed at the top or bottom of a page (masthead, folio line).

    Only the first and last few non-blank lines are read, and jump lines
    (`（下转第3版）`) are skipped, so story text cannot pass for a folio.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    edge = [line for line in lines[:TEXT_EDGE_LINES] + lines[-TEXT_EDGE_LINES:] if not JUMP_LINE.search(line)]
    meta = PageMeta()
    for line in edge:
        compact = re.sub(r"\s+", "", line)
        if not meta.date and (m := DATE_IN_TEXT.search(line)):
            meta.date = iso_date(*m.groups())
        if not meta.page and (m := PAGE_IN_TEXT.search(line)):
            meta.page = (m.group(1) or m.group(2)).upper().lstrip("0") or "0"
        if not meta.publication and MASTHEAD.match(compact):
            meta.publication = compact
    return meta


def from_sidecar(path: str | Path) -> PageMeta:
    """Metadata from `NAME.meta.json` beside the page, if there is one.

    The file holds an object with any of `publication`, `date` (ISO), `page`.

    Raises:
        PageError: the sidecar exists but is not such an object, or its date
            is not a real `YYYY-MM-DD` date (checked as `--date` is).
    """
    path = Path(path)
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    if not sidecar.exists():
        return PageMeta()
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PageError(str(sidecar), f"unreadable metadata sidecar: {exc}") from exc
    if not isinstance(data, dict):
        raise PageError(str(sidecar), "metadata sidecar must hold a JSON object")
    meta = PageMeta(**{f.name: str(data[f.name]) for f in fields(PageMeta) if data.get(f.name) is not None})
    if data.get("date") is not None:
        try:
            meta.date = checked_iso_date(data["date"])
        except ValueError as exc:
            raise PageError(str(sidecar), f"bad date in metadata sidecar: {exc}") from None
    return meta


def merge(*metas: PageMeta) -> PageMeta:
    """Field by field, the first non-empty value in the order given."""
    merged = PageMeta()
    for f in fields(PageMeta):
        setattr(merged, f.name, next((getattr(m, f.name) for m in metas if getattr(m, f.name)), ""))
    return merged


def file_meta(path: str | Path, flags: PageMeta | None = None) -> PageMeta:
    """Everything known about a page file before reading it: flags, sidecar, file name."""
    return merge(flags or PageMeta(), from_sidecar(path), from_file_name(path))


def page_meta(base: PageMeta, text: str, part: int, parts: int) -> PageMeta:
    """A page's metadata: its file's (`base`), completed from the page's own text.

    In a file of several pages, a page number given for the file (flag, sidecar
    or file name) is dropped: each page takes the number it prints, else its
    position in the file.
    """
    if parts > 1:
        base = replace(base, page="")
    meta = merge(base, from_text(text))
    if not meta.page and parts > 1:
        meta.page = str(part)
    return meta


@stage("meta", requires=("lines",), provides=("meta",))
def find_meta(page: Page, config: Config) -> Page:
    """The page's publication, date and page number: its file's, completed from its own text."""
    source = page.source
    page.meta = page_meta(page.meta, source.text, source.number, source.pages_in_file)
    return page
