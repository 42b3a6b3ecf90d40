"""Organisations named in Chinese news text.

An organisation's name ends in a word that says what it is (指挥部, 人民医院, 商务局, 有限公司,
日报); `find_orgs` finds those endings and runs each name back, word by word (jieba's words and
tags), over the place names, department words and other nouns that make it up, and stops at the
words that come before a name in a sentence: prepositions, particles, pronouns, numbers, most
verbs, a person's name, a post. `和` stays inside a name when it joins two department words
(工业和信息化厅). A one-character ending (局, 厅, 委) must not be part of an ordinary word
(格局, 大厅) and a name must hold something before its ending (`医院` alone is no name). Short
local forms (地委, 行署) and well-known names without an ending (新华社, 总台) are looked up, and
a dateline's paper (`某某日报讯`) is an organisation too, a paper's self-reference (本报) is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from baoshu.entities import lexicon
from baoshu.entities.text import PUNCT, alternation, is_cjk, word_freq
from baoshu.places import gazetteer
from baoshu.places.gazetteer import FORMER as FORMER_NAME, FULL as FULL_NAME, SHORT as SHORT_NAME
from baoshu.places.matcher import hits as place_hits
from baoshu.words import cut

SUFFIX = re.compile(alternation(lexicon.ORG_SUFFIXES))
KNOWN = re.compile(alternation(lexicon.KNOWN_ORGS))
SHORT = re.compile(alternation(lexicon.SHORT_ORGS))
TITLE_WORDS = frozenset(lexicon.TITLES) - lexicon.ROLE_NOUNS
STOP_TAGS = ("p", "c", "u", "d", "r", "t", "y", "e", "x", "w", "o")
SINGLE_STOP_TAGS = ("p", "c", "u", "r", "y", "e", "x", "w")
JOINING = ("和", "与")  # join two department words inside one name (工业和信息化厅, 人口与发展研究院)
NUMERALS = frozenset("一二三四五六七八九十百千万亿两零〇0123456789")
PROPER_TAGS = frozenset({"ns", "nt", "nz", "nr", "nrt", "nrfg"})
VERBAL = ("v", "l", "i", "a", "d")  # tags of words that tell what is done, not who
PLACE_KINDS = (FULL_NAME, SHORT_NAME, FORMER_NAME)  # how a place's name opening a head may be printed
RARE_WORD_FREQ = 10  # a word the dictionary saw fewer times is as good as unknown (a proper name)
ORDINAL_INSIDE = re.compile(r"第[一二三四五六七八九十百零〇\d]+")
ORDINAL = re.compile(r"第[一二三四五六七八九十百零〇\d]+[批届期师团]?$")
ONE_CHAR_SUFFIXES = frozenset(s for s in lexicon.ORG_SUFFIXES if len(s) == 1)
# One-character endings that name a unit only right before its head's title (教务处处长, 宣传部部长).
TITLED_ONLY = frozenset("处科部署站所")
ORDINARY_WORD_FREQ = 100  # a one-character ending glued into a word this common is no ending (格局)
MAX_NAME = 30  # characters
MIN_HEAD = 2  # characters a name holds before its ending
MAX_PLACE_NAME = 12  # characters looked at for a place's name opening a name
AID_CHARS = frozenset("援疆藏青")  # the characters of 援疆, which the dictionary cuts apart
SELF_REFERENCE_MAX = 6  # characters of a paper's name for itself (地区融媒, 县融媒体中心)
WINDOW = 40  # characters looked at before an ending
AND_REACH = 9  # characters: `和` joins department words at most this far from where the name ends
INNER_BRACKET = re.compile(r"(?<=[\u4e00-\u9fff])（[\u4e00-\u9fff]{1,8}）$")
MEDIA_DATELINE = re.compile(r"^\s*([\u4e00-\u9fff]{2,12}?(?:日报|晚报|报社|融媒|电视台|广播电视台|新闻网|网|社|台))"
                            r"[\u4e00-\u9fff\d]*?[讯电]")
SUBPLACE_OPENING = re.compile(r"^(?:市|县|区|州|盟|旗|乡|镇)")


@dataclass(frozen=True)
class OrgHit:
    """An organisation's name in a text: [start, end)."""

    start: int
    end: int
    name: str


@lru_cache(maxsize=8192)
def _words(window: str) -> tuple[tuple[str, str], ...]:
    return tuple(cut(window))


