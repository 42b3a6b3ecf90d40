"""Text normalization and the two token forms of the search indexes.

Indexing and querying both go through `normalize`, then `tokens`: every
character becomes one FTS5 token (`articles_chars`), so a query of any
length is an FTS5 phrase of consecutive tokens, and finds exactly the
places where the normalized query is a substring of the normalized text.

`pairs` makes a token of every two neighbouring characters
(`articles_pairs`): a query of n >= 2 characters is then a phrase of n - 1
pair tokens, whose rarest pair is far rarer than its rarest character, so
common short words are found without walking a character's whole list.
"""

from __future__ import annotations

import unicodedata

SEARCHED_COLUMNS = ("headline", "body", "captions")


def normalize(text: str) -> str:
    """NFKC, lower case, every run of whitespace made one space, ends trimmed."""
    return " ".join(unicodedata.normalize("NFKC", text).lower().split())


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


class TokenTable(dict[int, str]):
    """`str.translate` table: each code point to its token and a space, filled as met."""

    def __missing__(self, code: int) -> str:
        value = self[code] = token(chr(code)) + " "
        return value


TOKENS = TokenTable()


def tokens(text: str) -> str:
    """Normalized text as space-separated character tokens, ready for the index."""
    return normalize(text).translate(TOKENS)[:-1]


def pairs(text: str) -> str:
    """Normalized text as space-separated tokens of each two neighbouring characters."""
    pieces = tokens(text).split(" ")
    return " ".join(map(str.__add__, pieces, pieces[1:]))


def phrase(text: str) -> str:
    """An FTS5 phrase query for `articles_chars` matching `text` as a substring, or "" if it is blank."""
    spelled = tokens(text)
    return f'"{spelled}"' if spelled else ""


def pair_phrase(text: str) -> str:
    """An FTS5 phrase query for `articles_pairs` matching `text` (two characters or more) as a substring."""
    return f'"{pairs(text)}"'


def index_values(row: dict[str, str]) -> tuple[str, str, str]:
    """The tokenized headline, body and captions of an article row (`articles_chars`)."""
    headline, body, captions = (tokens(row[c]) for c in SEARCHED_COLUMNS)
    return headline, body, captions


def pair_values(row: dict[str, str]) -> tuple[str, str, str]:
    """The pair tokens of an article row's headline, body and captions (`articles_pairs`)."""
    headline, body, captions = (pairs(row[c]) for c in SEARCHED_COLUMNS)
    return headline, body, captions
