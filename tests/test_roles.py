"""Recognizers of the newspaper's conventions: datelines, bylines, credits, jump lines."""

import pytest

from baoshu.roles import (ends_sentence, ends_with_attribution, find_jump, match_byline, match_credit, opens_reporters,
                          split_dateline, strip_jumps)


@pytest.mark.parametrize("paragraph, dateline, rest", [
    ("本报讯 记者王小明报道 近日，全市召开", "本报讯 记者王小明报道", "近日，全市召开"),
    ("本报讯 李四 记者张三报道近日，省里", "本报讯 李四 记者张三报道", "近日，省里"),
    ("南山融媒讯 （记者 李华 通讯员 赵强）3月5日，", "南山融媒讯 （记者 李华 通讯员 赵强）", "3月5日，"),
    ("北湖日报东岗 9月 2 日讯 9月1日，新校开学", "北湖日报东岗 9月 2 日讯", "9月1日，新校开学"),
    ("新华社成都5月6日电（记者 周洋）记者从", "新华社成都5月6日电（记者 周洋）", "记者从"),
    ("本报讯（记者 陈红）本周，", "本报讯（记者 陈红）", "本周，"),
    ("本报西宁电（记者 马青 通讯员 韩雪）近日，", "本报西宁电（记者 马青 通讯员 韩雪）", "近日，"),
    ("本报东岗5月2日电 记者 周原 特约记者 阿依·买买提 初夏时节，", "本报东岗5月2日电 记者 周原 特约记者 阿依·买买提",
     "初夏时节，"),
    ("本报东岗5月2日电 记者周原特约记者阿依·买买提", "本报东岗5月2日电 记者周原特约记者阿依·买买提", ""),
])
def test_datelines_are_split_off(paragraph, dateline, rest):
    found = split_dateline(paragraph)
    assert found is not None
    assert (found.text, found.rest) == (dateline, rest)


@pytest.mark.parametrize("paragraph", [
    "通讯员表示，今年以来", "发电量达到12亿千瓦时", "全县通讯网络覆盖率", "记者从市商务局获悉，",
    "近日，本报记者走访了", "全市供电（含新能源）达到",
])
def test_body_text_is_not_a_dateline(paragraph):
    assert split_dateline(paragraph) is None


@pytest.mark.parametrize("paragraph", ["新华社北京1月2日电 记者从商务部获悉", "本报讯 记者获悉"])
def test_a_reporter_opening_the_text_stays_in_it(paragraph):
    found = split_dateline(paragraph)
    assert found is not None and found.rest.startswith("记者")


@pytest.mark.parametrize("line, who", [
    ("□ 本报记者 王小明", "本报记者 王小明"),
    ("■ 张丽", "张丽"),
    ("本报记者 李明 赵亮", "本报记者 李明 赵亮"),
    ("记者 阿依古丽·买买提", "记者 阿依古丽·买买提"),
    ("□ 本报评论员", "本报评论员"),
    ("特约评论员 孟青", "特约评论员 孟青"),
])
def test_bylines(line, who):
    assert match_byline(line) == who


@pytest.mark.parametrize("line", ["记者走进沙湾县戈壁设施农业", "记者了解到，今年", "本报记者从市里获悉"])
def test_sentences_about_reporters_are_not_bylines(line):
    assert match_byline(line) is None


@pytest.mark.parametrize("line", ["新华社记者 王小明 摄", "本报记者 李华摄", "通讯员 赵强 摄影", "县委宣传部供图",
                                  "新华社发", "（新华社发）", "（县融媒体中心供图）"])
def test_credits(line):
    assert match_credit(line)


def test_a_sentence_about_filming_is_not_a_credit():
    assert match_credit("工作人员正在进行拍摄") is None


def test_jump_lines():
    on = find_jump("目前已建成。 （下转第4版）")
    assert on.direction == "on" and on.page == "4"
    came = find_jump("（上接第１版）今年以来")
    assert came.direction == "from" and came.page == "1"
    assert strip_jumps("已建成， （下转第A2版）") == ("已建成，", "A2", "")


def test_sentence_ends_inside_quotes():
    assert ends_sentence("他说：“好。”")
    assert not ends_sentence("书写“山海情”")
    assert not ends_sentence("开展了，")


@pytest.mark.parametrize("line", ["晨光日报", "2024年3月5日 星期二 第1版", "2024年3月5日 第2版", "第3版", "责任编辑：王五"])
def test_page_labels(line):
    from baoshu.roles import is_page_label

    assert is_page_label(line)


@pytest.mark.parametrize("line", ["记者从日报社获悉", "2024年3月5日，全县召开大会", "第3版刊登了"])
def test_text_is_not_a_page_label(line):
    from baoshu.roles import is_page_label

    assert not is_page_label(line)


@pytest.mark.parametrize("text, ends", [
    ("果农可以错峰销售苹果。（周明）", True), ("村民可以免费借阅。（通讯员 李岩）", True),
    ("首批招收学生一百二十名。（据新华社）", True), ("他说（大意如此）", False), ("果园面积扩大到三千亩（图）", False),
])
def test_a_brief_ends_with_its_author_in_brackets(text, ends):
    assert ends_with_attribution(text) is ends


@pytest.mark.parametrize("text, opens", [
    ("（记者 马青 通讯员 韩", True), ("(本报记者 韩雪)", True), ("（含新能源）", False), ("记者 马青", False),
])
def test_a_bracketed_list_of_reporters_opens_a_dateline_half(text, opens):
    assert opens_reporters(text) is opens