def _stops(word: str, flag: str) -> bool:
    """Whether a name does not run back over this word: a listed stop word, a post, punctuation, a
    number, or a function word (preposition, conjunction, particle, pronoun, adverb, time word).
    Other verbs and single characters of any tag stay (沙雅分指挥部, 创伤中心, 县委)."""
    if word in lexicon.ORG_STOP_WORDS or word in TITLE_WORDS or word in lexicon.COUNT_WORDS:
        return True
    if any(c in PUNCT for c in word) or not all(is_cjk(c) or c in "（）" for c in word):
        return True
    if flag in ("m", "q"):
        return any(c in NUMERALS for c in word)
    if len(word) == 1:
        return flag.startswith(SINGLE_STOP_TAGS)
    if flag.startswith("v") and flag != "vn":
        return word not in lexicon.ORG_VERBS
    return flag.startswith(STOP_TAGS)


def name_start(text: str, at: int, barrier: int = 0) -> int:
    """Where a name that runs back from `at` begins: word by word, no further back than `barrier`;
    a short bracket inside the name is part of it (某市轨道交通（集团）有限公司)."""
    inner = INNER_BRACKET.search(text, max(barrier, at - WINDOW), at)
    if inner and inner.end() == at and inner.start() > barrier:
        at = inner.start()
    low = max(barrier, at - WINDOW)
    window = text[low:at]
    cut = len(window)
    for word, flag in reversed(_words(window)):
        start = cut - len(word)
        if ORDINAL.search(window[:cut]) and (flag in ("m", "q")):
            match = ORDINAL.search(window[:cut])
            cut = match.start() if match else start
            continue
        if word in JOINING and _joins(window, start, cut, at - low):
            cut = start
            continue
        if _stops(word, flag) or at - (low + start) > MAX_NAME:
            break
        cut = start
    return low + cut


def _joins(window: str, start: int, cut: int, end: int) -> bool:
    """Whether a 和 at window[start:cut] joins department words inside one name: the words after it
    are short and hold no ending of their own before the name's, and the word before it is no
    name's ending (两所大学和某学院 are two)."""
    after = window[cut:end]
    if len(after) > AND_REACH or any(m.end() < len(after) for m in SUFFIX.finditer(after)):
        return False
    return window[:start].endswith(lexicon.ORG_JOINED)


def _trim_head(text: str, head: int, at: int) -> int:
    """A name does not open with a verb, an adjective or a joining word (建设某中心, 和某公司)."""
    if any(text.startswith(n, head) for n in _place_names_in(text[head:head + MAX_PLACE_NAME])):
        return head
    words = _words(text[head:at])
    pos = head
    for word, flag in words:
        if word in JOINING or (flag[:1] in ("v", "a", "d", "l", "i") and word not in lexicon.ORG_VERBS
                               and not word.startswith(lexicon.LOCAL_HEADS)):
            pos += len(word)
            continue
        break
    return pos


def _ordinary(text: str, start: int, end: int) -> bool:
    """A one-character ending that is part of an ordinary word (格局, 大厅), or a title's first character (局长)."""
    suffix = text[start:end]
    if suffix not in ONE_CHAR_SUFFIXES:
        return False
    after = text[end] if end < len(text) else ""
    if suffix in TITLED_ONLY:
        if start and text[start - 1] == suffix:  # 工作站站长: this 站 opens the title
            return True
        return not text.startswith(("长", suffix + "长", "主任", "书记"), end)
    if after == "长" or (after and word_freq(suffix + after) >= ORDINARY_WORD_FREQ and after not in "党"):
        return True
    before = text[start - 1] if start else ""
    if not before or word_freq(before + suffix) < ORDINARY_WORD_FREQ or before + suffix in lexicon.ORG_SUFFIXES:
        return False
    return word_freq(text[max(0, start - 2):start]) < ORDINARY_WORD_FREQ  # 民政局 is 民政 + 局, 格局 no ending


def _head_ok(name: str, suffix: str) -> bool:
    """Whether a name with this ending is one organisation's: a body of government or aid with a
    head of its own, or an institution whose head has something proper in it."""
    head = name[: len(name) - len(suffix)]
    if len(head) < MIN_HEAD or head.startswith(lexicon.ORG_BAD_HEADS):
        return False
    if head[0] in NUMERALS and not any(head.startswith(n) for n in _place_names_in(head[:MAX_PLACE_NAME])):
        return False  # 三级医院, 五大中心; but 三亚市…
    if suffix in lexicon.PLACE_NAMED_SUFFIXES:
        return bool(_place_names_in(head))
    if suffix in lexicon.AID_SUFFIXES:
        return proper(head)
    if suffix in lexicon.GOVERNMENT_SUFFIXES or suffix in lexicon.NAMED_SUFFIXES:
        return not all(flag[:1] in VERBAL for _, flag in _words(head))
    if head.startswith(lexicon.GENERIC_HEADS):
        return False
    return proper(head)


