"""Read a page extracted from PDF as plain text (UTF-8, GB18030 or GBK; UTF-16 with a byte-order mark)."""

from __future__ import annotations

import re
from pathlib import Path

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


def read_text_page(path: str | Path) -> SourcePage:
    """Read a text dump into lines, noting which lines follow a blank one."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PageError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    text, encoding = decode(data, str(path))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(CJK.findall(text)) < 20:
        raise PageError(str(path), "not a Chinese newspaper page (almost no Chinese text)")
    lines: list[Line] = []
    blank = False
    for number, raw in enumerate(text.split("\n"), start=1):
        if not raw.strip():
            blank = True
            continue
        lines.append(Line(text=raw.rstrip(), number=number, blank_before=blank))
        blank = False
    return SourcePage(name=path.name, lines=lines, kind="text", encoding=encoding, text=text)
