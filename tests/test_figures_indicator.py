"""A figure's indicator: its measure made comparable; and which figures may be summed."""

from __future__ import annotations

import pytest

from baoshu.figures import extract_figures
from baoshu.figures.indicator import indicator, is_rate, summable
from baoshu.model import Article


@pytest.mark.parametrize("measure,expected", [
    ("确保固定资产投资", "固定资产投资"),
    ("力争固定资产投资", "固定资产投资"),
    ("全县农村居民人均可支配收入", "农村居民人均可支配收入"),
    ("阿克苏地区棉花产量", "棉花产量"),
    ("今年累计接待游客", "接待游客"),
    ("货物吞吐量力争", "货物吞吐量"),
    ("本地医生独立完成的手术比例", "手术比例"),
    ("该企业年产值", "企业年产值"),
    ("固定资产投资", "固定资产投资"),
    ("有机肥", "有机肥"),  # a word that starts like a verb keeps its first character
    ("能源消费", "能源消费"),
    ("超市", "超市"),
    ("投资", "投资"),
    ("", ""),
])
def test_indicator_strips_verbs_modal_words_places_and_times(measure: str, expected: str) -> None:
    assert indicator(measure) == expected


def test_an_age_is_measured_by_whose_it_is_and_its_indicator_is_age() -> None:
    (figure,) = extract_figures([Article(body=["今年68岁的村民吐尔洪说，合作社办得好。"])])
    assert (figure.measure, figure.indicator) == ("吐尔洪", "年龄")


def test_figures_with_variant_measures_share_an_indicator() -> None:
    found = extract_figures([Article(body=["全县固定资产投资达到30亿元。", "明年力争固定资产投资超过40亿元。"])])
    assert {f.indicator for f in found} == {"固定资产投资"}


@pytest.mark.parametrize("unit,indicator_text,expected", [
    ("元", "固定资产投资", True), ("吨", "棉花产量", True), ("人次", "游客", True),
    ("%", "增长", False), ("个百分点", "", False), ("倍", "", False), ("成", "", False),
    ("元", "农村居民人均可支配收入", False), ("%", "林草覆盖率", False), ("元", "平均价格", False),
    ("岁", "年龄", False), ("年", "时间", False), ("天", "会期", False),
])
def test_only_amounts_are_summed(unit: str, indicator_text: str, expected: bool) -> None:
    assert summable(unit, indicator_text) is expected


def test_rates_are_told_by_unit_or_by_word() -> None:
    assert is_rate("%") and is_rate("元", "亩均效益") and not is_rate("元", "投资")
