"""The entity finders one by one, on our own phrases: names, reporters, posts, organisations, aid;
and the stage's place in the pipeline and the config."""

from __future__ import annotations

import random

import pytest

from baoshu.config import DEFAULT, Config, describe
from baoshu.entities.names import (REPORTER_BEFORE, RUNNING_REPORTER_ROLES, TITLE_BEFORE, TITLE_WORDS, Marks,
                                   find_dotted, find_names)
from baoshu.entities.orgs import dateline_media, find_orgs
from baoshu.entities.posts import posts_before
from baoshu.entities.reporters import find_reporters
from baoshu.entities.text import ends_with
from baoshu.model import Article, Line, Page, PageMeta, SourcePage
from baoshu.pipeline import ORDER
from baoshu.stages import REGISTRY

PERSON = DEFAULT.weights["person_name"]


def names(text: str) -> list[str]:
    return [h.text for h in find_names(text, PERSON)]


@pytest.mark.parametrize("text, expected", [
    ("村民阿依古丽·吐尔逊说，今年收成好。", ["阿依古丽·吐尔逊"]),
    ("七年级学生努尔兰·别克正在练习。", ["努尔兰·别克"]),
    ("种植户买买提·托合提掰着手指算账。", ["买买提·托合提"]),
    ("维吾尔族姑娘图尔荪阿依·买买提承包了大棚。", ["图尔荪阿依·买买提"]),
    ("经理阿斯哈尔·托列吾汗介绍，口岸运行平稳。", ["阿斯哈尔·托列吾汗"]),
])
def test_dotted_names_are_found_whole(text: str, expected: list[str]) -> None:
    assert [h.text for h in find_dotted(text, bytearray(len(text)))] == expected


def test_a_dot_between_words_is_no_name() -> None:
    text = "本届论坛以“科技·创新”为主题。"
    assert find_dotted(text, bytearray(len(text))) == []


