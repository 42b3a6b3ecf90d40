"""The period and the place that govern a figure.

Periods are time phrases (`今年1—10月`, `截至2021年6月`, `3年多来`) resolved to
ISO dates against the page date when one is known:

- a year with months covers those months (`今年1—10月` → Jan 1 to Oct 31);
- `截至 X` ends at the end of X and has no start;
- `X年以来` starts on Jan 1 of X and ends on the page date;
- `N年来`, `N年多来`, `近N年` start N years before the page date and end on it
  (a `多` is not counted: the start is a lower bound on how far back it goes);
- a phrase that needs the page date (`今年`, `去年`, `N年来`) stays unresolved without one.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date
from functools import lru_cache

import jieba.posseg

from baoshu.figures.measure import LINK_VERBS
from baoshu.figures.numbers import parse_number
from baoshu.figures.units import NOT_PLACES, PLACE_SUFFIXES, PROVINCES

_CN = "一二两三四五六七八九十"
_YEAR = r"(?:\d{4}年|今年|去年|前年|明年|本年|当年)"
_MONTHS = r"(?:\d{1,2}(?:[—\-~～至到])\d{1,2}月|\d{1,2}月份?)"
_PART_OF_YEAR = r"(?:前三季度|[一二三四]季度|第[一二三四]季度|上半年|下半年|全年)"
_COUNT = rf"(?:\d+|[{_CN}]+)"
PERIOD = re.compile(
    rf"(?P<until>截至|截止到?|到)(?P<until_when>目前|{_YEAR}(?:{_MONTHS}|{_PART_OF_YEAR})?(?:\d{{1,2}}日)?[底末]?|{_MONTHS}[底末]?)"
    rf"|(?:自|从)?(?P<since>\d{{4}}年|今年|去年)(?:\d{{1,2}}月)?(?:以来|起)"
    rf"|(?P<span>{_COUNT})年多?(?:以)?来"
    rf"|近(?P<recent>{_COUNT})年"
    rf"|(?P<year>{_YEAR})?(?P<part>{_MONTHS}|{_PART_OF_YEAR})"
    rf"|(?P<year_only>{_YEAR})"
)
_PARTS_OF_YEAR = {"前三季度": (1, 9), "一季度": (1, 3), "二季度": (4, 6), "三季度": (7, 9),
                  "四季度": (10, 12), "上半年": (1, 6), "下半年": (7, 12), "全年": (1, 12)}
# A local name printed before the seat of its government: `玉门市委`, `青河县政府`.
ADMIN_SEAT = re.compile(r"([\u4e00-\u9fff]{2,3}?)(?:市委|市政府|市人民政府|县委|县政府|县人民政府|地委|州委|区委|旗委|盟委)")
_RELATIVE_YEARS = {"今年": 0, "本年": 0, "当年": 0, "去年": -1, "前年": -2, "明年": 1}


def _page_date(iso: str) -> date | None:
    try:
        return date.fromisoformat(iso)
    except (TypeError, ValueError):
        return None


def _year(word: str | None, today: date | None) -> int | None:
    if not word:
        return today.year if today else None
    if word in _RELATIVE_YEARS:
        return today.year + _RELATIVE_YEARS[word] if today else None
    return int(word[:4])


def _months(part: str) -> tuple[int, int] | None:
    part = part.removeprefix("第")
    if part in _PARTS_OF_YEAR:
        return _PARTS_OF_YEAR[part]
    numbers = [int(n) for n in re.findall(r"\d+", part)]
    if not numbers or not all(1 <= n <= 12 for n in numbers):
        return None
    return numbers[0], numbers[-1]


def _month_span(year: int, first: int, last: int) -> tuple[str, str]:
    end_day = calendar.monthrange(year, last)[1]
    return date(year, first, 1).isoformat(), date(year, last, end_day).isoformat()


def _years_before(today: date, years: int) -> str:
    try:
        return today.replace(year=today.year - years).isoformat()
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28).isoformat()


def _resolve(m: re.Match[str], today: date | None) -> tuple[str, str]:
    """ISO start and end of a period phrase, "" where unknown."""
    if m["until"]:
        when = m["until_when"]
        if when == "目前":
            return "", today.isoformat() if today else ""
        inner = PERIOD.fullmatch(when.rstrip("底末"))
        if inner is None:
            return "", ""
        return "", _resolve(inner, today)[1]
    if m["since"]:
        year = _year(m["since"], today)
        return (date(year, 1, 1).isoformat() if year else ""), (today.isoformat() if today else "")
    count = m["span"] or m["recent"]
    if count:
        if not today:
            return "", ""
        return _years_before(today, int(parse_number(count))), today.isoformat()
    year = _year(m["year"] or m["year_only"], today if (m["year"] or m["year_only"] or m["part"]) else None)
    if year is None:
        return "", ""
    months = _months(m["part"]) if m["part"] else (1, 12)
    return _month_span(year, *months) if months else ("", "")


def find_period(text: str, before: int, page_date: str) -> tuple[str, str, str]:
    """The last time phrase of `text` starting before offset `before`, with its ISO dates.

    Returns (phrase, start, end); ("", "", "") when the text names no period.
    """
    last = None
    for m in PERIOD.finditer(text):
        if m.start() >= before:
            break
        last = m
    if last is None:
        return "", "", ""
    try:
        start, end = _resolve(last, _page_date(page_date))
    except ValueError:  # a date that does not exist (0000年, 2月30日)
        start, end = "", ""
    return last.group(), start, end


def _words_with_places_merged(text: str) -> list[tuple[str, str]]:
    """jieba's words, a place name and the suffix that follows it joined (`河西` `县` → `河西县`)."""
    words: list[tuple[str, str]] = []
    for w in jieba.posseg.cut(text, HMM=False):
        if words and words[-1][1] == "ns" and w.word in PLACE_SUFFIXES:
            words[-1] = (words[-1][0] + w.word, "ns")
        else:
            words.append((w.word, w.flag))
    return words


