"""The period that governs a figure.

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
from datetime import date
from functools import lru_cache

from baoshu.figures.numbers import parse_number

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
PERIOD_CACHE = 256  # sentences whose time phrases are kept (a sentence's figures come together)
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


@lru_cache(maxsize=PERIOD_CACHE)
def _phrases(text: str) -> tuple[re.Match[str], ...]:
    """The time phrases of a sentence, found once for all its figures."""
    return tuple(PERIOD.finditer(text))


def find_period(text: str, before: int, page_date: str) -> tuple[str, str, str]:
    """The last time phrase of `text` starting before offset `before`, with its ISO dates.

    Returns (phrase, start, end); ("", "", "") when the text names no period.
    """
    last = None
    for m in _phrases(text):
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


def cache_clear() -> None:
    """Forget the time phrases found so far."""
    _phrases.cache_clear()
