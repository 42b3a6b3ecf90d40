"""Reporters: the names in bylines, datelines, photo credits and the credits that close a brief.

A credit is cut into tokens at spaces, 、, slashes and brackets; role words (本报记者, 通讯员)
are taken off a token's front and credit words (报道, 摄) off its end; what is left is a
reporter's name when it looks like one: a surname and one to three characters, a dotted name,
or a run of transliteration characters. Where credits are looked for:

- the byline, the dateline and the credit of an article (`本报讯（记者 甲 通讯员 乙）`);
- a body paragraph that opens like a dateline (`本报讯（记者 甲）…`, when layout left it there);
- a bracket closing a body paragraph or a caption (`…增长8%。（甲 乙）`, `（记者 甲 摄）`);
- a role word anywhere in the text right before a name (`本报记者甲`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from baoshu.entities import lexicon
from baoshu.entities.names import MINORITY
from baoshu.entities.text import alternation, is_cjk
from baoshu.model import Article

ROLE_HEAD = re.compile(f"^(?:{alternation(lexicon.REPORTER_ROLES)})")
TAIL = re.compile(f"(?:{alternation(lexicon.REPORTER_TAILS)})$")
TOKEN = re.compile(r"[^\s、/／（）()□■●◆【】\[\]|｜：:，,。;；]+")
DATELINE_WORDS = re.compile(r"[讯电]$|本报|日电|日讯|\d")
OPENING_CREDIT = re.compile(r"^[^，。（(]{0,20}?(?:讯|电)\s*(?:[（(]([^（）()]{2,60})[）)]|\s(\S[^，。（(]{1,40}?)报道)")
CLOSING_CREDIT = re.compile(r"[（(]([^（）()]{2,60})[）)]\s*$")
DATELINE_HEAD = re.compile(r"^\s*\S{0,20}?[讯电](?=\s)")
CREDIT_MARK = re.compile(f"{alternation(lexicon.REPORTER_ROLES)}|摄")
DOT_NAME = re.compile(r"^[\u4e00-\u9fff]+(?:[·•・‧∙][\u4e00-\u9fff]+)+$")
NAME_LENGTH = (2, 8)  # characters of a reporter's name without a dot
HAN_GIVEN = (1, 3)
SHORT_NAME = (2, 4)  # characters of any name printed after a role word


@dataclass(frozen=True)
class Credit:
    """A reporter's name and where it stands in the article's text."""

    name: str
    start: int
    end: int


def looks_like_name(token: str) -> bool:
    """A Han name, a dotted name, or a run of transliteration characters (阿依夏木古丽)."""
    if DOT_NAME.match(token):
        return len(token) <= 20
    if not token or not all(is_cjk(c) for c in token):
        return False
    low, high = NAME_LENGTH
    if not low <= len(token) <= high:
        return False
    surname = 2 if token[:2] in lexicon.COMPOUND_SURNAMES else 1 if token[0] in lexicon.SURNAMES else 0
    if surname and HAN_GIVEN[0] <= len(token) - surname <= HAN_GIVEN[1]:
        return True
    if MINORITY.fullmatch(token):
        return True
    return sum(c in lexicon.TRANSLIT_CHARS for c in token) >= len(token) - 1


def _short_name(token: str) -> bool:
    """Two to four Chinese characters: after a reporter's role, a name whatever its surname (闻, 岩)."""
    return SHORT_NAME[0] <= len(token) <= SHORT_NAME[1] and all(is_cjk(c) for c in token)


def credit_tokens(text: str, offset: int, every_token: bool) -> Iterator[Credit]:
    """The reporters' names in a credit. With `every_token` false, a token must follow a role word
    in the same credit (a dateline's own words, 新华社拉萨电, are no names). After a role word any
    short run of Chinese characters is a name; elsewhere it must look like one."""
    after_role = every_token
    role_seen = False
    for m in TOKEN.finditer(text):
        token, start = m.group(), m.start()
        role = ROLE_HEAD.match(token)
        while role and role.end() > 0:
            token, start = token[role.end():], start + role.end()
            after_role = role_seen = True
            role = ROLE_HEAD.match(token)
        tail = TAIL.search(token)
        if tail and tail.start() >= NAME_LENGTH[0]:
            token = token[:tail.start()]
        if not token or DATELINE_WORDS.search(token):
            continue
        if after_role and (looks_like_name(token) or (role_seen and _short_name(token))):
            yield Credit(token, offset + start, offset + start + len(token))


def find_reporters(article: Article) -> list[Credit]:
    """Every reporter's name the article prints, with its place in `article.text()`."""
    found: list[Credit] = []
    for part in article.parts():
        text = part.text
        if part.name in ("byline", "credit"):
            found += credit_tokens(text, part.offset, every_token=True)
        elif part.name == "dateline":
            bracket = re.search(r"[（(]([^（）()]+)[）)]", text)
            agency = DATELINE_HEAD.match(text)
            if bracket:
                found += credit_tokens(bracket.group(1), part.offset + bracket.start(1), every_token=True)
            elif agency:  # 某某讯 甲 记者乙报道: every token after the paper's word
                found += credit_tokens(text[agency.end():], part.offset + agency.end(), every_token=True)
            else:
                found += credit_tokens(text, part.offset, every_token=False)
        elif part.name in ("body", "captions", "standfirst"):
            found += _in_running_text(text, part.offset)
    return _unique(found)


def _in_running_text(text: str, offset: int) -> list[Credit]:
    found: list[Credit] = []
    opening = OPENING_CREDIT.match(text)
    if opening:
        group = 1 if opening.group(1) else 2
        found += credit_tokens(opening.group(group), offset + opening.start(group), every_token=True)
    closing = CLOSING_CREDIT.search(text)
    if closing and (closing.start() == 0 or text[closing.start() - 1] in "。！？”"):
        inner = closing.group(1)
        every = all(looks_like_name(t) or ROLE_HEAD.match(t) or TAIL.fullmatch(t) for t in TOKEN.findall(inner))
        if every or CREDIT_MARK.search(inner):
            found += credit_tokens(inner, offset + closing.start(1), every_token=True)
    return found


def _unique(found: list[Credit]) -> list[Credit]:
    seen: set[tuple[int, int]] = set()
    out = []
    for credit in found:
        if (credit.start, credit.end) not in seen:
            seen.add((credit.start, credit.end))
            out.append(credit)
    return out
