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

import ahocorasick  # type: ignore[import-not-found]  # a C extension without stubs

from baoshu.entities import lexicon
from baoshu.entities.text import PUNCT, all_cjk, alternation, common_word, ends_with, is_cjk, word_freq
from baoshu.places import PlaceMention, find_places, gazetteer
from baoshu.places.matcher import build, hits as place_hits
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
CONTEXT_LIKENESS = -1.5  # the least mean log-odds of the characters of a name known by its context
LONG_PLACE = 3  # characters: a place name this long is never a person's
DOTTED_SCORE, MINORITY_SCORE, CONTEXT_SCORE = 10.0, 8.0, 5.0  # sure shapes go before the scored Han names

TITLE_WORDS = frozenset(lexicon.TITLES)
TITLE_BEFORE = re.compile(f"(?:{alternation(TITLE_WORDS)})$")
# In running text only the roles that are words of their own (记者, 通讯员) mark a reporter; 文 and 图
# open credits but end ordinary words too (地图, 作文).
RUNNING_REPORTER_ROLES = frozenset(r for r in lexicon.REPORTER_ROLES if r in lexicon.RUNNING_ROLES)
REPORTER_BEFORE = re.compile(f"(?:{alternation(RUNNING_REPORTER_ROLES)})$")
SPEECH = re.compile(alternation(lexicon.SPEECH_AFTER))
WEAK_AFTER = re.compile(alternation(lexicon.AFTER_WEAK))
TITLE_AFTER = re.compile(alternation(lexicon.TITLES_AFTER))
LEADER_AFTER = re.compile(alternation(lexicon.LEADER_TITLES))
OPEN_QUOTES, CLOSE_QUOTES = "“‘「『《\"", "”’」』》\""
STRICT_SPEECH = re.compile(alternation(lexicon.SPEECH_STRICT))
MINORITY = re.compile(f"(?:{alternation(lexicon.MINORITY_PARTS)})+")
MINORITY_PART = re.compile(alternation(lexicon.MINORITY_PARTS))
DOTTED = re.compile(f"[\u4e00-\u9fff]+(?:[{DOTS}][\u4e00-\u9fff]+)+")
FUNCTION_CHARS = frozenset("的了是在和与及或等把被将对向从于为以之其这那也都就还又很最到们")
DOTTED_STOPS = FUNCTION_CHARS - lexicon.TRANSLIT_CHARS
TOWNSHIP = "镇乡"  # a name before one of these names a township (某某镇), never a person
TRANSLIT_SHARE = 0.6  # a dotted name is mostly transliteration characters
ETHNIC = re.compile(alternation(lexicon.ETHNIC_GROUPS))
ETHNIC_BEFORE = re.compile(f"(?:{alternation(lexicon.ETHNIC_GROUPS)})族?$")
ORG_SUFFIX = re.compile(alternation(s for s in lexicon.ORG_SUFFIXES if len(s) > 1))
AGE_BEFORE = re.compile(r"\d+岁的$|[一二三四五六七八九十]+岁的$")
SURNAME_FIRSTS = lexicon.SURNAMES | frozenset(s[0] for s in lexicon.COMPOUND_SURNAMES)  # where a name may start


@dataclass(frozen=True)
class NameHit:
    """A person's name in a text: [start, end), the shape it has, and how sure the finder is."""

    start: int
    end: int
    text: str
    shape: str  # "han", "dotted", "minority", "context"
    score: float


class Marks:
    """Where a post or title (TITLE_WORDS) and a reporter's role (RUNNING_REPORTER_ROLES) end in one
    text, every occurrence found in one pass: `title_before(at)` then tells what
    `ends_with(TITLE_BEFORE, text, at)` does (a newline may stand between, as `$` allows), by a look-up."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.titles = {end + 1 for end, _ in _automaton(TITLE_WORDS).iter(text)}
        self.reporters = {end + 1 for end, _ in _automaton(RUNNING_REPORTER_ROLES).iter(text)}

    def _before(self, ends: set[int], at: int) -> bool:
        return at in ends or (self.text[at - 1:at] == "\n" and at - 1 in ends)

    def title_before(self, at: int) -> bool:
        return self._before(self.titles, at)

    def reporter_before(self, at: int) -> bool:
        return self._before(self.reporters, at)


@lru_cache(maxsize=2)
def _automaton(words: frozenset[str]) -> ahocorasick.Automaton:
    return build(words)


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


def _place_name(text: str, start: int, end: int) -> bool:
    """A place's name opens the candidate or is the candidate (丽水, 江西)."""
    names = gazetteer().names
    return any(text[start:k] in names for k in range(start + 2, end + 1))


