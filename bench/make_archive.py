"""Write a large archive of generated articles, for search benchmarks (seeded: the same seed, the same archive).

    .venv/bin/python bench/make_archive.py OUT.db [--articles 1000000] [--seed 7]

The text is drawn word by word from jieba's own dictionary (a package file,
weighted by its word frequencies) into a pool of sentences, with figures
sprinkled in; each article draws its sentences from the pool, so character
and word statistics are those of Chinese prose, and a sentence recurs in
a few dozen articles of a million, as stock phrases do. Ten articles make a page;
pages get one of a few publication names and a date spread over twenty
years, in random order. Articles are stored through the archive's own
batch writer (`baoshu.archive.store.write_batch`), index included.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import sys
import time
from contextlib import closing
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

import jieba

from baoshu.archive.schema import TABLES, connect
from baoshu.archive.store import article_row, write_batch
from baoshu.model import Article

ARTICLES_PER_PAGE = 10
PAGES_PER_BATCH = 1000
PUBLICATIONS = ("东城日报", "西岭晚报", "南湖商报", "北川时报", "中原农民报")
YEARS = 20
FIRST_YEAR = 2004
PARAGRAPHS = (3, 9)  # paragraphs per article
SENTENCES = (2, 5)  # sentences per paragraph
WORDS = (4, 18)  # words per sentence
NUMBER_SHARE = 0.15  # sentences that report a figure
CAPTION_SHARE = 0.2  # articles with a photo caption
GENERATORS = 2  # processes writing prose while the archive stores it
CACHE_KIB = 512 * 1024  # SQLite page cache while building
TRIGRAM_TRIGGERS = ("articles_ai", "articles_ad", "articles_au")
SENTENCE_POOL = 300_000  # distinct sentences articles are made of
UNITS = ("万元", "亿元", "吨", "公里", "户", "人", "%", "个", "亩", "项")


class Prose:
    """Words drawn by their frequency in jieba's dictionary."""

    def __init__(self, rng: random.Random):
        words, weights = [], []
        with jieba.get_dict_file() as handle:
            for line in map(bytes.decode, handle):
                parts = line.split()
                if len(parts) >= 2 and parts[1].isdigit():
                    words.append(parts[0])
                    weights.append(int(parts[1]))
        self.words = words
        self.cumulative = list(accumulate(weights))
        self.rng = rng

    def phrase(self, low: int, high: int) -> str:
        return "".join(self.rng.choices(self.words, cum_weights=self.cumulative, k=self.rng.randint(low, high)))

    def sentence(self) -> str:
        rng = self.rng
        text = self.phrase(*WORDS)
        if rng.random() < NUMBER_SHARE:
            figure = f"{rng.randint(1, 9999)}{'.' + str(rng.randint(1, 9)) if rng.random() < 0.3 else ''}"
            cut = rng.randrange(len(text) + 1)
            text = f"{text[:cut]}{figure}{rng.choice(UNITS)}{text[cut:]}"
        comma = rng.randrange(len(text)) if len(text) > 8 else 0
        return (text[:comma] + "，" + text[comma:] if comma else text) + "。"



class Articles:
    """Articles made of sentences from a pool (the same pool for the same seed)."""

    def __init__(self, seed: int, rng: random.Random):
        prose = Prose(random.Random(seed))
        self.sentences = [prose.sentence() for _ in range(SENTENCE_POOL)]
        self.titles = [prose.phrase(2, 5) for _ in range(SENTENCE_POOL // 10)]
        self.rng = rng

    def article(self) -> Article:
        rng = self.rng
        body = ["".join(rng.choices(self.sentences, k=rng.randint(*SENTENCES)))
                for _ in range(rng.randint(*PARAGRAPHS))]
        captions = [rng.choice(self.sentences)] if rng.random() < CAPTION_SHARE else []
        return Article(title=rng.choice(self.titles) + rng.choice(self.titles), body=body, captions=captions)


def page_records(first: int, count: int, articles: int, seed: int) -> list[list[dict]]:
    """Records of pages `first`... (ten articles each, fewer on the last), one group per page,
    drawn from their own seed so any number of processes makes the same archive."""
    rng = random.Random(f"{seed}-{first}")
    prose = pool(seed)
    prose.rng = rng
    groups = []
    for n in range(first, first + count):
        day = rng.randrange(YEARS * 365)
        date = f"{FIRST_YEAR + day // 365}-{day % 365 // 28 % 12 + 1:02d}-{day % 28 + 1:02d}"
        size = min(ARTICLES_PER_PAGE, articles - n * ARTICLES_PER_PAGE)
        page = {"sha256": f"{n:064x}", "part": 1, "source": f"gen{n}.txt", "path": f"gen{n}.txt", "kind": "text",
                "encoding": "utf-8", "publication": rng.choice(PUBLICATIONS), "date": date,
                "page": str(n % 8 + 1), "furniture": "[]", "text": ""}
        groups.append([{"page": page, "articles": [article_row(seq, prose.article()) for seq in range(size)],
                        "figures": []}])
    return groups


@lru_cache(maxsize=1)
def pool(seed: int) -> Articles:
    return Articles(seed, random.Random(seed))


def batch(args: tuple[int, int, int, int]) -> list[list[dict]]:
    return page_records(*args)


def make_archive(db: Path, articles: int, seed: int, progress: bool = True) -> float:
    """Write `articles` generated articles into a fresh archive at `db`; return seconds taken.

    The Datasette trigram table (`articles_fts`, which baoshu's search does not
    read) is left empty: filling it would treble the time.
    """
    for old in db.parent.glob(db.name + "*"):
        old.unlink()
    pages = -(-articles // ARTICLES_PER_PAGE)
    jobs = [(first, min(PAGES_PER_BATCH, pages - first), articles, seed) for first in range(0, pages, PAGES_PER_BATCH)]
    started = time.perf_counter()
    with closing(connect(db, write=True)) as conn, multiprocessing.Pool(GENERATORS) as pool:
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        for trigger in TRIGRAM_TRIGGERS:
            conn.execute(f"DROP TRIGGER {trigger}")
        for done, groups in enumerate(pool.imap(batch, jobs), start=1):
            write_batch(conn, groups)
            if progress:
                print(f"\r{min(done * PAGES_PER_BATCH * ARTICLES_PER_PAGE, articles):,} articles,"
                      f" {time.perf_counter() - started:.0f} s", end="", file=sys.stderr, flush=True)
        conn.execute("INSERT INTO articles_chars (articles_chars) VALUES ('optimize')")
        conn.executescript(TABLES)  # the triggers back, for whoever adds pages later
    if progress:
        print(file=sys.stderr)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db", type=Path)
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    seconds = make_archive(args.db, args.articles, args.seed)
    print(f"{args.db}: {args.articles:,} articles in {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
