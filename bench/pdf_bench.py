#!/usr/bin/env python3
"""PDF pages per second per core: baoshu's whole pipeline beside bare text extraction.

    .venv/bin/python bench/pdf_bench.py [PDF ...] [--rounds N]

With no PDFs given it uses ../shared/pdf/*.pdf and scores baoshu's pages
against their gold with ../shared/bench/score.py. The floor is what
pdfminer.six, pdfplumber and pypdfium2 take to pull the plain text out of the
same pages (the `bench` extra installs the first two). Everything runs in
this one process, so the rates are per core. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium

from baoshu.figures import clear_caches
from baoshu.pipeline import rebuild_file

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def baoshu_pages(path: Path) -> int:
    clear_caches()  # every page is new to a real run: time the word analysis too
    return len(rebuild_file(path).pages)


def pypdfium2_pages(path: Path) -> int:
    document = pdfium.PdfDocument(str(path))
    for page in document:
        page.get_textpage().get_text_bounded()
    count = len(document)
    document.close()
    return count


def pdfminer_pages(path: Path) -> int:
    from pdfminer.high_level import extract_text

    return extract_text(str(path)).count("\f") or 1


def pdfplumber_pages(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            page.extract_text()
        return len(pdf.pages)


def rate(extract: Callable[[Path], int], paths: list[Path], rounds: int) -> tuple[float, float]:
    """Pages per CPU second and CPU milliseconds per page, best of `rounds` passes."""
    best = float("inf")
    pages = 0
    for _ in range(rounds):
        start = time.process_time()
        pages = sum(extract(path) for path in paths)
        best = min(best, time.process_time() - start)
    return pages / best, 1000 * best / pages


def score(paths: list[Path]) -> None:
    gold = SHARED / "pdf"
    scorer = SHARED / "bench" / "score.py"
    if not scorer.exists() or not all((gold / f"{p.stem}.json").exists() for p in paths):
        print("\nno scores: these pages have no gold in ../shared/pdf (or ../shared is not beside the repository)")
        return
    with tempfile.TemporaryDirectory() as out:
        for path in paths:
            [page] = rebuild_file(path).pages
            (Path(out) / f"{path.stem}.json").write_text(json.dumps(page.to_json(), ensure_ascii=False),
                                                         encoding="utf-8")
        print("\nscore against the gold pages:")
        subprocess.run([sys.executable, str(scorer), "--gold", str(gold), "--pred", out], check=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    paths = args.pdfs or sorted((SHARED / "pdf").glob("*.pdf"))
    if not paths:
        sys.exit("no PDF pages to measure: give some, or provide ../shared/pdf")
    runners: list[tuple[str, Callable[[Path], int]]] = [("baoshu (whole pipeline)", baoshu_pages),
                                                        ("pypdfium2 text only", pypdfium2_pages)]
    for name, runner, module in (("pdfminer.six text only", pdfminer_pages, "pdfminer"),
                                 ("pdfplumber text only", pdfplumber_pages, "pdfplumber")):
        try:
            __import__(module)
        except ImportError:
            print(f"({name}: not installed; pip install -e '.[bench]')")
            continue
        runners.append((name, runner))
    baoshu_pages(paths[0])  # warm up imports and caches
    print(f"{len(paths)} PDF files, best of {args.rounds} rounds, one core")
    print(f"{'extractor':28} {'pages/s':>9} {'ms/page':>9}")
    for name, runner in runners:
        per_second, ms = rate(runner, paths, args.rounds)
        print(f"{name:28} {per_second:9.1f} {ms:9.1f}")
    score(paths)


if __name__ == "__main__":
    main()