@pytest.mark.parametrize("text, expected", [
    ("县委书记杨立平主持会议。", ["杨立平"]),
    ("副县长黄敏介绍，全县新建大棚600座。", ["黄敏"]),
    ("王一、李平安、赵二参加会议。", ["王一", "李平安", "赵二"]),
    ("园区负责人尼玛次仁介绍，园区有企业7家。", ["尼玛次仁"]),
    ("咖啡农扎约说，今年价格不错。", ["扎约"]),
    ("全县高峰期每天接待游客1万人次。", []),
    ("陈师傅把本事都教给了徒弟。", []),
    ("在安迪尔乡卫生院义诊。", []),
    ("柯尔克孜族刺绣远近闻名。", []),
    ("两岸百姓都叫它“致富桥”。", []),
])
def test_names_in_context(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def article(**fields: object) -> Article:
    found = Article()
    for key, value in fields.items():
        setattr(found, key, value)
    return found


@pytest.mark.parametrize("fields, expected", [
    ({"byline": "本报记者 吴一凡 通讯员 热依拉·吾拉木"}, ["吴一凡", "热依拉·吾拉木"]),
    ({"dateline": "本报喀什5月3日讯（记者 陶然 特约记者 买合木提·努尔）"}, ["陶然", "买合木提·努尔"]),
    ({"dateline": "本报讯 周宁 记者谢冰报道"}, ["周宁", "谢冰"]),
    ({"body": ["今年接待游客52万人次。（顾一鸣 林佳禾）"]}, ["顾一鸣", "林佳禾"]),
    ({"captions": ["采棉机正在作业。（本报记者 程一帆 摄）"]}, ["程一帆"]),
    ({"body": ["会议由县委办公室（县政府办公室）承办。"]}, []),
    ({"dateline": "新华社拉萨8月3日电"}, []),
])
def test_reporters_in_credits(fields: dict[str, object], expected: list[str]) -> None:
    assert [c.name for c in find_reporters(article(**fields))] == expected


@pytest.mark.parametrize("text, expected", [
    ("温州市援疆干部、乌什县委常委、副县长王立", ["温州市援疆干部", "乌什县委常委、副县长"]),
    ("自治区商务厅党组成员、副厅长王立", ["自治区商务厅党组成员、副厅长"]),
    ("医院副院长兼心血管内科主任王立", ["医院副院长兼心血管内科主任"]),
    ("百色市委常委、副市长，广东挂职干部王立", ["百色市委常委、副市长", "广东挂职干部"]),
    ("他对王立说", []),
])
def test_posts_before_a_name(text: str, expected: list[str]) -> None:
    assert [p.text for p in posts_before(text, text.index("王立"))] == expected


@pytest.mark.parametrize("text, expected", [
    ("记者从塔城地区商务局获悉", ["塔城地区商务局"]),
    ("自治区商务厅召开会议", ["自治区商务厅"]),
    ("上海市第六人民医院派出专家", ["上海市第六人民医院"]),
    ("由重庆市轨道交通（集团）有限公司承建", ["重庆市轨道交通（集团）有限公司"]),
    ("北京交通大学和新疆大学签约", ["北京交通大学", "新疆大学"]),
    ("乌什县人民医院副院长", ["乌什县人民医院"]),
    ("海北州草原工作站站长", ["海北州草原工作站"]),
    ("全县三级医院和乡镇卫生院", []),
    ("当地政府大力支持", []),
    ("形成新的发展格局", []),
    ("帮助医院开展新技术", []),
])
def test_organisations(text: str, expected: list[str]) -> None:
    assert [o.name for o in find_orgs(text)] == expected


def test_dateline_media() -> None:
    assert dateline_media("巴音郭楞日报讯") == "巴音郭楞日报"
    assert dateline_media("本报讯（记者 甲）") == ""
    assert dateline_media("地区融媒讯") == ""


def stage(text: str) -> Article:
    found = Article(body=[text])
    page = Page(source=SourcePage(name="x", lines=[Line(text, 1)], text=text), meta=PageMeta(), articles=[found])
    for name in ("figures", "entities"):
        page = REGISTRY[name].run(page, DEFAULT)
    return page.articles[0]


def test_the_recipient_after_a_pairing_verb_takes_the_sentence() -> None:
    found = stage("江苏省对口支援克州以来，援疆资金投入阿图什市纺织项目3亿元。")
    assert {(a.donor, a.recipient) for a in found.aid} == {("江苏省", "克孜勒苏柯尔克孜自治州")}
    assert found.aid[0].figures[0].value == 300_000_000


def test_a_province_and_its_city_give_as_the_city() -> None:
    found = stage("江苏省常州市对口支援伊宁县。江苏省援疆前方指挥部和常州援疆工作组共同推进教育援疆。")
    assert {(a.donor, a.recipient) for a in found.aid} == {("常州市", "伊宁县")}


def test_places_inside_an_organisation_only_are_not_the_articles() -> None:
    found = stage("北京师范大学与新疆大学联合培养研究生200名。")
    assert {p.name for p in found.places} == set()
    found = stage("北京师范大学的专家来到北京郊区调研。")
    assert {p.name for p in found.places} == {"北京市"}


def test_the_stage_runs_after_figures_and_its_settings_are_described() -> None:
    assert ORDER.index("entities") > ORDER.index("figures")
    assert REGISTRY["entities"].requires == ("articles", "figures", "meta")
    settings = {name: help for name, _, help in describe() if name.startswith("entities.")}
    assert settings and all(settings.values())
    counted = Config().override({"entities": {"places_inside_orgs": True}})
    text = "北京师范大学和乌什县人民医院联合培养医生20名。"
    found = Article(body=[text])
    page = Page(source=SourcePage(name="x", lines=[Line(text, 1)], text=text), meta=PageMeta(), articles=[found])
    page = REGISTRY["entities"].run(REGISTRY["figures"].run(page, counted), counted)
    assert {p.name for p in page.articles[0].places} == {"北京市", "乌什县"}


def test_marks_tell_what_the_title_and_role_patterns_tell() -> None:
    rng = random.Random(5)
    pieces = [*sorted(TITLE_WORDS), *sorted(RUNNING_REPORTER_ROLES), "\n", "\n\n", "王", "说", " ", "，"]
    for _ in range(200):
        text = "".join(rng.choice(pieces) for _ in range(20))
        marks = Marks(text)
        for at in range(len(text) + 1):
            assert marks.title_before(at) == bool(ends_with(TITLE_BEFORE, text, at))
            assert marks.reporter_before(at) == bool(ends_with(REPORTER_BEFORE, text, at))
