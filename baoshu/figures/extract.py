"""Find figures in a piece of text and put them in normal form.

Works on one part of an article (a title, a paragraph, a caption). Offsets are
in characters of the part as given; white space inside a figure is allowed
(`2 000 吨`) and left out of its printed `text`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from baoshu.figures.numbers import (
    ARABIC,
    CHINESE_DIGIT_CHARS,
    MAGNITUDE_CHARS,
    is_bare_magnitude,
    is_digit_string,
    parse_number,
)
from baoshu.figures.units import (
    FORMULA_BEFORE,
    LEXICALIZED,
    MONEY_UNITS,
    NAME_AFTER,
    NOT_QUALIFIER_BEFORE,
    NOT_UNIT_AFTER,
    ORDINAL_BEFORE,
    PRE_QUALIFIERS,
    QUOTES,
    RANGE_SEPARATORS,
    SHORT_NAME_LENGTH,
    TIME_UNITS,
    TITLE_QUOTES,
    UNIT_ALIASES,
    UNITS,
    VAGUE_BEFORE,
)

# Full-width forms folded one character for one character, so offsets stay valid.
_FOLD = str.maketrans("０１２３４５６７８９．％～", "0123456789.%~")


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_CHINESE_NUMBER = rf"[{CHINESE_DIGIT_CHARS}{MAGNITUDE_CHARS}]+(?:点[{CHINESE_DIGIT_CHARS}]+)?"
_NUMBER = rf"{ARABIC}|{_CHINESE_NUMBER}"
_LARGE = "(?:[万亿百]|千(?![瓦米克]))+"
_FIGURE = re.compile(
    rf"(?P<pre>{_alternation(PRE_QUALIFIERS)})?"
    rf"(?:(?P<percent_of>百分之)(?P<pnum>{_NUMBER})"
    rf"|(?P<num>{_NUMBER})(?P<q1>[多余])?(?P<mag>{_LARGE})?(?P<q2>[多余])?"
    rf"(?:(?P<pct1>%)?(?P<sep>[{re.escape(RANGE_SEPARATORS)}])(?P<num2>{_NUMBER})(?P<mag2>{_LARGE})?)?"
    rf"(?P<unit>%|‰|{_alternation(UNITS)})?)"
    rf"(?P<q3>[多余](?![{CHINESE_DIGIT_CHARS}]))?"
    rf"(?P<post>以上|以下|左右)?"
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
WHITE_SPACE = re.compile(r"\s")  # the characters str.isspace() tells (the same set, every code point)
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_CHINESE_NUMERAL_CHAR = set(CHINESE_DIGIT_CHARS) | set(MAGNITUDE_CHARS)
_UNLOOSENED_COUNTS = ("个", "家", "所", "座", "名", "位", "户", "人")
SPLIT_UNITS = ("月", "小时")  # 个…月, 个…小时
OPENING_QUOTES = tuple(QUOTES)
CLOSING_QUOTES = tuple(QUOTES.values())


@dataclass
class Hit:
    """One figure found in a piece of text: [start, end) offsets and normal form."""

    start: int
    end: int
    text: str
    value: float
    unit: str
    qualifier: str = ""
    value_max: float | None = None


def _compact(text: str) -> tuple[str, list[int]]:
    """The text without white space (full-width digits folded) and each kept character's offset."""
    if not WHITE_SPACE.search(text):
        return text.translate(_FOLD), list(range(len(text)))
    kept = [(i, c) for i, c in enumerate(text) if not c.isspace()]
    return "".join(c for _, c in kept).translate(_FOLD), [i for i, _ in kept]


def _quoted_spans(text: str) -> list[tuple[int, int, str]]:
    """[start, end) of the inside of each quotation, with its opening mark."""
    spans: list[tuple[int, int, str]] = []
    stack: list[tuple[int, str]] = []
    for i, c in enumerate(text):
        if stack and c == QUOTES[stack[-1][1]]:
            start, mark = stack.pop()
            spans.append((start + 1, i, mark))
        elif c in QUOTES:
            stack.append((i, c))
    return spans


def _is_name_in_quotes(start: int, end: int, quotes: list[tuple[int, int, str]]) -> bool:
    for q_start, q_end, mark in quotes:
        if q_start <= start and end <= q_end:
            if mark in TITLE_QUOTES or q_end - q_start <= SHORT_NAME_LENGTH:
                return True
    return False


def _chinese_only(text: str) -> bool:
    return all(c in _CHINESE_NUMERAL_CHAR or c == "点" for c in text)


def _is_named_set(text: str, start: int, end: int) -> bool:
    """A Chinese numeral next to another (`三省一市`, `万亩亿元`) is a name, not a count."""
    around = text[max(0, start - 2):start] + text[end:end + 2]
    return any(c in _CHINESE_NUMERAL_CHAR for c in around)


def _value(number: str, magnitude: str | None) -> float:
    return parse_number(number + (magnitude or ""))


def _qualifier(m: re.Match[str], text: str) -> tuple[str, bool]:
    """The qualifier that counts, and whether it is the prefix (so printed with the figure)."""
    inner = m["q1"] or m["q2"] or m["q3"] or m["post"]
    if inner:
        return inner, False
    pre = m["pre"]
    if pre and pre in NOT_QUALIFIER_BEFORE and m.start() > 0 and text[m.start() - 1] in NOT_QUALIFIER_BEFORE[pre]:
        return "", False
    return (pre or ""), bool(pre)


