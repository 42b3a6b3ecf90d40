"""Small text helpers shared by the entity finders: characters, words, sentences."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import jieba
import jieba.posseg

PUNCT = frozenset("，。、；：？！“”‘’（）()《》〈〉「」『』【】—…·,.;:?!\"' \t\n\u3000□■●◆▲")
SENTENCE_END = "。！？；!?\n"
QUOTE_CLOSE = "”’」』）)"
NAME_TAGS = frozenset({"nr", "nrfg", "nrt"})


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def all_cjk(text: str) -> bool:
    return bool(text) and all(is_cjk(c) for c in text)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of the words, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def ends_with(pattern: re.Pattern[str], text: str, at: int, reach: int = 16) -> re.Match[str] | None:
    """The match of `pattern` (anchored with `$`) that ends exactly at `at` in text."""
    return pattern.search(text[max(0, at - reach):at])


@lru_cache(maxsize=1)
def _dictionary() -> tuple[dict[str, int], dict[str, str]]:
    jieba.initialize()
    return jieba.dt.FREQ, jieba.posseg.dt.word_tag_tab


def word_freq(word: str) -> int:
    """How often jieba's dictionary saw the word (0 when it does not know it)."""
    return _dictionary()[0].get(word, 0) or 0


def word_tag(word: str) -> str:
    """jieba's part-of-speech tag of a known word, else ""."""
    return _dictionary()[1].get(word, "")


def common_word(word: str, min_freq: int) -> bool:
    """A dictionary word at least this frequent that is not a person's name."""
    return word_freq(word) >= min_freq and word_tag(word) not in NAME_TAGS


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence: up to and with 。！？；, a closing quote kept with it; lines apart."""
    start = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in SENTENCE_END:
            end = i + 1
            while end < n and text[end] in QUOTE_CLOSE:
                end += 1
            if ch == "\n":
                end = i
            if text[start:end].strip():
                yield start, end
            start = end + 1 if ch == "\n" else end
            i = start
            continue
        i += 1
    if text[start:].strip():
        yield start, n


def sentence_at(text: str, at: int) -> tuple[int, int]:
    """The sentence around position `at`."""
    for start, end in sentences(text):
        if start <= at < end:
            return start, end
    return at, at
