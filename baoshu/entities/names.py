"""Persons' names in Chinese news text.

Four shapes of name are looked for:

- Han names: a surname (one character, or two: 欧阳) and a given name of one or two characters.
  Every such run is a candidate; a linear score over its evidence decides (`person_name` in
  `config.weights`): a post or role right before it (局长, 种植户), a word of speech right after
  (说, 表示), punctuation or a list (、) around it, how name-like its given characters are
  (`name_chars.tsv`), and whether it is an ordinary word or glued to the words beside it.
- Dotted names (Uyghur, Kazakh, foreign): parts joined by a middle dot, each part made of the
  characters transliterations use; found whole (`古丽·艾山`), never cut at the dot.
- Tibetan and Mongolian names: two or more of their usual parts (`扎西` `顿珠`), or one in a
  strong context.
- Any short name between a post and a word of speech (`咖啡农扎约说`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from baoshu.entities import lexicon
from baoshu.entities.text import PUNCT, all_cjk, alternation, common_word, ends_with, is_cjk, word_freq
from baoshu.weights import Linear

NAME_CHARS_FILE = "name_chars.tsv"
UNKNOWN_CHAR = -3.0  # log-odds of a character never seen in a given name
DOTS = "·•・‧∙"
MAX_TRANSLIT_PART = 8
MIN_DOTTED_PART = 1
GLUE_FREQ = 200  # two characters this common as a word are glued: a name does not start or end between them
WORD_FREQ = 30  # a candidate this common as a dictionary word is an ordinary word
GIVEN_WORD_FREQ = 2000  # a given name this common as a word (安全, 发展) weakens the candidate
CONTEXT_NAME = (2, 4)  # characters of a name known by its context alone

TITLE_BEFORE = re.compile(f"(?:{alternation(lexicon.TITLES)})$")
REPORTER_BEFORE = re.compile(f"(?:{alternation(lexicon.REPORTER_ROLES)})$")
SPEECH = re.compile(alternation(lexicon.SPEECH_AFTER))
WEAK_AFTER = re.compile(alternation(lexicon.AFTER_WEAK))
TITLE_AFTER = re.compile(alternation(lexicon.TITLES_AFTER))
MINORITY = re.compile(f"(?:{alternation(lexicon.MINORITY_PARTS)})+")
MINORITY_PART = re.compile(alternation(lexicon.MINORITY_PARTS))
DOTTED = re.compile(f"[\u4e00-\u9fff]+(?:[{DOTS}][\u4e00-\u9fff]+)+")
AGE_BEFORE = re.compile(r"\d+岁的$|[一二三四五六七八九十]+岁的$")


@dataclass(frozen=True)
class NameHit:
    """A person's name in a text: [start, end), the shape it has, and how sure the finder is."""

    start: int
    end: int
    text: str
    shape: str  # "han", "dotted", "minority", "context"
    score: float


@lru_cache(maxsize=1)
def name_chars() -> dict[str, float]:
    """Each character's log-odds of standing in a given name (scripts/build_name_chars.py)."""
    text = files("baoshu.entities").joinpath(NAME_CHARS_FILE).read_text(encoding="utf-8")
    table = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            ch, score = line.split("\t")
            table[ch] = float(score)
    return table


def han_features(text: str, start: int, surname_len: int, end: int) -> dict[str, float]:
    """The evidence for text[start:end] being a Han name whose surname has `surname_len` characters."""
    chars = name_chars()
    name = text[start:end]
    given = name[surname_len:]
    before = text[start - 1] if start else "\n"
    after = text[end] if end < len(text) else "\n"
    f: dict[str, float] = {}
    if ends_with(TITLE_BEFORE, text, start):
        f["title_before"] = 1
    if ends_with(REPORTER_BEFORE, text, start):
        f["reporter_before"] = 1
    if before in PUNCT:
        f["list_before" if before == "、" else "punct_before"] = 1
    elif before == "的":
        f["age_before" if ends_with(AGE_BEFORE, text, start) else "de_before"] = 1
    elif is_cjk(before) and word_freq(before + name[0]) >= GLUE_FREQ:
        f["glued_before"] = 1
    if SPEECH.match(text, end):
        f["speech_after"] = 1
    elif TITLE_AFTER.match(text, end):
        f["title_after"] = 1
    elif after in PUNCT:
        f["list_after" if after == "、" else "punct_after"] = 1
    elif WEAK_AFTER.match(text, end):
        f["weak_after"] = 1
    if is_cjk(after) and word_freq(name[-1] + after) >= GLUE_FREQ and not SPEECH.match(text, end):
        f["glued_after"] = 1
    f["given_chars"] = sum(max(chars.get(c, UNKNOWN_CHAR), UNKNOWN_CHAR) for c in given) / len(given)
    if common_word(name, WORD_FREQ):
        f["common_word"] = 1
    if len(given) == 2 and common_word(given, GIVEN_WORD_FREQ):
        f["given_word"] = 1
    if surname_len == 1 and name[0] not in lexicon.COMMON_SURNAMES:
        f["rare_surname"] = 1
    f["given_" + str(len(given))] = 1
    return f


def han_candidates(text: str) -> list[tuple[int, int, int]]:
    """(start, surname length, end) of every surname-and-given-name run of Chinese characters."""
    out = []
    for i, ch in enumerate(text):
        lengths = []
        if text[i:i + 2] in lexicon.COMPOUND_SURNAMES:
            lengths.append(2)
        if ch in lexicon.SURNAMES:
            lengths.append(1)
        for sl in lengths:
            for gl in (1, 2):
                end = i + sl + gl
                if end <= len(text) and all_cjk(text[i + sl:end]):
                    out.append((i, sl, end))
    return out


