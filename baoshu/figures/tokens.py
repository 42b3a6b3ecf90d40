"""A piece of text segmented and tagged once, and read in slices.

jieba's tagger (bundled dictionary, no HMM, nothing downloaded) runs once over
each paragraph that holds a figure; the measure rules then read the words of
any stretch of it (the clause before a figure, the words after it) as a slice
of those tags. A quoted or bracketed stretch (`“院包科”`, `《条例》`) is one
word, tagged QUOTED. A word cut by the slice's edge is tagged again on its
part inside, as if the stretch had been tagged on its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import lru_cache

from baoshu.words import Word, cut

QUOTED = "q-name"  # the flag given to a quoted or bracketed stretch
PLACE = "ns"  # the flag given to a place the gazetteer knows, as jieba tags place names
PAIRS = {"“": "”", "‘": "’", "《": "》", "（": "）", "(": ")", "「": "」"}
BLOCK_BREAKS = "，。；：！？、,;:!?\n"  # where jieba always cuts: a block may end after one
_MARKS = re.compile("[" + re.escape(BLOCK_BREAKS + "".join(PAIRS) + "".join(PAIRS.values())) + "]")
PIECE_CACHE = 4096  # edge pieces tagged again, kept
# Nouns of economic statistics that jieba's dictionary cuts into pieces.
COMPOUNDS = {"可支配收入": "n", "采棉机": "n", "充电桩": "n", "桥隧比": "n", "商超": "n", "规模以上": "b", "点赞": "v"}
COMPOUND_LENGTH = max(map(len, COMPOUNDS))
COMPOUND_PREFIXES = frozenset(c[:n] for c in COMPOUNDS for n in range(1, len(c) + 1))
# Measure words that after a verb are a noun's suffix (种植户, 脱贫户): no number to count.
NOUN_SUFFIX_COUNTS = ("户",)


def _merge_compounds(words: list[Word]) -> list[Word]:
    """Words jieba's dictionary cuts apart (可 支配 收入, 点 赞, 种植 户) joined again."""
    out: list[Word] = []
    i = 0
    while i < len(words):
        if (i + 1 < len(words) and words[i][1] in ("v", "vn") and len(words[i][0]) == 2
                and words[i + 1][0] in NOUN_SUFFIX_COUNTS and words[i + 1][1] == "q"):
            out.append((words[i][0] + words[i + 1][0], "n"))  # 种植 户: a household, not a count
            i += 2
            continue
        joined, j = words[i][0], i + 1
        if joined not in COMPOUND_PREFIXES:  # starts no compound: the loop below would keep it as it is
            out.append(words[i])
            i += 1
            continue
        while j < len(words) and len(joined) < COMPOUND_LENGTH and joined not in COMPOUNDS:
            joined += words[j][0]
            j += 1
        if joined in COMPOUNDS and j > i + 1:
            out.append((joined, COMPOUNDS[joined]))
            i = j
        else:
            out.append(words[i])
            i += 1
    return out


def _tag(text: str) -> list[Word]:
    """jieba's words and tags, each quoted or bracketed stretch merged into one QUOTED word."""
    out: list[Word] = []
    closer, held = "", ""
    for word, flag in _merge_compounds(cut(text)):
        if closer:
            held += word
            if word == closer:
                out.append((held, QUOTED))
                closer, held = "", ""
        elif word in PAIRS:
            closer, held = PAIRS[word], word
        else:
            out.append((word, flag))
    if held:  # a quotation left open: its words as they are
        out.extend(cut(held))
    return out


@lru_cache(maxsize=PIECE_CACHE)
def words_of(text: str) -> tuple[Word, ...]:
    """The tagged words of a short text of its own (an edge piece, a phrase)."""
    return tuple(_tag(text))