def _is_year(m: re.Match[str], text: str, qualifier: str) -> bool:
    if m["unit"] != "年" or qualifier:
        return False
    numbers = [m["num"], m["num2"]] if m["num2"] else [m["num"]]
    after = text[m.end():m.end() + 1]
    return after not in ("来", "间", "之") and all(
        re.fullmatch(r"\d{4}", n) and 1000 <= int(n) <= 2199 for n in numbers)


def _is_one_span_of_time(number: str, unit: str, qualifier: str, after: str) -> bool:
    """`一年多`, `一年来`: a span of one unit of time, not `一` used as an article."""
    return number == "一" and unit in TIME_UNITS and (bool(qualifier) or after in ("来", "以", "间"))


def _rejected(m: re.Match[str], text: str, qualifier: str,
              quotes: list[tuple[int, int, str]]) -> bool:
    """True when a match is a date, ordinal, name, set, idiom or vague amount (FIGURES.md)."""
    number = m["num"] or m["pnum"]
    unit = "%" if m["percent_of"] else (m["unit"] or "")
    begin = m.start("num") if m["num"] else m.start("percent_of")
    before = text[begin - 1] if begin > 0 else ""
    after = text[m.end():m.end() + 1]
    chinese = _chinese_only(number)
    if before == ORDINAL_BEFORE or (before and before in FORMULA_BEFORE):
        return True
    if _ASCII_LETTER.match(before) or _ASCII_LETTER.match(after):
        return True
    if chinese and before and before in VAGUE_BEFORE:
        return True
    if not unit:
        unitless_ok = bool(re.fullmatch(ARABIC, number)) and bool(m["mag"]) and not _CJK.match(after)
        if not unitless_ok:
            return True
    if _is_year(m, text, qualifier):
        return True
    if any(is_digit_string(n) for n in (number, m["num2"]) if n):
        return True
    if number in ("一", "二", "〇", "零") and not m["num2"] and not _is_one_span_of_time(number, unit, qualifier, after):
        return True
    if unit == "年" and after == "代":
        return True  # 80年代
    if text[begin - 1:begin] == "前" and unit in ("名", "位"):
        return True  # 前10名: a rank
    if chinese and is_bare_magnitude(number) and unit not in MONEY_UNITS and not qualifier:
        return True
    if unit and after == unit[-1]:
        return True  # 一个个, 一批批
    if after and after in NOT_UNIT_AFTER.get(unit, ""):
        return True  # 1对1, 3包括: a word, not a unit
    if number + unit in LEXICALIZED:
        return True
    if after == "级" or (chinese and after and after in NAME_AFTER and unit not in _UNLOOSENED_COUNTS):
        return True
    if chinese and unit not in TIME_UNITS and _is_named_set(text, begin, m.end()):
        return True
    if chinese and (text[begin - 1:begin] in CLOSING_QUOTES or text[m.end():m.end() + 1] in OPENING_QUOTES):
        return True  # “稳产”“扩能”两个关键, 三个“必须”: counting slogans
    return _is_name_in_quotes(begin, m.end(), quotes)


def find_figures(text: str) -> list[Hit]:
    """Every figure in `text`, in order, with [start, end) offsets into `text`."""
    compact, where = _compact(text)
    quotes = _quoted_spans(compact)
    hits: list[Hit] = []
    for m in _FIGURE.finditer(compact):
        if not (m["num"] or m["pnum"]):
            continue
        qualifier, pre_printed = _qualifier(m, compact)
        if _rejected(m, compact, qualifier, quotes):
            continue
        try:
            if m["percent_of"]:
                value, value_max, unit = parse_number(m["pnum"]), None, "%"
            else:
                value = _value(m["num"], m["mag"])
                value_max = _value(m["num2"], m["mag2"] or m["mag"]) if m["num2"] else None
                if m["num2"] and not m["mag"] and m["mag2"]:
                    value = _value(m["num"], m["mag2"])  # 3至5万吨: both ends in 万
                unit = m["unit"] or ""
        except ValueError:
            continue
        if not math.isfinite(value) or (value_max is not None and not math.isfinite(value_max)):
            continue  # a run of hundreds of digits is no quantity, and no JSON number either
        if value_max is not None and value_max <= value:
            continue
        start = m.start() if pre_printed else (m.start("num") if m["num"] else m.start("percent_of"))
        end = m.end()
        if unit == "个" and m["q3"] and not m["post"]:
            split_unit = next((u for u in SPLIT_UNITS if compact.startswith(u, end)), "")
            if split_unit:  # 两个多月: the qualifier sits inside the unit 个月
                end += len(split_unit)
                unit = "个" + split_unit
        unit = UNIT_ALIASES.get(unit, unit)
        printed = "".join(text[i] for i in where[start:end])
        hits.append(Hit(start=where[start], end=where[end - 1] + 1, text=printed,
                        value=value, unit=unit, qualifier=qualifier, value_max=value_max))
    return _join_ranges(hits, text)


def _join_ranges(hits: list[Hit], text: str) -> list[Hit]:
    """`3万元至5万元`: two figures with one unit and a range mark between them are one range."""
    joined: list[Hit] = []
    for hit in hits:
        last = joined[-1] if joined else None
        between = text[last.end:hit.start].strip() if last else ""
        if (last and len(between) == 1 and between in RANGE_SEPARATORS and last.unit == hit.unit
                and last.value_max is None and hit.value_max is None and hit.value > last.value
                and not last.qualifier):
            joined[-1] = Hit(start=last.start, end=hit.end, text=last.text + between + hit.text,
                             value=last.value, unit=hit.unit, qualifier=hit.qualifier, value_max=hit.value)
        else:
            joined.append(hit)
    return joined
