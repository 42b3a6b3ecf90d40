"""Pair the headline lines of a text dump with the stories they head.

A dump prints headlines anywhere: above their body, below it, or beside
another story's. The evidence is the words a headline shares with a body
(character bigrams weighted by rarity on the page, see `similarity.py`), plus
a preference for the body right below a headline (and, less, right above).

Candidates are spans of consecutive lines of one headline run. The best
(span, story) pairs are taken first, each story taking one span; a span grows
over the lines beside it that its story's words claim more than any other
story's. Lines still left beside a taken span then join it (a subtitle with
few shared words, a kicker), preferring the span printed without a blank line
between. Short labels (banners) join only a story that uses their words.
Whatever is left over is page furniture.
"""

from __future__ import annotations

from baoshu.assemble.items import Item, Story, opens_story
from baoshu.assemble.similarity import Evidence
from baoshu.config import AssembleConfig
from baoshu.model import Block


class Pairing:
    """Headline runs (items of kind `headrun`) against the stories still without a headline."""

    def __init__(self, items: list[Item], stories: dict[int, Story], cfg: AssembleConfig):
        self.cfg = cfg
        self.items = items
        self.stories = stories
        self.open = [k for k, it in enumerate(items)
                     if k in stories and stories[k].segments and not stories[k].headline]
        self.runs = {k: it.blocks for k, it in enumerate(items) if it.kind == "headrun"}
        self.evidence = Evidence([stories[k].text for k in self.open], cfg.virtual_units)
        self.slot = {k: n for n, k in enumerate(self.open)}
        self.owner: dict[tuple[int, int], int] = {}  # (run, line) -> story
        self.spans: dict[int, list[int]] = {}  # story -> [run, first line, end line]

    def text(self, run: int, lo: int, hi: int) -> str:
        return "".join(b.text for b in self.runs[run][lo:hi])

    def coverage(self, run: int, lo: int, hi: int, story: int) -> float:
        return self.evidence.coverage(self.text(run, lo, hi), self.slot[story])

    def neighbour(self, run: int, step: int) -> int | None:
        """The item next to a run, past bylines and furniture."""
        j = run + step
        while 0 <= j < len(self.items) and self.items[j].kind in ("byline", "furniture", "used"):
            j += step
        return j if 0 <= j < len(self.items) else None

    def headless_dateline(self, story: int) -> bool:
        """A story that opens with a dateline but has no headline run printed right above it."""
        above = self.neighbour(story, -1)
        return opens_story(self.stories[story].segments[0]) and (above is None or self.items[above].kind != "headrun")

    def score(self, run: int, lo: int, hi: int, story: int) -> float:
        value = self.coverage(run, lo, hi, story)
        cfg = self.cfg
        if len(self.text(run, lo, hi)) > cfg.label_max_chars:  # a label earns its place by words alone
            if story == self.neighbour(run, 1) and hi == len(self.runs[run]):
                value += cfg.below_bonus
            elif story == self.neighbour(run, -1) and lo == 0:
                value += cfg.orphan_bonus if self.headless_dateline(story) else cfg.above_bonus
        return value

    def tight(self, run: int, upper: int) -> bool:
        """No blank line between line `upper` of a run and the line below it."""
        return not self.runs[run][upper + 1].lines[0].blank_before

    def claims(self, run: int, line: int, story: int, upper: int) -> bool:
        """Whether story's words claim a line beside its span more than any other story's."""
        cfg = self.cfg
        own = self.coverage(run, line, line + 1, story)
        if len(self.text(run, line, line + 1)) <= cfg.label_max_chars:
            return own >= cfg.label_coverage or (self.tight(run, upper) and own >= cfg.join_coverage)
        others = [self.coverage(run, line, line + 1, r) for r in self.open if r != story]
        return own >= cfg.join_coverage and own >= max(others, default=0.0)

    def candidates(self) -> list[tuple[float, int, int, int, int, int]]:
        cfg = self.cfg
        found = []
        for run, lines in self.runs.items():
            for lo in range(len(lines)):
                for hi in range(lo + 1, min(len(lines), lo + cfg.max_span) + 1):
                    short = len(self.text(run, lo, hi)) <= cfg.label_max_chars
                    for story in self.open:
                        value = self.score(run, lo, hi, story)
                        if value >= (cfg.label_coverage if short else cfg.pairing_threshold):
                            found.append((value, hi - lo, run, lo, hi, story))
        return sorted(found, key=lambda c: (-c[0], -c[1]))

    def take_best(self) -> None:
        for _, _, run, lo, hi, story in self.candidates():
            if story in self.spans or any((run, g) in self.owner for g in range(lo, hi)):
                continue
            while lo > 0 and (run, lo - 1) not in self.owner and self.claims(run, lo - 1, story, lo - 1):
                lo -= 1
            while hi < len(self.runs[run]) and (run, hi) not in self.owner and self.claims(run, hi, story, hi - 1):
                hi += 1
            self.spans[story] = [run, lo, hi]
            self.owner.update({(run, g): story for g in range(lo, hi)})

    def join_leftovers(self) -> None:
        changed = True
        while changed:
            changed = False
            for run, lines in self.runs.items():
                for line in range(len(lines)):
                    if (run, line) not in self.owner and self.join(run, line):
                        changed = True

    def join(self, run: int, line: int) -> bool:
        """Join a line left over to the span beside it that wants it most."""
        options = []
        for story, (span_run, lo, hi) in self.spans.items():
            if span_run != run or line not in (lo - 1, hi):
                continue
            own = self.coverage(run, line, line + 1, story)
            no_gap = self.tight(run, line if line == lo - 1 else line - 1)
            label = len(self.text(run, line, line + 1)) <= self.cfg.label_max_chars
            if own >= (self.cfg.label_coverage if label else self.cfg.join_coverage) or (no_gap and not label):
                options.append((own + (self.cfg.tight_preference if no_gap else 0.0), story))
        if not options:
            return False
        _, story = max(options)
        span = self.spans[story]
        span[1], span[2] = min(span[1], line), max(span[2], line + 1)
        self.owner[(run, line)] = story
        return True

    def leftovers(self) -> list[Block]:
        return [b for run, lines in self.runs.items() for g, b in enumerate(lines) if (run, g) not in self.owner]


def pair_headlines(items: list[Item], stories: dict[int, Story], cfg: AssembleConfig) -> list[Block]:
    """Give each story at most one headline; return the headline lines left over."""
    pairing = Pairing(items, stories, cfg)
    if pairing.open:
        pairing.take_best()
        pairing.join_leftovers()
        for story, (run, lo, hi) in pairing.spans.items():
            stories[story].headline = list(pairing.runs[run][lo:hi])
    return pairing.leftovers()
