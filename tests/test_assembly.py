"""Articles rebuilt from small pages written for these tests, one damage at a time."""

from pathlib import Path

from baoshu.pipeline import rebuild_file

FLOATING_HEADLINE = """\
本报讯 记者林海报道 今年以来，东
岗县把冷链物流作为富民产业来抓，
新建冷库18座，库容达到3.2万
吨，果农的苹果不再急着低价出手。

县商务局负责人介绍，冷库建成后，
苹果错峰销售，每公斤平均多卖0.8
元，带动1200余户果农增收。

东岗县冷库群让苹果错峰上市

南湖融媒讯 （记者 周敏）10月8日，
南湖区首届花卉展在湿地公园开幕，
展出各类花卉300余种，吸引游客
5万多人次。

据悉，花卉展将持续到本月底，其间
还将举办摄影比赛和园艺讲座。

南湖首届花卉展开幕
"""

SUBHEADS = """\
山村通了公交车

本报讯 记者高原报道 从山脚到山顶
的盘山公路修通后，石门村的村民第
一次坐上了直达县城的公交车。

路通了 产业活了

石门村的核桃、花椒过去要靠人背马
驮运下山，如今收购商的货车开到了
村口，村里新建了两家加工厂。

人来了 日子好了

公路还带来了游客。今年国庆，石门
村的农家乐接待游客超过一万人次，
村民人均增收两千多元。
"""

PHOTO_AND_JUMP = """\
高铁站房主体完工

本报讯 记者许安报道 10月20日，西
川高铁站站房主体结构完工，站房建
筑面积1.8万平方米，设计年旅客发送
量600万人次。 （下转第2版）

图为施工人员在站房屋面作业。

本报记者 杨帆 摄
"""

BYLINE_AND_PULL_QUOTE = """\
一条渠，让戈壁变成了良田。

□ 本报记者 马骏

引水渠从雪山脚下一路向北，穿过四
十公里戈壁，流进红柳滩的新垦区。
一条渠，让戈壁变成了良田。三年前
还是一片荒滩的地方，如今种上了玉
米和苜蓿。

戈壁滩上引来雪山水
"""


def rebuild(tmp_path: Path, text: str):
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    [rebuilt] = rebuild_file(page).pages
    return rebuilt


def test_headline_printed_after_its_body_is_paired_by_shared_words(tmp_path):
    page = rebuild(tmp_path, FLOATING_HEADLINE)
    titles = {a.title: a for a in page.articles}
    assert set(titles) == {"东岗县冷库群让苹果错峰上市", "南湖首届花卉展开幕"}
    cold = titles["东岗县冷库群让苹果错峰上市"]
    assert cold.dateline == "本报讯 记者林海报道"
    assert cold.body[0].startswith("今年以来，东岗县把冷链物流") and "3.2万吨" in cold.body[0]
    flowers = titles["南湖首届花卉展开幕"]
    assert flowers.dateline.replace(" ", "") == "南湖融媒讯（记者周敏）"
    assert flowers.body[0].startswith("10月8日，南湖区首届花卉展")


def test_subheads_stay_inside_their_story(tmp_path):
    page = rebuild(tmp_path, SUBHEADS)
    assert len(page.articles) == 1
    story = page.articles[0]
    assert story.title == "山村通了公交车"
    assert "路通了 产业活了" in story.body and "人来了 日子好了" in story.body
    assert story.body[-1].startswith("公路还带来了游客")


def test_jump_line_and_picture(tmp_path):
    page = rebuild(tmp_path, PHOTO_AND_JUMP)
    story = page.articles[0]
    assert story.title == "高铁站房主体完工"
    assert story.continued_on == "2"
    assert not any("下转" in p for p in story.body)
    pictures = [a for a in page.articles if a.captions]
    assert pictures and pictures[0].captions == ["图为施工人员在站房屋面作业。"]
    assert pictures[0].credit.replace(" ", "") == "本报记者杨帆摄"


def test_byline_and_pull_quote_go_to_their_story(tmp_path):
    page = rebuild(tmp_path, BYLINE_AND_PULL_QUOTE)
    assert len(page.articles) == 1
    story = page.articles[0]
    assert story.byline == "本报记者 马骏"
    assert story.standfirst == "一条渠，让戈壁变成了良田。"
    assert story.title == "戈壁滩上引来雪山水"


def test_line_numbers_point_back_to_the_source(tmp_path):
    page = rebuild(tmp_path, FLOATING_HEADLINE)
    cold = next(a for a in page.articles if a.title.startswith("东岗县"))
    assert cold.lines == [1, 10]


CONTINUATION = """\
 （上接第1版）山村通了公交车
石门村的核桃、花椒过去要靠人背马驮
运下山，如今收购商的货车开到了村口。

公路还带来了游客，村民人均增收两千多
元。
"""


def test_continuation_that_repeats_its_headline(tmp_path):
    page = rebuild(tmp_path, CONTINUATION)
    [story] = page.articles
    assert story.title == "山村通了公交车"
    assert story.continued_from == "1"
    assert story.body[0].startswith("石门村的核桃")
