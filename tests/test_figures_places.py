"""Each figure's place: a unit of the gazetteer (code, level, standard name) beside the text as printed."""

from __future__ import annotations

from baoshu.figures import extract_figures
from baoshu.model import Article, Figure

XINJIANG, AKSU, XINHE, WENSU, QINGHE = "650000", "652900", "652925", "652922", "654325"


def figures(*articles: Article) -> dict[str, Figure]:
    return {f.text: f for f in extract_figures(list(articles))}


def test_a_figure_takes_the_last_place_its_sentence_names_with_code_level_and_name() -> None:
    found = figures(Article(body=["阿克苏地区温宿县今年种植棉花35万亩，新疆全区棉花产量超过500万吨。"]))
    cotton = found["35万亩"]
    assert (cotton.place, cotton.place_code, cotton.place_level, cotton.place_name) == (
        "温宿县", WENSU, "county", "温宿县")
    region = found["超过500万吨"]
    assert (region.place, region.place_code, region.place_level) == ("新疆", XINJIANG, "province")


def test_a_short_name_is_resolved_by_what_else_the_text_names() -> None:
    found = figures(Article(body=["阿克苏新和新建温室大棚1200座。"]))
    greenhouse = found["1200座"]
    assert (greenhouse.place, greenhouse.place_code, greenhouse.place_name) == ("新和", XINHE, "新和县")


def test_variants_of_one_place_share_one_code() -> None:
    found = figures(Article(body=["新和县新建学校3所。", "新和新修道路40公里。"]))
    assert found["3所"].place_code == found["40公里"].place_code == XINHE
    assert {found["3所"].place, found["40公里"].place} == {"新和县", "新和"}


def test_a_name_shared_by_several_units_takes_the_one_that_holds_the_others() -> None:
    (figure,) = extract_figures([Article(body=["和田今年接待游客120万人次。"])])
    assert (figure.place_code, figure.place_level) == ("653200", "prefecture")


def test_without_a_place_in_its_sentence_a_figure_takes_the_articles_main_place() -> None:
    article = Article(title="青河县秋粮喜获丰收", body=["今年全县新建粮仓6座。"])
    (figure,) = extract_figures([article])
    assert (figure.place, figure.place_code) == ("青河县", QINGHE)


def test_a_dateline_city_alone_is_not_what_the_article_is_about() -> None:
    article = Article(title="援建资金到位", dateline="本报乌鲁木齐电", body=["天津累计投入资金197亿元。",
                                                                  "各项目进展顺利，新建校舍8栋。"])
    by_text = figures(article)
    assert by_text["197亿元"].place == "天津"
    assert by_text["8栋"].place == ""  # the dateline's city is where the story was filed


def test_a_name_inside_a_persons_name_is_no_place() -> None:
    article = Article(body=["记者马伊宁从现场获悉，合作社今年收购红枣300吨。"])
    (figure,) = extract_figures([article])
    assert figure.place == "" and figure.place_code == ""


def test_a_one_character_abbreviation_is_not_a_figures_place() -> None:
    article = Article(body=["浙江援疆资金今年投入2亿元。"])
    (figure,) = extract_figures([article])
    assert (figure.place, figure.place_code) == ("浙江", "330000")


def test_a_place_at_the_head_of_an_organisation_counts_only_alone() -> None:
    alone = figures(Article(body=["和田地区中医医院今年接诊患者30万人次。"]))["30万人次"]
    assert alone.place_code == "653200"
    beside = figures(Article(body=["墨玉县的和田地区中医医院分院接诊患者2万人次。"]))["2万人次"]
    assert beside.place == "墨玉县"


def test_a_township_is_not_taken_for_the_figures_place() -> None:
    article = Article(body=["新和县塔什艾日克乡新建大棚50座。"])
    (figure,) = extract_figures([article])
    assert figure.place_code == XINHE


def test_no_place_where_none_is_named() -> None:
    (figure,) = extract_figures([Article(body=["记者从市通信管理局了解到，全市新建基站1860个。"])])
    assert (figure.place, figure.place_code, figure.place_level, figure.place_name) == ("", "", "", "")


def test_figure_json_carries_the_place_unit() -> None:
    (figure,) = extract_figures([Article(body=["新和县新建学校3所。"])])
    data = figure.to_json()
    assert (data["place"], data["place_code"], data["place_level"], data["place_name"]) == (
        "新和县", XINHE, "county", "新和县")
    assert "repeat_of" not in data


def test_a_place_that_gives_is_not_where_the_figure_happens() -> None:
    article = Article(body=["江苏援疆资金支持精河县新建冷库8座。"])
    (figure,) = extract_figures([article])
    assert figure.place_name == "精河县"


def test_a_place_that_gives_stands_when_the_sentence_names_no_other() -> None:
    article = Article(body=["浙江援疆资金今年投入2亿元。"])
    (figure,) = extract_figures([article])
    assert (figure.place, figure.place_code) == ("浙江", "330000")


def test_where_someone_came_from_or_goods_go_is_not_the_place() -> None:
    found = figures(Article(body=["企业两年前从广东清远迁到精河县，今年产值3亿元。",
                                  "精河县枸杞销往上海等地1200吨。"]))
    assert found["3亿元"].place_name == "精河县"
    assert found["1200吨"].place_name == "精河县"


def test_a_sentence_that_speaks_of_the_county_takes_the_articles_county() -> None:
    article = Article(title="阿克苏地区温宿县发展设施农业",
                      body=["阿克苏地区温宿县大力发展设施农业。", "目前，全县建成温室大棚1200座。"])
    (figure,) = extract_figures([article])
    assert figure.place_name == "温宿县"
