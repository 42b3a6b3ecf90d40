"""Repair the damage PDF extraction does to a line of text.

- fake bold: a run drawn twice reads twice (`标题标题：：` -> `标题：`);
- letter spacing: spread headlines read as single characters (`交 易 会` -> `交易会`);
- stray spaces around numbers and Latin (`园区 21 个` -> `园区21个`);
- wrapped lines joined back into paragraphs.
"""

from __future__ import annotations

import re
import unicodedata

CJK = r"\u3400-\u9fff\uf900-\ufaff"
# Chinese characters and the full-width punctuation printed between them.
WIDE = CJK + r"\u3000-\u303f\uff00-\uffef\u2014\u2026\u201c\u201d\u2018\u2019\u00b7\u2022\u25a1"
SPACE = re.compile(r"[ \t\u00a0\u3000]+")
SPACE_NEAR_WIDE = re.compile(rf"(?<=[{WIDE}])[ \t\u00a0\u3000]+|[ \t\u00a0\u3000]+(?=[{WIDE}])")
ALNUM = re.compile(r"[A-Za-z0-9]")


# Full-width punctuation that typesetters squeeze to half a cell to justify a line.
SQUEEZED = set("，、。；：“”‘’（）《》〈〉【】！？")


def display_width(text: str) -> float:
    """Width in Chinese character cells as typeset.

    Chinese characters count 1; narrow characters (ASCII, spaces) and the
    punctuation typesetters squeeze count 0.5.
    """
    return sum(0.5 if ch in SQUEEZED or unicodedata.east_asian_width(ch) in "NaH" else 1.0 for ch in text)


def undouble(text: str) -> str | None:
    """Read a fake-bold line once, or return None when the line is not doubled.

    A line is fake bold when the whole of it splits into chunks each printed
    twice in a row (`石河新城石河新城：：““` -> `石河新城：“`). Real text repeats
    itself too (`一个个`, `谢谢`), but never for a whole line of several words.
    """
    s = text.strip()
    n = len(s)
    if n < 4 or n % 2:
        return None
    # best[i]: fewest chunks that cover s[:i], with the chunk lengths to rebuild it.
    best: list[tuple[int, list[int]] | None] = [None] * (n + 1)
    best[0] = (0, [])
    for i in range(n):
        here = best[i]
        if here is None:
            continue
        count, chunks = here
        for k in range(1, (n - i) // 2 + 1):
            if s[i:i + k] == s[i + k:i + 2 * k]:
                j = i + 2 * k
                there = best[j]
                if there is None or there[0] > count + 1:
                    best[j] = (count + 1, chunks + [k])
    found = best[n]
    if found is None:
        return None
    once, i = [], 0
    for k in found[1]:
        once.append(s[i:i + k])
        i += 2 * k
    result = "".join(once)
    if len(set(result.replace(" ", ""))) < 2:
        return None
    return result


def is_letter_spaced(text: str) -> bool:
    """True when most of a line's words are single characters set apart by spaces."""
    tokens = SPACE.split(text.strip())
    if len(tokens) < 4:
        return False
    singles = sum(1 for t in tokens if len(t) == 1)
    return singles / len(tokens) >= 0.6


def close_letter_spacing(text: str) -> str:
    """Join runs of single characters spread by spaces (`林 晓 岚` -> `林晓岚`)."""
    tokens = SPACE.split(text.strip())
    out: list[str] = []
    run = False
    for token in tokens:
        single = len(token) == 1
        if out and single and run:
            out[-1] += token
        else:
            out.append(token)
        run = single
    return " ".join(out)


def tidy_spaces(text: str, keep_phrase_breaks: bool = False) -> str:
    """Remove the spaces extraction leaves beside Chinese text.

    Spaces between Latin words or numbers stay. With `keep_phrase_breaks`
    (headlines), one space between two Chinese phrases stays, as printed.
    """
    text = SPACE.sub(" ", text.strip())
    if not keep_phrase_breaks:
        return SPACE_NEAR_WIDE.sub("", text)
    # Keep a space only when both sides are Chinese phrases of two or more characters.
    parts = text.split(" ")
    out = parts[0]
    for part in parts[1:]:
        left, right = out[-1:], part[:1]
        wide_both = bool(re.match(f"[{WIDE}]", left)) and bool(re.match(f"[{WIDE}]", right))
        if wide_both and len(out.split(" ")[-1]) >= 2 and len(part) >= 2:
            out += " " + part
        elif ALNUM.match(left) and ALNUM.match(right):
            out += " " + part
        else:
            out += part
    return out


def repair_line(text: str) -> tuple[str, int]:
    """Undo fake bold and letter spacing on one line.

    Returns the repaired line (spaces otherwise as read) and its emphasis:
    1 for each of fake bold and letter spacing found.
    """
    emphasis = 0
    once = undouble(text)
    if once is not None:
        text, emphasis = once, emphasis + 1
    if is_letter_spaced(text):
        text, emphasis = close_letter_spacing(text), emphasis + 1
    return text.strip(), emphasis


def join_lines(lines: list[str], tidy: bool = True) -> str:
    """Join wrapped lines into one paragraph: no space between Chinese, one between Latin words.

    With `tidy` (the default) the spaces extraction left beside Chinese text go too.
    """
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if out and re.search(r"[A-Za-z]$", out) and re.match(r"[A-Za-z]", line):
            out += " "
        out += line
    return tidy_spaces(out) if tidy else SPACE.sub(" ", out).strip()
