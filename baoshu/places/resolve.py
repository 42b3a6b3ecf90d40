"""From a text to the places it names: which printed names are places, and which unit each means.

1. Every gazetteer name in the text (matcher), less those in the caller's skip spans.
2. A name must stand as a word (edges), and a short name right after a title and a surname, or
   before `说`, is a person's given name (记者王和静); a short name before 镇/乡/路 names a smaller place.
3. Longest first, names that are places on their own are kept, and names that are no place
   (南疆, 京津冀) block what they contain. An ordinary word that is also a name (合作, 南部) is
   kept only in a place context: after 在/赴/来自…, before 等地/一带, beside its parent
   (甘南合作), or in a list with other places (太原、大同); a county's short name that is also
   a word (玉门) needs that or its province or prefecture named in the text.
4. A name several units share goes to the one whose parent or ancestor is named beside it, then
   to one whose ancestor the text or the caller's context names, then to the higher level; a tie
   leaves it unresolved rather than guessed.
5. A place at the head of an organisation's name (江苏省对口支援新疆前方指挥部) is flagged
   ``inside_org``: the caller decides whether it counts.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from baoshu.places import cues
from baoshu.places.edges import stands
from baoshu.places.gazetteer import ABBREV, FORMER, FULL, GUARDED, SHORT, Alias, Division, Gazetteer, gazetteer
from baoshu.places.matcher import Hit, hits

# How sure a printed form is, best first; and the frequency the edge check lends a name that
# jieba's dictionary knows less well (a standard name with its suffix is hard to cut apart).
KIND_ORDER = (FULL, SHORT, FORMER, ABBREV)
FLOOR_FREQ = {FULL: 2000, SHORT: 100, FORMER: 100, ABBREV: 100}
LEVEL_RANK = {"province": 0, "country": 0, "corps": 1, "prefecture": 1, "new_area": 2, "zone": 2,
              "corps_division": 2, "county": 3}
# Evidence for one of the units a name may mean.
BESIDE_PARENT = 4  # printed right after its parent or ancestor (浙江丽水, 阿克苏新和)
SELF_NAMED = 3  # the unit itself is named in another form (和田地区 … 和田)
ANCESTOR_NAMED = 2  # an ancestor is named elsewhere in the text or the context
DESCENDANT_NAMED = 1  # a unit below it is named (和田 beside 于田县 is the prefecture)
NEEDY_PENALTY = 3  # a reading that needed support yields to one that did not, unless beside its parent
FORMER_PENALTY = 1


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in a text.

    ``text`` is text[start:end] as printed. ``division`` is the unit it means, None when several
    are equally likely (``candidates`` then lists them). ``how`` tells how it was printed:
    ``full`` (standard name), ``short`` (short or customary name), ``former`` (an old name), or
    ``abbrev`` (a one-character abbreviation after a verb of place: 在沪, 援疆).
    ``inside_org`` is set when the name opens an organisation's name.
    """

    start: int
    end: int
    text: str
    division: Division | None
    candidates: tuple[Division, ...]
    how: str
    inside_org: bool = False

    @property
    def code(self) -> str | None:
        """The six-digit division code, None for a country, a supplement unit or an unresolved name."""
        return self.division.code if self.division else None

    @property
    def name(self) -> str | None:
        """The standard name of the unit it means."""
        return self.division.name if self.division else None

    @property
    def parents(self) -> tuple[str, ...]:
        """Keys of the unit's ancestors, nearest first."""
        return gazetteer().ancestors(self.division.key) if self.division else ()


@dataclass(slots=True)
class _Candidate:
    hit: Hit
    aliases: tuple[Alias, ...]  # empty for a blocking name
    how: str
    usable: tuple[Alias, ...] = ()  # the readings that hold here, set once the candidate is chosen
    needy: bool = field(init=False)  # every reading needs support (an ordinary word, a district's short name)

    def __post_init__(self) -> None:
        self.needy = all(a.needs for a in self.aliases)  # asked often while names are chosen: worked out once

    @property
    def block(self) -> bool:
        return not self.aliases


class Match(NamedTuple):
    """A name in the text that may be a place: its hit, its readings (none for a blocking name)
    and how it is printed."""

    hit: Hit
    aliases: tuple[Alias, ...]
    how: str


