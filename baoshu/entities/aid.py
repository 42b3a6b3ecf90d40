"""Counterpart aid (对口支援, 援疆, 对口帮扶, 东西部协作): who gives to whom, in which sentence.

A sentence states a relation when it holds an aid word. Its donors are the places printed right
before an aid word (`浙江援疆`, `天津市对口支援`, `广东省第十批援藏工作队`) or opening an aid
organisation's name (`某市援疆指挥部`); its recipients are the places after the aid word inside
such a name (`某省援疆某地前方指挥部`), else the other places of the sentence outside the donors'
provinces. Each side keeps its most specific places (`江苏省常州市` gives 常州市). A sentence with
a donor and no recipient of its own takes the article's main recipient (the place outside the
donors' provinces it names most); a sentence with an aid word and a recipient but no donor takes
the article's donor, when the article has one. The row carries the programme named in the
sentence (`组团式医疗援疆`, `教育援疆`), the money and count figures it reports, and its period.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from baoshu.config import Config
from baoshu.entities import lexicon
from baoshu.entities.orgs import OrgHit
from baoshu.entities.text import alternation, sentences
from baoshu.figures.period import find_period
from baoshu.model import Aid, AidFigure, Article, Figure
from baoshu.places import Division, PlaceMention, gazetteer

AID_WORD = re.compile(alternation(lexicon.AID_VERBS))
AID_ORG_WORD = re.compile(alternation(lexicon.AID_ORG_WORDS))
DONOR_AFTER = re.compile(rf"(?:省|市)?(?:第[一二三四五六七八九十\d]+批)?(?:{alternation(lexicon.AID_VERBS)})")
PAIRING_BEFORE = re.compile(f"(?:{alternation(lexicon.PAIRING_VERBS)})$")
PAIRING_REACH = 6
PROGRAMME = re.compile(rf"((?:组团式)?(?:{alternation(lexicon.PROGRAMME_FIELDS)})*)(援疆|援藏|援青)")
QUOTES = re.compile(r"[“”‘’\"']")
LEVEL_RANK = {"province": 0, "prefecture": 1, "county": 2}
FIGURE_UNITS_LEFT_OUT = ("%", "‰", "年", "个月", "月", "天", "日", "小时")


def _province(key: str) -> str:
    chain = (key, *gazetteer().ancestors(key))
    return chain[-1]


def _most_specific(keys: Iterable[str]) -> list[str]:
    """The keys that are no ancestor of another key in the list, in order."""
    keys = list(dict.fromkeys(keys))
    g = gazetteer()
    return [k for k in keys if not any(k in g.ancestors(o) for o in keys if o != k)]


def _programme(sentence: str) -> str:
    found = [m.group(0) for m in PROGRAMME.finditer(QUOTES.sub("", sentence)) if m.group(1)]
    grouped = [p for p in found if p.startswith("组团式")]
    return (grouped or found or [""])[0]


class _Sentence:
    """One sentence's donors and recipients (division keys), found from its own words."""

    def __init__(self, text: str, start: int, end: int, mentions: list[PlaceMention], orgs: list[OrgHit],
                 receiving_only: bool):
        self.start, self.end = start, end
        here = [m for m in mentions if start <= m.start < end and m.division is not None
                and m.division.level in LEVEL_RANK]
        donors: list[str] = []
        paired: list[str] = []  # named right after a pairing verb, or after the aid word in an aid body's name
        aid_orgs = [o for o in orgs if start <= o.start < end and AID_ORG_WORD.search(o.name)]
        for i, m in enumerate(here):
            key = m.division.key  # type: ignore[union-attr]
            org = next((o for o in aid_orgs if o.start <= m.start < o.end), None)
            word = AID_ORG_WORD.search(text, org.start, org.end) if org else None
            if word and m.end <= word.start():
                donors.append(key)
            elif word or _after_pairing(text, m.start, here[:i]):
                paired.append(key)
            elif DONOR_AFTER.match(text, m.end):
                donors.append(key)
        donors += [m.division.key for m in here  # type: ignore[union-attr]
                   if m.division.key not in donors and _listed_before(text, m, here, donors)]  # type: ignore[union-attr]
        self.donors = _most_specific(donors)
        others = [m.division.key for m in here if m.division.key not in donors]  # type: ignore[union-attr]
        self.paired = _recipients(paired, self.donors, receiving_only)
        self.recipients = self.paired or _recipients(others, self.donors, receiving_only)


def _after_pairing(text: str, start: int, before: list[PlaceMention]) -> bool:
    """A place right after a pairing verb, or after places that follow one (对口支援新疆和田)."""
    at = start
    for m in reversed(before):
        if m.end == at:
            at = m.start
    return bool(PAIRING_BEFORE.search(text, max(0, at - PAIRING_REACH), at))


