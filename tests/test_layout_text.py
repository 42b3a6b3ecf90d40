"""The text layout, line by line: kinds, headline evidence, runs and paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest

from baoshu.config import DEFAULT
from baoshu.layout.credits import split_credit
from baoshu.layout.text import (PRINTED_ONLY, TextLine, headline_features, label_fixed_kinds, label_headlines,
                                layout_text, mark_tight, paragraphs)
from baoshu.lines import text_line
from baoshu.model import Line, Page, Role
from baoshu.pipeline import rebuild_file

CFG = DEFAULT.layout


def rebuilt(folder: Path, text: str) -> Page:
    """The page a text dump of `text` is rebuilt into."""
    path = folder / "page.txt"
    path.write_text(text, encoding="utf-8")
    [page] = rebuild_file(path).pages
    return page


def lines_of(text: str) -> list[TextLine]:
    """TextLines of a small dump, blank lines marking `blank_before`."""
    out, blank = [], False
    for number, raw in enumerate(text.split("\n"), start=1):
        if not raw.strip():
            blank = True
            continue
        out.append(TextLine(text_line(Line(raw, number, blank_before=blank), CFG.max_double_line)))
        blank = False
    return out


STORY = """\
山区小学用上了新教室

本报讯（记者 王岚）新学期开学，北坡
乡中心小学的孩子们搬进了新教学楼，
教学楼共三层，设有教室十二间。