def han_features(text: str, start: int, surname_len: int, end: int, marks: Marks | None = None) -> dict[str, float]:
    """The evidence for text[start:end] being a Han name whose surname has `surname_len` characters
    (`marks` are the text's, when the caller has them)."""
    marks = Marks(text) if marks is None else marks
    chars = name_chars()
    name = text[start:end]
    given = name[surname_len:]
    before = text[start - 1] if start else "\n"
    after = text[end] if end < len(text) else "\n"
    f: dict[str, float] = {}
    if marks.title_before(start):
        f["title_before"] = 1
    if marks.reporter_before(start):
        f["reporter_before"] = 1
    if before in PUNCT:
        f["list_before" if before == "、" else "punct_before"] = 1
    elif before == "的":
        f["age_before" if ends_with(AGE_BEFORE, text, start) else "de_before"] = 1
    elif is_cjk(before) and word_freq(before + name[0]) >= GLUE_FREQ:
        f["glued_before"] = 1
    if any(marks.title_before(k) for k in range(start + 1, end)):
        f["title_inside"] = 1
    if before in OPEN_QUOTES and after in CLOSE_QUOTES:
        f["quoted"] = 1
    spoken = SPEECH.match(text, end)
    if LEADER_AFTER.match(text, end):
        f["leader_after"] = 1
    if spoken:
        f["speech_after"] = 1
    elif TITLE_AFTER.match(text, end):
        f["title_after"] = 1
    elif after in PUNCT:
        f["list_after" if after == "、" else "punct_after"] = 1
    elif WEAK_AFTER.match(text, end):
        f["weak_after"] = 1
    elif ORG_SUFFIX.match(text, end):
        f["org_after"] = 1
    if is_cjk(after) and word_freq(name[-1] + after) >= GLUE_FREQ and not spoken:
        f["glued_after"] = 1
    if len(given) == 1 and is_cjk(after) and not spoken and after not in PUNCT:
        f["next_name_char"] = max(chars.get(after, UNKNOWN_CHAR), UNKNOWN_CHAR)
    if len(given) == 2 and SPEECH.match(text, end - 1):
        f["speech_inside"] = 1
    f["given_sum"] = sum(max(chars.get(c, UNKNOWN_CHAR), UNKNOWN_CHAR) for c in given)
    if common_word(name, WORD_FREQ):
        f["common_word"] = 1
    if len(given) == 2 and common_word(given, GIVEN_WORD_FREQ):
        f["given_word"] = 1
    if _place_name(text, start, end):
        f["place_name"] = 1
    if after in lexicon.SUBPLACE_ENDINGS:
        f["township_after" if after in TOWNSHIP else "subplace_after"] = 1
    if given in lexicon.ADDRESS_WORDS:
        f["address_word"] = 1
    if surname_len == 2:
        f["compound_surname"] = 1
    elif name[0] not in lexicon.COMMON_SURNAMES:
        f["rare_surname"] = 1
    f["given_" + str(len(given))] = 1
    return f


def han_candidates(text: str) -> list[tuple[int, int, int]]:
    """(start, surname length, end) of every surname-and-given-name run of Chinese characters."""
    out = []
    for i, ch in enumerate(text):
        if ch not in SURNAME_FIRSTS:
            continue
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


def find_han(text: str, decision: Linear, taken: bytearray, candidates: list[tuple[int, int, int]],
             marks: Marks) -> list[NameHit]:
    """Han names: the best-scored `han_candidates(text)` that reach the decision's threshold, not overlapping."""
    scored = []
    for start, sl, end in candidates:
        if any(taken[start:end]):
            continue
        features = han_features(text, start, sl, end, marks)
        if ordinary_word(features):
            continue
        score = decision.score(features)
        if score >= decision.threshold:
            scored.append(NameHit(start, end, text[start:end], "han", score))
    return _best(scored, taken)


