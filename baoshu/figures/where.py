"""The place that governs a figure, resolved to a unit of the gazetteer (baoshu.places).

The page is searched for places once. A figure's place is the last
place its sentence names before it; else the article's main place: of the
places its headline names, the one the article mentions most, else the place
its text mentions most (at least `FiguresConfig.main_place_mentions` times).
The dateline counts as text, never on its own: a story filed from a city is not
always about it.

Not every mention is a location. A one-character abbreviation (`援疆`, `在沪`)
is part of a verb; a place that names who gives (`江苏援疆资金`, `上海专家`),
where someone comes from or goes to (`来自山东`, `赴浙江`), a place in a list
(`北京、上海等`) or at the head of an organisation's name (`…市人民医院`) is not
where the figure happens. The main place goes to the smaller unit on a tie. A
name the resolver cannot settle between units (`朝阳`) counts when one of the
units it may mean holds all the others (`和田` the prefecture, its city and
county), else it keeps its printed text with no code.

The page's articles are read as one text, so that units named in one article
(`青河县`) support short names in another (`青河`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace

from baoshu.places import PlaceMention, contains, find_places
from baoshu.places.gazetteer import ABBREV, Division

ARTICLE_BREAK = "\n\n"  # between the articles of a page, read as one text
# A place right before these names who gives or helps, not where (江苏援疆资金, 上海专家).
GIVER_AFTER = ("援疆", "援藏", "援青", "援建", "援助", "对口支援", "对口帮扶", "帮扶", "协作", "爱心", "医疗队", "工作队",
               "工作组", "籍")
# A place right after these is where someone or something comes from, or where goods go (来自山东, 销往上海).
MOVED_BEFORE = ("来自", "从", "迁来", "请来", "发往", "销往", "运往", "运到", "飞往")
LIST_MARKS = "、"
ETC = "等"
# Words for "the whole of / this" unit, and the levels of unit they speak of.
SCOPE = re.compile("(?:全|该|本|我)(县|市|州|省|区|盟|旗)|(县|市|州)里")
SCOPE_LEVELS = {"县": ("county",), "旗": ("county",), "市": ("prefecture", "county"), "州": ("prefecture",),
                "盟": ("prefecture",), "省": ("province",), "区": ("province", "county")}
LEVEL_DEPTH = {"country": 0, "province": 1, "corps": 2, "prefecture": 2, "new_area": 3, "zone": 3,
               "corps_division": 3, "county": 3}


@dataclass(frozen=True, slots=True)
class Place:
    """A figure's place: the text as printed, and the unit it means ("" fields when unresolved).

    `code` is the unit's gazetteer key: the six-digit GB/T 2260 code of a division of
    China, the ISO 3166 code of a country, the standard name of another unit (a new
    district, a Corps division).
    """

    text: str
    code: str = ""
    level: str = ""
    name: str = ""

    @classmethod
    def of(cls, mention: PlaceMention) -> Place:
        unit = mention.division or _holder(mention.candidates)
        if unit is None:
            return cls(mention.text)
        return cls(mention.text, unit.key, unit.level, unit.name)


def _holder(candidates: tuple[Division, ...]) -> Division | None:
    """The one unit among several that holds all the others (和田地区 over 和田市 and 和田县)."""
    for unit in candidates:
        if all(contains(unit.key, other.key) for other in candidates):
            return unit
    return None


def _counts(mention: PlaceMention) -> bool:
    return mention.how != ABBREV


def _key(mention: PlaceMention) -> str:
    return Place.of(mention).code or mention.text


def is_giver(text: str, mention: PlaceMention) -> bool:
    """A place that names who gives or helps (`浙江援疆资金`, `上海帮扶`)."""
    return text.startswith(GIVER_AFTER, mention.end)


def is_location(text: str, mention: PlaceMention, previous: PlaceMention | None = None) -> bool:
    """Whether a place is where things happen, not who gives (`江苏援疆资金`), where someone or
    something comes from or goes (`来自山东`, `销往上海`), nor one of a list of places (`北京、上海等`).
    A place printed right after another (`广东清远`) shares its fate."""
    start = previous.start if previous is not None and previous.end == mention.start else mention.start
    if is_giver(text, mention) or text.endswith(MOVED_BEFORE, 0, start):
        return False
    before = text[start - 1] if start else ""
    after = text[mention.end] if mention.end < len(text) else ""
    return not (before and before in LIST_MARKS) and not (after and after in LIST_MARKS + ETC)


class ArticlePlaces:
    """The places one article names, which of them are locations, and its main place."""

    def __init__(self, mentions: list[PlaceMention], text: str, headline_end: int, mentions_needed: int) -> None:
        self.mentions = [m for m in mentions if _counts(m)]
        self.locations = [m for i, m in enumerate(self.mentions)
                          if is_location(text, m, self.mentions[i - 1] if i else None)]
        self.text = text
        self.main = self._main(headline_end, mentions_needed)

    def _main(self, headline_end: int, mentions_needed: int) -> Place | None:
        """Of the locations the headline names, the one the article names most; else the location
        the text names most, at least `mentions_needed` times unless it is the only one; a tie goes
        to the smaller unit."""
        counts = Counter(_key(m) for m in self.locations)
        self.first: dict[str, PlaceMention] = {}
        for m in self.locations:
            self.first.setdefault(_key(m), m)
        self.counts = counts
        in_headline = list(dict.fromkeys(_key(m) for m in self.locations if m.end <= headline_end))
        if in_headline:
            return Place.of(self.first[max(in_headline, key=self._rank)])
        repeated = [k for k, n in counts.items() if n >= mentions_needed or len(counts) == 1]
        return Place.of(self.first[max(repeated, key=self._rank)]) if repeated else None

    def _rank(self, key: str) -> tuple[int, int]:
        unit = self.first[key].division
        return self.counts[key], LEVEL_DEPTH.get(unit.level, 0) if unit else 0

    def _of_scope(self, sentence: str) -> Place | None:
        """`全县`, `该市`, `县里`: the article's location of that level it names most."""
        m = SCOPE.search(sentence)
        if not m:
            return None
        levels = SCOPE_LEVELS[m.group(1) or m.group(2)]
        fitting = [k for k, first in self.first.items() if first.division and first.division.level in levels]
        return Place.of(self.first[max(fitting, key=self._rank)]) if fitting else None

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans of the places named in [start, end), as offsets from start."""
        return [(m.start - start, m.end - start) for m in self.mentions if start <= m.start and m.end <= end]

    def before(self, sentence_start: int, figure_start: int) -> Place | None:
        """The place of a figure at `figure_start` whose sentence starts at `sentence_start`: the last
        location the sentence names before it (one opening an organisation's name if no other), else
        the article's location of the level its sentence speaks of (`全县`), else its main place, else
        the place that gives (`浙江援疆资金`) when the sentence names one."""
        named = [m for m in self.locations if sentence_start <= m.start and m.end <= figure_start]
        plain = [m for m in named if not m.inside_org]
        if plain:
            return Place.of(plain[-1])
        if named:
            return Place.of(named[0])  # the place that opens an organisation's name
        scoped = self._of_scope(self.text[sentence_start:figure_start])
        if scoped or self.main:
            return scoped or self.main
        givers = [m for m in self.mentions if sentence_start <= m.start and m.end <= figure_start
                  and is_giver(self.text, m)]
        return Place.of(givers[-1]) if givers else None  # 浙江援疆资金投入2亿元: whose money


def page_places(texts: list[str], headline_ends: list[int], mentions_needed: int) -> list[ArticlePlaces]:
    """The places of each article of a page, found in one pass over the page's articles, so that
    a unit one article names (`青河县`) supports a short name in another (`青河`)."""
    starts, at = [], 0
    for text in texts:
        starts.append(at)
        at += len(text) + len(ARTICLE_BREAK)
    by_article: list[list[PlaceMention]] = [[] for _ in texts]
    for m in find_places(ARTICLE_BREAK.join(texts)):
        k = bisect_right(starts, m.start) - 1
        by_article[k].append(replace(m, start=m.start - starts[k], end=m.end - starts[k]))
    return [ArticlePlaces(found, text, end, mentions_needed)
            for found, text, end in zip(by_article, texts, headline_ends)]
