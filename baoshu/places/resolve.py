"""From a text to the places it names: which printed names are places, and which unit each means.

1. Every gazetteer name in the text (matcher), less those in the caller's skip spans.
2. A name must stand as a word (edges), and a short name right after a title and a surname, or
   before `说`, is a person's given name (记者马伊宁); a short name before 镇/乡/路 names a smaller place.
3. Longest first, names that are places on their own are kept, and names that are no place
   (南疆, 京津冀) block what they contain. An ordinary word that is also a name (合作, 南部) is
   kept only in a place context: after 在/赴/来自…, before 等地/一带, beside its parent
   (甘南合作), or in a list with other places (太原、大同).
4. A name several units share goes to the one whose parent or ancestor is named beside it, then
   to one whose ancestor the text or the caller's context names, then to the higher level; a tie
   leaves it unresolved rather than guessed.
5. A place at the head of an organisation's name (天津市对口支援新疆工作前方指挥部) is flagged
   ``inside_org``: the caller decides whether it counts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

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

    @property
    def block(self) -> bool:
        return not self.aliases

    @property
    def needy(self) -> bool:
        """Every reading needs support (an ordinary word, a district's short name)."""
        return all(a.needs for a in self.aliases)


def find_places(text: str, *, skip_spans: Iterable[tuple[int, int]] = (),
                context: Iterable[str] = ()) -> list[PlaceMention]:
    """The places text names, in text order.

    :param skip_spans: (start, end) spans of names found by another stage (persons,
        organisations); a name inside one is not reported.
    :param context: codes or names of places the page or the paper names (a masthead's region,
        other articles' places); they support short names and choose among units that share one.
    """
    g = gazetteer()
    skips = sorted(skip_spans)
    known = {k for name in context for k in _context_keys(g, name)}
    found = [c for h in hits(text) if not _inside(h, skips) if (c := _candidate(g, text, h))]
    chosen = _select(g, text, found, known)
    mentions = _resolve(g, chosen, known)
    return _flag_orgs(text, mentions)


def _inside(hit: Hit, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < hit.end and hit.start < e for s, e in spans)


def _candidate(g: Gazetteer, text: str, hit: Hit) -> _Candidate | None:
    if hit.name in g.blockers:
        return _Candidate(hit, (), FULL)
    aliases = g.names[hit.name]
    how = min((a.kind for a in aliases), key=KIND_ORDER.index)
    if not stands(text, hit.start, hit.end, FLOOR_FREQ[how]):
        return None
    if how != FULL and (_given_name(text, hit) or cues.SUBPLACE_AFTER.match(text, hit.end)):
        return None
    return _Candidate(hit, aliases, how)


def _given_name(text: str, hit: Hit) -> bool:
    """A person's name: after a title (主任华宁), or a given name after a surname (记者马伊宁, 马伊宁说)."""
    before = text[:hit.start]
    if before.endswith(cues.PERSON_TITLES) and hit.name[0] in cues.SURNAMES:
        return True
    if not before or before[-1] not in cues.SURNAMES:
        return False
    return before[:-1].endswith(cues.PERSON_TITLES) or text.startswith(cues.PERSON_AFTER, hit.end)


def _overlaps(c: _Candidate, taken: list[_Candidate]) -> bool:
    return any(t.hit.start < c.hit.end and c.hit.start < t.hit.end for t in taken)


def _select(g: Gazetteer, text: str, found: list[_Candidate], known: set[str]) -> list[_Candidate]:
    """Longest first, places and blocking names that do not overlap; then the needy names that have support."""
    order = sorted(found, key=lambda c: (-(c.hit.end - c.hit.start), not c.block,
                                         KIND_ORDER.index(c.how), c.hit.start))
    chosen: list[_Candidate] = []
    for c in order:
        if not c.needy and not _overlaps(c, chosen):
            chosen.append(c)
    needy = [c for c in order if c.needy]
    added = True
    while added:
        added = False
        for c in needy:
            if c not in chosen and not _overlaps(c, chosen) and _supported(g, text, c, chosen, needy, known):
                chosen.append(c)
                added = True
    for c in chosen:
        c.usable = tuple(a for a in c.aliases if not a.needs or _holds(g, text, a, c, chosen, needy, known))
    return sorted((c for c in chosen if not c.block), key=lambda c: c.hit.start)


def _supported(g: Gazetteer, text: str, c: _Candidate, chosen: list[_Candidate], needy: list[_Candidate],
               known: set[str]) -> bool:
    return any(_holds(g, text, a, c, chosen, needy, known) for a in c.aliases)


def _listed(text: str, a: _Candidate, b: _Candidate) -> bool:
    """Two names side by side in a list: one joiner between them (于田、民丰)."""
    gap = text[a.hit.end:b.hit.start] if a.hit.end <= b.hit.start else text[b.hit.end:a.hit.start]
    return len(gap) == 1 and gap in cues.LIST_JOINERS


def _holds(g: Gazetteer, text: str, alias: Alias, c: _Candidate, chosen: list[_Candidate],
           needy: list[_Candidate], known: set[str]) -> bool:
    """Whether a reading that needs support has it.

    Any such reading holds right after its parent or ancestor (甘南合作). An ordinary word
    (COMMON) or a guarded name also holds after a verb of place (在, 赴, 来自), before 等地, or in
    a list with places that stand on their own (太原、大同); a guarded name also holds when its
    province or prefecture is named anywhere in the text or the context, or in a list with
    another of its parent's units (于田、民丰、策勒). A city district's short
    name (天山) holds only beside or with its city named, since verbs of place precede mountains
    and ordinary words as well (地处天山南麓); one that is an ordinary word (大兴, 和平) only beside.
    """
    unit = g.units[alias.key]
    ancestors = set(g.ancestors(alias.key))
    start, end = c.hit.start, c.hit.end
    district = unit.level == "county" and unit.name.endswith("区")
    places = [o for o in chosen if not o.block and o is not c]
    if any(o.hit.end == start and {a.key for a in o.aliases} & ancestors for o in places):
        return True
    named = known | {a.key for o in places if not o.needy for a in o.aliases}
    if district:
        return alias.needs == GUARDED and unit.parent in named
    if text[:start].endswith(cues.PLACE_BEFORE) or text.startswith(cues.PLACE_AFTER, end):
        return True
    if any(not o.needy and _listed(text, c, o) for o in places):
        return True
    if alias.needs != GUARDED:
        return False
    kin = any(_listed(text, c, o) and any(g.units[a.key].parent == unit.parent for a in o.aliases)
              for o in needy if o is not c)
    return kin or bool(ancestors & named)


def _context_keys(g: Gazetteer, name: str) -> set[str]:
    if name in g.units:
        return {name}
    keys = {a.key for a in g.names.get(name, ()) if not a.needs}
    return keys if len(keys) == 1 else set()


def _resolve(g: Gazetteer, chosen: list[_Candidate], known: set[str]) -> list[PlaceMention]:
    """Choose each name's unit: unambiguous names first, then the rest in their light."""
    picked: dict[int, str | None] = {}
    for i, c in enumerate(chosen):
        keys = {a.key for a in c.usable}
        if len(keys) == 1:
            picked[i] = keys.pop()
    for _ in range(2):  # a name resolved in the first round can settle another in the second
        for i, c in enumerate(chosen):
            if len({a.key for a in c.usable}) > 1:
                # evidence comes from other names only, never from this name printed elsewhere
                named = known | {k for j, k in picked.items() if k and chosen[j].hit.name != c.hit.name}
                before = picked.get(i - 1) if i and chosen[i - 1].hit.end == c.hit.start else None
                picked[i] = _choose(g, c, named, before)
    out = []
    for i, c in enumerate(chosen):
        key = picked.get(i)
        units = tuple(dict.fromkeys(g.units[a.key] for a in c.usable))
        out.append(PlaceMention(c.hit.start, c.hit.end, c.hit.name, g.units[key] if key else None, units, c.how))
    return out


def _choose(g: Gazetteer, c: _Candidate, named: set[str], before: str | None) -> str | None:
    scores: dict[str, int] = {}
    for a in c.usable:
        ancestors = set(g.ancestors(a.key))
        score = 0
        if before and before in ancestors:
            score += BESIDE_PARENT
        elif a.needs:
            score -= NEEDY_PENALTY
        if a.key in named:
            score += SELF_NAMED
        elif ancestors & named:
            score += ANCESTOR_NAMED
        if any(a.key in g.ancestors(k) for k in named):
            score += DESCENDANT_NAMED
        if a.kind == FORMER:
            score -= FORMER_PENALTY
        scores[a.key] = max(scores.get(a.key, score), score)
    top = max(scores.values())
    best = [k for k, s in scores.items() if s == top]
    rank = min(LEVEL_RANK[g.units[k].level] for k in best)
    highest = [k for k in best if LEVEL_RANK[g.units[k].level] == rank]
    return highest[0] if len(highest) == 1 else None


def _flag_orgs(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Flag the places that open an organisation's name, and the places inside that name."""
    starts = {m.start: m.end for m in mentions}
    org_spans = []
    for m in mentions:
        pos = m.end
        while pos < len(text) and pos - m.end <= cues.ORG_REACH:
            if pos in starts:
                pos = starts[pos]
                continue
            ending = cues.ORG_ENDINGS.match(text, pos)
            if ending:
                org_spans.append((m.start, ending.end()))
                break
            if cues.ORG_BREAK.match(text, pos):
                break
            pos += 1
    return [PlaceMention(m.start, m.end, m.text, m.division, m.candidates, m.how,
                         any(s <= m.start and m.end <= e for s, e in org_spans)) for m in mentions]