def ordinary_word(features: Mapping[str, float]) -> bool:
    """A dictionary word (高峰期, 康乃馨) or a surname with a word of address (陈师傅) is no name,
    unless a post or a reporter's role stands right before it."""
    strong = features.get("title_before") or features.get("reporter_before")
    return bool((features.get("common_word") or features.get("address_word") or features.get("township_after"))
                and not strong)


def _best(hits: list[NameHit], taken: bytearray) -> list[NameHit]:
    """The hits that do not overlap, best score first; marks them taken."""
    out = []
    for hit in sorted(hits, key=lambda h: (-h.score, h.start)):
        if not any(taken[hit.start:hit.end]):
            taken[hit.start:hit.end] = b"\x01" * (hit.end - hit.start)
            out.append(hit)
    return out


def _stops_right(text: str, p: int) -> bool:
    """Whether a dotted name's last part ends before position p: punctuation, a function character,
    a word that follows names (说, 正在), or a common word that a non-transliteration character opens."""
    ch = text[p] if p < len(text) else "\n"
    if not is_cjk(ch) or ch in DOTTED_STOPS or SPEECH.match(text, p):
        return True
    if ch in lexicon.TRANSLIT_CHARS:
        return False
    if WEAK_AFTER.match(text, p) or TITLE_AFTER.match(text, p):
        return True
    following = text[p + 1] if p + 1 < len(text) else ""
    return following not in lexicon.TRANSLIT_CHARS or word_freq(text[p:p + 2]) >= GLUE_FREQ


def _stops_left(text: str, p: int) -> bool:
    """Whether a dotted name's first part starts at position p: what comes before is punctuation, a
    function character, a post or role (村民, 学生), or a common word a non-transliteration character closes."""
    ch = text[p - 1] if p else "\n"
    if not is_cjk(ch) or ch in DOTTED_STOPS:
        return True
    if ends_with(TITLE_BEFORE, text, p) or ends_with(REPORTER_BEFORE, text, p) or ends_with(ETHNIC_BEFORE, text, p):
        return True
    if ch in lexicon.TRANSLIT_CHARS:
        return False
    preceding = text[p - 2] if p >= 2 else ""
    return preceding not in lexicon.TRANSLIT_CHARS or word_freq(text[max(0, p - 2):p]) >= GLUE_FREQ


def find_dotted(text: str, taken: bytearray) -> list[NameHit]:
    """Names whose parts a middle dot joins: the parts run out from the dots until a stop (see
    `_stops_left`, `_stops_right`), at most MAX_TRANSLIT_PART characters each way."""
    out = []
    for m in DOTTED.finditer(text):
        dots = [m.start() + i for i, c in enumerate(m.group()) if c in DOTS]
        first_dot, last_dot = dots[0], dots[-1]
        start = first_dot
        while start > m.start() and first_dot - start < MAX_TRANSLIT_PART and not _stops_left(text, start):
            start -= 1
        end = last_dot + 1
        while end < m.end() and end - last_dot - 1 < MAX_TRANSLIT_PART and not _stops_right(text, end):
            end += 1
        if first_dot - start < MIN_DOTTED_PART or end - last_dot - 1 < MIN_DOTTED_PART:
            continue
        name = text[start:end]
        letters = [c for c in name if c not in DOTS]
        if sum(c in lexicon.TRANSLIT_CHARS for c in letters) < TRANSLIT_SHARE * len(letters):
            continue  # a dot between words (品牌·名称), not a name
        if not any(taken[start:end]):
            out.append(NameHit(start, end, name, "dotted", DOTTED_SCORE))
    return _best(out, taken)


def reporter_role_before(text: str, start: int) -> bool:
    """A reporter's role (记者, 通讯员) printed right before position `start`."""
    return ends_with(REPORTER_BEFORE, text, start) is not None


def find_minority(text: str, taken: bytearray) -> list[NameHit]:
    """Tibetan and Mongolian names: two or more usual parts, or one part between a post (or 的) and
    a word of speech or punctuation."""
    out = []
    for m in MINORITY.finditer(text):
        start, end = m.span()
        if any(taken[start:end]) or (start and is_cjk(text[start - 1]) and word_freq(text[start - 1:start + 1]) >= GLUE_FREQ):
            continue
        parts = MINORITY_PART.findall(m.group())
        strong = ends_with(TITLE_BEFORE, text, start) or ends_with(REPORTER_BEFORE, text, start) or (
            start and text[start - 1] in "的、")
        spoken = SPEECH.match(text, end) or (end < len(text) and text[end] in PUNCT)
        if len(parts) >= 2 and not all(p in lexicon.MINORITY_WEAK for p in parts):
            out.append(NameHit(start, end, m.group(), "minority", MINORITY_SCORE))
        elif len(parts) == 1 and len(parts[0]) >= 2 and strong and spoken and parts[0] not in lexicon.MINORITY_WEAK:
            out.append(NameHit(start, end, m.group(), "minority", MINORITY_SCORE))
    return _best(out, taken)


