"""Does a name printed in a text stand as a word there, or is it cut out of other words?

`关于田间` holds 于田 and 和田 can hide in `和田间`; `加纳入` holds 加纳. A reader splits such a
run into the likelier words. We do the same on a few characters around the name with word
frequencies from jieba's dictionary (``words.tsv``, written by scripts/build_gazetteer.py): the
name stands when the best split through it beats the best split through a word that crosses its
edge (关于, 田间, 纳入) or a word that swallows it (大同小异, 玉门关, 长白山).
"""

from __future__ import annotations

import math
from functools import lru_cache
from importlib.resources import files

from baoshu.places.gazetteer import GazetteerError

WORDS_FILE = "words.tsv"
MAX_WORD = 4  # the longest word kept in words.tsv
REACH = MAX_WORD - 1  # characters looked at on each side of a name
# A word made of a place name and one of these still names the place (天津人, 新疆籍).
DERIVED = "人籍"
UNKNOWN_FREQ = 1  # a character jieba's dictionary does not know
CACHE_SIZE = 8192  # neighbourhoods remembered: a paper prints the same names in the same phrases


class Words:
    """Word frequencies by first character, each character's line read when first asked for."""

    def __init__(self, lines: dict[str, str], log_total: float) -> None:
        self._lines = lines
        self._read: dict[str, dict[str, float]] = {}
        self.log_total = log_total

    def _bucket(self, char: str) -> dict[str, float]:
        bucket = self._read.get(char)
        if bucket is None:
            tokens = self._lines.get(char, "").split()
            bucket = {w: math.log(int(f)) for w, f in zip(tokens[::2], tokens[1::2])}
            self._read[char] = bucket
        return bucket

    def __contains__(self, word: str) -> bool:
        return bool(word) and word in self._bucket(word[0])

    def log_freq(self, word: str) -> float:
        """The log frequency of a known word, minus infinity for an unknown one."""
        return self._bucket(word[0]).get(word, -math.inf) if word else -math.inf

    def cost(self, word: str) -> float:
        """Minus the log probability of the word; a single character is always a word."""
        log_freq = self.log_freq(word)
        if log_freq == -math.inf and len(word) == 1:
            log_freq = math.log(UNKNOWN_FREQ)
        return self.log_total - log_freq


def parse(text: str, source: str = WORDS_FILE) -> Words:
    """Read a words.tsv text: a `#total` line, then `char<TAB>word freq word freq …` lines."""
    lines: dict[str, str] = {}
    total = 0
    for number, line in enumerate(text.splitlines(), 1):
        key, tab, value = line.partition("\t")
        if key == "#total":
            total = int(value)
        elif not key.startswith("#"):
            if not tab or len(key) != 1:
                raise GazetteerError(f"{source}:{number}: expected a character, a tab and its words")
            lines[key] = value
    if total <= 0:
        raise GazetteerError(f"{source}: no #total line")
    return Words(lines, math.log(total))


@lru_cache(maxsize=1)
def words() -> Words:
    """The packaged word table, read on first use."""
    return parse(files("baoshu.places").joinpath(WORDS_FILE).read_text(encoding="utf-8"))


def _best(text: str, table: Words) -> float:
    """The lowest total cost of splitting text into known words and single characters."""
    best = [0.0] + [math.inf] * len(text)
    for j in range(1, len(text) + 1):
        for i in range(max(0, j - MAX_WORD), j):
            cost = best[i] + table.cost(text[i:j])
            if cost < best[j]:
                best[j] = cost
    return best[-1]


def stands(text: str, start: int, end: int, floor: float) -> bool:
    """Whether text[start:end] is a word of its own in its neighbourhood.

    The name counts as at least ``floor`` times frequent: a place name is likelier in the news
    than jieba's dictionary knows.
    """
    lo, hi = max(0, start - REACH), min(len(text), end + REACH)
    return _stands(text[lo:hi], start - lo, end - lo, floor)


@lru_cache(maxsize=CACHE_SIZE)
def _stands(window: str, start: int, end: int, floor: float) -> bool:
    table = words()
    through_name = math.inf  # computed when a rival word turns up
    for i in range(0, end):
        for j in range(max(i + 2, start + 1), min(len(window), i + MAX_WORD) + 1):
            word = window[i:j]
            crosses = i < start < j < end or start < i < end < j
            swallows = (i <= start and end <= j and (i, j) != (start, end)
                        and not (i == start and j == end + 1 and word[-1] in DERIVED))
            if not (crosses or swallows) or word not in table:
                continue
            if through_name == math.inf:
                log_freq = max(math.log(floor), table.log_freq(window[start:end]))
                through_name = (_best(window[:start], table) + table.log_total - log_freq
                                + _best(window[end:], table))
            if _best(window[:i], table) + table.cost(word) + _best(window[j:], table) < through_name:
                return False
    return True