校长说，过去全校只有六间平房，冬天
要靠火炉取暖，如今教室里装上了暖气。
"""


def test_the_line_before_a_dateline_reads_as_a_headline() -> None:
    lines = lines_of(STORY)
    label_fixed_kinds(lines, CFG)
    label_headlines(lines, DEFAULT.weights["headline_line"], CFG)
    assert [t.kind for t in lines][:2] == ["headline", "text"]
    assert all(t.kind == "text" for t in lines[1:])


def test_headline_evidence_names_what_it_saw() -> None:
    lines = lines_of(STORY)
    features = headline_features(lines, 0, CFG)
    assert features is not None
    assert features["story_follows"] == 1.0 and features["clause_punct"] == 0.0
    assert headline_features(lines, 2, CFG) is None  # a line ending mid-phrase is never a headline


def test_fixed_kinds_bylines_credits_labels_and_captions() -> None:
    lines = lines_of("责任编辑：周岩\n□ 本报记者 马骏\n图为新建的教学楼。\n本报记者 杨帆 摄\n")
    label_fixed_kinds(lines, CFG)
    assert [t.kind for t in lines] == ["label", "byline", "caption", "credit"]


def test_a_credit_wrapped_over_two_lines_is_one_credit() -> None:
    lines = lines_of("在建的跨河大桥。\n本报记者 杨\n帆 摄\n")
    label_fixed_kinds(lines, CFG)
    assert [t.kind for t in lines] == ["text", "credit", "credit"]


def test_blank_after_every_line_makes_tight_lines_stand_together() -> None:
    text = "\n\n".join(["第一行正文内容在这里，"] * 6) + "\n\n标题上半句\n标题下半句\n\n" + \
        "\n\n".join(["正文又开始了，继续写下去。"] * 6)
    lines = lines_of(text)
    mark_tight(lines, CFG)
    tight = [t.facts.text for t in lines if t.tight_before or t.tight_after]
    assert tight == ["标题上半句", "标题下半句"]


def test_paragraphs_end_at_a_sentence_end_on_a_short_line() -> None:
    lines = lines_of("第一段的第一行写得很满很满，\n第一段到这里结束。\n第二段又写满了一整行呢，\n第二段也结束了。\n")
    assert [len(p) for p in paragraphs(lines, CFG)] == [2, 2]


def test_layout_gives_blocks_with_roles() -> None:
    blocks = layout_text([t.facts for t in lines_of(STORY)], DEFAULT)
    assert [b.role for b in blocks] == [Role.HEADLINE, Role.BODY, Role.BODY]
    assert blocks[1].text.startswith("本报讯（记者 王岚） 新学期开学")
    assert blocks[2].continues


def test_a_caption_ends_at_the_credit_printed_on_its_last_line(tmp_path) -> None:
    result = rebuilt(tmp_path, "图为农技员在果园调试滴灌设备。 通讯员 周明 摄\n"
                               "本报讯（记者 周明）入秋以来，河口镇的苹果园\n里一派丰收景象，镇上今年引进滴灌技术，\n"
                               "果园用水减少一半，滴灌设备在果园里普及。\n")
    [photo] = [a for a in result.articles if a.captions]
    assert photo.captions == ["图为农技员在果园调试滴灌设备。"] and photo.credit.replace(" ", "") == "通讯员周明摄"
    [story] = [a for a in result.articles if a.dateline]
    assert story.dateline.startswith("本报讯") and story.body[0].startswith("入秋以来")


def test_a_dateline_cut_over_two_lines_opens_the_story_under_its_headline(tmp_path) -> None:
    result = rebuilt(tmp_path, "石 门 村 苹 果 喜 获 丰 收\n新华社西安9月\n12 日电（记者 高原）石门村的苹果\n"
                               "园今年迎来丰收，果农在苹果园里忙着\n采摘，收购商的货车开进了村口，苹果\n"
                               "每公斤比去年多卖八角钱。\n")
    [story] = result.articles
    assert story.title == "石门村苹果喜获丰收" and story.subtitle == ""
    assert story.dateline.replace(" ", "").startswith("新华社西安9月12日电")


def test_a_column_of_briefs_comes_back_one_article_per_item(tmp_path) -> None:
    result = rebuilt(tmp_path, "■ 近日，河口镇新建的冷库投入\n使用，库容三千吨，果农可以错\n峰销售苹果。（周明）\n"
                               "■ 城南村农家书屋本月正式开放，\n藏书两千册，村民可以免费借阅，\n每周开放五天。（通\n讯员 李岩）\n"
                               "■ 县职业学校开设冷链物流专业，\n首批招收学生一百二十名。（高原）\n")
    bodies = ["".join(a.body) for a in result.articles]
    assert len(bodies) == 3
    assert bodies[0].startswith("近日，河口镇") and bodies[0].endswith("（周明）")
    assert bodies[1].startswith("城南村") and bodies[2].startswith("县职业学校")


def test_briefs_without_box_marks_part_at_each_bracketed_author(tmp_path) -> None:
    result = rebuilt(tmp_path, "近日，河口镇新建的冷库投入使用，库\n容三千吨，果农可以错峰销售苹果。\n（周明）\n"
                               "城南村农家书屋本月正式开放，藏书两\n千册，村民可以免费借阅。（通讯员\n李岩）\n"
                               "县职业学校开设冷链物流专业，首批招\n收学生一百二十名，学制三年。（高原）\n")
    bodies = ["".join(a.body) for a in result.articles]
    assert [b[:3] for b in bodies] == ["近日，", "城南村", "县职业"]
    assert bodies[1].endswith("李岩）")


def test_a_headline_right_after_a_brief_is_a_headline(tmp_path) -> None:
    result = rebuilt(tmp_path, "县职业学校开设冷链物流专业，首批招\n收学生一百二十名。（高原）\n"
                               "河 口 镇 新 建 冷 库 三 座\n本报讯（记者 周明）近日，河口镇新建\n"
                               "的三座冷库投入使用，库容三千吨，果\n农可以错峰销售苹果，冷库由镇里统一\n管理。\n")
    assert [a.title for a in result.articles] == ["", "河口镇新建冷库三座"]


def test_a_byline_wrapped_over_two_lines_is_one_byline(tmp_path) -> None:
    result = rebuilt(tmp_path, "河 口 镇 新 建 冷 库 三 座\n□ 本报记者 周明 通\n讯员 李岩 高原\n"
                               "近日，河口镇新建的三座冷库投入使\n用，库容三千吨，果农可以错峰销售\n苹果，冷库由镇里统一管理。\n")
    [story] = result.articles
    assert story.byline == "本报记者 周明 通讯员 李岩 高原" and result.furniture == []


@pytest.mark.parametrize("caption, parts", [
    ("图为农技员在果园调试滴灌设备。 通讯员 周明 摄", ("图为农技员在果园调试滴灌设备。", "通讯员 周明摄")),
    ("孩子们在新操场上踢球。（本报记者 李岩 摄）", ("孩子们在新操场上踢球。", "本报记者 李岩 摄")),
    ("图为新建的卫生院。县委宣传部供图", ("图为新建的卫生院。", "县委宣传部供图")),
    ("他说：“今年我们拍摄了一部纪录片。”", ("他说：“今年我们拍摄了一部纪录片。”", "")),
    ("图为村民在田里收割小麦，场面热闹。", ("图为村民在田里收割小麦，场面热闹。", "")),
])
def test_a_credit_at_a_captions_end_is_split_off(caption: str, parts: tuple[str, str]) -> None:
    """As the text layout splits them: credits printed as such, a bare name being no credit in a dump."""
    assert split_credit(caption, PRINTED_ONLY) == parts


def test_a_headline_an_extractor_read_twice_over_comes_back_once(tmp_path) -> None:
    """Fake bold drawn as two copies: each line twice, or the whole two-line headline twice."""
    for headline in ("河谷新城\n河谷新城\n建成智慧公交站\n建成智慧公交站\n", "河谷新城\n建成智慧公交站\n\n河谷新城\n建成智慧公交站\n"):
        result = rebuilt(tmp_path, headline + "\n本报讯（记者 周原）新城今年建成智慧\n公交站四十座，乘客可在站牌上查看车\n"
                                              "辆到站时间，公交准点率提高到九成。\n")
        [story] = result.articles
        assert story.kicker + story.title + story.subtitle == "河谷新城建成智慧公交站"
        assert story.dateline.replace(" ", "") == "本报讯（记者周原）"



def test_a_headline_cut_inside_a_word_is_one_headline_line(tmp_path) -> None:
    result = rebuilt(tmp_path, "北湖冰雪乐园接待游客突\n破百万人次\n\n本报讯（记者 周原）北湖冰雪乐园开园\n"
                               "以来，接待游客已突破百万人次，园区新\n增冰滑梯十二条。\n")
    [story] = result.articles
    assert (story.kicker, story.title, story.subtitle) == ("", "北湖冰雪乐园接待游客突破百万人次", "")
