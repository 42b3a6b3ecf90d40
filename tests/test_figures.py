"""Figure extraction: the normal form of figure strings, and what is not a figure.

The tables in tests/figures/ are our own phrases (see FIGURES.md for the rules).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from baoshu.figures import extract_figures, find_figures
from baoshu.figures.numbers import parse_number
from baoshu.model import Article, PageMeta

DATA = Path(__file__).parent / "figures"


def figure_rows() -> list[tuple[str, str, float, str, str, float | None]]:
    rows = []
    for line in (DATA / "figures.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        phrase, text, value, unit, qualifier, value_max = (line.split("\t") + [""] * 6)[:6]
        rows.append((phrase, text, float(value), unit, qualifier, float(value_max) if value_max else None))
    return rows


def non_figures() -> list[str]:
    lines = (DATA / "not_figures.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def test_tables_are_big_enough():
    assert len(figure_rows()) >= 150
    assert len(non_figures()) >= 50


@pytest.mark.parametrize("phrase,text,value,unit,qualifier,value_max", figure_rows(), ids=lambda v: str(v))
def test_figure_normal_form(phrase, text, value, unit, qualifier, value_max):
    hits = find_figures(phrase)
    assert len(hits) == 1, hits
    hit = hits[0]
    assert (hit.text, hit.unit, hit.qualifier) == (text, unit, qualifier)
    assert hit.value == pytest.approx(value)
    assert hit.value_max == (pytest.approx(value_max) if value_max is not None else None)
    assert phrase[hit.start:hit.end] == text


@pytest.mark.parametrize("phrase", non_figures())
def test_not_a_figure(phrase):
    assert find_figures(phrase) == []


@pytest.mark.parametrize("numeral,value", [
    ("3.71万", 37100), ("十二", 12), ("两千", 2000), ("一百零五", 105), ("1.0564亿", 105640000),
    ("百亿", 1e10), ("千亿", 1e11), ("1.2万亿", 1.2e12), ("三亿五千万", 3.5e8), ("一万亿", 1e12),
    ("二十", 20), ("三点五", 3.5), ("1,234", 1234), ("两万五千", 25000), ("十", 10),
])
def test_parse_number(numeral, value):
    assert parse_number(numeral) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "二三", "abc", "3万x"])
def test_parse_number_refuses_non_numerals(text):
    with pytest.raises(ValueError):
        parse_number(text)


def test_figure_split_by_spaces_keeps_printed_text_and_span():
    text = "全年接待游客 3.5 万人次，同比增长 12%。"
    hits = find_figures(text)
    assert [h.text for h in hits] == ["3.5万人次", "12%"]
    assert text[hits[0].start:hits[0].end] == "3.5 万人次"


def sample_article() -> Article:
    return Article(
        kicker="乡村振兴",
        title="青石镇建成8个现代农业园区",
        standfirst="全镇农业产值超过十亿元",
        dateline="本报讯",
        body=[
            "今年1—9月，青石镇完成农业基础设施投资3.6亿元，入驻园区企业125家，带动就业4200人。",
            "截至2021年6月，全镇累计培训新型职业农民1.2万人次。",
            "5年多来，青石镇新建高标准农田2.4万亩。",
        ],
        captions=["图为青石镇的2座智能温室。"],
    )


def test_article_figures_with_spans_measures_and_parts():
    article = sample_article()
    figures = extract_figures([article], PageMeta(date="2023-10-20"))
    text = article.text()
    assert [f.text for f in figures] == ["8个", "超过十亿元", "3.6亿元", "125家", "4200人", "1.2万人次",
                                         "5年多", "2.4万亩", "2座"]
    for f in figures:
        assert text[f.span[0]:f.span[1]] == f.text
        assert f.article == 0
    by_text = {f.text: f for f in figures}
    assert by_text["3.6亿元"].measure == "农业基础设施投资"
    assert by_text["125家"].measure == "入驻园区企业"
    assert by_text["8个"].measure == "现代农业园区"
    assert by_text["2座"].measure == "智能温室"
    assert by_text["超过十亿元"].qualifier == "超过"
    assert by_text["超过十亿元"].value == 1e9


def test_periods_resolve_against_the_page_date():
    figures = {f.text: f for f in extract_figures([sample_article()], PageMeta(date="2023-10-20"))}
    money = figures["3.6亿元"]
    assert (money.period, money.period_start, money.period_end) == ("今年1—9月", "2023-01-01", "2023-09-30")
    assert figures["4200人"].period == "今年1—9月"  # the sentence's time holds across commas
    trained = figures["1.2万人次"]
    assert (trained.period, trained.period_start, trained.period_end) == ("截至2021年6月", "", "2021-06-30")
    years = figures["5年多"]
    assert (years.period, years.period_start, years.period_end) == ("5年多来", "2018-10-20", "2023-10-20")


def test_periods_without_a_page_date_keep_the_text_only():
    figures = {f.text: f for f in extract_figures([sample_article()], None)}
    assert figures["3.6亿元"].period == "今年1—9月"
    assert figures["3.6亿元"].period_start == ""
    assert figures["1.2万人次"].period_end == "2021-06-30"


def test_place_is_the_nearest_place_else_the_articles_main_place():
    article = Article(title="青河县秋粮喜获丰收",
                      body=["甘肃省金塔县种植玉米12万亩。", "全县新建粮仓6座。"])
    figures = extract_figures([article], None)
    assert [f.place for f in figures] == ["金塔县", "青河县"]
    assert [(f.place_code, f.place_level) for f in figures] == [("620921", "county"), ("654325", "county")]


def test_figures_are_numbered_by_article():
    articles = [Article(title="第一篇", body=["新建学校3所。"]), Article(title="第二篇", body=["新修道路12公里。"])]
    assert [(f.article, f.text) for f in extract_figures(articles, None)] == [(0, "3所"), (1, "12公里")]


def test_byline_and_dateline_are_not_searched():
    article = Article(title="消息", dateline="本报5月3日讯", byline="记者 王五", body=["新建学校3所。"])
    assert [f.text for f in extract_figures([article], None)] == ["3所"]


def test_figure_json_has_integer_values_and_no_empty_range():
    figure = extract_figures([Article(body=["增长3~5倍，新建学校3所。"])], None)
    data = [f.to_json() for f in figure]
    assert data[0]["value"] == 3 and data[0]["value_max"] == 5
    assert "value_max" not in data[1]


def test_compound_duration_gives_two_figures():
    hits = find_figures("被判处有期徒刑五年六个月")
    assert [(h.text, h.value, h.unit) for h in hits] == [("五年", 5, "年"), ("六个月", 6, "个月")]


def test_measure_skips_year_on_year_words():
    figures = extract_figures([Article(body=["全市地区生产总值2856.3亿元，同比增长6.2%。"])], None)
    assert [f.measure for f in figures] == ["地区生产总值", "地区生产总值"]


@pytest.mark.parametrize("sentence,period,start,end", [
    ("今年上半年，全县新建学校3所", "今年上半年", "2023-01-01", "2023-06-30"),
    ("去年，全县新建学校3所", "去年", "2022-01-01", "2022-12-31"),
    ("2021年，全县新建学校3所", "2021年", "2021-01-01", "2021-12-31"),
    ("截至目前，全县新建学校3所", "截至目前", "", "2023-10-20"),
    ("截至9月底，全县新建学校3所", "截至9月底", "", "2023-09-30"),
    ("自2019年以来，全县新建学校3所", "自2019年以来", "2019-01-01", "2023-10-20"),
    ("近5年，全县新建学校3所", "近5年", "2018-10-20", "2023-10-20"),
    ("前三季度，全县新建学校3所", "前三季度", "2023-01-01", "2023-09-30"),
    ("全县新建学校3所", "", "", ""),
])
def test_period_phrases(sentence, period, start, end):
    figure = extract_figures([Article(body=[sentence])], PageMeta(date="2023-10-20"))[-1]
    assert figure.text == "3所"
    assert (figure.period, figure.period_start, figure.period_end) == (period, start, end)


@pytest.mark.parametrize("sentence,figure,measure", [
    ("全县粮食播种面积稳定在120万亩以上。", "120万亩以上", "粮食播种面积"),
    ("县农业农村局组织200余名农技人员开展技术指导。", "200余名", "农技人员"),
    ("全县新建烘干中心12处，日烘干能力达到3000吨。", "12处", "烘干中心"),
    ("全县新建烘干中心12处，日烘干能力达到3000吨。", "3000吨", "烘干能力"),
    ("医院新增床位300张，引进博士6名。", "300张", "床位"),
    ("学校占地面积15.6万平方米。", "15.6万平方米", "学校占地面积"),
    ("全县已培育特色产业村58个。", "58个", "特色产业村"),
    ("市场管理方签订了2400元的租赁合同。", "2400元", "租赁合同"),
    ("该企业年产2万吨有机肥。", "2万吨", "有机肥"),
    ("会期5天。", "5天", "会期"),
    ("带动就业1.2万人。", "1.2万人", "就业"),
    ("视频转发超3万。", "超3万", "转发"),
    ("镇里举办1场高规格的农产品推介会。", "1场", "农产品推介会"),
    ("联合收割机5台在田间作业。", "5台", "联合收割机"),
    ("全市建成15个产值50亿元以上工业园区。", "15个", "工业园区"),
    ("全市建成15个产值50亿元以上工业园区。", "50亿元以上", "产值"),
    ("两地车程将由原来的50分钟缩短至15分钟。", "50分钟", "车程"),
    ("两地车程将由原来的50分钟缩短至15分钟。", "15分钟", "车程"),
])
def test_measure_of_own_sentences(sentence, figure, measure):
    figures = {f.text: f for f in extract_figures([Article(body=[sentence])], None)}
    assert figures[figure].measure == measure


def test_main_place_is_the_headline_place_named_most_often():
    article = Article(title="浙江援建助力青河县发展",
                      body=["青河县新建学校3所。", "援建干部在青河县工作3年。", "全县新修道路12公里。"])
    assert [f.place for f in extract_figures([article], None)][-1] == "青河县"


def test_odd_text_never_breaks_extraction():
    """Random runs of numerals, units and marks: extraction returns, spans stay inside the text."""
    pieces = list("0123456789.,%~—-至到年月日万亿千百十一二两三五零〇个名元吨多余超近约以上下“”《》第")
    pieces += ["截至", "今年", "0000年", "13月", "百分之", "个百分点", "平方米", "\n", " "]
    rng = random.Random(20231210)
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
        article = Article(title=text, body=[text, text[::-1]])
        for figure in extract_figures([article], PageMeta(date="2023-02-28")):
            assert 0 <= figure.span[0] < figure.span[1] <= len(article.text())


def test_a_local_name_is_a_place_once_the_page_prints_it_with_its_suffix():
    articles = [
        Article(title="青河县召开招商大会", body=["青河县委书记在会上介绍了全县的产业规划。"]),
        Article(title="项目落地", body=["今年以来，青河新签约项目12个，计划总投资36亿元。"]),
    ]
    figures = extract_figures(articles)
    money = next(f for f in figures if f.unit == "元")
    assert money.place == "青河"


def test_a_number_too_large_for_a_float_is_no_figure() -> None:
    """Hundreds of digits overflow to infinity, which JSON cannot carry."""
    article = Article(body=["投资" + "9" * 400 + "元，另投资5亿元。", "增长" + "1" * 400 + "%"])
    figures = extract_figures([article])
    assert [f.text for f in figures] == ["5亿元"]
    json.dumps([f.to_json() for f in figures], allow_nan=False)
