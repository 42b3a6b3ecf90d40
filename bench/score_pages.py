"""Run `baoshu extract` over a folder of pages and score it against their gold pages.

    python bench/score_pages.py              tests/pages (our generated pages)
    python bench/score_pages.py --seeds      ../shared/seeds against ../shared/gold
    python bench/score_pages.py --verbose    also each gold article's best match
    python bench/score_pages.py --corpus build/corpus [--split test ...] [--source pdftotext ...]
                                [--json [FILE]] [--keep PRED_DIR]

Without --corpus it prints the output of ../shared/bench/score.py unchanged,
and exits non-zero when extraction or scoring fails. With --corpus (the
output of bench/corpus_build.py) it extracts every split × source folder,
scores each page with the same scorer and prints one row per split × source,
then a table of the damage kinds of the manifest: for each kind, the pages
that have it, their mean article F1 (strict) and the share of their gold
articles not matched strictly, worst first. `--json FILE` also writes the
numbers to FILE (`--json` alone prints them instead of the tables).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS_SPLITS = ("train", "dev", "test")
CORPUS_SOURCES = ("pdf", "pdftotext", "pdfminer", "pypdfium2", "simulated")
ROW_FIELDS = (("art F1 s", "article_f1_strict"), ("art F1 l", "article_f1_lenient"),
              ("text P", "text_precision"), ("text R", "text_recall"), ("headline", "headline_accuracy"),
              ("dateline", "dateline_accuracy"), ("byline", "byline_accuracy"), ("credit", "credit_accuracy"),
              ("fig F1", "figure_f1"))


def score(pages: Path, gold: Path, scorer: Path, extra: list[str]) -> int:
    """Extract every `*.txt` in `pages` into a temporary folder and score it against `gold`."""
    texts = sorted(pages.glob("*.txt"))
    if not texts:
        print(f"error: {pages}: no *.txt pages", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="baoshu-score-") as out:
        extract = [sys.executable, "-m", "baoshu", "extract", *map(str, texts), "--json", "--out", out]
        done = subprocess.run(extract, capture_output=True, text=True)
        if done.returncode != 0:
            print(done.stderr, file=sys.stderr)
            print(f"error: baoshu extract exited with {done.returncode}", file=sys.stderr)
        print(f"# {len(texts)} pages from {pages}, gold {gold}")
        scored = subprocess.run([sys.executable, str(scorer), "--gold", str(gold), "--pred", out, *extra])
        return done.returncode or scored.returncode


# ------------------------------------------------------------------ the page corpus


def load_module(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"{path}: cannot load")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def extract_folder(folder: Path, pred: Path) -> int:
    """`baoshu extract` over every page of a corpus folder (PDFs or text dumps); its exit code."""
    pages = sorted(folder.glob("*.pdf")) or sorted(folder.glob("*.txt"))
    pred.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([sys.executable, "-m", "baoshu", "extract", *map(str, pages), "--json", "--out", str(pred)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        failed = [line for line in done.stderr.splitlines() if "error" in line.lower()]
        print(f"warning: {folder}: baoshu extract exited with {done.returncode}: {failed[:3]}", file=sys.stderr)
    return done.returncode


def page_f1(scorer: ModuleType, counts: Counter) -> float:
    return scorer.f1(counts["strict"], counts["gold_articles"], counts["pred_articles"])


def score_corpus(corpus: Path, splits: list[str], sources: list[str], scorer: ModuleType,
                 pred_root: Path) -> dict:
    """Extract and score every selected folder; returns the rows and the damage table."""
    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    damage = {(e["split"], e["source"], e["name"]): e["damage"] for e in manifest["entries"]}
    rows = []
    by_kind: dict[str, list[tuple[float, int, int]]] = defaultdict(list)  # (page F1, gold, strict)
    failures = 0
    for split in splits:
        for source in sources:
            folder = corpus / split / source
            golds = sorted(folder.glob("*.json"))
            if not golds:
                continue
            pred = pred_root / split / source
            failures += extract_folder(folder, pred) != 0
            total: Counter = Counter()
            for gold_path in golds:
                gold = scorer.load(gold_path)
                pred_path = pred / gold_path.name
                counts, _ = scorer.score_page(gold, scorer.load(pred_path) if pred_path.exists() else {})
                counts["pages"] = 1
                total.update(counts)
                for kind in damage.get((split, source, gold_path.stem), []):
                    by_kind[kind].append((page_f1(scorer, counts), counts["gold_articles"], counts["strict"]))
            rows.append({"split": split, "source": source} | scorer.summary(total))
    kinds = []
    for kind, pages in by_kind.items():
        gold_articles = sum(g for _, g, _ in pages)
        kinds.append({"kind": kind, "pages": len(pages),
                      "article_f1_strict": sum(f for f, _, _ in pages) / len(pages),
                      "articles_missed": 1 - sum(s for _, _, s in pages) / gold_articles if gold_articles else 0.0})
    kinds.sort(key=lambda k: (k["article_f1_strict"], -k["pages"]))
    return {"corpus": str(corpus), "rows": rows, "damage": kinds, "extract_failures": failures}


def shown(value: object) -> str:
    return "n/a" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)


def print_tables(result: dict) -> None:
    head = f"{'split':6} {'source':10} {'pages':>5} " + " ".join(f"{label:>8}" for label, _ in ROW_FIELDS)
    print(head)
    for row in result["rows"]:
        print(f"{row['split']:6} {row['source']:10} {row['pages']:>5} "
              + " ".join(f"{shown(row[key]):>8}" for _, key in ROW_FIELDS))
    print()
    print(f"{'damage kind':28} {'pages':>6} {'art F1 s':>9} {'missed':>7}")
    for kind in result["damage"]:
        print(f"{kind['kind']:28} {kind['pages']:>6} {kind['article_f1_strict']:>9.3f} {kind['articles_missed']:>7.3f}")


def run_corpus(args: argparse.Namespace, scorer_path: Path) -> int:
    if not (args.corpus / "manifest.json").is_file():
        print(f"error: {args.corpus}: no manifest.json (build it with bench/corpus_build.py)", file=sys.stderr)
        return 2
    scorer = load_module(scorer_path)
    splits = args.split or list(CORPUS_SPLITS)
    sources = args.source or list(CORPUS_SOURCES)
    if args.keep:
        result = score_corpus(args.corpus, splits, sources, scorer, args.keep)
    else:
        with tempfile.TemporaryDirectory(prefix="baoshu-corpus-") as pred:
            result = score_corpus(args.corpus, splits, sources, scorer, Path(pred))
    if not result["rows"]:
        print(f"error: {args.corpus}: no pages for splits {splits} and sources {sources}", file=sys.stderr)
        return 2
    if args.json == "-":
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print_tables(result)
        if args.json:
            Path(args.json).write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 1 if result["extract_failures"] else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", action="store_true", help="score the real seed pages instead")
    parser.add_argument("--pages", type=Path, default=ROOT / "tests" / "pages",
                        help="folder of NAME.txt pages with their NAME.json gold (default tests/pages)")
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared folder (default ../shared)")
    parser.add_argument("--json", nargs="?", const="-", default=None,
                        help="print the summary as JSON; with --corpus, a FILE to write the numbers to")
    parser.add_argument("--verbose", action="store_true", help="show each gold article's best match")
    parser.add_argument("--corpus", type=Path, help="a page corpus built by bench/corpus_build.py")
    parser.add_argument("--split", nargs="*", choices=CORPUS_SPLITS, help="corpus splits (default all)")
    parser.add_argument("--source", nargs="*", choices=CORPUS_SOURCES, help="corpus sources (default all)")
    parser.add_argument("--keep", type=Path, help="with --corpus: keep the predictions in this folder")
    args = parser.parse_args(argv)
    scorer = args.shared / "bench" / "score.py"
    if not scorer.is_file():
        parser.error(f"{scorer}: scorer not found; pass --shared")
    if args.corpus:
        return run_corpus(args, scorer)
    if args.json not in (None, "-"):
        parser.error("--json FILE needs --corpus")
    extra = [flag for flag, on in (("--json", args.json), ("--verbose", args.verbose)) if on]
    if args.seeds:
        return score(args.shared / "seeds", args.shared / "gold", scorer, extra)
    return score(args.pages, args.pages, scorer, extra)


if __name__ == "__main__":
    sys.exit(main())
