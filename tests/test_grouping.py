"""Grouping a dump's blocks into stories, and pairing headlines with them."""

from __future__ import annotations

from baoshu.assemble.grouping import group_text_blocks, join_subheads, pull_quotes
from baoshu.assemble.items import Item, Story, to_items
from baoshu.assemble.pairing import pair_headlines
from baoshu.config import DEFAULT
from baoshu.model import Block, Line, Role

CFG = DEFAULT.assemble


def block(role: Role, text: str, number: int, continues: bool = False, blank: bool = True) -> Block:
    return Block(role=role, lines=[Line(text, number, blank_before=blank)], text=text, continues=continues)


ORCHARD = ("本报讯 记者高原报道 石门村的苹果园今年迎来丰收，果农在苹果园里忙着采摘，"
           "苹果收购商的货车开进了村口。")
ORCHARD_MORE = "石门村苹果园引进了矮化密植技术，苹果亩产提高了三成，果农收入明显增加。"
MARKET = "南湖融媒讯 （记者 周敏）南湖区夜市本周开市，夜市摊位两百余个，小吃和手工艺品最受欢迎。"


def test_a_subhead_between_two_runs_of_one_story_joins_them() -> None:
    blocks = [block(Role.BODY, ORCHARD, 1), block(Role.HEADLINE, "果园换新颜", 2),
              block(Role.BODY, ORCHARD_MORE, 3), block(Role.BODY, MARKET, 4)]
    items = join_subheads(to_items(blocks), CFG)
    assert [it.kind for it in items] == ["segment", "segment"]
    roles = [b.role for b in items[0].blocks]
    assert roles == [Role.BODY, Role.SUBHEAD, Role.BODY]


def test_a_heading_between_two_stories_is_not_a_subhead() -> None:
    blocks = [block(Role.BODY, ORCHARD, 1), block(Role.HEADLINE, "夜市开市", 2), block(Role.BODY, MARKET, 3)]
    items = join_subheads(to_items(blocks), CFG)
    assert [it.kind for it in items] == ["segment", "headrun", "segment"]


def test_headlines_are_paired_by_shared_words_wherever_printed() -> None:
    blocks = [block(Role.BODY, ORCHARD, 1), block(Role.BODY, MARKET, 2),
              block(Role.HEADLINE, "南湖夜市开市", 3), block(Role.HEADLINE, "石门村苹果丰收", 4)]
    items = to_items(blocks)
    stories = {k: Story(segments=[it]) for k, it in enumerate(items) if it.kind == "segment"}
    leftover = pair_headlines(items, stories, CFG)
    assert leftover == []
    titles = {k: [b.text for b in s.headline] for k, s in stories.items()}
    assert titles == {0: ["石门村苹果丰收"], 1: ["南湖夜市开市"]}


def test_a_headline_sharing_no_words_is_left_as_furniture() -> None:
    blocks = [block(Role.BODY, ORCHARD, 1), block(Role.HEADLINE, "天气预报", 2)]
    stories, furniture = group_text_blocks(blocks, CFG)
    assert furniture == ["天气预报"] and len(stories) == 1


def test_a_short_run_repeated_in_a_story_is_its_pull_quote() -> None:
    quote = "苹果亩产提高了三成"
    stories = {0: Story(segments=[Item("segment", [block(Role.BODY, ORCHARD + ORCHARD_MORE, 1)])]),
               1: Story(segments=[Item("segment", [block(Role.BODY, quote, 2)])])}
    pull_quotes(stories, CFG)
    assert list(stories) == [0]
    assert [b.text for b in stories[0].standfirst] == [quote]


def test_captions_after_a_story_about_them_join_it() -> None:
    blocks = [block(Role.BODY, ORCHARD, 1), block(Role.CAPTION, "石门村果农在苹果园采摘苹果。", 2),
              block(Role.CREDIT, "本报记者 杨帆 摄", 3)]
    stories, _ = group_text_blocks(blocks, CFG)
    assert len(stories) == 1
    assert [b.role for b in stories[0]] == [Role.BODY, Role.CAPTION, Role.CREDIT]


def test_a_picture_between_a_headline_and_its_story_joins_the_story_below() -> None:
    blocks = [block(Role.BODY, MARKET, 1), block(Role.HEADLINE, "石门村苹果丰收", 2),
              block(Role.CAPTION, "石门村果农在苹果园采摘苹果。", 3), block(Role.CREDIT, "本报记者 杨帆 摄", 4),
              block(Role.BODY, ORCHARD, 5)]
    stories, furniture = group_text_blocks(blocks, CFG)
    assert furniture == [] and len(stories) == 2
    assert [b.role for b in stories[1]] == [Role.HEADLINE, Role.BODY, Role.CAPTION, Role.CREDIT]