def _listed_before(text: str, m: PlaceMention, here: list[PlaceMention], donors: list[str]) -> bool:
    """A place listed with a donor right after it (甲、乙援疆: 甲 gives too)."""
    return any(o.start == m.end + 1 and text[m.end] in "、和与及" and o.division is not None
               and o.division.key in donors for o in here)


def _recipients(keys: list[str], donors: list[str], receiving_only: bool) -> list[str]:
    """The most specific of the places that can receive: outside the donors' provinces and, unless
    `receiving_only` is off, in a receiving province."""
    provinces = {_province(k) for k in donors}
    kept = [k for k in keys if k not in donors and _province(k) not in provinces
            and (not receiving_only or _province(k)[:2] in lexicon.RECIPIENT_PROVINCES)]
    return _most_specific(kept)


def _main_recipient(mentions: list[PlaceMention], donors: set[str], paired: Counter[str],
                    receiving_only: bool) -> str | None:
    """The recipient the article pairs with a donor most (对口支援某县), else the receiving place it
    names most, outside the donors' provinces, the lower level on a tie, then the one named first.
    A province counts only when nothing within it is named."""
    g = gazetteer()
    lower = Counter({k: n for k, n in paired.items() if g.units[k].level != "province"})
    if lower:
        return lower.most_common(1)[0][0]
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in mentions:
        unit = m.division
        if unit is None or unit.level not in LEVEL_RANK:
            continue
        if _recipients([unit.key], list(donors), receiving_only):
            counts[unit.key] += 1
            first.setdefault(unit.key, m.start)
    below = [k for k in counts if g.units[k].level != "province"]
    if below:
        counts = Counter({k: counts[k] for k in below})
    if not counts:
        return None
    return max(counts, key=lambda k: (counts[k], LEVEL_RANK[g.units[k].level], -first[k]))


def find_aid(article: Article, text: str, mentions: list[PlaceMention], orgs: list[OrgHit],
             figures: list[tuple[int, Figure]], config: Config, page_date: str = "") -> list[Aid]:
    """The aid relations the article states, one row per (sentence, donor, recipient)."""
    receiving_only = config.entities.aid_receiving_provinces
    stated = [_Sentence(text, s, e, mentions, orgs, receiving_only) for s, e in sentences(text)
              if AID_WORD.search(text, s, e)]
    article_donors = Counter(k for s in stated for k in s.donors)
    merged = _merge_donors(article_donors)
    main = _main_recipient(mentions, set(article_donors), Counter(k for s in stated for k in s.paired),
                           receiving_only)
    top_donor = merged.get(article_donors.most_common(1)[0][0]) if article_donors else None
    g = gazetteer()
    rows: list[Aid] = []
    seen: set[tuple[int, str, str]] = set()
    for sentence in stated:
        donors = [merged[d] for d in sentence.donors] or ([top_donor] if top_donor and sentence.recipients else [])
        recipients = sentence.recipients or ([main] if main and sentence.donors else [])
        recipients = [main if main and g.units[r].level == "province" and main in g.descendants(r) else r
                      for r in recipients]
        for donor in dict.fromkeys(donors):
            for recipient in dict.fromkeys(recipients):
                if donor == recipient or (sentence.start, donor, recipient) in seen:
                    continue
                seen.add((sentence.start, donor, recipient))
                rows.append(_row(text, sentence, g.units[donor], g.units[recipient], figures, page_date))
    return rows


def _merge_donors(donors: Counter[str]) -> dict[str, str]:
    """Each donor, or the donor within it the article also names (江苏省 and 常州市 give as 常州市)."""
    g = gazetteer()
    out = {}
    for key in donors:
        inner = [k for k in donors if k != key and key in g.ancestors(k)]
        out[key] = max(inner, key=lambda k: donors[k]) if inner else key
    return out


def _row(text: str, sentence: _Sentence, donor: Division, recipient: Division,
         figures: list[tuple[int, Figure]], page_date: str) -> Aid:
    said = text[sentence.start:sentence.end]
    tied = [(i, f) for i, f in figures if f.span and sentence.start <= f.span[0] < sentence.end
            and not f.unit.endswith(FIGURE_UNITS_LEFT_OUT)]
    period = next(((f.period, f.period_start, f.period_end) for _, f in tied if f.period), None)
    if period is None:
        period = find_period(said, len(said), page_date)
    return Aid(donor=donor.name, donor_code=donor.code, recipient=recipient.name, recipient_code=recipient.code,
               programme=_programme(said), sentence=said.strip(), span=[sentence.start, sentence.end],
               period=period[0], period_start=period[1], period_end=period[2],
               figures=[AidFigure(i, f.text, f.value, f.unit, f.measure) for i, f in tied])
