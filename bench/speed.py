"""Every figure of the speed table, each beside its anchor measured in the same run.

    .venv/bin/python bench/speed.py [--quick] [--only text,pdf,ingest,dask,memory,search]
                                    [--archive BIG.db] [--work DIR]

- text:   the whole pipeline on generated text pages (bench/pagegen.py), one
          core, against `jieba.cut` over the same text.
- pdf:    the whole pipeline on the PDFs (../shared/pdf, else our typeset test
          pages), one core, against pypdfium2's and pdfminer.six's bare text.
- ingest: the whole `baoshu ingest` command with 2 worker processes against 1.
- dask:   `baoshu ingest --workers 2` (a Dask LocalCluster) against the serial
          run (`-j 1`).
- memory: peak memory (all processes of the ingest together) for 10x the
          pages against 1x.
- search: p50/p95 of `Archive.search` (first 20 hits, snippets and total) by
          query length, over an archive of generated articles on disk (built by
          bench/make_archive.py, seeded, unless --archive names one), and
          recall against a substring scan of every article.

Ratios are the point: the machine may be shared, so absolute rates move
between runs, while both sides of a ratio see the same load. Asserts nothing.
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
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import make_archive  # noqa: E402
import pagegen  # noqa: E402
import pdf_bench  # noqa: E402

from baoshu.archive import Archive  # noqa: E402
from baoshu.archive.chars import normalize  # noqa: E402
from baoshu.archive.search import matching_ids  # noqa: E402

BAOSHU = [sys.executable, "-m", "baoshu"]
LENGTHS = {"1": (1, 1), "2": (2, 2), "3": (3, 3), "4+": (4, 8)}
SAMPLE_INTERVAL = 0.1  # seconds between memory samples
COLUMNS = ("headline", "body", "captions")


@dataclass
class Sizes:
    text_pages: int
    ingest_pages: int
    memory_pages: int
    articles: int
    queries: int
    recall_queries: int


FULL = Sizes(text_pages=60, ingest_pages=2000, memory_pages=1000, articles=1_000_000, queries=100, recall_queries=10)
QUICK = Sizes(text_pages=20, ingest_pages=300, memory_pages=200, articles=50_000, queries=40, recall_queries=5)


def row(what: str, value: str, anchor: str, ratio: float | None, target: str) -> None:
    shown = f"{ratio:.2f}" if ratio is not None else ""
    print(f"{what:<46} {value:>16} {anchor:>16} {shown:>7}  {target}", flush=True)


def rate(fn: Callable[[Path], int], paths: list[Path]) -> float:
    """Pages per second of `fn` over the files (it returns the pages it read)."""
    started = time.perf_counter()
    pages = sum(fn(p) for p in paths)
    return pages / (time.perf_counter() - started)


def write_pages(folder: Path, count: int, seed: int = 11) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text, _gold in pagegen.make_corpus(count, seed):
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def text_section(work: Path, sizes: Sizes) -> None:
    import jieba

    paths = write_pages(work / "text", sizes.text_pages)
    texts = {p: p.read_text(encoding="utf-8") for p in paths}
    jieba.initialize()
    pdf_bench.baoshu_pages(paths[0])  # load what loads once
    pipeline = rate(pdf_bench.baoshu_pages, paths)
    cut = rate(lambda p: len(list(jieba.cut(texts[p]))) and 1, paths)
    row("text pipeline vs jieba.cut (pages/s)", f"{pipeline:.1f}", f"{cut:.1f}", pipeline / cut, ">= 1.0")


def pdf_section(work: Path) -> None:
    shared = sorted((BENCH.parent.parent / "shared" / "pdf").glob("*.pdf"))
    if not shared:
        sys.path.insert(0, str(BENCH.parent / "tests" / "pdfs"))
        import make_pdfs

        made = make_pdfs.make(work / "pdfs")
        shared = [p for name, p in made.items() if name not in ("scan", "locked", "broken", "scan_then_text")]
    pdf_bench.baoshu_pages(shared[0])
    pipeline = rate(pdf_bench.baoshu_pages, shared)
    bare = rate(pdf_bench.pypdfium2_pages, shared)
    row("PDF pipeline vs pypdfium2 text (pages/s)", f"{pipeline:.1f}", f"{bare:.1f}", pipeline / bare, ">= 0.5")
    try:
        miner = rate(pdf_bench.pdfminer_pages, shared)
    except ImportError:
        print("  (pdfminer.six is not installed: pip install -e '.[bench]')")
        return
    row("PDF pipeline vs pdfminer.six text (pages/s)", f"{pipeline:.1f}", f"{miner:.1f}", pipeline / miner, "> 1.0")


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (Linux /proc)."""
    total, todo, seen = 0, [pid], set()
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")) * 1024
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += map(int, (task / "children").read_text().split())
        except (OSError, StopIteration, ValueError):
            continue
    return total


