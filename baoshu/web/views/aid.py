"""对口援助: the donor × recipient matrix with money sums, and the ledger rows of a cell."""

from __future__ import annotations

import csv
import io
from typing import Any

from baoshu.archive import Archive
from baoshu.figures.display import shown_sum
from baoshu.web.views.common import Pager, link

AID_FILTERS = ("donor", "recipient", "programme", "publication", "date_from", "date_to")
LEVELS = {"as_printed": "按原文", "prefecture": "按地州市", "province": "按省区"}
CSV_FIELDS = ("date", "publication", "page", "article_id", "title", "donor", "donor_code", "recipient",
              "recipient_code", "programme", "period", "period_start", "period_end", "money", "figures", "sentence")
CSV_LIMIT = 1_000_000


def money_label(value: float | None) -> str:
    return shown_sum(value, []) + "元" if value is not None else ""


def chosen_filters(params: dict[str, str]) -> dict[str, str]:
    return {k: params.get(k, "").strip() for k in AID_FILTERS}


def archive_filters(filters: dict[str, str]) -> dict[str, Any]:
    """The filters as the archive takes them (an empty one means "any")."""
    return {k: filters[k] or None for k in AID_FILTERS}


def aid_view(archive: Archive, params: dict[str, str], page: int) -> dict[str, Any]:
    """The matrix under the filters (gathered to the chosen recipient level) and one page of rows."""
    filters = chosen_filters(params)
    level = params.get("level", "as_printed")
    level = level if level in LEVELS else "as_printed"
    given = archive_filters(filters)
    matrix = archive.aid_matrix(**given, recipient_level=level)
    cells = {(c["donor_code"] or c["donor"], c["recipient_code"] or c["recipient"]): c for c in matrix["cells"]}
    state = {**filters, "level": level}
    for cell in matrix["cells"]:
        cell["money_label"] = money_label(cell["money"])
        cell["url"] = link("/aid", {**state, "donor": cell["donor_code"] or cell["donor"],
                                    "recipient": cell["recipient_code"] or cell["recipient"]}) + "#rows"
    for side in ("donors", "recipients"):
        for entry in matrix[side]:
            entry["money_label"] = money_label(entry["money"])
    pager = Pager(page=page, total=0, path="/aid", params=state)
    rows = archive.aid(**given, limit=pager.per_page, offset=pager.offset)
    pager.total = rows["total"]
    for row in rows["rows"]:
        row["money_label"] = money_label(row["money"])
    grid = [[cells.get((d["code"] or d["name"], r["code"] or r["name"])) for r in matrix["recipients"]]
            for d in matrix["donors"]]
    return {
        "filters": filters, "level": level, "levels": LEVELS, "matrix": matrix, "grid": grid,
        "rows": rows["rows"], "total": rows["total"], "pager": pager,
        "level_urls": {key: link("/aid", {**filters, "level": key}) for key in LEVELS},
        "programmes": archive.aid_programmes(),
        "publications": [p["publication"] for p in archive.publications() if p["publication"]],
        "csv_url": link("/aid.csv", filters), "active": any(filters.values()),
    }


def aid_csv(archive: Archive, params: dict[str, str]) -> str:
    """Every ledger row under the filters, as CSV with a header row."""
    rows = archive.aid(**archive_filters(chosen_filters(params)), limit=CSV_LIMIT)["rows"]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows({**r, "figures": "、".join(f["text"] for f in r["figures"])} for r in rows)
    return out.getvalue()
