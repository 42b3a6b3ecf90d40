"""baoshu.words: jieba's words and tags, as jieba.posseg.cut(text, HMM=False) gives them."""

from __future__ import annotations

import random
from pathlib import Path

import jieba.posseg

from baoshu.words import cut

PAGES = Path(__file__).parent / "pages"


def page_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(PAGES.glob("*.txt")) if "gb18030" not in p.name]


def test_the_cut_of_every_test_page_is_jiebas() -> None:
    for text in page_texts():
        assert cut(text) == [(w.word, w.flag) for w in jieba.posseg.cut(text, HMM=False)]


def test_the_cut_of_any_stretch_is_jiebas() -> None:
    rng = random.Random(3)
    for text in page_texts():
        for _ in range(100):
            start = rng.randrange(len(text))
            piece = text[start:start + rng.randrange(1, 40)]
            assert cut(piece) == [(w.word, w.flag) for w in jieba.posseg.cut(piece, HMM=False)]
