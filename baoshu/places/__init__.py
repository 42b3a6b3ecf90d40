"""Places named in Chinese news text, resolved to China's administrative divisions or countries.

The gazetteer holds China's provinces, prefectures and counties with their GB/T 2260 codes,
short and former names, a few units papers treat as places (national new districts, development
zones, the XPCC's divisions) and foreign countries; see the README's "Places" section for its
source and how to rebuild it.

    >>> from baoshu import places
    >>> [(m.text, m.code) for m in places.find_places("浙江丽水援建阿克苏新和")]
    [('浙江', '330000'), ('丽水', '331100'), ('阿克苏', '652900'), ('新和', '652925')]
    >>> places.contains("650000", "652925")
    True
"""

from __future__ import annotations

from baoshu.places.gazetteer import Division, GazetteerError, gazetteer
from baoshu.places.resolve import PlaceMatches, PlaceMention, find_places, match_places

__all__ = ["Division", "GazetteerError", "PlaceMatches", "PlaceMention", "contains", "descendants", "division",
           "find_places", "lookup", "match_places"]


def division(key: str) -> Division | None:
    """The unit with this key: a six-digit division code, an ISO country code, or a supplement unit's name."""
    return gazetteer().units.get(key)


def lookup(name: str) -> tuple[Division, ...]:
    """Every unit a printed name may mean (新和 → 新和县; 和田 → 和田地区, 和田市, 和田县), standard names first."""
    g = gazetteer()
    aliases = sorted(g.names.get(name, ()), key=lambda a: a.kind != "full")
    return tuple(dict.fromkeys(g.units[a.key] for a in aliases))


def contains(ancestor: str, key: str) -> bool:
    """Whether the unit ``key`` lies within ``ancestor`` (a unit contains itself)."""
    return key == ancestor or ancestor in gazetteer().ancestors(key)


def descendants(key: str) -> tuple[str, ...]:
    """Keys of every unit within this one, depth first: a province's prefectures and counties, and
    the supplement's units placed in it (雄安新区 in 河北省, the XPCC and its divisions in 新疆)."""
    return gazetteer().descendants(key)
