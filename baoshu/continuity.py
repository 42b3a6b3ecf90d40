"""Does line B continue line A? The evidence, as named features.

A column's lines are cut wherever the measure ends, inside words and numbers;
lines of another column or story are not. So a word that runs across the
break (`交` / `易会`, `生` / `活照护`), a number that does (`477.` / `65亿元`),
a line that ends mid-clause followed by one that opens with a comma, and a
line that runs to the full measure are all evidence that B continues A. Word
frequencies come from jieba's bundled dictionary (nothing is downloaded).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

import jieba

TAIL_WORD = re.compile(r"[\u3400-\u9fffA-Za-z0-9]+$")  # the word characters a line ends with
HEAD_WORD = re.compile(r"[\u3400-\u9fffA-Za-z0-9]+")  # the word characters a line starts with
DIGIT_END = re.compile(r"[0-9０-９.．]$")
NUMBER_HEAD = re.compile(r"^[0-9０-９.．%％万亿千百十余多元个人次户家吨亩项所台座名位条公米平方千克倍岁天年月日号]")
CLOSING_HEAD = "，。、；：！？）》”’」』…%％"
OPENING_TAIL = "“‘（《「『—"
CLAUSE_TAIL = "，、；：,;:"
STOPS = "。！？!?…"
REACH = 3  # characters on each side of a break looked at for a word running across it
MIN_WORD_FREQ = 5  # rarer dictionary entries are noise
FREQ_SCALE = 6.0  # log10 of a frequency this large counts as 1


@lru_cache(maxsize=1)
def frequencies() -> dict[str, int]:
    """jieba's dictionary: word → frequency (loaded once)."""
    jieba.setLogLevel(60)
    jieba.initialize()
    return dict(jieba.dt.FREQ)


def word_across(tail: str, head: str) -> tuple[float, int]:
    """The most frequent dictionary word running across the break: (scaled log frequency, length)."""
    left = TAIL_WORD.search(tail[-REACH:])
    right = HEAD_WORD.match(head[:REACH])
    if not left or not right:
        return 0.0, 0
    return best_word(left.group(), right.group())


@lru_cache(maxsize=1 << 16)
def best_word(left: str, right: str) -> tuple[float, int]:
    """The most frequent word made of an end of `left` and a start of `right`."""
    freq = frequencies()
    best, length = 0.0, 0
    for i in range(1, len(left) + 1):
        a = left[-i:]
        for j in range(1, len(right) + 1):
            count = freq.get(a + right[:j], 0)
            if count >= MIN_WORD_FREQ:
                score = min(1.0, math.log10(count) / FREQ_SCALE)
                if score > best:
                    best, length = score, i + j
    return best, length


def pair_features(tail: str, head: str) -> dict[str, float]:
    """What the break between the end of `tail` and the start of `head` says, as features in 0..1."""
    tail, head = tail.rstrip(), head.lstrip()
    if not tail or not head:
        return {}
    word, length = word_across(tail, head)
    last = tail[-1]
    return {
        "word_across": word,
        "long_word_across": float(length >= 3),
        "number_across": float(bool(DIGIT_END.search(tail)) and bool(NUMBER_HEAD.match(head))),
        "head_closes": float(head[0] in CLOSING_HEAD),
        "tail_opens": float(last in OPENING_TAIL),
        "tail_clause": float(last in CLAUSE_TAIL),
        "tail_stop": float(last in STOPS or tail[-2:-1] in STOPS and last in "”’」』）)"),
    }