@lru_cache(maxsize=2048)
def _places(text: str, known: frozenset[str] = frozenset()) -> tuple[tuple[int, str], ...]:
    """Places named in text, with their offsets: jieba's place names, and the page's `known` ones."""
    found: list[tuple[int, str]] = []
    offset = 0
    words = _words_with_places_merged(text)
    for i, (word, flag) in enumerate(words):
        beside = {words[j][0] for j in (i - 1, i + 1) if 0 <= j < len(words)}
        named = flag in ("nr", "nz", "nt", "ns")  # jieba tags some county names as person names
        is_place = (flag == "ns" and "·" not in beside and word not in LINK_VERBS) or word in PROVINCES or (
            named and len(word) > 2 and word.endswith(PLACE_SUFFIXES))
        if is_place and len(word) > 1 and word not in NOT_PLACES:
            found.append((offset, word))
        offset += len(word)
    covered = {k for start, word in found for k in range(start, start + len(word))}
    for name in known:
        for m in re.finditer(re.escape(name), text):
            if not covered.intersection(range(m.start(), m.end())):
                found.append((m.start(), name))
    return tuple(sorted(found))


def page_places(openings: list[str], texts: list[str]) -> frozenset[str]:
    """Place names a page writes without their suffix, learnt from where it prints them with one.

    `和田` where the page also prints `和田地区`, `玉门` beside `玉门市委`: local
    names a general dictionary does not know. Suffixed names are looked for in
    the `openings` (headlines, datelines, first paragraphs, where stories name
    their places in full), seats of government in all `texts`.
    """
    stems: set[str] = set()
    for text in openings:
        stems.update(_stem(word) for _, word in _places(text) if _stem(word) != word)
    for text in texts:
        stems.update(m.group(1) for m in ADMIN_SEAT.finditer(text))
    return frozenset(s for s in stems if len(s) >= 2 and s not in NOT_PLACES)


def place_cache_clear() -> None:
    """Forget cached place lookups."""
    _places.cache_clear()


def find_place(text: str, before: int, fallback: Callable[[], str] = lambda: "",
               known: frozenset[str] = frozenset()) -> str:
    """The last place named in `text` before offset `before`, else what `fallback` gives."""
    places = [word for offset, word in _places(text, known) if offset < before]
    return places[-1] if places else fallback()


def _stem(place: str) -> str:
    """A place name without its suffix (`新和县` → `新和`), as the text also writes it."""
    for suffix in PLACE_SUFFIXES:
        if place.endswith(suffix) and len(place) - len(suffix) >= 2:
            return place[: -len(suffix)]
    return place


def main_place(headline: str, dateline: str, text: str, known: frozenset[str], mentions: int) -> str:
    """The place an article is about: of the places its headline names (else its dateline,
    else its text, if named at least `mentions` times), the one the article mentions most often;
    ties go to the first named."""
    for source in (headline, dateline):
        candidates = list(dict.fromkeys(word for _, word in _places(source, known)))
        if candidates:
            return max(candidates, key=lambda place: text.count(_stem(place)))
    counts = {word: text.count(_stem(word)) for _, word in _places(text, known)}
    repeated = [word for word, count in counts.items() if count >= mentions]
    return max(repeated, key=counts.__getitem__) if repeated else ""
