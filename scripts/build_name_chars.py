"""Build baoshu/entities/name_chars.tsv: how likely each character is in a Chinese given name.

Run by a developer, never at run time:

    .venv/bin/python scripts/build_name_chars.py

Source: jieba's bundled dictionary (a baoshu dependency). Its three-character words tagged as
personal names (nr) that open with a common surname give the given-name characters; every word,
weighted by its frequency, gives the characters of ordinary text. The table holds each
character's log-odds of the two, smoothed, rounded to one decimal.
"""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path

import jieba  # type: ignore[import-untyped]

from baoshu.entities.lexicon import COMMON_SURNAMES

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "baoshu" / "entities" / "name_chars.tsv"
SMOOTHING = 1.0  # added to every count
MIN_NAMES = 3  # characters seen in fewer given names are left out (their score is the floor)


def main() -> None:
    dictionary = Path(jieba.__file__).parent / "dict.txt"
    given: Counter[str] = Counter()
    general: Counter[str] = Counter()
    for line in dictionary.read_text(encoding="utf-8").splitlines():
        word, freq, tag = line.split(" ")
        if tag == "nr" and len(word) == 3 and word[0] in COMMON_SURNAMES:
            given.update(word[1:])
        else:
            for ch in word:
                general[ch] += int(freq)
    n_given, n_general = sum(given.values()), sum(general.values())
    rows = []
    for ch, count in given.items():
        if count < MIN_NAMES or not "\u4e00" <= ch <= "\u9fff":
            continue
        p_given = (count + SMOOTHING) / (n_given + SMOOTHING * len(given))
        p_general = (general[ch] + SMOOTHING) / (n_general + SMOOTHING * len(general))
        rows.append((ch, round(math.log(p_given / p_general), 1)))
    rows.sort(key=lambda r: (-r[1], r[0]))
    header = ("# given-name character log-odds from jieba 0.42.1's dictionary (nr names vs all words);"
              " written by scripts/build_name_chars.py\n")
    OUT.write_text(header + "".join(f"{ch}\t{score}\n" for ch, score in rows), encoding="utf-8")
    print(f"{OUT}: {len(rows)} characters")


if __name__ == "__main__":
    main()