def timed_ingest(folder: Path, db: Path, *options: str) -> tuple[float, int]:
    """Seconds of a whole `baoshu ingest` command from a fresh archive, and its peak memory (bytes, all processes)."""
    for old in db.parent.glob(db.name + "*"):
        old.unlink()
    started = time.perf_counter()
    process = subprocess.Popen([*BAOSHU, "ingest", str(folder), "--db", str(db), "-q", *options],
                               stderr=subprocess.PIPE, text=True)
    peak = [0]

    def sample() -> None:
        while process.poll() is None:
            peak[0] = max(peak[0], tree_rss(process.pid))
            time.sleep(SAMPLE_INTERVAL)

    sampler = threading.Thread(target=sample)
    sampler.start()
    _, err = process.communicate()
    sampler.join()
    if process.returncode not in (0, 1):
        raise SystemExit(f"ingest failed: {err}")
    return time.perf_counter() - started, peak[0]


def ingest_section(work: Path, sizes: Sizes) -> None:
    folder = work / "ingest"
    write_pages(folder, sizes.ingest_pages, seed=12)
    one, _ = timed_ingest(folder, work / "one.db", "-j", "1")
    two, _ = timed_ingest(folder, work / "two.db", "-j", "2")
    pages = sizes.ingest_pages
    row(f"ingest {pages} pages, 2 workers vs 1 (pages/s)", f"{pages / two:.1f}", f"{pages / one:.1f}", one / two,
        ">= 1.7")


def dask_section(work: Path, sizes: Sizes) -> None:
    folder = work / "ingest"
    if not folder.is_dir():
        write_pages(folder, sizes.ingest_pages, seed=12)
    pages = len(list(folder.glob("*.txt")))
    serial, _ = timed_ingest(folder, work / "serial.db", "-j", "1")
    dask, _ = timed_ingest(folder, work / "dask.db", "--workers", "2")
    row(f"Dask LocalCluster 2 workers vs serial (pages/s)", f"{pages / dask:.1f}", f"{pages / serial:.1f}",
        serial / dask, ">= 1.5")


def memory_section(work: Path, sizes: Sizes) -> None:
    small, large = sizes.memory_pages, sizes.memory_pages * 10
    folder = work / "memory"
    paths = write_pages(folder, large, seed=13)
    few = work / "memory_few"
    few.mkdir(exist_ok=True)
    for path in paths[:small]:
        shutil.copy(path, few / path.name)
    _, low = timed_ingest(few, work / "few.db", "-j", "2")
    _, high = timed_ingest(folder, work / "many.db", "-j", "2")
    row(f"peak memory, {large} pages vs {small} (MiB)", f"{high / 2**20:.0f}", f"{low / 2**20:.0f}", high / low,
        "<= 1.15")


