"""Error details for the reader's HTML pages, in Chinese (the JSON API keeps its English messages)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

WHAT = {"pages": "版面", "articles": "文章"}
ID_PATH = re.compile(r"^/(pages|articles)/([^/]+)")
PARAMETERS = {"page": "页码", "page_id": "版面编号", "article_id": "文章编号", "article": "文章编号",
              "figure": "数字编号", "kind": "类别", "sort": "排序", "by": "汇总方式", "date_from": "起始日期",
              "date_to": "截止日期", "limit": "条数", "offset": "起点"}


def not_found(path: str) -> str:
    """What is missing, from the address asked for."""
    match = ID_PATH.match(path)
    if match:
        return f"档案里没有编号为 {match.group(2)} 的{WHAT[match.group(1)]}。"
    return "这个网址不存在。"


def _problem(error: dict[str, Any]) -> str:
    name = str(error.get("loc", ["", ""])[-1])
    label = PARAMETERS.get(name, name)
    kind = error.get("type", "")
    context = error.get("ctx") or {}
    if kind == "int_parsing":
        return f"{label}应当是整数"
    if kind == "greater_than_equal":
        return f"{label}不能小于 {context.get('ge')}"
    if kind == "less_than_equal":
        return f"{label}太大了（最大 {context.get('le')}）"
    return f"{label}的取值不对"


def invalid(errors: Sequence[dict[str, Any]]) -> str:
    """The parameters that were refused, and why."""
    return "；".join(_problem(e) for e in errors) + "。"


def bad_argument(message: str) -> str:
    """A refused value named by the parameter in front of the message (`kind: …`, `date_from: …`)."""
    name = message.split(":", 1)[0]
    if name in PARAMETERS:
        return f"{PARAMETERS[name]}的取值不对。"
    if "date" in message:
        return "日期应写成 2024-03-05 这样的形式，并且是真实存在的日期。"
    return ""