def is_org_name(name: str) -> bool:
    """Whether a name that ends in an organisation's ending is one organisation's (see `_head_ok`)."""
    m = None
    for m in SUFFIX.finditer(name):
        pass
    return bool(m) and m.end() == len(name) and _head_ok(name, m.group())  # type: ignore[union-attr]


def proper(head: str) -> bool:
    """Something proper in a name's head: a place's name, an ordinal, or a word the dictionary
    does not know or knows as a name (a brand, an institution)."""
    if ORDINAL_INSIDE.search(head) or _place_names_in(head) or head.startswith(lexicon.LOCAL_HEADS):
        return True
    single_run = 0
    for word, flag in _words(head):
        if len(word) >= 2 and word not in lexicon.ORG_VERBS and (word_freq(word) < RARE_WORD_FREQ or flag in PROPER_TAGS):
            return True
        single = len(word) == 1 and word not in lexicon.ORG_STOP_WORDS and word not in AID_CHARS
        single_run = single_run + 1 if single else 0
        if single_run >= 2:  # characters the dictionary cannot join: an unknown word (a brand)
            return True
    return False


def _place_names_in(head: str) -> list[str]:
    """The places' names printed in a head (standard, short or former names of 2 to 8 characters; not
    援疆's abbreviation), by where they start, shorter first."""
    names = gazetteer().names
    found = [h for h in place_hits(head)
             if 2 <= h.end - h.start <= 8 and any(a.kind in PLACE_KINDS for a in names.get(h.name, ()))]
    return [h.name for h in sorted(found, key=lambda h: (h.start, h.end))]


def find_orgs(text: str, barriers: Iterable[tuple[int, int]] = ()) -> list[OrgHit]:
    """Organisations' names in text, longest at each start, in text order.

    `barriers` are spans (persons' names) a name neither covers nor runs back across.
    """
    blocked = bytearray(len(text))
    for s, e in barriers:
        blocked[s:e] = b"\x01" * (e - s)
    hits: list[OrgHit] = []
    for m in SUFFIX.finditer(text):
        start, end = m.span()
        if any(blocked[start:end]) or _ordinary(text, start, end):
            continue
        barrier = start
        while barrier > 0 and not blocked[barrier - 1] and start - barrier < WINDOW:
            barrier -= 1
        head = _trim_head(text, name_start(text, start, barrier), start)
        name = text[head:end]
        if _head_ok(name, m.group()) and not self_reference(name):
            hits.append(OrgHit(head, end, name))
    for pattern in (KNOWN, SHORT):
        for m in pattern.finditer(text):
            if not any(blocked[m.start():m.end()]) and _stands(text, m.start(), m.end(), pattern is SHORT):
                hits.append(OrgHit(m.start(), m.end(), m.group()))
    return _longest(hits)


def _stands(text: str, start: int, end: int, short: bool) -> bool:
    """A looked-up name stands as a word: a short local form must be printed alone or before a post."""
    if not short:
        return True
    before = text[start - 1] if start else ""
    if before and is_cjk(before) and not SUBPLACE_OPENING.match(text[start:end]):
        return False
    return not before or not is_cjk(before)


def _longest(hits: list[OrgHit]) -> list[OrgHit]:
    """Drop names inside a longer one found at the same place."""
    hits = sorted(set(hits), key=lambda h: (h.start, -(h.end - h.start)))
    out: list[OrgHit] = []
    for hit in hits:
        if any(o.start <= hit.start and hit.end <= o.end for o in out):
            continue
        out = [o for o in out if not (hit.start <= o.start and o.end <= hit.end)]
        out.append(hit)
    return sorted(out, key=lambda h: h.start)


def self_reference(name: str) -> bool:
    """A paper's name for itself (本报, 地区融媒): no organisation's name."""
    return name.startswith(lexicon.SELF_MEDIA) and len(name) <= SELF_REFERENCE_MAX


def dateline_media(dateline: str) -> str:
    """The paper or agency a dateline names (`某某日报讯` → 某某日报), "" for the paper's own (本报讯)."""
    m = MEDIA_DATELINE.match(dateline)
    if not m:
        return ""
    name = m.group(1)
    return "" if self_reference(name) else name