def find_han(text: str, decision: Linear, taken: bytearray) -> list[NameHit]:
    """Han names: the best-scored candidates that reach the decision's threshold, not overlapping."""
    scored = []
    for start, sl, end in han_candidates(text):
        if any(taken[start:end]):
            continue
        score = decision.score(han_features(text, start, sl, end))
        if score >= decision.threshold:
            scored.append(NameHit(start, end, text[start:end], "han", score))
    return _best(scored, taken)


def _best(hits: list[NameHit], taken: bytearray) -> list[NameHit]:
    """The hits that do not overlap, best score first; marks them taken."""
    out = []
    for hit in sorted(hits, key=lambda h: (-h.score, h.start)):
        if not any(taken[hit.start:hit.end]):
            taken[hit.start:hit.end] = b"\x01" * (hit.end - hit.start)
            out.append(hit)
    return out


def _translit_tail(part: str) -> str:
    """The longest end of `part` made of transliteration characters."""
    i = len(part)
    while i > 0 and part[i - 1] in lexicon.TRANSLIT_CHARS and len(part) - i < MAX_TRANSLIT_PART:
        i -= 1
    return part[i:]


def _translit_head(part: str) -> str:
    i = 0
    while i < len(part) and part[i] in lexicon.TRANSLIT_CHARS and i < MAX_TRANSLIT_PART:
        i += 1
    return part[:i]


def find_dotted(text: str, taken: bytearray) -> list[NameHit]:
    """Names whose parts a middle dot joins, trimmed to the transliteration characters around the dots."""
    out = []
    for m in DOTTED.finditer(text):
        pieces = re.split(f"([{DOTS}])", m.group())
        first, last = _translit_tail(pieces[0]), _translit_head(pieces[-1])
        if len(first) < MIN_DOTTED_PART or len(last) < MIN_DOTTED_PART:
            continue
        start = m.start() + len(pieces[0]) - len(first)
        end = m.end() - len(pieces[-1]) + len(last)
        if not any(taken[start:end]):
            out.append(NameHit(start, end, text[start:end], "dotted", 10.0))
    return _best(out, taken)


def find_minority(text: str, taken: bytearray) -> list[NameHit]:
    """Tibetan and Mongolian names: two or more usual parts, or one part between a post and speech."""
    out = []
    for m in MINORITY.finditer(text):
        start, end = m.span()
        if any(taken[start:end]):
            continue
        parts = MINORITY_PART.findall(m.group())
        strong = ends_with(TITLE_BEFORE, text, start) or ends_with(REPORTER_BEFORE, text, start)
        spoken = SPEECH.match(text, end) or (end < len(text) and text[end] in PUNCT)
        if len(parts) >= 2 and not all(p in lexicon.MINORITY_WEAK for p in parts):
            out.append(NameHit(start, end, m.group(), "minority", 8.0))
        elif len(parts) == 1 and len(parts[0]) >= 2 and strong and spoken and parts[0] not in lexicon.MINORITY_WEAK:
            out.append(NameHit(start, end, m.group(), "minority", 6.0))
    return _best(out, taken)


def find_by_context(text: str, taken: bytearray) -> list[NameHit]:
    """A short run of characters between a post and a word of speech (咖啡农扎约说) is a name."""
    out = []
    low, high = CONTEXT_NAME
    for m in TITLE_BEFORE_ANYWHERE.finditer(text):
        start = m.end()
        for end in range(start + low, min(start + high, len(text)) + 1):
            name = text[start:end]
            if not all_cjk(name) or any(taken[start:end]):
                break
            if SPEECH.match(text, end) and not common_word(name, WORD_FREQ):
                out.append(NameHit(start, end, name, "context", 5.0))
                break
    return _best(out, taken)


TITLE_BEFORE_ANYWHERE = re.compile(alternation(lexicon.TITLES))


def find_names(text: str, decision: Linear, skip: bytearray | None = None) -> list[NameHit]:
    """Every person's name in text, in text order; `skip` marks characters that are no name's."""
    taken = bytearray(skip) if skip is not None else bytearray(len(text))
    hits = find_dotted(text, taken) + find_minority(text, taken)
    hits += find_han(text, decision, taken)
    hits += find_by_context(text, taken)
    hits += _lists(text, decision, hits, taken)
    return sorted(hits, key=lambda h: h.start)


def _lists(text: str, decision: Linear, found: list[NameHit], taken: bytearray) -> list[NameHit]:
    """Han names in a list with names already found (甲、乙、丙参加), scored again with that support."""
    out: list[NameHit] = []
    frontier = list(found)
    support = decision.weights.get("beside_name", 0.0)
    while frontier:
        ends = {h.end for h in frontier}
        starts = {h.start for h in frontier}
        new = []
        for start, sl, end in han_candidates(text):
            if any(taken[start:end]):
                continue
            beside = (start >= 1 and text[start - 1] == "、" and start - 1 in ends) or (
                end < len(text) and text[end] == "、" and end + 1 in starts)
            if not beside:
                continue
            features: Mapping[str, float] = han_features(text, start, sl, end)
            score = decision.score(features) + support
            if score >= decision.threshold:
                new.append(NameHit(start, end, text[start:end], "han", score))
        frontier = _best(new, taken)
        out += frontier
    return out
