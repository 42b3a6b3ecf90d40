"""Numbers as Chinese readers write them: 386.42亿元, 5.64万家, 2.0718亿元; never 1.986e+05.

A figure is shown at the precision it was printed with: in the magnitude its
text uses (万, 亿, 万亿) with as many decimals as it gave (`2.0718亿` stays
2.0718亿, `386.42亿` never becomes 386.4亿). A sum is shown in the magnitude
its size calls for, exact down to the finest digit any of its figures printed,
trailing zeros dropped. A raw value for machines (`plain`) is a decimal
without exponent.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from baoshu.figures.numbers import CHINESE_DIGIT_CHARS

# Magnitude words, largest first, with their power of ten.
SCALES = (("万亿", 12), ("亿", 8), ("万", 4), ("", 0))
_ARABIC = re.compile(r"\d[\d,]*(?:\.(\d+))?")
_CHINESE_FRACTION = re.compile(rf"点([{CHINESE_DIGIT_CHARS}]+)")


@dataclass(frozen=True)
class Scale:
    """How a number is written: a magnitude word (`亿`, `万`, `万亿` or none) and decimals after the point."""

    word: str = ""
    decimals: int = 0

    @property
    def exponent(self) -> int:
        return dict(SCALES)[self.word]

    @property
    def finest(self) -> int:
        """The power of ten of the last digit written."""
        return self.exponent - self.decimals


def printed_scale(text: str) -> Scale:
    """The magnitude and decimals of a figure as printed (`386.42亿元` → 亿, 2)."""
    word = next((w for w, _ in SCALES if w and w in text), "")
    arabic = _ARABIC.search(text)
    if arabic:
        decimals = len(arabic.group(1) or "")
    else:
        fraction = _CHINESE_FRACTION.search(text)
        decimals = len(fraction.group(1)) if fraction else 0
    return Scale(word, decimals)


def _decimal(value: float | int | Decimal) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(repr(value) if isinstance(value, float) else value)


def written(value: float | int | Decimal, scale: Scale, trim: bool = False) -> str:
    """`value` written in `scale` (no unit): 38642000000 at (亿, 2) is `386.42亿`."""
    number = _decimal(value).scaleb(-scale.exponent)
    number = number.quantize(Decimal(1).scaleb(-scale.decimals), rounding=ROUND_HALF_UP)
    text = format(number, "f")
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text + scale.word


def shown(value: float | int, text: str) -> str:
    """A figure's value (no unit) as its text printed it: `shown(207180000, "2.0718亿元")` is `2.0718亿`."""
    return written(value, printed_scale(text))


def sum_scale(total: float | int | Decimal, scales: Iterable[Scale]) -> Scale:
    """The scale a sum is written in: the magnitude its size calls for, down to the finest digit printed."""
    size = abs(_decimal(total))
    exponent = next((e for _, e in SCALES if size >= Decimal(10) ** e), 0)
    word = dict((e, w) for w, e in SCALES)[exponent]
    finest = min((s.finest for s in scales), default=0)
    return Scale(word, max(0, exponent - finest))


def shown_sum(total: float | int | Decimal, scales: Iterable[Scale]) -> str:
    """A sum written as a reader would: `shown_sum(38642032000, [Scale("亿", 2), Scale("万", 1)])` is `386.42032亿`."""
    return written(total, sum_scale(total, scales), trim=True)


def exact_sum(values: Iterable[float | int]) -> Decimal:
    """The sum of figures' values without binary rounding (0.1 + 0.2 is 0.3)."""
    return sum((_decimal(v) for v in values), Decimal(0))


def plain(value: float | int | None) -> str:
    """A raw value as a plain decimal, for CSV: `1e+16` is `10000000000000000`, `4400000.0` is `4400000`."""
    if value is None:
        return ""
    text = format(_decimal(value), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text