class Tagged:
    """A text tagged at most once: `words(start, end)` gives the words of text[start:end].

    `places` are spans the gazetteer knows as places: each is one word, tagged PLACE
    (jieba's dictionary cuts many county names apart). The text is cut into blocks at
    clause and list marks (never inside a quotation);
    jieba cuts there anyway, so a block tagged on its own gives the words the whole
    text would. A block is tagged the first time a slice reaches it, so clauses
    without a figure near them are never tagged.
    """

    def __init__(self, text: str, places: Iterable[tuple[int, int]] = ()) -> None:
        self.text = text
        self._bounds = _blocks(text)
        spans = [(a, b) for a, b in places if 0 <= a < b <= len(text)]
        quoted = _quoted(text) if spans else bytearray()
        self._places = sorted((a, b) for a, b in spans if not any(quoted[a:b]))
        self._tagged: dict[int, list[tuple[int, int, str, str]]] = {}

    def _block(self, index: int) -> list[tuple[int, int, str, str]]:
        found = self._tagged.get(index)
        if found is None:
            start, end = self._bounds[index], self._bounds[index + 1]
            pieces: list[Word] = []
            at = start
            for a, b in self._places:
                if start <= a and b <= end and a >= at:
                    pieces.extend(_tag(self.text[at:a]) if a > at else [])
                    pieces.append((self.text[a:b], PLACE))
                    at = b
            pieces.extend(_tag(self.text[at:end]) if end > at else [])
            found = []
            at = start
            for word, flag in pieces:
                found.append((at, at + len(word), word, flag))
                at += len(word)
            self._tagged[index] = found
        return found

    def words(self, start: int = 0, end: int | None = None) -> tuple[Word, ...]:
        """The words of text[start:end]; a word cut by either edge is tagged again on its part inside."""
        end = len(self.text) if end is None else min(end, len(self.text))
        if start >= end:
            return ()
        out: list[Word] = []
        first = bisect_right(self._bounds, start) - 1
        last = bisect_left(self._bounds, end)
        for index in range(first, last):
            for w_start, w_end, word, flag in self._block(index):
                if w_end <= start or w_start >= end:
                    continue
                if w_start < start or w_end > end:
                    out.extend(words_of(self.text[max(w_start, start):min(w_end, end)]))
                else:
                    out.append((word, flag))
        return tuple(out)


def _quoted(text: str) -> bytearray:
    """1 for each character inside a quotation or brackets."""
    inside = bytearray(len(text))
    closers: list[str] = []
    for i, c in enumerate(text):
        if closers and c == closers[-1]:
            closers.pop()
        elif c in PAIRS:
            closers.append(PAIRS[c])
        elif closers:
            inside[i] = 1
    return inside


def _blocks(text: str) -> list[int]:
    """Offsets where blocks start, and the text's length: a block ends after a break mark outside quotes."""
    bounds = [0]
    closers: list[str] = []
    for m in _MARKS.finditer(text):
        c, i = m.group(), m.start()
        if closers and c == closers[-1]:
            closers.pop()
        elif c in PAIRS:
            closers.append(PAIRS[c])
        elif c in BLOCK_BREAKS and not closers and i + 1 < len(text):
            bounds.append(i + 1)
    bounds.append(len(text))
    return bounds


def cache_clear() -> None:
    """Forget the edge pieces tagged so far."""
    words_of.cache_clear()


class Span:
    """A stretch [start, end) of a tagged text: its characters and its words."""

    __slots__ = ("tagged", "start", "end")

    def __init__(self, tagged: Tagged, start: int = 0, end: int | None = None) -> None:
        self.tagged = tagged
        self.start = start
        self.end = len(tagged.text) if end is None else end

    @classmethod
    def of(cls, text: str) -> Span:
        """A text of its own, tagged whole."""
        return cls(Tagged(text))

    @property
    def text(self) -> str:
        return self.tagged.text[self.start:self.end]

    @property
    def words(self) -> tuple[Word, ...]:
        return self.tagged.words(self.start, self.end)

    def cut(self, start: int, end: int | None = None) -> Span:
        """The stretch [start, end) of this one, in offsets from its start."""
        length = self.end - self.start
        end = length if end is None else min(end, length)
        return Span(self.tagged, self.start + max(0, min(start, end)), self.start + end)

    def __len__(self) -> int:
        return self.end - self.start

    def __repr__(self) -> str:
        return f"Span({self.text!r})"