def sample_queries(archive: Archive, count: int, rng: random.Random) -> dict[str, list[str]]:
    """Substrings of random articles for each length class, without spaces or quotes."""
    newest = archive.conn.execute("SELECT max(id) FROM articles").fetchone()[0]
    queries: dict[str, list[str]] = {}
    for label, (low, high) in LENGTHS.items():
        chosen: list[str] = []
        while len(chosen) < count:
            found = archive.conn.execute("SELECT headline, body, captions FROM articles WHERE id = ?",
                                         (rng.randint(1, newest),)).fetchone()
            if not found:
                continue
            text = normalize(rng.choice([found[c] for c in COLUMNS if found[c]] or [""]))
            size = rng.randint(low, high)
            if len(text) < size:
                continue
            start = rng.randrange(len(text) - size + 1)
            query = text[start:start + size]
            if " " not in query and '"' not in query:
                chosen.append(query)
        queries[label] = chosen
    return queries


def percentile(values: list[float], p: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1]


def search_section(work: Path, sizes: Sizes, archive_path: Path | None) -> None:
    db = archive_path
    if db is None:
        db = work / "big.db"
        seconds = make_archive.make_archive(db, sizes.articles, seed=7, progress=False)
        print(f"  (built {sizes.articles:,} articles in {seconds:.0f} s)")
    rng = random.Random(5)
    with Archive(db) as archive:
        articles = archive.stats()["articles"]
        queries = sample_queries(archive, sizes.queries, rng)
        for query in [q for chosen in queries.values() for q in chosen[:5]]:  # warm the cache a little
            archive.search(f'"{query}"')
        for label, chosen in queries.items():
            times = []
            for query in chosen:
                started = time.perf_counter()
                archive.search(f'"{query}"')
                times.append((time.perf_counter() - started) * 1000)
            target = 100 if label == "1" else 50
            row(f"search p50 / p95, {label} char(s), {articles:,} articles (ms)",
                f"{percentile(times, 50):.1f} / {percentile(times, 95):.1f}", f"{target} (p95)",
                percentile(times, 95) / target, "<= 1.0")
        recall(archive, {label: chosen[:sizes.recall_queries] for label, chosen in queries.items()})


def recall(archive: Archive, queries: dict[str, list[str]]) -> None:
    """Recall and precision of the matching articles against a substring scan of every article."""
    texts = [(r[0], "\n".join(normalize(r[c]) for c in COLUMNS))
             for r in archive.conn.execute("SELECT id, headline, body, captions FROM articles")]
    scanned = max(i for i, _ in texts)  # articles stored since (a build still running) are not judged
    for label, chosen in queries.items():
        relevant = retrieved = correct = 0
        for query in chosen:
            truth = {i for i, text in texts if query in text}
            found = {i for i in matching_ids(archive.conn, f'"{query}"') if i <= scanned}
            relevant += len(truth)
            retrieved += len(found)
            correct += len(truth & found)
        row(f"search recall, {label} char(s), {len(chosen)} queries", f"{correct / relevant:.4f}",
            f"precision {correct / retrieved if retrieved else 1:.4f}", correct / relevant, "= 1.00")


SECTIONS = ("text", "pdf", "ingest", "dask", "memory", "search")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes (a few minutes)")
    parser.add_argument("--only", default=",".join(SECTIONS), help="comma-separated sections to run")
    parser.add_argument("--archive", type=Path, help="an archive to search (e.g. from bench/make_archive.py)")
    parser.add_argument("--work", type=Path, help="folder for pages and archives (default: a temporary one)")
    args = parser.parse_args()
    sizes = QUICK if args.quick else FULL
    chosen = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = set(chosen) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections: {', '.join(sorted(unknown))} (choose from {', '.join(SECTIONS)})")
    work = args.work or Path(tempfile.mkdtemp(prefix="speed_"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"{os.cpu_count()} cores; {'quick' if args.quick else 'full'} sizes")
    print(f"{'measure':<46} {'value':>16} {'anchor':>16} {'ratio':>7}  target")
    try:
        for section in chosen:
            if section == "text":
                text_section(work, sizes)
            elif section == "pdf":
                pdf_section(work)
            elif section == "ingest":
                ingest_section(work, sizes)
            elif section == "dask":
                dask_section(work, sizes)
            elif section == "memory":
                memory_section(work, sizes)
            else:
                search_section(work, sizes, args.archive)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
