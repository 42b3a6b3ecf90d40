"""Recognize the printed conventions of Chinese newspapers in a piece of text.

Datelines (`本报讯 记者X报道`, `X融媒讯（记者 X）`, `新华社X月X日电`), bylines
(`□ 本报记者 X`), photo credits (`X 摄`), jump lines (`（下转第3版）`), caption
openings (`图为…`, arrows) and page labels (editor lines, folios). These are
conventions of the trade, not of any one page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

HAN = r"\u3400-\u9fff"
NAME = rf"[{HAN}·]{{2,8}}"
_S = r"[ \t\u3000]*"
_GAP = r"[ \t\u3000]+"

# The source: a paper, an agency, a media centre, with optional place and date; `X电` with no
# date when its reporters follow in brackets.
DATELINE_LEAD = re.compile(
    rf"^(?P<lead>(?:[{HAN}A-Za-z]{{1,16}}[{HAN}\s]{{0,12}}?)"
    rf"(?:\d{{1,2}}{_S}月{_S}\d{{1,2}}{_S}日{_S})?"
    rf"(?:(?<![通资快视简喜音短传电])讯|(?<=日)电|(?<=[社台网])电|电(?={_S}[（(][^（）()]{{0,20}}?(?:记者|通讯员))))"
)
# A reporter parenthesis right after the lead: （记者 X 通讯员 Y）.
DATELINE_REPORTERS = re.compile(
    rf"^{_S}[（(][^（）()]{{0,40}}?(?:记者|通讯员|实习生|特派|见习|摄影)[^（）()]{{0,40}}[)）]"
)
# Names then `记者X报道`: 周宁 记者韩立平报道.
DATELINE_REPORTED = re.compile(
    rf"^{_S}(?:{NAME}{_S}){{0,3}}?(?:本报|特约|特派)?(?:记者|通讯员){_S}{NAME}(?:{_S}{NAME}){{0,3}}{_S}报道"
)

BOX_MARKS = "□■◆◇●○▲△★☆◎"
BYLINE_BOXED = re.compile(rf"^[{BOX_MARKS}]{_S}(?P<who>[^，。；！？]{{2,30}})$")
# A person's name: two to four characters, or a transliterated name with a middle dot.
PERSON = rf"(?:[{HAN}]{{2,4}}|[{HAN}]{{1,8}}·[{HAN}]{{1,8}})"
# Reporters named after a dateline's lead without brackets, each name set apart by a space:
# 记者 王某 特约记者 李某 (then the text).
DATELINE_NAMED = re.compile(rf"^{_S}(?:(?:本报|特约|见习)?(?:记者|通讯员|实习生){_S}{PERSON}{_GAP})+")
# A dateline set on lines of its own: nothing after the lead but two roles or more and their
# names, run together or not (one role and a word may open the text: 记者获悉).
DATELINE_NAMES_ONLY = re.compile(rf"^{_S}(?:(?:本报|特约|见习)?(?:记者|通讯员|实习生){_S}{PERSON}{_S}){{2,}}$")
SIGNING_DESK = "(?:本报|特约)评论员"  # a byline naming a desk, with or without a name
BYLINE_PLAIN = re.compile(
    rf"^(?P<who>(?:本报|特约|特派|见习)?(?:记者|通讯员|撰稿|作者){_S}{PERSON}(?:{_GAP}(?:(?:通讯员|实习生){_S})?{PERSON}){{0,4}}"
    rf"|文/(?:图)?{_S}{PERSON}(?:{_GAP}{PERSON}){{0,3}}"
    rf"|{SIGNING_DESK}(?:{_GAP}{PERSON})?)$"
)
# The attribution that ends a brief: 。（王某）, 。（王某 李某）, 。（通讯员 王某）, 。（据新华社）; names
# may run together (。（欧阳某某阿依某某）), but a credit (…摄, …供图) or an end mark (完) is no author.
_ROLE = r"(?:(?:本报|特约|见习)?(?:记者|通讯员|实习生)[ \t\u3000]*)"
_SIGNER = rf"{_ROLE}?[{HAN}·]{{2,12}}"
ATTRIBUTION = re.compile(
    rf"[。！？”][ \t\u3000]*[（(](?P<who>据[{HAN}]{{2,8}}|{_SIGNER}(?:[ \t\u3000]+{_SIGNER}){{0,3}})[）)][ \t\u3000]*$"
)
NOT_SIGNERS = ("摄", "摄影", "供图", "完")
REPORTERS_OPEN = re.compile(rf"^{_S}[（(]{_S}{_ROLE}")
CREDIT = re.compile(
    rf"^(?P<credit>[^，。；！？]{{2,40}}?(?:(?<!拍)摄|摄影|供图|/图|图/{NAME})"
    rf"|[（(]?(?:新华社|中新社|人民网|本报)(?:记者{_S}{NAME}{_S})?发[）)]?"
    rf"|[（(][^（）()，。]{{2,20}}(?:摄|供图)[）)])$"
)
JUMP = re.compile(
    rf"[（(]{_S}(?P<dir>下转|转|上接|接|紧接|转至){_S}第?{_S}(?P<page>[0-9０-９一二三四五六七八九十A-Za-z]+){_S}版{_S}[）)]"
)
CAPTION_OPEN = re.compile(r"^(?:[➡→▲△↑↓◀▶►◄]|图为|图一|图二|上图|下图|左图|右图|图：|图:)")
CAPTION_MARKS = re.compile(r"^[➡→▲△↑↓◀▶►◄]\s*")
PAGE_LABEL = re.compile(
    r"^(?:责任编辑|责编|编辑|美编|版式|校对|组版|审校|值班主任|本版编辑)[:：]"
    r"|^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*星期[一二三四五六日天])?(?:\s*第?\s*[A-Z]?\d{1,2}\s*版)?\s*$"
    r"|^\d{4}年\d{1,2}月\d{1,2}日\s*星期[一二三四五六日天]"
    r"|^第?\s*[A-Z]?[0-9０-９]{1,2}\s*版$"
    rf"|^[{HAN}]{{2,8}}(?:日报|晚报|时报|晨报|导报|商报|经济报|报)$"
)
CLAUSE_PUNCT = re.compile(r"[，、；。：,;]")  # the punctuation of prose, never of a headline
TERMINAL = "。！？!?…；;"
CLOSERS = "”’」』）)"


@dataclass
class Dateline:
    text: str  # the dateline as printed, spaces kept
    rest: str  # the paragraph after it


def split_dateline(paragraph: str) -> Dateline | None:
    """Split a dateline off the start of a story's first paragraph."""
    if "讯" not in paragraph and "电" not in paragraph:  # a dateline's lead ends in one of them
        return None
    lead = DATELINE_LEAD.match(paragraph)
    if not lead or len(lead.group("lead").replace(" ", "")) > 24:
        return None
    end = lead.end()
    for extra in (DATELINE_REPORTERS, DATELINE_REPORTED, DATELINE_NAMED, DATELINE_NAMES_ONLY):
        more = extra.match(paragraph[end:])
        if more:
            end += more.end()
            break
    rest = paragraph[end:].lstrip(" \t\u3000，,：:")
    return Dateline(text=paragraph[:end].strip(), rest=rest)


