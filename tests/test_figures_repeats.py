"""One fact, counted once: a figure repeated within its article is marked as a repeat of the first."""

from __future__ import annotations

from baoshu.figures import extract_figures
from baoshu.model import Article, Figure


def marks(article: Article) -> list[tuple[str, str, int | None]]:
    return [(f.text, f.part, f.repeat_of) for f in extract_figures([article])]


def test_headline_and_body_give_one_fact() -> None:
    article = Article(title="全县固定资产投资突破90亿元",
                      body=["前三季度，全县确保固定资产投资突破90亿元，新建厂房12万平方米。"])
    assert marks(article) == [("突破90亿元", "title", None), ("突破90亿元", "body", 0),
                              ("12万平方米", "body", None)]


def test_the_first_figure_takes_the_bodys_indicator_place_and_period() -> None:
    article = Article(title="投资突破90亿元", body=["今年1—9月，新和县固定资产投资突破90亿元。"])
    first, repeat = extract_figures([article])
    assert repeat.repeat_of == 0
    assert (first.indicator, first.place_code, first.period) == ("固定资产投资", "652925", "今年1—9月")


def test_standfirst_and_caption_repeat_the_body() -> None:
    article = Article(standfirst="新建学校12所", body=["今年全县新建学校12所。"], captions=["新建的12所学校。"])
    assert [r for _, _, r in marks(article)] == [None, 0, 0]


def test_equal_figures_of_the_body_are_one_fact_only_when_they_say_the_same() -> None:
    same = Article(body=["全县新建学校12所。", "总的来看，全县新建学校12所。"])
    assert [r for _, _, r in marks(same)] == [None, 0]
    two_places = Article(body=["墨玉县新建学校12所。", "和田县新建学校12所。"])
    assert [r for _, _, r in marks(two_places)] == [None, None]
    two_things = Article(body=["全县新建学校12所、卫生院12所。"])
    assert [r for _, _, r in marks(two_things)] == [None, None]


def test_a_headline_figure_is_repeated_by_one_body_figure_at_most() -> None:
    article = Article(title="两县各建学校12所", body=["墨玉县新建学校12所。", "和田县新建学校12所。"])
    assert [r for _, _, r in marks(article)] == [None, 0, None]


def test_figures_of_other_articles_are_never_repeats() -> None:
    found = extract_figures([Article(body=["新建学校12所。"]), Article(body=["新建学校12所。"])])
    assert [f.repeat_of for f in found] == [None, None]


def test_a_repeat_keeps_its_own_text_measure_and_span() -> None:
    article = Article(title="投资突破90亿元", body=["全县投资突破90亿元。"])
    first, repeat = extract_figures([article])
    text = article.text()
    assert isinstance(repeat, Figure) and text[repeat.span[0]:repeat.span[1]] == "突破90亿元"
    assert repeat.span != first.span and repeat.to_json()["repeat_of"] == 0