@dataclass(frozen=True, slots=True)
class PlaceMatches:
    """Step 1 and 2 for one text: the gazetteer names that stand as words there, each with its
    readings and how it is printed, before any skip or context. They depend on the text alone,
    so a caller that reads one text with different skips or context (`find_places`'s `matches`)
    finds them once."""

    text: str
    found: tuple[Match, ...]


def match_places(text: str) -> PlaceMatches:
    """The names in text that may be places (blocking names too), in the matcher's order."""
    g = gazetteer()
    return PlaceMatches(text, tuple(m for h in hits(text) if (m := _match(g, text, h))))


def find_places(text: str, *, skip_spans: Iterable[tuple[int, int]] = (),
                context: Iterable[str] = (), matches: PlaceMatches | None = None) -> list[PlaceMention]:
    """The places text names, in text order.

    :param skip_spans: (start, end) spans of names found by another stage (persons,
        organisations); a name inside one is not reported.
    :param context: codes or names of places the page or the paper names (a masthead's region,
        other articles' places); they support short names and choose among units that share one.
    :param matches: `match_places(text)` when the caller has them already.
    """
    if matches is None:
        matches = match_places(text)
    elif matches.text != text:
        raise ValueError("matches are of another text")
    g = gazetteer()
    skipped = bytearray(len(text))
    for span_start, span_end in skip_spans:
        span_start, span_end = max(span_start, 0), min(span_end, len(text))
        if span_end > span_start:
            skipped[span_start:span_end] = b"\x01" * (span_end - span_start)
    known = {k for name in context for k in _context_keys(g, name)}
    found = [_Candidate(*m) for m in matches.found if not any(skipped[m.hit.start:m.hit.end])]
    chosen = _select(g, text, found, known)
    mentions = _resolve(g, chosen, known)
    return _flag_orgs(text, mentions)


def _match(g: Gazetteer, text: str, hit: Hit) -> Match | None:
    """The hit with its readings, if it stands as a word and is no person's name nor part of a smaller place's."""
    if hit.name in g.blockers:
        return Match(hit, (), FULL)
    aliases = g.names[hit.name]
    how = min((a.kind for a in aliases), key=KIND_ORDER.index)
    if not stands(text, hit.start, hit.end, FLOOR_FREQ[how]):
        return None
    if how != FULL and (_given_name(text, hit) or cues.SUBPLACE_AFTER.match(text, hit.end)):
        return None
    return Match(hit, aliases, how)


def _given_name(text: str, hit: Hit) -> bool:
    """A person's name: after a title (主任华宁), or a given name after a surname (记者王和静, 王和静说)."""
    start = hit.start
    if text.endswith(cues.PERSON_TITLES, 0, start) and hit.name[0] in cues.SURNAMES:
        return True
    if start == 0 or text[start - 1] not in cues.SURNAMES:
        return False
    return text.endswith(cues.PERSON_TITLES, 0, start - 1) or text.startswith(cues.PERSON_AFTER, hit.end)


class _Selection:
    """The names chosen so far, indexed by where they start and end, for constant-time lookups."""

    def __init__(self, text: str, known: set[str]) -> None:
        self.text = text
        self.taken = bytearray(len(text))
        self.chosen: list[_Candidate] = []
        self.ending: dict[int, list[_Candidate]] = defaultdict(list)  # places by end
        self.starting: dict[int, list[_Candidate]] = defaultdict(list)  # places by start
        self.named: Counter[str] = Counter({k: 1 for k in known})  # keys of places that stand alone

    def free(self, c: _Candidate) -> bool:
        return not any(self.taken[c.hit.start:c.hit.end])

    def add(self, c: _Candidate) -> None:
        self.chosen.append(c)
        self.taken[c.hit.start:c.hit.end] = b"\x01" * (c.hit.end - c.hit.start)
        if not c.block:
            self.ending[c.hit.end].append(c)
            self.starting[c.hit.start].append(c)
            if not c.needy:
                self.named.update({a.key for a in c.aliases})

    def is_named(self, key: str, c: _Candidate) -> bool:
        """Whether a place other than c itself stands for this key."""
        return self.named[key] > (1 if any(a.key == key for a in c.aliases) and not c.needy else 0)


