"""One fact, counted once: a figure an article prints again is marked as a repeat of the first.

A story states its main figures in its headline, its standfirst or a caption
and again in its body. A figure repeats an earlier one of its article when both
have the same value, upper end and unit, and either

- one of them stands outside the body (a headline part, the standfirst, a
  caption): there the reader is told a figure the body states; or
- both stand in the body with the same indicator, place and period: the
  same fact said twice (in the lead and in the closing paragraph).

Two equal figures of the body that differ in what they measure, where or
when (two towns that each built 12 schools) are two facts. A repeat points to
the first figure of its kind. When that first one stands outside the body, it
takes the body's indicator, place and period, which its sentence there is
better placed to say.
"""

from __future__ import annotations

from dataclasses import replace

from baoshu.model import Figure

BODY = "body"
BODY_CONTEXT = ("indicator", "place", "place_code", "place_level", "place_name", "period", "period_start",
                "period_end")


def _same_fact(one: Figure, other: Figure) -> bool:
    """Two figures of the body with the same indicator, place and period."""
    return ((one.indicator, one.place_code or one.place, one.period)
            == (other.indicator, other.place_code or other.place, other.period))


def mark_repeats(figures: list[Figure]) -> list[Figure]:
    """The figures with `repeat_of` set on each repeat (an index into `figures`).

    A figure outside the body is repeated by at most one figure of the body: a second
    equal figure there must be the same fact as that one to be a repeat.
    """
    out = list(figures)
    facts: dict[tuple[int, float, float | None, str], list[list[int | None]]] = {}
    for i, figure in enumerate(out):
        known = facts.setdefault((figure.article, figure.value, figure.value_max, figure.unit), [])
        in_body = figure.part == BODY
        fact = next((f for f in known if not in_body or f[1] is None or _same_fact(out[f[1]], figure)), None)
        if fact is None:
            known.append([i, i if in_body else None])  # [first figure, the body figure that states it]
            continue
        first = fact[0]
        assert first is not None
        out[i] = replace(figure, repeat_of=first)
        if in_body and fact[1] is None:
            fact[1] = i
            out[first] = replace(out[first], **{k: getattr(figure, k) for k in BODY_CONTEXT})
    return out
