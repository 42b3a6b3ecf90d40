"""The places an article names, as its entities: divisions of China and foreign countries.

`baoshu.places.find_places` finds and resolves them (persons' and reporters' names skipped).
Kept: divisions at county level or above and countries. Left out: a name that only opens or
sits inside an organisation's name (`某某大学`), unless the config counts those, and the
one-character abbreviation inside an aid word (`援疆` speaks of aid, not of Xinjiang). Below
county level: new districts and development zones the gazetteer knows, and townships, villages
and streets printed with their ending (`某某镇`), are the article's minor places.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from baoshu.config import Config
from baoshu.model import PlaceRef
from baoshu.places import PlaceMatches, PlaceMention, find_places, gazetteer

COUNTED_LEVELS = ("province", "prefecture", "county", "country")
MINOR_LEVELS = ("new_area", "zone")
AID_ABBREV_BEFORE = "援"
MINOR_PLACE = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,6}?(?:镇|乡|街道|社区)(?![\u4e00-\u9fff])"
                         r"|[\u4e00-\u9fff]{2,4}村(?=[，。、的])")


def _inside(m: PlaceMention, spans: list[tuple[int, int]]) -> bool:
    """Inside the name of an organisation the entities stage found (its own finder, not the places
    module's rougher flag); facilities (某县物流中心) are in their place and do not count."""
    return any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in spans)


def provinces_named(mentions: Iterable[PlaceMention]) -> set[str]:
    """The provinces of the divisions named on their own (`find_places` of the text): a county's
    short name that is also a word (霍尔果斯) holds when its province is named this way, as when
    it is printed."""
    g = gazetteer()
    found = set()
    for m in mentions:
        if m.division is not None and m.division.is_division:
            chain = (m.division.key, *g.ancestors(m.division.key))
            found.add(chain[-1])
    return found


@dataclass
class ArticlePlaces:
    """What an article says of places: the places it names, its minor places, and every mention of a
    division or country (inside organisations' names too), for the aid relations."""

    places: list[PlaceRef]
    minor: list[str]
    mentions: list[PlaceMention]


def article_places(text: str, skip: list[tuple[int, int]], org_spans: list[tuple[int, int]],
                   context: Iterable[str], config: Config, first: Iterable[PlaceMention] = (),
                   matches: PlaceMatches | None = None) -> ArticlePlaces:
    """The article's places (standard names, codes, spans), minor places (as printed) and mentions.

    `first` is `find_places(text)` without skips or context: the provinces it names support
    guarded short names. `matches` is `match_places(text)` when the caller has it already.
    """
    settings = config.entities
    counted: dict[str, PlaceRef] = {}
    inside_only: dict[str, PlaceRef] = {}
    minor: list[str] = []
    mentions: list[PlaceMention] = []
    for m in find_places(text, skip_spans=skip, context=[*context, *provinces_named(first)], matches=matches):
        unit = m.division
        if unit is None:
            continue
        if unit.level in MINOR_LEVELS:
            minor.append(m.text)
            continue
        if unit.level not in COUNTED_LEVELS:
            continue
        if m.how == "abbrev" and AID_ABBREV_BEFORE in text[max(0, m.start - 1):m.end]:
            continue
        mentions.append(m)
        table = inside_only if _inside(m, org_spans) and not settings.places_inside_orgs else counted
        ref = table.setdefault(unit.key, PlaceRef(unit.name, unit.code, unit.level, m.text))
        ref.spans.append([m.start, m.end])
    for key, ref in inside_only.items():
        if key in counted:
            counted[key].spans = sorted(counted[key].spans + ref.spans)
    minor += [m.group() for m in MINOR_PLACE.finditer(text)]
    return ArticlePlaces(list(counted.values()), list(dict.fromkeys(minor)), mentions)
