"""jieba's words and tags, as `jieba.posseg.cut(text, HMM=False)` gives them, without its per-word objects.

The same route through jieba's bundled dictionary (nothing is downloaded), the
same tags; only the `pair` object made for every word is left out.
"""

from __future__ import annotations

import logging
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


def _cut_words(block: str, tags: dict[str, str]) -> list[Word]:
    """One block of Chinese, letters and digits: jieba's best route through its dictionary."""
    dag = jieba.dt.get_DAG(block)
    route: dict[int, tuple[float, int]] = {}
    jieba.dt.calc(block, dag, route)
    out: list[Word] = []
    x, buf = 0, ""
    while x < len(block):
        y = route[x][1] + 1
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
