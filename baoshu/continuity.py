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
from typing import NamedTuple

import jieba

TAIL_WORD = re.compile(r"[\u3400-\u9fffA-Za-z0-9]+$")  # the word characters a line ends with
HEAD_WORD = re.compile(r"[\u3400-\u9fffA-Za-z0-9]+")  # the word characters a line starts with
DIGIT_END = re.compile(r"[0-9０-９.．]$")
NUMBER_HEAD = re.compile(r"^[0-9０-９.．%％万亿千百十余多元个人次户家吨亩项所台座名位条公米平方千克倍岁天年月日号]")
CLOSING_HEAD = "，。、；：！？）》”’」』…%％"
OPENING_TAIL = "“‘（《「『—"
CLAUSE_TAIL = "，、；：,;:"
STOPS = "。！？!?…"
BREAK_FEATURES = ("word_across", "long_word_across", "number_across", "head_closes", "tail_opens", "tail_clause",
                  "tail_stop")
REACH = 3  # characters on each side of a break looked at for a word running across it
MIN_WORD_FREQ = 5  # rarer dictionary entries are noise
FREQ_SCALE = 6.0  # log10 of a frequency this large counts as 1


@lru_cache(maxsize=1)
def frequencies() -> dict[str, int]:
    """jieba's dictionary: word → frequency (loaded once)."""
    jieba.setLogLevel(60)
    jieba.initialize()
    return dict(jieba.dt.FREQ)


@lru_cache(maxsize=1 << 16)
def best_word(left: str, right: str) -> tuple[float, int]:
    """The most frequent word made of an end of `left` and a start of `right`.

    jieba's dictionary holds every prefix of its words (frequency 0 when no word of its own), so a
    string it lacks starts no word and longer ones need not be looked up.
    """
    freq = frequencies()
    best, length = 0.0, 0
    for i in range(1, len(left) + 1):
        a = left[-i:]
        for j in range(1, len(right) + 1):
            count = freq.get(a + right[:j])
            if count is None:
                break
            if count >= MIN_WORD_FREQ:
                score = min(1.0, math.log10(count) / FREQ_SCALE)
                if score > best:
                    best, length = score, i + j
    return best, length


class LineEnd(NamedTuple):
    """What the end of a line says about any line after it (computed once per line)."""

    word: str  # the word characters it ends with, within REACH ("" when none)
    digit: bool  # ends in a digit or a decimal point
    opens: float  # ends in an opening quote or bracket
    clause: float  # ends mid-clause
    stop: float  # ends a sentence


class LineStart(NamedTuple):
    """What the start of a line says about any line before it (computed once per line)."""

    word: str  # the word characters it starts with, within REACH ("" when none)
    number: bool  # opens with what goes on a number (digits, units, 万, 元…)
    closes: float  # opens with a closing mark


def line_end(tail: str) -> LineEnd | None:
    """The end of a line, None when it is blank."""
    tail = tail.rstrip()
    if not tail:
        return None
    left = TAIL_WORD.search(tail[-REACH:])
    last = tail[-1]
    return LineEnd(
        word=left.group() if left else "", digit=bool(DIGIT_END.search(tail)),
        opens=float(last in OPENING_TAIL), clause=float(last in CLAUSE_TAIL),
        stop=float(last in STOPS or tail[-2:-1] in STOPS and last in "”’」』）)"),
    )


def line_start(head: str) -> LineStart | None:
    """The start of a line, None when it is blank."""
    head = head.lstrip()
    if not head:
        return None
    right = HEAD_WORD.match(head[:REACH])
    return LineStart(word=right.group() if right else "", number=bool(NUMBER_HEAD.match(head)),
                     closes=float(head[0] in CLOSING_HEAD))


def break_values(end: LineEnd, start: LineStart) -> tuple[float, ...]:
    """The values of BREAK_FEATURES for the break between a line's `end` and the next one's `start`."""
    word, length = best_word(end.word, start.word) if end.word and start.word else (0.0, 0)
    return (word, float(length >= 3), float(end.digit and start.number), start.closes, end.opens, end.clause,
            end.stop)


def pair_features(tail: str, head: str) -> dict[str, float]:
    """What the break between the end of `tail` and the start of `head` says, as features in 0..1."""
    end, start = line_end(tail), line_start(head)
    if end is None or start is None:
        return {}
    return dict(zip(BREAK_FEATURES, break_values(end, start)))