def opens_reporters(text: str) -> bool:
    """A bracketed list of reporters opens the text, closed or cut off by a line's end: a
    dateline's second half."""
    return REPORTERS_OPEN.match(text) is not None


def names_a_desk(line: str) -> bool:
    """A byline naming a desk and no one (`本报评论员`): over a headline, the column's label."""
    return re.fullmatch(rf"[{BOX_MARKS}]?{_S}{SIGNING_DESK}{_S}", line.strip()) is not None


def match_byline(line: str) -> str | None:
    """The author of a byline line (`□ 本报记者 X` -> `本报记者 X`), or None."""
    line = line.strip()
    boxed = BYLINE_BOXED.match(line)
    if boxed:
        return boxed.group("who").strip()
    plain = BYLINE_PLAIN.match(line)
    return plain.group("who").strip() if plain else None


def ends_with_attribution(text: str) -> bool:
    """Text that ends the way a brief does: a sentence, then its author in brackets."""
    found = ATTRIBUTION.search(text)
    return found is not None and not found.group("who").endswith(NOT_SIGNERS)


def match_credit(text: str) -> str | None:
    """A photo credit (`新华社记者 韩立平 摄`), or None."""
    text = text.strip()
    found = CREDIT.match(text)
    return found.group("credit") if found else None


@dataclass
class Jump:
    direction: str  # "on" for 下转, "from" for 上接
    page: str
    start: int
    end: int


def find_jump(text: str) -> Jump | None:
    """A jump line inside the text (`（下转第3版）`), or None."""
    found = JUMP.search(text)
    if not found:
        return None
    direction = "from" if found.group("dir") in ("上接", "接", "紧接") else "on"
    page = found.group("page").translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    return Jump(direction=direction, page=page, start=found.start(), end=found.end())


def strip_jumps(text: str) -> tuple[str, str, str]:
    """Remove jump lines from text; return (text, continued_on, continued_from)."""
    on = came_from = ""
    while (jump := find_jump(text)) is not None:
        if jump.direction == "on":
            on = jump.page
        else:
            came_from = jump.page
        text = (text[:jump.start] + text[jump.end:])
    return text.strip(), on, came_from


def opens_caption(line: str) -> bool:
    return bool(CAPTION_OPEN.match(line.strip()))


def is_page_label(line: str) -> bool:
    return bool(PAGE_LABEL.match(line.strip()))


def ends_sentence(text: str) -> bool:
    """True when text ends a sentence: a stop, or a stop inside closing quotes."""
    text = text.rstrip()
    while text and text[-1] in CLOSERS:
        if len(text) >= 2 and text[-2] in TERMINAL:
            return True
        text = text[:-1]
    return bool(text) and text[-1] in TERMINAL