def find_by_context(text: str, taken: bytearray) -> list[NameHit]:
    """A short run of characters between a post and a word of speech (咖啡农扎约说) is a name, when
    its characters are not unlike a name's and it is no ordinary word."""
    chars = name_chars()
    out = []
    low, high = CONTEXT_NAME
    for m in TITLE_BEFORE_ANYWHERE.finditer(text):
        start = m.end()
        for end in range(start + low, min(start + high, len(text)) + 1):
            name = text[start:end]
            if not all_cjk(name) or any(taken[start:end]) or name[0] in FUNCTION_CHARS or "的" in name:
                break
            if not STRICT_SPEECH.match(text, end):
                continue
            likeness = sum(max(chars.get(c, UNKNOWN_CHAR), UNKNOWN_CHAR) for c in name) / len(name)
            if likeness >= CONTEXT_LIKENESS and not common_word(name, WORD_FREQ):
                out.append(NameHit(start, end, name, "context", CONTEXT_SCORE))
            break
    return _best(out, taken)


TITLE_BEFORE_ANYWHERE = re.compile(alternation(lexicon.TITLES))


def blocked_spans(text: str, places: list[PlaceMention] | None = None) -> list[tuple[int, int]]:
    """Spans no person's name overlaps: ethnic groups' names, places printed in full or at length
    (石家庄, 某某自治州), and any gazetteer name of three characters or more even where the places
    module wants more support (霍尔果斯口岸); a short place name may be a given name and is left to
    the scores."""
    spans = [m.span() for m in ETHNIC.finditer(text)]
    found = find_places(text) if places is None else places
    spans += [(m.start, m.end) for m in found if m.division is not None
              and (m.end - m.start >= LONG_PLACE or m.division.level not in ("county", "country"))]
    spans += [(h.start, h.end) for h in place_hits(text) if h.end - h.start >= LONG_PLACE]
    return spans


def find_names(text: str, decision: Linear, skip: bytearray | None = None,
               places: list[PlaceMention] | None = None) -> list[NameHit]:
    """Every person's name in text, in text order; `skip` marks characters that are no name's;
    `places` are `find_places(text)` when the caller has them already."""
    taken = bytearray(skip) if skip is not None else bytearray(len(text))
    hits = find_dotted(text, taken) + find_minority(text, taken)
    for start, end in blocked_spans(text, places):
        if not any(taken[start:end]):
            taken[start:end] = b"\x02" * (end - start)
    hits += find_by_context(text, taken)
    candidates, marks = han_candidates(text), Marks(text)
    hits += find_han(text, decision, taken, candidates, marks)
    hits += _lists(text, decision, candidates, marks, hits, taken)
    return sorted(hits, key=lambda h: h.start)


def _lists(text: str, decision: Linear, candidates: list[tuple[int, int, int]], marks: Marks,
           found: list[NameHit], taken: bytearray) -> list[NameHit]:
    """Han names (of `han_candidates(text)`) in a list with names already found (甲、乙、丙参加), scored
    again with that support."""
    out: list[NameHit] = []
    frontier = list(found)
    support = decision.weights.get("beside_name", 0.0)
    while frontier:
        ends = {h.end for h in frontier}
        starts = {h.start for h in frontier}
        new = []
        for start, sl, end in candidates:
            if any(taken[start:end]):
                continue
            beside = (start >= 1 and text[start - 1] == "、" and start - 1 in ends) or (
                end < len(text) and text[end] == "、" and end + 1 in starts)
            if not beside:
                continue
            features: Mapping[str, float] = han_features(text, start, sl, end, marks)
            if ordinary_word(features):
                continue
            score = decision.score(features) + support
            if score >= decision.threshold:
                new.append(NameHit(start, end, text[start:end], "han", score))
        frontier = _best(new, taken)
        out += frontier
    return out
