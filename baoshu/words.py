"""jieba's words and tags, as `jieba.posseg.cut(text, HMM=False)` gives them, without its per-word objects.

The same route through jieba's bundled dictionary (nothing is downloaded), found
in one pass instead of jieba's two (`_Route`), and the same tags; the `pair`
object jieba makes for every word is left out. tests/test_words.py holds the
words and tags to jieba's own.
"""

from __future__ import annotations

import logging
import math
import re

import jieba
import jieba.posseg

jieba.setLogLevel(logging.WARNING)

Word = tuple[str, str]
# How jieba.posseg splits a text into blocks and tags what is not Chinese (jieba 0.42).
_HAN = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._]+)")
_SKIP = re.compile(r"(\r\n|\s)")
_ENG = re.compile(r"[a-zA-Z0-9]+")
_NUM = re.compile(r"[\.0-9]+")
_ENG1 = re.compile(r"^[a-zA-Z0-9]$")


class _Route:
    """jieba's best route through its dictionary: `jieba.dt.get_DAG` and `jieba.dt.calc` in one pass.

    The same words are weighed by the same sums in the same order, so the route is the same; a
    frequency's log probability is taken once (it is kept while the dictionary stays the same).
    """

    def __init__(self) -> None:
        self._freq: dict[str, int] | None = None
        self._total = 0.0
        self._log_total = 0.0
        self._log_prob: dict[int, float] = {}  # frequency -> log(frequency) - log(total)

    def ends(self, block: str) -> list[int]:
        """For each offset of `block`, where the word of the best route that starts there ends (exclusive)."""
        tokenizer = jieba.dt
        tokenizer.check_initialized()
        freq = tokenizer.FREQ
        if freq is not self._freq or tokenizer.total != self._total:
            self._freq, self._total, self._log_total = freq, tokenizer.total, math.log(tokenizer.total)
            self._log_prob = {}
        log_prob, log_total = self._log_prob, self._log_total
        n = len(block)
        score: list[float] = [0] * (n + 1)  # route[n] is (0, 0) in jieba.dt.calc
        ends = [0] * n
        for k in range(n - 1, -1, -1):
            best: tuple[float, int] | None = None
            i, frag = k, block[k]
            count = freq.get(frag)
            while count is not None:  # frag starts a dictionary word
                if count:  # and is one
                    lp = log_prob.get(count)
                    if lp is None:
                        lp = log_prob[count] = math.log(count) - log_total
                    here = (lp + score[i + 1], i)
                    if best is None or here > best:  # max(): the first of equals
                        best = here
                i += 1
                if i >= n:
                    break
                frag = block[k:i + 1]
                count = freq.get(frag)
            if best is None:  # no word starts here: the character alone, frequency 1
                best = (0.0 - log_total + score[k + 1], k)
            score[k], ends[k] = best[0], best[1] + 1
        return ends


_ROUTE = _Route()


def _cut_words(block: str, tags: dict[str, str]) -> list[Word]:
    """One block of Chinese, letters and digits: jieba's best route through its dictionary."""
    ends = _ROUTE.ends(block)
    out: list[Word] = []
    x, buf = 0, ""
    while x < len(block):
        y = ends[x]
        word = block[x:y]
        if _ENG1.match(word):
            buf += word  # letters and digits run together
        else:
            if buf:
                out.append((buf, "eng"))
                buf = ""
            out.append((word, tags.get(word, "x")))
        x = y
    if buf:
        out.append((buf, "eng"))
    return out


def cut(text: str) -> list[Word]:
    """The words and tags `jieba.posseg.cut(text, HMM=False)` gives, without its per-word objects."""
    tagger = jieba.posseg.dt
    tagger.makesure_userdict_loaded()
    tags = tagger.word_tag_tab
    out: list[Word] = []
    for block in _HAN.split(text):
        if not block:
            continue
        if _HAN.match(block):
            out.extend(_cut_words(block, tags))
            continue
        for piece in _SKIP.split(block):
            if not piece:
                continue
            if _SKIP.match(piece):
                out.append((piece, "x"))
                continue
            eng = bool(_ENG.match(piece))
            out.extend((c, "m" if _NUM.match(c) else "eng" if eng else "x") for c in piece)
    return out
