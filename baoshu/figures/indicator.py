"""A figure's indicator: its measure made comparable across articles.

The measure is the phrase of the text that names what is counted, as printed
(`确保固定资产投资`, `全县农村居民人均可支配收入`). Its indicator keeps the head of
that phrase: from its front go, again and again, modal and linking words
(确保, 力争, 累计, 已, each a word of its own), places (a gazetteer name, `全县`, `我市`), times (今年,
上半年) and pronouns (该, 其), and from its end modal and linking words
(`…力争`); a modifier ending in 的 goes too (`医生完成的手术比例`
→ `手术比例`). What is left is the measure itself when nothing is stripped.

`is_rate` tells shares and rates, which are never summed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from baoshu.figures.tokens import words_of
from baoshu.figures.units import TIME_UNITS
from baoshu.places import find_places

# Words that open a measure without being what is measured: modal verbs, linking verbs, adverbs.
MODAL_WORDS = (
    "确保", "力争", "争取", "预计", "计划", "预期", "有望", "可望", "拟", "将要", "将", "已经", "已", "可以",
    "可", "能够", "能", "要", "需要", "需", "还", "再", "又", "也", "都", "仅", "就", "共", "累计", "共计",
    "合计", "总计", "实现", "完成", "达到", "超过", "突破", "带动", "吸纳", "提供", "拉动", "新增加",
    "为", "达", "约", "逾", "近", "超", "有", "是",
)
# Scope and deixis: where, in words that name no unit of their own.
SCOPE = re.compile(r"^(?:全(?:国|省|区|市|州|县|镇|乡|村|盟|旗|地区)|我(?:国|省|区|市|州|县|镇|乡|村)"
                   r"|本(?:省|区|市|州|县|镇|乡|村|地)|各地|当地|两地|该|其|此|这|那|各)")
TIME = re.compile(r"^(?:今年|去年|前年|明年|当年|本年|全年|年内|上半年|下半年|前三季度|[一二三四]季度"
                  r"|同期|目前|当前|现在|近年来|近年|\d{4}年|\d{1,2}月份?|[1-9]\d?—\d{1,2}月)")
ADVERB_FLAGS = ("d", "p", "c", "r")  # adverbs, prepositions, conjunctions, pronouns
PARTICLE = "的"
MIN_LENGTH = 2
AGE_UNITS = ("岁", "周岁")
AGE = "年龄"  # an indicator shorter than this is no better than the measure
RATE_UNITS = frozenset(("%", "‰", "个百分点", "百分点", "倍", "成"))
RATE_WORDS = ("率", "比重", "比例", "占比", "增速", "增幅", "降幅", "涨幅", "均",  # 人均, 年均, 平均, 均价
              "单价", "价格", "指数")


def _word_ends(text: str) -> set[int]:
    ends, at = set(), 0
    for word, _ in words_of(text):
        at += len(word)
        ends.add(at)
    return ends


def _strip_front(text: str) -> str:
    """One modal word, scope word, time or place off the front of text, if one stands there as words."""
    ends = _word_ends(text)
    cut = 0
    first, flag = words_of(text)[0]
    if first in MODAL_WORDS or flag in ADVERB_FLAGS:
        cut = len(first)
    for pattern in (SCOPE, TIME):
        m = pattern.match(text)
        if m and m.end() in ends:
            cut = max(cut, m.end())
    places = find_places(text)
    if places and places[0].start == 0 and places[0].end in ends:
        cut = max(cut, places[0].end)
    return text[cut:] if cut and len(text) - cut >= MIN_LENGTH else text


def _strip_back(text: str) -> str:
    """A modal or linking word off the end of text (`货物吞吐量力争` → `货物吞吐量`)."""
    last, _ = words_of(text)[-1]
    if last in MODAL_WORDS and len(text) - len(last) >= MIN_LENGTH:
        return text[:-len(last)]
    return text


@lru_cache(maxsize=8192)
def indicator(measure: str, unit: str = "") -> str:
    """The head of `measure`: modal and linking words, places, times and modifiers in 的 stripped.
    An age's measure is whose it is; its indicator is age."""
    if unit in AGE_UNITS:
        return AGE
    text = measure.strip()
    while text:
        stripped = _strip_back(_strip_front(text))
        if stripped == text:
            break
        text = stripped
    head = text.rsplit(PARTICLE, 1)[-1]
    if len(head) >= MIN_LENGTH and head != text:
        text = indicator(head, unit)
    return text


def is_rate(unit: str, indicator_text: str = "") -> bool:
    """A share or rate (a per cent, a multiple, a per-head or average figure): never summed."""
    return unit in RATE_UNITS or any(word in indicator_text for word in RATE_WORDS)


# Units whose values add to nothing: ages, temperatures, and durations (spans of time, not amounts).
NOT_ADDITIVE_UNITS = frozenset(("岁", "周岁", "摄氏度", "℃", *TIME_UNITS))


def summable(unit: str, indicator_text: str = "") -> bool:
    """Whether figures of this unit and indicator may be added: no rates, ages or durations."""
    return not is_rate(unit, indicator_text) and unit not in NOT_ADDITIVE_UNITS