def _neighbours(text: str, c: _Candidate, ending: dict[int, list[_Candidate]],
                starting: dict[int, list[_Candidate]]) -> list[_Candidate]:
    """Names beside c in a list: one joiner between them (于田、民丰)."""
    out = []
    start, end = c.hit.start, c.hit.end
    if start >= 1 and text[start - 1] in cues.LIST_JOINERS:
        out += ending.get(start - 1, [])
    if end < len(text) and text[end] in cues.LIST_JOINERS:
        out += starting.get(end + 1, [])
    return [o for o in out if o is not c]


def _select(g: Gazetteer, text: str, found: list[_Candidate], known: set[str]) -> list[_Candidate]:
    """Longest first, places and blocking names that do not overlap; then the needy names that have support."""
    order = sorted(found, key=lambda c: (-(c.hit.end - c.hit.start), not c.block,
                                         KIND_ORDER.index(c.how), c.hit.start))
    sel = _Selection(text, known)
    for c in order:
        if not c.needy and sel.free(c):
            sel.add(c)
    needy = [c for c in order if c.needy]
    needy_ending: dict[int, list[_Candidate]] = defaultdict(list)
    needy_starting: dict[int, list[_Candidate]] = defaultdict(list)
    for c in needy:
        needy_ending[c.hit.end].append(c)
        needy_starting[c.hit.start].append(c)
    kin_lists = (needy_ending, needy_starting)
    waiting = needy
    while waiting:  # a name accepted in one round can support another (its child beside it) in the next
        accepted = {id(c) for c in waiting
                    if sel.free(c) and any(_holds(g, a, c, sel, kin_lists) for a in c.aliases)}
        for c in waiting:
            if id(c) in accepted and sel.free(c):
                sel.add(c)
        waiting = [c for c in waiting if id(c) not in accepted] if accepted else []
    for c in sel.chosen:
        c.usable = tuple(a for a in c.aliases if not a.needs or _holds(g, a, c, sel, kin_lists))
    return sorted((c for c in sel.chosen if not c.block), key=lambda c: c.hit.start)


def _holds(g: Gazetteer, alias: Alias, c: _Candidate, sel: _Selection,
           kin_lists: tuple[dict[int, list[_Candidate]], dict[int, list[_Candidate]]]) -> bool:
    """Whether a reading that needs support has it.

    Any such reading holds right after its parent or ancestor (甘南合作). An ordinary word
    (COMMON) or a guarded name also holds after a verb of place (在, 赴, 来自), before 等地, or in
    a list with places that stand on their own (太原、大同); a guarded name also holds when its
    province or prefecture is named anywhere in the text or the context, or in a list with
    another of its parent's units (于田、民丰、策勒). A city district's short name (天山) holds
    only beside or with its city named, since verbs of place precede mountains and ordinary
    words as well (地处天山南麓); one that is an ordinary word (大兴, 和平) only beside.
    """
    text = sel.text
    unit = g.units[alias.key]
    ancestors = g.ancestors(alias.key)
    start, end = c.hit.start, c.hit.end
    if any(a.key in ancestors for o in sel.ending.get(start, []) for a in o.aliases):
        return True
    if unit.level == "county" and unit.name.endswith("区"):  # a city district
        return alias.needs == GUARDED and unit.parent is not None and sel.is_named(unit.parent, c)
    if text.endswith(cues.PLACE_BEFORE, 0, start) or text.startswith(cues.PLACE_AFTER, end):
        return True
    if any(not o.needy for o in _neighbours(text, c, sel.ending, sel.starting)):
        return True
    if alias.needs != GUARDED:
        return False
    if any(g.units[a.key].parent == unit.parent for o in _neighbours(text, c, *kin_lists) for a in o.aliases):
        return True
    return any(sel.is_named(k, c) for k in ancestors)


def _context_keys(g: Gazetteer, name: str) -> set[str]:
    """A context entry's unit: a key, or a name's unit that stands alone (the higher level if several)."""
    if name in g.units:
        return {name}
    keys = {a.key for a in g.names.get(name, ()) if not a.needs}
    if not keys:
        return set()
    rank = min(LEVEL_RANK[g.units[k].level] for k in keys)
    highest = {k for k in keys if LEVEL_RANK[g.units[k].level] == rank}
    return highest if len(highest) == 1 else set()


