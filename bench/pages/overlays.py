"""Damage laid over an extractor's dump, as seen in real dumps of newspaper pages.

Each overlay takes and returns located lines (`locate.Line`), so a line keeps
its source and the gold can still say where each article is:

- `fake_bold_char`: headline lines with every character doubled (标标题题);
- `fake_bold_chunk`: headline lines doubled chunk by chunk (标题标题：：);
- `fake_bold_line`: headline lines printed twice, one under the other;
- `letter_spaced`: headline lines with a space between characters (交 易 会);
- `blank_none`, `blank_every`, `blank_random`: no blank lines at all, a blank after every line,
  or blanks at random (in mid-sentence too);
- `rewrap`: lines cut again at 12-18 characters.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from pagegen import Damage, Layout, letter_spaced, wrap

from .locate import Line

REWRAP_WIDTHS = (12, 18)
RANDOM_BLANK_RATE = 0.15
P_NO_OVERLAY = 0.4  # share of dumps left as the extractor wrote them
FAKE_BOLD = ("fake_bold_char", "fake_bold_chunk", "fake_bold_line")
BLANKS = ("blank_none", "blank_every", "blank_random")


def is_head(line: Line) -> bool:
    """A headline line, and nothing else on it (not columns side by side)."""
    return line.source is not None and line.source.part == "head" and not line.mixed and bool(line.text.strip())


def fake_bold_char(rng: random.Random, lines: list[Line]) -> list[Line]:
    for line in lines:
        if is_head(line):
            line.text = "".join(ch * 2 if not ch.isspace() else ch for ch in line.text)
    return lines


def fake_bold_chunk(rng: random.Random, lines: list[Line]) -> list[Line]:
    layout = Layout(rng, Damage())
    for line in lines:
        if is_head(line):
            line.text = layout.fake_bold(line.text)
    return lines


def fake_bold_line(rng: random.Random, lines: list[Line]) -> list[Line]:
    out = []
    for line in lines:
        out.append(line)
        if is_head(line):
            out.append(Line(line.text, line.source, line.mixed, line.end))
    return out


def spaced(rng: random.Random, lines: list[Line]) -> list[Line]:
    for line in lines:
        if is_head(line):
            line.text = letter_spaced(line.text)
    return lines


def without_blanks(lines: list[Line]) -> list[Line]:
    return [line for line in lines if line.text.strip()]


def blank(end: str) -> Line:
    return Line("", None, end=end)


def blank_none(rng: random.Random, lines: list[Line]) -> list[Line]:
    return without_blanks(lines)


def blank_every(rng: random.Random, lines: list[Line]) -> list[Line]:
    out = []
    for line in without_blanks(lines):
        out += [line, blank(line.end)]
    return out


def blank_random(rng: random.Random, lines: list[Line]) -> list[Line]:
    out = []
    for line in without_blanks(lines):
        out.append(line)
        if rng.random() < RANDOM_BLANK_RATE:
            out.append(blank(line.end))
    return out


def rewrap(rng: random.Random, lines: list[Line]) -> list[Line]:
    width = rng.randint(*REWRAP_WIDTHS)
    out = []
    for line in lines:
        spans = wrap(line.text, width, width)
        if len(spans) < 2:
            out.append(line)
            continue
        out += [Line(line.text[s:e], line.source, line.mixed, line.end) for s, e in spans]
    return out


OVERLAYS: dict[str, Callable[[random.Random, list[Line]], list[Line]]] = {
    "fake_bold_char": fake_bold_char,
    "fake_bold_chunk": fake_bold_chunk,
    "fake_bold_line": fake_bold_line,
    "letter_spaced": spaced,
    "blank_none": blank_none,
    "blank_every": blank_every,
    "blank_random": blank_random,
    "rewrap": rewrap,
}
ORDER = ("rewrap", "letter_spaced", *FAKE_BOLD, *BLANKS)  # fake bold after spacing, blank lines last


def choose(rng: random.Random) -> list[str]:
    """A random set of overlays for one dump (often none); at most one fake bold and one blank regime."""
    if rng.random() < P_NO_OVERLAY:
        return []
    chosen = []
    if rng.random() < 0.5:
        chosen.append(rng.choice(FAKE_BOLD))
    elif rng.random() < 0.5:
        chosen.append("letter_spaced")
    if rng.random() < 0.7:
        chosen.append(rng.choice(BLANKS))
    if rng.random() < 0.3:
        chosen.append("rewrap")
    return sorted(chosen, key=ORDER.index) or [rng.choice(BLANKS)]


def apply(rng: random.Random, lines: list[Line], names: list[str]) -> list[Line]:
    """The lines with the named overlays laid over them, in the fixed order of `ORDER`."""
    for name in sorted(names, key=ORDER.index):
        lines = OVERLAYS[name](rng, lines)
    return lines
