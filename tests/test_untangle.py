"""Untangling: columns an extractor printed line by line are pulled apart; pages in reading order stay as they are."""

from __future__ import annotations

import math
from pathlib import Path

from baoshu.config import DEFAULT
from baoshu.lines import facts, text_line
from baoshu.model import Line, LineFacts
from baoshu.untangle import (FollowScore, closed, decode_periods, follow_features, log_sigmoid, opens, split_glued,
                             untangle)

LEFT = ("今年春天，县里在河谷两岸新修了三条灌溉水渠，总长四十二公里，"
        "沿线六个村的两万多亩果园从此不再靠天吃水。渠道由村民合作社负责日常看护，"
        "每年冬季统一清淤一次，用水按户登记。")
RIGHT = ("本学期，城东的职业学校开设了冷链物流专业，首批招收学生一百二十名，"
         "学校与本地四家仓储企业签订了实习协议，学生第二学年起每周有两天在企业跟班学习，"
         "毕业后可优先留用。")

PAGES = Path(__file__).parent / "pages"


def wrapped(text: str, width: int = 13) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


def page_lines(texts: list[str]) -> list[LineFacts]:
    """The page's lines as read: a blank line is kept as the blank before the next line."""
    lines, blank = [], False
    for number, text in enumerate(texts):
        if text:
            lines.append(text_line(Line(text, number, blank_before=blank), DEFAULT.layout.max_double_line))
        blank = not text
    return lines


def run(texts: list[str]) -> list[str]:
    out = untangle(page_lines(texts), DEFAULT.weights["follows_line"], DEFAULT.weights["starts_line"],
                   DEFAULT.layout, facts)
    return [f.text for f in out]


def test_two_columns_printed_line_by_line_are_pulled_apart() -> None:
    left, right = wrapped(LEFT), wrapped(RIGHT)
    n = min(len(left), len(right))
    interleaved = [line for pair in zip(left[:n], right[:n]) for line in pair]
    out = "".join(run(interleaved))
    # The columns' top lines give no evidence of which follows which; every line after them goes home.
    assert "".join(left[1:n]) in out and "".join(right[1:n]) in out


def test_a_page_in_reading_order_comes_out_as_it_went_in() -> None:
    texts = wrapped(LEFT) + ["", "职校开设冷链物流专业", ""] + wrapped(RIGHT)
    assert run(texts) == [t for t in texts if t]


def test_a_line_of_two_columns_glued_by_a_space_is_cut_in_two() -> None:
    lines = page_lines(wrapped(LEFT) + [f"{wrapped(LEFT)[0]}  {wrapped(RIGHT)[0]}"])
    pieces = split_glued(lines[-1], 13.0, DEFAULT.layout, facts)
    assert [p.text for p in pieces] == [wrapped(LEFT)[0], wrapped(RIGHT)[0]]


def test_the_period_changes_only_where_the_evidence_pays_for_it() -> None:
    sure, unsure = -0.01, -3.0
    follows = [{1: -math.inf, 2: -math.inf}] + [{1: sure, 2: unsure}] * 4 + [{1: unsure, 2: sure}] * 3
    start = [-0.5] + [-5.0] * 7
    assert decode_periods(follows, start, change=4.0) == [1] * 5 + [2] * 3
    assert decode_periods(follows, start, change=40.0) == [1] * 8


def test_the_follow_score_is_the_fitted_score_of_the_named_features() -> None:
    texts = wrapped(LEFT) + ["", "（下转第二版）", "第3版", "", "“"] + wrapped(RIGHT, 9)
    for page in sorted(PAGES.glob("*.txt")):
        if "gb18030" not in page.name:
            texts += page.read_text(encoding="utf-8").splitlines()
    lines = page_lines(texts)
    follows = DEFAULT.weights["follows_line"]
    width = 13.0
    score = FollowScore(follows, lines, width)
    for b, head in enumerate(lines):
        for a in range(max(0, b - 8), b):
            tail = lines[a]
            features = follow_features(tail, head, width)
            if closed(tail) or opens(head) or not features:
                assert score(a, b) == -math.inf
            else:
                assert score(a, b) == log_sigmoid(follows.score(features))
