"""The place that governs a figure, resolved to a unit of the gazetteer (baoshu.places).

The page is searched for places once. A figure's place is the last
place its sentence names before it; else the article's main place: of the
places its headline names, the one the article mentions most, else the place
its text mentions most (at least `FiguresConfig.main_place_mentions` times).
The dateline counts as text, never on its own: a story filed from a city is not
always about it.

Not every mention counts. A one-character abbreviation (`援疆`, `在沪`) is part
of a verb, not the figure's place; a place at the head of an organisation's
name (`…市人民医院`) counts only when the sentence names no other place; a
name the resolver cannot settle between units (`朝阳`) counts when one of the
units it may mean holds all the others (`和田` the prefecture, its city and
county), else it keeps its printed text with no code.

The page's articles are read as one text, so that units named in one article
(`青河县`) support short names in another (`青河`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace

from baoshu.places import PlaceMention, contains, find_places
from baoshu.places.gazetteer import ABBREV, Division

ARTICLE_BREAK = "\n\n"  # between the articles of a page, read as one text


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


class ArticlePlaces:
    """The places one article names, and its main place."""

    def __init__(self, mentions: list[PlaceMention], headline_end: int, mentions_needed: int) -> None:
        self.mentions = [m for m in mentions if _counts(m)]
        self.main = self._main(headline_end, mentions_needed)

    def _main(self, headline_end: int, mentions_needed: int) -> Place | None:
        counts = Counter(_key(m) for m in self.mentions if not m.inside_org)
        first: dict[str, PlaceMention] = {}
        for m in self.mentions:
            first.setdefault(_key(m), m)
        in_headline = list(dict.fromkeys(_key(m) for m in self.mentions if m.end <= headline_end))
        if in_headline:
            return Place.of(first[max(in_headline, key=lambda k: counts[k])])
        repeated = [k for k, n in counts.items() if n >= mentions_needed]
        if not repeated:
            return None
        return Place.of(first[max(repeated, key=counts.__getitem__)])

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans of the places named in [start, end), as offsets from start."""
        return [(m.start - start, m.end - start) for m in self.mentions if start <= m.start and m.end <= end]

    def before(self, sentence_start: int, figure_start: int) -> Place | None:
        """The place of a figure at `figure_start` whose sentence starts at `sentence_start`."""
        named = [m for m in self.mentions if sentence_start <= m.start and m.end <= figure_start]
        plain = [m for m in named if not m.inside_org]
        if plain:
            return Place.of(plain[-1])
        if named:
            return Place.of(named[0])  # the place that opens an organisation's name
        return self.main


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
    return [ArticlePlaces(found, end, mentions_needed) for found, end in zip(by_article, headline_ends)]
