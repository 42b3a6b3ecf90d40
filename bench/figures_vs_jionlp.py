"""baoshu against JioNLP on money figures: precision, recall and speed.

    .venv/bin/python bench/figures_vs_jionlp.py [--repeat N]

Runs baoshu's figure extraction (money figures: unit 元 or another currency) and
JioNLP's `jionlp.ner.extract_money(text, with_parsing=True)` over the same
article texts:

- the money figures of the seed pages (../shared/gold/*.json, gold articles);
- bench/data/money_pages.json, short articles written for this benchmark.

A found figure is right when its value (and, for a range, its upper end) equals a
gold figure's not yet matched in the same article. Figures per second counts
money figures found per second of extraction time, over --repeat runs (baoshu's
caches are cleared before each text; its time includes finding each figure's
measure, period and place, which JioNLP does not do).
JioNLP is installed with the `bench` extra (`pip install -e '.[bench]'`); if it
does not import, its rows say so. The `baoshu-find` row times baoshu's figure
finder alone (values and units, the work JioNLP does); the `baoshu` row is the
whole figure stage, measures, periods and places included.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import math
import sys
import time
from collections.abc import Callable
from pathlib import Path

from baoshu.figures import clear_caches, extract_figures, find_figures
from baoshu.figures.units import MONEY_UNITS
from baoshu.model import Article

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1] / "shared"
ARTICLE_FIELDS = ("kind", "kicker", "title", "subtitle", "byline", "dateline", "standfirst", "body",
                  "captions", "credit", "continued_on")

Amount = tuple[float, float | None]  # value, upper end of a range


def seed_articles() -> list[tuple[str, list[Amount]]]:
    """(article text, gold money figures) for each article of each gold page."""
    out = []
    for path in sorted((SHARED / "gold").glob("*.json")):
        page = json.loads(path.read_text(encoding="utf-8"))
        for index, a in enumerate(page["articles"]):
            article = Article(**{k: a[k] for k in ARTICLE_FIELDS if k in a})
            money = [(float(f["value"]), f.get("value_max")) for f in page["figures"]
                     if f["article"] == index and f.get("unit") in MONEY_UNITS]
            out.append((article.text(), money))
    return out


def own_articles() -> list[tuple[str, list[Amount]]]:
    data = json.loads((HERE / "data" / "money_pages.json").read_text(encoding="utf-8"))
    return [(a["text"], [(float(m["value"]), m.get("value_max")) for m in a["money"]]) for a in data["articles"]]


def baoshu_money(text: str) -> list[Amount]:
    clear_caches()  # each text is new to baoshu, as on a real page
    figures = extract_figures([Article(body=text.split("\n"))], None)
    return [(f.value, f.value_max) for f in figures if f.unit in MONEY_UNITS]


def baoshu_find_money(text: str) -> list[Amount]:
    """baoshu's figure finder alone: values and units, no measure, period or place."""
    return [(h.value, h.value_max) for h in find_figures(text) if h.unit in MONEY_UNITS]


def load_jionlp() -> Callable[[str], list[Amount]] | str:
    """JioNLP's money extractor as a function, or why it is not available."""
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            import jionlp
    except Exception as exc:  # any import failure is reported, not raised
        return f"jionlp does not import: {exc.__class__.__name__}: {exc}"

    def jionlp_money(text: str) -> list[Amount]:
        found = []
        for item in jionlp.ner.extract_money(text, with_parsing=True):
            num = item["detail"]["num"]
            if isinstance(num, list):
                low, high = float(num[0]), float(num[1])
                # a vague amount (`380多万元`) is given as a range; its printed value is the low end
                found.append((low, high if item["detail"].get("definition") != "blur" else None))
            else:
                found.append((float(num), None))
        return found

    return jionlp_money


def same(a: Amount, b: Amount) -> bool:
    close = math.isclose(a[0], b[0], rel_tol=1e-6)
    if a[1] is None or b[1] is None:
        return close and a[1] is None and b[1] is None
    return close and math.isclose(float(a[1]), float(b[1]), rel_tol=1e-6)


def count_right(found: list[Amount], gold: list[Amount]) -> int:
    left, right = list(gold), 0
    for amount in found:
        match = next((g for g in left if same(amount, g)), None)
        if match is not None:
            left.remove(match)
            right += 1
    return right


def run(extract: Callable[[str], list[Amount]], articles: list[tuple[str, list[Amount]]],
        repeat: int) -> dict[str, float]:
    results = [extract(text) for text, _ in articles]  # warm up (dictionaries load here)
    started = time.perf_counter()
    for _ in range(repeat):
        for text, _ in articles:
            extract(text)
    elapsed = time.perf_counter() - started
    found = sum(len(r) for r in results)
    gold = sum(len(g) for _, g in articles)
    right = sum(count_right(r, g) for r, (_, g) in zip(results, articles))
    chars = sum(len(text) for text, _ in articles)
    return {"gold": gold, "found": found, "right": right,
            "precision": right / found if found else 0.0, "recall": right / gold if gold else 0.0,
            "per_second": found * repeat / elapsed if elapsed else 0.0,
            "chars_per_second": chars * repeat / elapsed if elapsed else 0.0}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=20, help="timed runs over each set (default 20)")
    args = ap.parse_args()
    sets = {"seed pages": seed_articles(), "own pages": own_articles()}
    if not sets["seed pages"]:
        print(f"note: {SHARED / 'gold'} not found: the seed pages are left out (they need ../shared)",
              file=sys.stderr)
        del sets["seed pages"]
    jionlp_money = load_jionlp()
    systems: dict[str, Callable[[str], list[Amount]] | str] = {
        "baoshu": baoshu_money, "baoshu-find": baoshu_find_money, "jionlp": jionlp_money}
    print(f"{'set':<11} {'system':<12} {'gold':>5} {'found':>6} {'right':>6} {'precision':>10} {'recall':>7} "
          f"{'figures/s':>10} {'chars/s':>9}")
    for set_name, articles in sets.items():
        for system, extract in systems.items():
            if isinstance(extract, str):
                print(f"{set_name:<11} {system:<12} {extract}")
                continue
            r = run(extract, articles, args.repeat)
            print(f"{set_name:<11} {system:<12} {r['gold']:>5} {r['found']:>6} {r['right']:>6} "
                  f"{r['precision']:>10.3f} {r['recall']:>7.3f} {r['per_second']:>10.0f} "
                  f"{r['chars_per_second']:>9.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
