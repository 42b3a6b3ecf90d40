"""Helpers shared by the views: paging, query strings, figure labels."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from baoshu.archive.ledger import value_shown
from baoshu.figures.display import plain

PER_PAGE = 20


@dataclass
class Pager:
    """Which slice of a ranked list a view shows, and the links to the others."""

    page: int
    total: int
    path: str
    params: dict[str, str] = field(default_factory=dict)
    per_page: int = PER_PAGE
    requested: int | None = None  # the page asked for, when it was past the last one

    def clamp(self, total: int) -> bool:
        """Set the total; a page past the last becomes the last. True when the page changed."""
        self.total = total
        if self.page <= self.pages:
            return False
        self.requested, self.page = self.page, self.pages
        return True

    @property
    def note(self) -> str:
        """What the reader is told when the page asked for does not exist."""
        if self.requested is None:
            return ""
        return f"没有第 {self.requested} 页（共 {self.pages} 页），这里显示的是第 {self.page} 页。"

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page

    @property
    def first(self) -> int:
        return self.offset + 1

    def url(self, page: int) -> str:
        return link(self.path, {**self.params, "page": str(page)})

    def to_json(self) -> dict[str, Any]:
        return {"page": self.page, "pages": self.pages, "per_page": self.per_page, "total": self.total,
                "requested": self.requested, "note": self.note}


def link(path: str, params: dict[str, str]) -> str:
    """`path?query` with the non-empty parameters, or `path` alone."""
    kept = {k: v for k, v in params.items() if v not in ("", None)}
    return f"{path}?{urlencode(kept)}" if kept else path


def shown_value(figure: dict[str, Any]) -> str:
    """A figure's value (and upper end of a range) for reading, at its printed precision."""
    return figure.get("value_shown") or value_shown(figure)


FIGURE_LABELS = (("qualifier", "限定"), ("measure", "所计"), ("indicator", "指标"), ("period", "时期"),
                 ("place", "地点"), ("place_name", "地点规范名"))


def exact_value(figure: dict[str, Any]) -> str:
    """A figure's value (and upper end) written out in full, as in the normal form."""
    exact = plain(figure["value"])
    if figure.get("value_max") is not None:
        exact += f"–{plain(figure['value_max'])}"
    return exact


def figure_tip(figure: dict[str, Any]) -> str:
    """The normal form of a figure as a few short lines, for a tooltip."""
    exact, shown = exact_value(figure), shown_value(figure)
    lines = [f"数值：{exact}" + (f"（{shown}）" if shown != exact else ""),
             f"单位：{figure['unit']}" if figure.get("unit") else "单位：（无）"]
    for key, label in FIGURE_LABELS:
        if figure.get(key):
            lines.append(f"{label}：{figure[key]}")
    return "\n".join(lines)


def dress_figure(figure: dict[str, Any]) -> dict[str, Any]:
    """A figure with the labels the templates show beside its stored fields."""
    return {**figure, "value_shown": shown_value(figure), "tip": figure_tip(figure)}
