"""The plain forms of what extractors print in odd forms: radicals for characters, odd spaces.

Some fonts draw a character and the radical of the same shape with one glyph,
and map that glyph to the radical's code point; an extractor then prints
`⼈` (KANGXI RADICAL MAN) for 人, or `⻓` (CJK RADICAL C-SIMPLIFIED LONG) for
长. They look right and match nothing: no word, unit, name or place. Kangxi
radicals have compatibility mappings to their characters (NFKC); the CJK
radicals supplement has none, so its radicals that stand for whole characters
are listed by their Unicode names (radicals that are only parts of characters,
like 亻 or 氵, are left as they are).

Typographic spaces (an em space for an indent, a thin space, a zero-width one) are
read as the spaces the rest of baoshu knows: an em space as an ideographic
space (both are one character wide), the others as a plain space.
"""

from __future__ import annotations

import re
import unicodedata

# Unicode name of a supplement radical -> the character it stands for.
SUPPLEMENT = {
    "CJK RADICAL MOTHER": "母", "CJK RADICAL CIVILIAN": "民", "CJK RADICAL COW": "牛", "CJK RADICAL JADE": "王",
    "CJK RADICAL BAMBOO": "竹", "CJK RADICAL SHEEP": "羊", "CJK RADICAL MEAT": "肉", "CJK RADICAL TIGER": "虎",
    "CJK RADICAL WEST TWO": "西", "CJK RADICAL C-SIMPLIFIED SEE": "见", "CJK RADICAL SIMPLIFIED HORN": "角",
    "CJK RADICAL C-SIMPLIFIED SHELL": "贝", "CJK RADICAL C-SIMPLIFIED CART": "车", "CJK RADICAL LONG ONE": "長",
    "CJK RADICAL C-SIMPLIFIED LONG": "长", "CJK RADICAL C-SIMPLIFIED GATE": "门", "CJK RADICAL RAIN": "雨",
    "CJK RADICAL BLUE": "青", "CJK RADICAL C-SIMPLIFIED TANNED LEATHER": "韦", "CJK RADICAL C-SIMPLIFIED LEAF": "页",
    "CJK RADICAL C-SIMPLIFIED WIND": "风", "CJK RADICAL C-SIMPLIFIED FLY": "飞", "CJK RADICAL EAT ONE": "食",
    "CJK RADICAL C-SIMPLIFIED HORSE": "马", "CJK RADICAL BONE": "骨", "CJK RADICAL GHOST": "鬼",
    "CJK RADICAL C-SIMPLIFIED FISH": "鱼", "CJK RADICAL C-SIMPLIFIED BIRD": "鸟", "CJK RADICAL C-SIMPLIFIED SALT": "卤",
    "CJK RADICAL SIMPLIFIED WHEAT": "麦", "CJK RADICAL SIMPLIFIED YELLOW": "黄", "CJK RADICAL C-SIMPLIFIED FROG": "黾",
    "CJK RADICAL C-SIMPLIFIED EVEN": "齐", "CJK RADICAL C-SIMPLIFIED TOOTH": "齿", "CJK RADICAL C-SIMPLIFIED DRAGON": "龙",
    "CJK RADICAL C-SIMPLIFIED TURTLE": "龟",
}
KANGXI = range(0x2F00, 0x2FD6)
SUPPLEMENT_BLOCK = range(0x2E80, 0x2F00)
SPACES = {0x2003: "\u3000", **{cp: " " for cp in (*range(0x2000, 0x2003), *range(0x2004, 0x200C), 0x202F, 0x205F)}}
ODD = re.compile("[\u2e80-\u2fd5\u2000-\u200b\u202f\u205f]")


def _table() -> dict[int, str]:
    table = {cp: unicodedata.normalize("NFKC", chr(cp)) for cp in KANGXI} | SPACES
    for cp in SUPPLEMENT_BLOCK:
        character = SUPPLEMENT.get(unicodedata.name(chr(cp), ""))
        if character:
            table[cp] = character
    return table


TABLE = _table()


def plain_forms(text: str) -> str:
    """`text` with each radical that stands for a character replaced by that character, and
    each typographic space by a space (one character for one: offsets stay where they were)."""
    return text.translate(TABLE) if ODD.search(text) else text
