"""Photo credits on a PDF page: a credit line, or the credit run on at a caption's end.

A credit is printed as such (`X 摄`, `X/摄`, `新华社发`), or, after a caption's
last sentence, as a name in brackets (`（X）`) or alone (`X`). Brackets are not
part of the credit.
"""

from __future__ import annotations

import re

from baoshu.repair import close_letter_spacing, tidy_spaces
from baoshu.roles import HAN, match_credit

STOPS = "。！？"
BRACKETED = re.compile(r"^[（(](?P<inside>[^（）()]+)[)）]$")
BARE_NAME = re.compile(rf"^[{HAN}·]{{2,8}}(?:[ \u3000][{HAN}·]{{2,8}}){{0,2}}$")


def credit_text(text: str) -> str:
    """A credit as printed, without the brackets around it."""
    text = tidy_spaces(close_letter_spacing(text.strip()), keep_phrase_breaks=True)
    found = BRACKETED.match(text)
    return found.group("inside").strip() if found else text


def is_credit(text: str) -> bool:
    """A credit line as printed anywhere: `X 摄`, `（X 摄）`, `新华社发`."""
    return match_credit(text.strip()) is not None


def is_trailing_credit(text: str, max_chars: int) -> bool:
    """What may follow a caption's last sentence as its credit: a printed credit, or a short
    name, bare or in brackets."""
    text = text.strip()
    if is_credit(text):
        return True
    inside = BRACKETED.match(text)
    bare = inside.group("inside").strip() if inside else text
    return len(bare) <= max_chars and BARE_NAME.match(bare) is not None


def split_credit(caption: str, max_chars: int) -> tuple[str, str]:
    """A caption and the credit run on at its end (`""` if none); a bare name up to `max_chars`
    long counts as a credit (with 0, only a credit printed as such does)."""
    end = max(caption.rfind(stop) for stop in STOPS)
    tail = caption[end + 1:].strip() if end >= 0 else ""
    if tail and is_trailing_credit(tail, max_chars):
        return caption[:end + 1], credit_text(tail)
    return caption, ""
