"""Figures ledger: filtered, sorted, paged figures, their CSV, and a chart of sums."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable
from typing import Any

from baoshu.archive import Archive
from baoshu.archive.ledger import CSV_COLUMNS
from baoshu.figures.display import plain
from baoshu.web.chart import Chart, bar_chart
from baoshu.web.views.common import Pager, dress_figure, link

LEDGER_FILTERS = ("unit", "indicator", "measure", "place", "period", "publication")
SORTS = ("-date", "date", "-value", "value")
GROUPINGS = {"place": "按地点", "month": "按月份"}
COLUMNS = (("text", "原文"), ("value", "数值"), ("unit", "单位"), ("qualifier", "限定"), ("indicator", "指标"),
           ("measure", "所计"), ("period", "时期"), ("place", "地点"), ("publication", "报纸"), ("date", "日期"))
SORTABLE = ("value", "date")
RAW_NUMBERS = ("value", "value_max")
CHART_BARS = 12
CSV_LIMIT = 1_000_000
CHART_NOTE = "只汇总同一指标、同一单位的数字；同一篇文章重复的数字只计一次；百分比、比率、平均数、年龄和时长不相加。"


def chosen_filters(params: dict[str, str]) -> dict[str, str]:
    return {k: params.get(k, "").strip() for k in LEDGER_FILTERS}


def archive_filters(filters: dict[str, str]) -> dict[str, str | None]:
    """The filters as the archive takes them: an empty filter means "any"."""
    return {k: v or None for k, v in filters.items()}


def chart_series(rows: list[dict[str, Any]], filters: dict[str, str]) -> tuple[str, str] | None:
    """The one (indicator, unit) the chart sums: the chosen ones, else the summable pair with most facts."""
    facts: Counter[tuple[str, str]] = Counter()
    for row in rows:
        if row["summable"] and all(not filters[k] or row[k] == filters[k] for k in ("indicator", "unit")):
            facts[(row["indicator"], row["unit"])] += row["facts"]
    return facts.most_common(1)[0][0] if facts else None


def sums_chart(archive: Archive, by: str, filters: dict[str, str]) -> Chart:
    """Sums of one indicator in one unit by place or by month (of each figure's own period)."""
    rows = archive.figure_sums(by=by, **archive_filters(filters))
    label = GROUPINGS[by]
    series = chart_series(rows, filters)
    if series is None:
        note = "所选数字是百分比、比率、平均数、年龄或时长，不相加。" if rows else ""
        return Chart(title=f"{label}汇总", unit="", note=note)
    indicator, unit = series
    picked = [r for r in rows if (r["indicator"], r["unit"]) == series and r["sum"] is not None]
    if by == "month":
        picked.sort(key=lambda r: r["key"] or "")
    else:
        picked.sort(key=lambda r: -r["sum"])
    unknown = "时期不详" if by == "month" else "地点不详"
    bars = [(r["label"] or unknown, r["sum"], r["sum_shown"]) for r in picked[:CHART_BARS]]
    shown_unit = unit or "（无单位）"
    chosen = "" if filters["indicator"] and filters["unit"] else "未选指标和单位，图中是数字最多的一组。"
    return bar_chart(f"{label}汇总 · {indicator or '（指标不详）'} · 单位：{shown_unit}", unit, bars,
                     chosen + CHART_NOTE)


def chosen(params: dict[str, str], name: str, allowed: Iterable[str], default: str) -> str:
    """The value of `name` in `params` when it is one of `allowed`, else `default`."""
    value = params.get(name, "")
    return value if value in allowed else default


def ledger_view(archive: Archive, params: dict[str, str], page: int) -> dict[str, Any]:
    """One page of the ledger under the filters in `params`, with the chart and the links around it."""
    filters = chosen_filters(params)
    sort = chosen(params, "sort", SORTS, "-date")
    by = chosen(params, "by", GROUPINGS, "place")
    state = {**filters, "sort": sort, "by": by}
    pager = Pager(page=page, total=0, path="/figures", params=state)
    found = archive.figures(sort=sort, limit=pager.per_page, offset=pager.offset, **archive_filters(filters))
    if pager.clamp(found["total"]):
        found = archive.figures(sort=sort, limit=pager.per_page, offset=pager.offset, **archive_filters(filters))
    units = [u for u in archive.figure_units() if u]
    publications = [p["publication"] for p in archive.publications() if p["publication"]]
    sort_urls = {}
    for key in SORTABLE:
        next_sort = key if sort == f"-{key}" else f"-{key}"
        sort_urls[key] = link("/figures", {**state, "sort": next_sort})
    return {
        "filters": filters,
        "sort": sort,
        "by": by,
        "total": found["total"],
        "figures": [dress_figure(f) for f in found["figures"]],
        "pager": pager,
        "chart": sums_chart(archive, by, filters),
        "options": {"units": units, "publications": publications},
        "csv_url": link("/figures.csv", {**filters, "sort": sort}),
        "sort_urls": sort_urls,
        "by_urls": {key: link("/figures", {**state, "by": key}) for key in GROUPINGS},
        "active": any(filters.values()),
    }


def ledger_csv(archive: Archive, params: dict[str, str]) -> str:
    """Every figure under the filters in `params`, as CSV with a header row."""
    filters = chosen_filters(params)
    sort = chosen(params, "sort", SORTS, "-date")
    rows = archive.figures(sort=sort, limit=CSV_LIMIT, offset=0, **archive_filters(filters))["figures"]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows({**r, **{k: plain(r[k]) for k in RAW_NUMBERS}} for r in rows)
    return out.getvalue()
