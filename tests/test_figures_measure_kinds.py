"""Measures of figures in sentence kinds the clause rules must read (sentences written for these tests)."""

from __future__ import annotations

from baoshu.figures import extract_figures
from baoshu.model import Article


def _measures(sentence: str) -> dict[str, str]:
    return {f.text: f.measure for f in extract_figures([Article(body=[sentence])], None)}


def test_a_span_of_time_before_qian_stays_inside_the_clause() -> None:
    measures = _measures("全镇果农的人均年收入从五年前的8000元提高到1.5万元，合作社营业额比3年前增长了45%。")
    assert measures["8000元"] == "人均年收入"
    assert measures["1.5万元"] == "人均年收入"
    assert measures["45%"] == "合作社营业额"
