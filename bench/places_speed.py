"""How fast baoshu.places loads and matches.

usage: .venv/bin/python bench/places_speed.py

1. Loading: a fresh interpreter imports baoshu.places and reads the gazetteer, the word table
   and the automaton; CPU time of each step, best of several runs (CPU time, since a shared
   machine's wall clock says more about its neighbours than about us).
2. Matching every gazetteer name in a text, three ways: the Aho–Corasick automaton the package
   uses (pyahocorasick), a regular expression shaped as a trie of all names (one lookahead
   match per position), and a dictionary lookup of every substring up to the longest name.
3. find_places on texts 1, 4 and 16 times as long: the time per 10,000 characters stays flat.
   The edge check's cache is emptied before each run, so a repeated text gains nothing from it.

The texts are our own sentences (tests/places/*.tsv) repeated, so that the numbers need no
other data.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from baoshu.places import edges, find_places
from baoshu.places.gazetteer import gazetteer
from baoshu.places.matcher import build

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5
PER = 10_000  # characters a time is given for
LOAD = """
import time
t = time.process_time
a = t()
import baoshu.places
from baoshu.places.gazetteer import gazetteer
from baoshu.places.edges import words
from baoshu.places.matcher import automaton
b = t(); gazetteer(); c = t(); words(); d = t(); automaton(); e = t()
print(b - a, c - b, d - c, e - d)
"""


def sample_text() -> str:
    lines = []
    for name in ("sentences.tsv", "heldout.tsv"):
        for line in (ROOT / "tests" / "places" / name).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                lines.append(line.split("\t")[0])
    return "\n".join(lines)


def best_of(fn: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return min(times)


def trie_pattern(words: list[str]) -> str:
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:  # type: ignore[type-arg]
        alternatives = [re.escape(c) + pattern(sub) for c, sub in sorted(node.items()) if c]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(root)


def load_times() -> None:
    rows = []
    for _ in range(RUNS):
        out = subprocess.run([sys.executable, "-c", LOAD], capture_output=True, text=True, check=True).stdout
        rows.append([float(x) * 1000 for x in out.split()])
    best = [min(col) for col in zip(*rows)]
    print(f"load (CPU ms, best of {RUNS}): import {best[0]:.1f}, gazetteer {best[1]:.1f}, "
          f"word table {best[2]:.1f}, automaton {best[3]:.1f}; data {sum(best[1:]):.1f}")


def matching(text: str) -> None:
    names = [*gazetteer().names, *gazetteer().blockers]
    start = time.process_time()
    automaton = build(names)
    ac_build = time.process_time() - start
    start = time.process_time()
    regex = re.compile(f"(?=({trie_pattern(names)}))")
    re_build = time.process_time() - start
    known, lengths = set(names), sorted({len(n) for n in names})
    scale = PER / len(text) * 1000
    ac = best_of(lambda: list(automaton.iter(text)))
    rx = best_of(lambda: [m.group(1) for m in regex.finditer(text)])
    scan = best_of(lambda: [text[i:i + n] for i in range(len(text)) for n in lengths if text[i:i + n] in known])
    print(f"matching {len(names)} names (CPU ms per {PER:,} chars; build ms): "
          f"Aho-Corasick {ac * scale:.2f} ({ac_build * 1000:.0f}), "
          f"trie regex {rx * scale:.2f} ({re_build * 1000:.0f}), dictionary scan {scan * scale:.2f}")


def resolving(text: str) -> None:
    find_places(text)  # load once
    for times in (1, 4, 16):
        long_text = "\n".join([text] * times)

        def run() -> None:
            edges._stands.cache_clear()
            find_places(long_text)

        spent = best_of(run, runs=3)
        print(f"find_places on {len(long_text):,} chars: {spent * 1000:.0f} ms CPU, "
              f"{spent * 1000 * PER / len(long_text):.1f} ms per {PER:,} chars")


def main() -> None:
    text = sample_text()
    load_times()
    matching(text)
    resolving(text)


if __name__ == "__main__":
    main()
