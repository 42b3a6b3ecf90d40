"""Each paragraph is tagged once: slices read the same words the whole text gives."""

from __future__ import annotations

import random

import jieba.posseg
import pytest

from baoshu.figures.tokens import PLACE, QUOTED, Tagged, cut, words_of

TEXTS = [
    "记者从市通信管理局了解到，今年全市新建基站1860个，“双千兆”城市建设提速。",
    "其中“院包科”协议（试行）签约金额达2.3亿元；（注",
    "ABC 12.5万 x\r\n y\t全角１２３ ＡＢ",
    "G315国道、5G基站、3.2万家、COVID-19",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_fast_cut_gives_jiebas_words_and_tags(text: str) -> None:
    assert cut(text) == [(w.word, w.flag) for w in jieba.posseg.cut(text, HMM=False)]


@pytest.mark.parametrize("text", TEXTS)
def test_a_text_tagged_in_blocks_reads_as_tagged_whole(text: str) -> None:
    assert list(Tagged(text).words()) == list(words_of(text))


def test_slices_cover_exactly_their_characters() -> None:
    rng = random.Random(7)
    for text in TEXTS:
        tagged = Tagged(text)
        for _ in range(200):
            start = rng.randrange(len(text))
            end = rng.randrange(start, len(text) + 1)
            assert "".join(w for w, _ in tagged.words(start, end)) == text[start:end]


def test_a_quotation_is_one_word() -> None:
    assert ("“双千兆”", QUOTED) in Tagged(TEXTS[0]).words()


def test_a_place_the_gazetteer_knows_is_one_word() -> None:
    text = "新和乡村道路改造投入3亿元"
    assert Tagged(text, [(0, 2)]).words(0, 4)[0] == ("新和", PLACE)


def test_blocks_are_tagged_only_when_read() -> None:
    tagged = Tagged("第一句话没有数字，第二句话新建学校3所。")
    tagged.words(10, 17)
    assert len(tagged._tagged) == 1  # the first clause was never tagged


def test_a_measure_word_after_a_verb_is_the_suffix_of_a_noun() -> None:
    assert ("种植户", "n") in words_of("镇里培训种植户300多人次")
    assert ("户", "q") not in words_of("镇里培训种植户300多人次")
