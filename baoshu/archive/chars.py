"""Text normalization and the one-token-per-character form of the search index.

Indexing and querying both go through `normalize`, then `tokens`: every
character becomes one FTS5 token, so a query of any length (one character
included) is an FTS5 phrase of consecutive tokens, and finds exactly the
places where the normalized query is a substring of the normalized text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

WHITESPACE = re.compile(r"\s+")
SEARCHED_COLUMNS = ("headline", "body", "captions")


def normalize(text: str) -> str:
    """NFKC, lower case, every run of whitespace made one space, ends trimmed."""
    return WHITESPACE.sub(" ", unicodedata.normalize("NFKC", text).lower()).strip()


@lru_cache(maxsize=65536)
def token(char: str) -> str:
    """The FTS5 token for one normalized character.

    CJK ideographs and ASCII letters and digits stand for themselves (so the
    index stays readable); anything else becomes `u<hex code point>`, which the
    unicode61 tokenizer keeps whole and which no single character can spell.
    """
    code = ord(char)
    if char.isascii() and char.isalnum():
        return char
    if 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x3FFFF:
        return char
    return f"u{code:x}"


def tokens(text: str) -> str:
    """Normalized text as space-separated character tokens, ready for the index."""
    return " ".join(token(c) for c in normalize(text))


def phrase(text: str) -> str:
    """An FTS5 phrase query matching `text` as a substring, or "" if it is blank."""
    spelled = tokens(text)
    return f'"{spelled}"' if spelled else ""


def index_values(row: dict[str, str]) -> tuple[str, str, str]:
    """The tokenized headline, body and captions of an article row."""
    headline, body, captions = (tokens(row[c]) for c in SEARCHED_COLUMNS)
    return headline, body, captions
