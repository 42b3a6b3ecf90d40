"""A horizontal bar chart as plain geometry, drawn as inline SVG by a template.

No script and no library: the server computes every bar, so the chart draws
with no network and with scripts turned off.
"""

from __future__ import annotations

from dataclasses import dataclass, field

BAR_HEIGHT = 22
BAR_GAP = 8
LABEL_WIDTH = 120
VALUE_WIDTH = 110
PLOT_WIDTH = 420
TOP = 8
# The narrow chart, for phones: each label on its own line above its bar, drawn near 1:1 on a 390 px screen.
NARROW_WIDTH = 340
NARROW_PLOT = 230
LABEL_LINE = 18


@dataclass
class Bar:
    label: str
    value: float
    shown: str
    y: float
    width: float
    narrow_y: float = 0.0
    narrow_width: float = 0.0


@dataclass
class Chart:
    title: str
    unit: str
    note: str = ""
    bars: list[Bar] = field(default_factory=list)
    label_width: int = LABEL_WIDTH
    plot_width: int = PLOT_WIDTH
    bar_height: int = BAR_HEIGHT

    @property
    def width(self) -> int:
        return LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH

    @property
    def height(self) -> int:
        return TOP * 2 + len(self.bars) * (BAR_HEIGHT + BAR_GAP)

    @property
    def narrow_width(self) -> int:
        return NARROW_WIDTH

    @property
    def narrow_height(self) -> int:
        return TOP * 2 + len(self.bars) * (LABEL_LINE + BAR_HEIGHT + BAR_GAP)

    @property
    def label_line(self) -> int:
        return LABEL_LINE


def bar_chart(title: str, unit: str, rows: list[tuple[str, float, str]], note: str = "") -> Chart:
    """Bars for (label, value, value as written) rows, scaled to the largest value; `note` says what was summed."""
    chart = Chart(title=title, unit=unit, note=note)
    largest = max((abs(v) for _, v, _ in rows), default=0) or 1
    for i, (label, value, written) in enumerate(rows):
        chart.bars.append(Bar(
            label=label,
            value=value,
            shown=written + unit,
            y=TOP + i * (BAR_HEIGHT + BAR_GAP),
            width=max(1.0, PLOT_WIDTH * abs(value) / largest),
            narrow_y=TOP + i * (LABEL_LINE + BAR_HEIGHT + BAR_GAP),
            narrow_width=max(1.0, NARROW_PLOT * abs(value) / largest),
        ))
    return chart
