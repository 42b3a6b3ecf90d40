"""Figures ledger: filtered, sorted, paged figures, their CSV, and a chart of sums."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable
from typing import Any

from baoshu.archive import Archive
from baoshu.archive.ledger import CSV_COLUMNS
from baoshu.web.chart import Chart, bar_chart
from baoshu.web.views.common import Pager, dress_figure, link

LEDGER_FILTERS = ("unit", "measure", "place", "period", "publication")
SORTS = ("-date", "date", "-value", "value")
GROUPINGS = {"place": "按地点", "month": "按月份"}
COLUMNS = (("text", "原文"), ("value", "数值"), ("unit", "单位"), ("qualifier", "限定"), ("measure", "所计"),
           ("period", "时期"), ("place", "地点"), ("publication", "报纸"), ("date", "日期"))
SORTABLE = ("value", "date")
CHART_BARS = 12
CSV_LIMIT = 1_000_000


def chosen_filters(params: dict[str, str]) -> dict[str, str]:
    return {k: params.get(k, "").strip() for k in LEDGER_FILTERS}


def archive_filters(filters: dict[str, str]) -> dict[str, str | None]:
    """The filters as the archive takes them: an empty filter means "any"."""
    return {k: v or None for k, v in filters.items()}


def sums_chart(archive: Archive, by: str, filters: dict[str, str]) -> Chart:
    """Sums of one unit by place or by month: the chosen unit, else the commonest one."""
    rows = archive.figure_sums(by=by, **archive_filters(filters))
    counts: Counter[str] = Counter()
    for row in rows:
        counts[row["unit"]] += row["count"]
    label = GROUPINGS[by]
    if not counts:
        return Chart(title=f"{label}汇总", unit="")
    unit = filters["unit"] or counts.most_common(1)[0][0]
    picked = [r for r in rows if r["unit"] == unit]
    if by == "month":
        picked.sort(key=lambda r: r["key"] or "")
    else:
        picked.sort(key=lambda r: -r["sum"])
    bars = [(r["key"] or ("日期不详" if by == "month" else "地点不详"), r["sum"]) for r in picked[:CHART_BARS]]
    shown_unit = unit or "（无单位）"
    note = "" if filters["unit"] else f"未选单位，图中汇总最常见的单位「{shown_unit}」；不同单位的数字不相加。"
    return bar_chart(f"{label}汇总 · 单位：{shown_unit}", unit, bars, note)


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
    units = sorted({r["key"] for r in archive.figure_sums(by="unit") if r["key"]})
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
    writer.writerows(rows)
    return out.getvalue()
