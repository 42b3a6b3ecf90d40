"""The gazetteer: China's divisions, a few other units papers treat as places, and countries.

Loaded once from ``divisions.tsv`` beside this module (written by scripts/build_gazetteer.py)
and kept for the life of the process.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cached_property, lru_cache
from importlib.resources import files
from typing import NamedTuple

DATA_FILE = "divisions.tsv"
COLUMNS = 10
DIVISION_LEVELS = ("province", "prefecture", "county")
# Levels of the hand-written supplement; `block` rows are names that are no place (南疆, 京津冀).
OTHER_LEVELS = ("new_area", "zone", "corps", "corps_division", "country")
BLOCK = "block"
# How a name was printed: the standard name, a short or customary name, a former name, or a
# one-character abbreviation after a verb of place (在沪, 援疆).
FULL, SHORT, FORMER, ABBREV = "full", "short", "former", "abbrev"
# What a name that is also an ordinary word needs to count as a place: a place context where it
# stands (COMMON: 合作, 南部), or its province or prefecture named in the text (GUARDED: 玉门, 天山).
COMMON, GUARDED = "common", "guarded"


class GazetteerError(Exception):
    """The gazetteer data file is missing or malformed."""


class Division(NamedTuple):
    """One unit of the gazetteer.

    ``key`` is the six-digit GB/T 2260 code for a division of China, the ISO 3166 code for a
    country, and the standard name for a supplement unit (雄安新区, 第一师). ``level`` is one of
    province, prefecture, county (divisions), new_area, zone, corps, corps_division, country.
    ``parent`` is the parent's key; ``link`` a division code the unit is run together with (the
    city of an XPCC division: 第一师 → 659002).
    """

    key: str
    level: str
    name: str
    parent: str | None
    link: str | None
    short_names: tuple[str, ...]
    former_names: tuple[str, ...]

    @property
    def code(self) -> str | None:
        """The six-digit division code, None for countries and supplement units."""
        return self.key if self.level in DIVISION_LEVELS else None

    @property
    def is_division(self) -> bool:
        """A division of China at county level or above, with a code."""
        return self.level in DIVISION_LEVELS


class Alias(NamedTuple):
    """One way a unit's name is printed."""

    key: str
    kind: str  # FULL, SHORT, FORMER or ABBREV
    needs: str  # "" for a name that is a place on its own, else COMMON or GUARDED


class Gazetteer:
    """All units by key, every printed name with the units it may mean, and the blocking names."""

    def __init__(self, units: dict[str, Division], names: dict[str, tuple[Alias, ...]],
                 blockers: frozenset[str], header: tuple[str, ...]) -> None:
        self.units = units
        self.names = names
        self.blockers = blockers
        self.header = header
        self._ancestors: dict[str, tuple[str, ...]] = {}

    @cached_property
    def children(self) -> dict[str, tuple[str, ...]]:
        kids: dict[str, list[str]] = defaultdict(list)
        for unit in self.units.values():
            if unit.parent:
                kids[unit.parent].append(unit.key)
        return {k: tuple(v) for k, v in kids.items()}

    def ancestors(self, key: str) -> tuple[str, ...]:
        """Keys of the unit's parent, grandparent, …, nearest first (walked once per key: the units
        do not change once loaded)."""
        found = self._ancestors.get(key)
        if found is None:
            found = self._ancestors[key] = self._walk_up(key)
        return found

    def _walk_up(self, key: str) -> tuple[str, ...]:
        out = []
        unit = self.units.get(key)
        while unit is not None and unit.parent and unit.parent not in out:
            out.append(unit.parent)
            unit = self.units.get(unit.parent)
        return tuple(out)

    def descendants(self, key: str) -> tuple[str, ...]:
        """Keys of every unit below this one, depth first."""
        out: list[str] = []
        stack = list(reversed(self.children.get(key, ())))
        while stack:
            child = stack.pop()
            out.append(child)
            stack.extend(reversed(self.children.get(child, ())))
        return tuple(out)


def _split(cell: str) -> tuple[str, ...]:
    return tuple(cell.split("|")) if cell else ()


def parse(text: str, source: str = DATA_FILE) -> Gazetteer:
    """Read the gazetteer from the text of a divisions.tsv file."""
    units: dict[str, Division] = {}
    names: dict[str, list[Alias]] = defaultdict(list)
    blockers: set[str] = set()
    header = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("#"):
            header.append(line.lstrip("# "))
            continue
        cols = line.split("\t")
        if len(cols) != COLUMNS:
            raise GazetteerError(f"{source}:{number}: expected {COLUMNS} columns, got {len(cols)}")
        key, level, parent, link, name, short, former, abbrev, common, guarded = cols
        if level == BLOCK:
            blockers.add(name)
            continue
        if level not in DIVISION_LEVELS + OTHER_LEVELS:
            raise GazetteerError(f"{source}:{number}: unknown level {level!r}")
        unit = Division(key, level, name, parent or None, link or None, _split(short), _split(former))
        units[key] = unit
        needs = {**{n: GUARDED for n in _split(guarded)}, **{n: COMMON for n in _split(common)}}
        for kind, printed in ((FULL, (name,)), (SHORT, unit.short_names), (FORMER, unit.former_names),
                              (ABBREV, _split(abbrev))):
            for alias in printed:
                names[alias].append(Alias(key, kind, needs.get(alias, "")))
    for unit in units.values():
        if unit.parent and unit.parent not in units:
            raise GazetteerError(f"{source}: {unit.key} {unit.name} has unknown parent {unit.parent}")
    return Gazetteer(units, {k: tuple(v) for k, v in names.items()}, frozenset(blockers), tuple(header))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The packaged gazetteer, read on first use."""
    resource = files("baoshu.places").joinpath(DATA_FILE)
    try:
        text = resource.read_text(encoding="utf-8")
    except FileNotFoundError as e:
        raise GazetteerError(f"{DATA_FILE}: not found in baoshu/places; run scripts/build_gazetteer.py") from e
    return parse(text)