class _Evidence:
    """Which units the text names, and by which printed names, for the names still to resolve."""

    def __init__(self, g: Gazetteer, known: set[str], picks: Iterable[tuple[str, str]]) -> None:
        self.g = g
        self.named: dict[str, Counter[str]] = defaultdict(Counter)  # key → printed names
        self.below: dict[str, Counter[str]] = defaultdict(Counter)  # ancestor key → printed names of units under it
        for key, printed in [(k, "") for k in known] + list(picks):
            self.named[key][printed] += 1
            for ancestor in g.ancestors(key):
                self.below[ancestor][printed] += 1

    @staticmethod
    def _other(table: dict[str, Counter[str]], key: str, printed: str) -> bool:
        """Evidence comes from other names only, never from this name printed elsewhere."""
        return any(n != printed for n in table.get(key, ()))

    def score(self, alias: Alias, printed: str, before: str | None) -> int:
        ancestors = self.g.ancestors(alias.key)
        score = 0
        if before and before in ancestors:
            score += BESIDE_PARENT
        elif alias.needs:
            score -= NEEDY_PENALTY
        if self._other(self.named, alias.key, printed):
            score += SELF_NAMED
        elif any(self._other(self.named, k, printed) for k in ancestors):
            score += ANCESTOR_NAMED
        if self._other(self.below, alias.key, printed):
            score += DESCENDANT_NAMED
        if alias.kind == FORMER:
            score -= FORMER_PENALTY
        return score


def _resolve(g: Gazetteer, chosen: list[_Candidate], known: set[str]) -> list[PlaceMention]:
    """Choose each name's unit: unambiguous names first, then the rest in their light."""
    picked: dict[int, str | None] = {}
    for i, c in enumerate(chosen):
        keys = {a.key for a in c.usable}
        if len(keys) == 1:
            picked[i] = keys.pop()
    ambiguous = [i for i, c in enumerate(chosen) if len({a.key for a in c.usable}) > 1]
    for _ in range(2):  # a name resolved in the first round can settle another in the second
        evidence = _Evidence(g, known, ((k, chosen[i].hit.name) for i, k in picked.items() if k))
        for i in ambiguous:
            c = chosen[i]
            before = picked.get(i - 1) if i and chosen[i - 1].hit.end == c.hit.start else None
            picked[i] = _choose(g, c, evidence, before)
    out = []
    for i, c in enumerate(chosen):
        key = picked.get(i)
        units = tuple(dict.fromkeys(g.units[a.key] for a in c.usable))
        how = min((a.kind for a in c.usable if a.key == key), key=KIND_ORDER.index, default=c.how)
        out.append(PlaceMention(c.hit.start, c.hit.end, c.hit.name, g.units[key] if key else None, units, how))
    return out


def _choose(g: Gazetteer, c: _Candidate, evidence: _Evidence, before: str | None) -> str | None:
    """The best supported reading; among equals the higher level; a tie there stays unresolved."""
    scores: dict[str, int] = {}
    for a in c.usable:
        score = evidence.score(a, c.hit.name, before)
        scores[a.key] = max(scores.get(a.key, score), score)
    top = max(scores.values())
    best = [k for k, s in scores.items() if s == top]
    rank = min(LEVEL_RANK[g.units[k].level] for k in best)
    highest = [k for k in best if LEVEL_RANK[g.units[k].level] == rank]
    return highest[0] if len(highest) == 1 else None


def _flag_orgs(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Flag the places that open an organisation's name, and the places inside that name."""
    by_start = {m.start: i for i, m in enumerate(mentions)}
    inside: set[int] = set()
    for i, m in enumerate(mentions):
        pos, covered = m.end, [i]
        while pos < len(text) and pos - m.end <= cues.ORG_REACH:
            if pos in by_start:
                covered.append(by_start[pos])
                pos = mentions[by_start[pos]].end
                continue
            if cues.ORG_ENDINGS.match(text, pos):
                inside.update(covered)
                break
            if cues.ORG_BREAK.match(text, pos):
                break
            pos += 1
    return [replace(m, inside_org=True) if i in inside else m for i, m in enumerate(mentions)]
