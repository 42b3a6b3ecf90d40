"""Lexical evidence: how much two pieces of a page share.

Headlines are paired with bodies, and body runs are joined into one story,
by the words they share. Chinese has no spaces, so words are approximated by
character bigrams, weighted by how rare they are on the page (a place name
that every story mentions says little).
"""

from __future__ import annotations

import math
import re
from collections import Counter

TOKEN_CHARS = re.compile(r"[\u3400-\u9fffA-Za-z0-9]+")


def bigrams(text: str) -> Counter[str]:
    """The character bigrams of each run of word characters, in text order; a run of one character counts itself."""
    grams: list[str] = []
    for run in TOKEN_CHARS.findall(text):
        if len(run) == 1:
            grams.append(run)
        else:
            grams += [run[i:i + 2] for i in range(len(run) - 1)]
    return Counter(grams)


def trigrams(text: str) -> set[str]:
    """The character trigrams of the text's word characters, run together."""
    text = "".join(TOKEN_CHARS.findall(text))
    return {text[i:i + 3] for i in range(len(text) - 2)}


class Evidence:
    """Bigram statistics over the text units of one page."""

    def __init__(self, texts: list[str], virtual_units: int):
        self.grams = [bigrams(t) for t in texts]
        df: Counter[str] = Counter()
        for g in self.grams:
            df.update(g.keys())
        # Virtual units in which no bigram occurs keep the weights sane on
        # pages with only a few stories, where every word is "common".
        n = len(texts) + virtual_units
        by_count = {count: math.log((n + 1) / (count + 0.5)) for count in set(df.values())}
        self.idf = {g: by_count[count] for g, count in df.items()}
        # A bigram found nowhere on the page (often one straddling two words)
        # is weak evidence against a pairing, not strong.
        self.unseen_idf = 0.5 * math.log((n + 1) / 1.5)
        self._weighed: dict[str, tuple[list[tuple[str, float]], float]] = {}

    def weight(self, gram: str) -> float:
        return self.idf.get(gram, self.unseen_idf)

    def weighed(self, text: str) -> tuple[list[tuple[str, float]], float]:
        """Text's distinct bigrams with their weights, and the weights' total (worked out once per text)."""
        found = self._weighed.get(text)
        if found is None:
            grams = [(g, self.weight(g)) for g in dict.fromkeys(bigrams(text))]  # in text order: sums repeat
            found = self._weighed[text] = (grams, sum(w for _, w in grams))
        return found

    def coverage(self, text: str, unit: int) -> float:
        """Share of text's bigrams (weighted by rarity) found in unit: 0..1."""
        grams, total = self.weighed(text)
        if not total:
            return 0.0
        found = sum(w for g, w in grams if g in self.grams[unit])
        return found / total

    def cosine(self, a: int, b: int) -> float:
        """Rarity-weighted cosine similarity of two units."""
        return cosine(self.grams[a], self.grams[b], self.weight)


def cosine(a: Counter[str], b: Counter[str], weight) -> float:
    dot = sum(min(c, 3) * min(b[g], 3) * weight(g) ** 2 for g, c in a.items() if g in b)  # a's order, not a set's
    na = math.sqrt(sum((min(c, 3) * weight(g)) ** 2 for g, c in a.items()))
    nb = math.sqrt(sum((min(c, 3) * weight(g)) ** 2 for g, c in b.items()))
    return dot / (na * nb) if na and nb else 0.0


def containment(part: set[str], whole: set[str]) -> float:
    """Share of a part's trigrams (`trigrams(text)`) that also occur in a whole's: 0..1."""
    if not part:
        return 0.0
    return len(part & whole) / len(part)
