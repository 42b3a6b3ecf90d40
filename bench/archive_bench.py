"""Benchmark the archive: ingest throughput, size, search exactness and latency.

    .venv/bin/python bench/archive_bench.py [--pages 1000] [--articles 100000] [--work DIR]

1. Ingest: `baoshu ingest` (the whole command, as a process) over a folder of
   generated pages (bench/pagegen.py, our own stories), with 1 worker and with
   one per core; pages per second and archive bytes per page.
2. Exactness: phrase queries of 1, 2, 3 and 4+ characters, drawn from the
   archived articles, against a plain substring scan of the same articles
   (the truth): recall and precision.
3. Latency: p50 and p95 of `Archive.search` (first page of 20 hits, total and
   snippets) over an archive of generated articles on disk (bench/make_archive.py).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_archive  # noqa: E402
import pagegen  # noqa: E402

from baoshu.archive import Archive  # noqa: E402
from baoshu.archive.chars import normalize  # noqa: E402

LENGTHS = {"1": (1, 1), "2": (2, 2), "3": (3, 3), "4+": (4, 8)}
COLUMNS = ("headline", "body", "captions")
BAOSHU = [sys.executable, "-m", "baoshu"]


def write_pages(folder: Path, count: int, seed: int) -> None:
    """`count` generated page files (text dumps) in `folder`."""
    for name, text, _gold in pagegen.make_corpus(count, seed):
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")


def archive_bytes(db: Path) -> int:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))


def timed_ingest(folder: Path, db: Path, jobs: int) -> float:
    """Seconds for the whole `baoshu ingest` command, from a fresh archive."""
    for old in db.parent.glob(db.name + "*"):
        old.unlink()
    started = time.perf_counter()
    subprocess.run([*BAOSHU, "ingest", str(folder), "--db", str(db), "-j", str(jobs), "-q"], check=True,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def article_texts(archive: Archive) -> dict[int, list[str]]:
    """Each article's normalized headline, body and captions."""
    rows = archive.conn.execute("SELECT id, headline, body, captions FROM articles")
    return {r["id"]: [normalize(r[c]) for c in COLUMNS] for r in rows}


def sample_queries(texts: dict[int, list[str]], per_length: int, rng: random.Random) -> dict[str, list[str]]:
    """Substrings of the articles of each length class, without spaces or quotes."""
    pool = [t for fields in texts.values() for t in fields if t]
    queries: dict[str, list[str]] = {}
    for label, (low, high) in LENGTHS.items():
        chosen: list[str] = []
        while len(chosen) < per_length:
            text = rng.choice(pool)
            size = rng.randint(low, high)
            if len(text) < size:
                continue
            start = rng.randrange(len(text) - size + 1)
            query = text[start:start + size]
            if " " not in query and '"' not in query:
                chosen.append(query)
        queries[label] = chosen
    return queries


def exactness(archive: Archive, texts: dict[int, list[str]], queries: dict[str, list[str]]) -> None:
    """Recall and precision of search against a substring scan, per query length."""
    print("search exactness (vs. substring scan of the same articles):")
    for label, chosen in queries.items():
        relevant = retrieved = correct = 0
        for query in chosen:
            truth = {i for i, fields in texts.items() if any(query in f for f in fields)}
            result = archive.search(f'"{query}"', limit=len(texts) + 1)
            found = {hit["article_id"] for hit in result["hits"]}
            relevant += len(truth)
            retrieved += len(found)
            correct += len(truth & found)
        print(f"  {label:>2} chars: {len(chosen):4d} queries  recall {correct / relevant:.2f}"
              f"  precision {correct / retrieved if retrieved else 1:.2f}")


def latency(db: Path, queries: dict[str, list[str]]) -> None:
    """p50 and p95 of one search call (20 hits with snippets, and the total), per length."""
    with Archive(db) as archive:
        print(f"search latency over {archive.stats()['articles']} articles (on disk, first 20 hits):")
        overall: list[float] = []
        for label, chosen in queries.items():
            times = []
            for query in chosen:
                started = time.perf_counter()
                archive.search(f'"{query}"')
                times.append((time.perf_counter() - started) * 1000)
            overall += times
            print(f"  {label:>2} chars: {len(times):4d} queries  p50 {percentile(times, 50):7.1f} ms"
                  f"  p95 {percentile(times, 95):7.1f} ms")
        print(f"  all     : {len(overall):4d} queries  p50 {percentile(overall, 50):7.1f} ms"
              f"  p95 {percentile(overall, 95):7.1f} ms")


def percentile(values: list[float], p: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=1000, help="generated page files to ingest")
    parser.add_argument("--articles", type=int, default=100_000, help="articles in the latency archive")
    parser.add_argument("--queries", type=int, default=50, help="queries per length class")
    parser.add_argument("--work", type=Path, help="folder for pages and archives (default: a temporary one)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="archive_bench_"))
    work.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    cores = os.cpu_count() or 1
    try:
        pages = work / "pages"
        shutil.rmtree(pages, ignore_errors=True)
        pages.mkdir()
        write_pages(pages, args.pages, args.seed)
        db = work / "ingest.db"
        print(f"ingest of {args.pages} generated pages (whole `baoshu ingest` command):")
        for jobs in sorted({1, cores}):
            seconds = timed_ingest(pages, db, jobs)
            print(f"  {jobs} worker(s): {seconds:6.1f} s  {args.pages / seconds:6.1f} pages/s")
        with Archive(db) as archive:
            stats = archive.stats()
            print(f"  archive: {stats['pages']} pages, {stats['articles']} articles, {stats['figures']} figures,"
                  f" {archive_bytes(db) / stats['pages'] / 1024:.1f} KiB per page")
            texts = article_texts(archive)
            exactness(archive, texts, sample_queries(texts, args.queries, rng))

        big = work / "latency.db"
        for old in big.parent.glob(big.name + "*"):
            old.unlink()
        seconds = make_archive.make_archive(big, args.articles, args.seed, progress=False)
        print(f"latency archive: {args.articles} articles stored in {seconds:.0f} s,"
              f" {archive_bytes(big) / args.articles / 1024:.1f} KiB per article")
        with Archive(big) as archive:
            queries = sample_queries(article_texts(archive), max(args.queries, 100), rng)
        latency(big, queries)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
