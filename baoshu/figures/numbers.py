"""Parse numbers written in Arabic digits, Chinese numerals or a mix of both.

`parse_number("3.71万")` is 37100, `parse_number("一百零五")` is 105,
`parse_number("千亿")` is 1e11: every magnitude character is folded in.
"""

from __future__ import annotations

import re

DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5,
          "陆": 6, "柒": 7, "捌": 8, "玖": 9}
SMALL_MAGNITUDES = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
LARGE_MAGNITUDES = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
MAGNITUDES = {**SMALL_MAGNITUDES, **LARGE_MAGNITUDES}

# What the finder looks for: the everyday numerals (banker's numerals like 伍 in 队伍 are words too).
CHINESE_DIGIT_CHARS = "零〇○一二两三四五六七八九"
MAGNITUDE_CHARS = "十百千万亿"
ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
_ALL_DIGITS = "".join(DIGITS)
_TOKEN = re.compile(rf"{ARABIC}|[{_ALL_DIGITS}](?:点[{_ALL_DIGITS}]+)?|[{''.join(MAGNITUDES)}]")


def _tokens(text: str) -> list[str]:
    tokens = _TOKEN.findall(text)
    if "".join(tokens) != text:
        raise ValueError(f"not a number: {text!r}")
    return tokens


def _digit_value(token: str) -> float:
    if token[0] in DIGITS:
        whole, _, fraction = token.partition("点")
        value = float(DIGITS[whole])
        if fraction:
            value += float("0." + "".join(str(DIGITS[c]) for c in fraction))
        return value
    return float(token.replace(",", ""))


def parse_number(text: str) -> float:
    """The value of a numeral such as `3.71万`, `十二`, `两千`, `一百零五`, `2.3071亿`, `百亿`.

    Raises:
        ValueError: when `text` is not a numeral.
    """
    if not text:
        raise ValueError("empty number")
    total = 0.0  # everything folded up to the last 万 or 亿
    section = 0.0  # what stands since then, below 万
    pending: float | None = None  # a digit not yet multiplied
    for token in _tokens(text):
        if token in SMALL_MAGNITUDES:
            section += (1.0 if pending is None else pending) * SMALL_MAGNITUDES[token]
            pending = None
        elif token in LARGE_MAGNITUDES:
            scale = LARGE_MAGNITUDES[token]
            piece = section + (pending or 0.0)
            if piece == 0 and total == 0:
                piece = 1.0
            if 0 < total < scale:
                total = (total + piece) * scale
            else:
                total += piece * scale
            section, pending = 0.0, None
        elif pending is not None and token[0] in DIGITS and pending != 0:
            raise ValueError(f"digits without magnitude: {text!r}")
        else:
            pending = _digit_value(token)
    value = total + section + (pending or 0.0)
    return float(f"{value:.12g}")


def is_digit_string(text: str) -> bool:
    """True for Chinese digits with no magnitude (`二〇二三`): a year or a code, not a count."""
    return len(text) > 1 and all(c in DIGITS for c in text)


def is_bare_magnitude(text: str) -> bool:
    """True for a numeral made of magnitude characters only (`千`, `百亿`, `万`), ten excepted."""
    return all(c in MAGNITUDES for c in text) and text not in ("十", "拾")
