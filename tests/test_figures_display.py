"""Numbers as Chinese readers write them, at the precision printed; never in e-notation."""

from __future__ import annotations

import pytest

from baoshu.figures.display import Scale, exact_sum, plain, printed_scale, shown, shown_sum


@pytest.mark.parametrize("value,text,expected", [
    (38_642_000_000, "386.42亿元", "386.42亿"),
    (56_400, "5.64万家", "5.64万"),
    (207_180_000, "2.0718亿元", "2.0718亿"),
    (150_000_000, "1.50亿元", "1.50亿"),  # a printed trailing zero stays
    (198_600_000_000_000, "198.6万亿元", "198.6万亿"),
    (1_000_000_000, "十亿元", "10亿"),
    (150_000_000, "一点五亿", "1.5亿"),
    (2000, "两千", "2000"),
    (1234, "1,234元", "1234"),
    (85.9, "85.9%", "85.9"),
    (120_000_000.00000001, "1.2亿元", "1.2亿"),  # binary noise is not shown
])
def test_a_figure_is_shown_as_printed(value: float, text: str, expected: str) -> None:
    assert shown(value, text) == expected


def test_printed_scale_reads_magnitude_and_decimals() -> None:
    assert printed_scale("超386.42亿元") == Scale("亿", 2)
    assert printed_scale("12万亩以上") == Scale("万", 0)
    assert printed_scale("3000吨") == Scale("", 0)


def test_a_sum_is_exact_to_the_finest_digit_printed() -> None:
    assert shown_sum(38_642_032_000, [Scale("亿", 2), Scale("万", 1)]) == "386.42032亿"
    assert shown_sum(38_000, [Scale("", 0), Scale("万", 0)]) == "3.8万"
    assert shown_sum(exact_sum([0.1, 0.2]), [Scale("", 1)]) == "0.3"
    assert shown_sum(exact_sum([1.5e8, 2.5e8]), [Scale("亿", 1)] * 2) == "4亿"


@pytest.mark.parametrize("value", [1e16, 1.986e13, 1e-5, 123456789012345678.0, 4400000.0])
def test_nothing_is_written_in_e_notation(value: float) -> None:
    for text in (plain(value), shown(value, "1.986万亿"), shown_sum(value, [Scale("", 0)])):
        assert "e" not in text.lower(), text


def test_plain_raw_values() -> None:
    assert (plain(4400000.0), plain(1.5), plain(1e16), plain(None)) == ("4400000", "1.5", "10000000000000000", "")
