"""Repair of extraction damage on single lines: fake bold, letter spacing, spaces, wraps."""

import pytest

from baoshu.pipeline import rebuild_file
from baoshu.forms import plain_forms
from baoshu.repair import close_letter_spacing, display_width, join_lines, repair_line, tidy_spaces, undouble


@pytest.mark.parametrize("printed, once", [
    ("黄河新区黄河新区：：““便民驿站便民驿站””开张开张", "黄河新区：“便民驿站”开张"),
    ("夜校夜校办到办到村口村口", "夜校办到村口"),
    ("乡 村 振 兴乡 村 振 兴", "乡 村 振 兴"),
    ("百亿项目百亿项目落地落地", "百亿项目落地"),
])
def test_fake_bold_is_read_once(printed, once):
    assert undouble(printed) == once


@pytest.mark.parametrize("real", [
    "一个个项目落地开花", "谢谢", "谢谢谢谢", "以文化人、以文育人", "看一看、走一走", "天天向上",
    "人人人人", "一批批企业落户园区",
])
def test_real_repetition_is_kept(real):
    assert undouble(real) is None


def test_letter_spaced_headline_is_closed():
    text, emphasis = repair_line("大 桥 主 体 今 日 合 龙")
    assert text == "大桥主体今日合龙" and emphasis == 1


def test_fake_bold_and_letter_spacing_together():
    text, emphasis = repair_line("文 旅 天 地文 旅 天 地")
    assert text == "文旅天地" and emphasis == 2


def test_credit_letter_spacing_keeps_the_words_apart():
    assert close_letter_spacing("本报记者 王 小 明 摄") == "本报记者 王小明摄"


def test_plain_line_is_untouched():
    assert repair_line("今年前三季度，全县完成投资12亿元") == ("今年前三季度，全县完成投资12亿元", 0)


@pytest.mark.parametrize("raw, tidy", [
    ("园区 36 个", "园区36个"),
    ("今年 1—9 月", "今年1—9月"),
    ("新建 5G 基站 1200 个", "新建5G基站1200个"),
    ("重症 ICU 床位", "重症ICU床位"),
    ("引进 Open Source 项目", "引进Open Source项目"),
])
def test_stray_spaces_beside_chinese_are_removed(raw, tidy):
    assert tidy_spaces(raw) == tidy


def test_headline_keeps_a_space_between_two_phrases():
    assert tidy_spaces("守护绿水青山 建设美丽乡村", keep_phrase_breaks=True) == "守护绿水青山 建设美丽乡村"


def test_wrapped_lines_join_without_spaces_and_numbers_come_back_whole():
    assert join_lines(["全年接待游客12", "6.5万人次，同比增长", "18%。"]) == "全年接待游客126.5万人次，同比增长18%。"
    assert join_lines(["累计服务 10867 人", "次。"]) == "累计服务10867人次。"


def test_wrapped_latin_words_keep_a_space():
    assert join_lines(["引进了 Smart", "Grid 系统"]) == "引进了Smart Grid系统"


def test_width_counts_squeezed_punctuation_and_digits_as_half():
    assert display_width("新建学校") == 4
    assert display_width("学校，2所") == 4.0


def test_radicals_printed_for_characters_are_read_as_the_characters():
    assert plain_forms("全县⼈均增收⼀千元，⻓途客⻋通到村⼝") == "全县人均增收一千元，长途客车通到村口"
    assert plain_forms("亻氵，。１２") == "亻氵，。１２"  # radicals that are only parts of characters, and the rest, stay


def test_typographic_spaces_are_read_as_spaces():
    assert plain_forms("\u2003\u2003本报讯\u2009记者\u200b周原") == "\u3000\u3000本报讯 记者 周原"


def test_a_dump_with_radicals_for_characters_gives_its_figures(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("东湖客运站投⼊使⽤\n\n本报讯（记者 周原）东湖客运站⽇前投⼊使⽤，\n每天发送旅客1.2万⼈次。\n",
                    encoding="utf-8")
    [page] = rebuild_file(path).pages
    [article] = page.articles
    assert article.title == "东湖客运站投入使用"
    assert [(f.value, f.unit) for f in page.figures] == [(12000.0, "人次")]
