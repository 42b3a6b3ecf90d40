"""Does a name printed in a text stand as a word there, or is it cut out of other words?

`关于田间` holds 于田 and 和田 can hide in `和田间`; `加纳入` holds 加纳. A reader splits such a
run into the likelier words. We do the same on a few characters around the name with word
frequencies from jieba's dictionary (``words.tsv``, written by scripts/build_gazetteer.py): the
name stands when the best split through it beats the best split through a word that crosses its
edge (关于, 田间, 纳入) or an ordinary word that swallows it (大同小异).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from baoshu.places.gazetteer import GazetteerError

WORDS_FILE = "words.tsv"
MAX_WORD = 4  # the longest word kept in words.tsv
REACH = MAX_WORD - 1  # characters looked at on each side of a name
# A word made of a place name and one of these still names the place (天津人, 新疆籍).
DERIVED = "人籍"
UNKNOWN_FREQ = 1  # a character jieba's dictionary does not know


@dataclass(frozen=True, slots=True)
class Words:
    """Log frequencies of words, and which of them name places or organisations (玉门关, 中山大学)."""

    log_freq: dict[str, float]
    names: frozenset[str]
    log_total: float

    def cost(self, word: str) -> float:
        """Minus the log probability of the word (single characters always have one)."""
        return self.log_total - self.log_freq.get(word, 0.0 if len(word) == 1 else -math.inf)


def parse(text: str, source: str = WORDS_FILE) -> Words:
    """Read a words.tsv text: `word<TAB>frequency<TAB>n if a name`, after a `#total` line."""
    log_freq: dict[str, float] = {}
    names = set()
    total = 0
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("#total\t"):
            total = int(line.split("\t")[1])
        if line.startswith("#"):
            continue
        try:
            word, freq, flag = line.split("\t")
            log_freq[word] = math.log(int(freq))
        except ValueError as e:
            raise GazetteerError(f"{source}:{number}: expected word, frequency and flag") from e
        if flag:
            names.add(word)
    if total <= 0:
        raise GazetteerError(f"{source}: no #total line")
    return Words(log_freq, frozenset(names), math.log(total))


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


def stands(text: str, start: int, end: int, floor: float, table: Words | None = None) -> bool:
    """Whether text[start:end] is a word of its own in its neighbourhood.

    The name counts as at least ``floor`` times frequent: a place name is likelier in the news
    than jieba's dictionary knows.
    """
    table = table or words()
    lo, hi = max(0, start - REACH), min(len(text), end + REACH)
    log_freq = max(math.log(floor), table.log_freq.get(text[start:end], -math.inf))
    through_name = _best(text[lo:start], table) + table.log_total - log_freq + _best(text[end:hi], table)
    for i in range(lo, end):
        for j in range(max(i + 2, start + 1), min(hi, i + MAX_WORD) + 1):
            word = text[i:j]
            crosses = i < start < j < end or start < i < end < j
            swallows = (i <= start and end <= j and (i, j) != (start, end) and word not in table.names
                        and not (i == start and j == end + 1 and word[-1] in DERIVED))
            if (crosses or swallows) and word in table.log_freq:
                through_word = _best(text[lo:i], table) + table.cost(word) + _best(text[j:hi], table)
                if through_word < through_name:
                    return False
    return True
