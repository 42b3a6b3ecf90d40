"""Read a page extracted from PDF as plain text (UTF-8, GB18030 or GBK; UTF-16 with a byte-order mark)."""

from __future__ import annotations

import re
from itertools import islice
from pathlib import Path

from baoshu.config import Limits
from baoshu.errors import PageError
from baoshu.model import Line, SourcePage

ENCODINGS = ("utf-8-sig", "gb18030")
UTF16_BOMS = ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
CJK = re.compile(r"[\u3400-\u9fff]")


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode page bytes, returning the text and the encoding used."""
    if not data.strip():
        raise PageError(name, "the file is empty")
    for bom, encoding in UTF16_BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), "utf-16"
            except UnicodeDecodeError:
                raise PageError(name, "undecodable bytes after a UTF-16 byte-order mark") from None
    if b"\x00" in data[:4096]:
        raise PageError(name, "a binary file, not a text page")
    for encoding in ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text, "utf-8" if encoding == "utf-8-sig" else encoding
    raise PageError(name, "undecodable bytes: neither UTF-8 nor GB18030/GBK text")


def holds_chinese(text: str, count: int) -> bool:
    """Whether the text holds at least `count` Chinese characters (counted only that far)."""
    return count <= 0 or next(islice(CJK.finditer(text), count - 1, None), None) is not None


def read_text_page(path: str | Path, limits: Limits) -> SourcePage:
    """Read a text dump into lines, noting which lines follow a blank one.

    A line longer than `limits.max_line_chars` is cut into lines of that length.

    Raises:
        PageError: the file is empty, binary, undecodable, not Chinese, or over a limit.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PageError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    text, encoding = decode(data, str(path))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > limits.max_chars:
        raise PageError(str(path), f"{len(text):,} characters, over the limit of {limits.max_chars:,} for one page "
                                   "(limits.max_chars)")
    if not holds_chinese(text, limits.min_chinese_chars):
        raise PageError(str(path), "not a Chinese newspaper page (almost no Chinese text)")
    rows = text.split("\n")
    if len(rows) > limits.max_lines:
        raise PageError(str(path), f"{len(rows):,} lines, over the limit of {limits.max_lines:,} for one page "
                                   "(limits.max_lines)")
    lines: list[Line] = []
    blank = False
    cut = limits.max_line_chars
    for number, raw in enumerate(rows, start=1):
        if not raw.strip():
            blank = True
            continue
        raw = raw.rstrip()
        for start in range(0, len(raw), cut):
            lines.append(Line(text=raw[start:start + cut], number=number, blank_before=blank and not start))
        blank = False
    return SourcePage(name=path.name, lines=lines, kind="text", encoding=encoding, text=text, path=str(path))
