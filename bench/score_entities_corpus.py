"""Score the entities stage on the development corpus's hand-made entity gold, split by story.

usage: .venv/bin/python bench/score_entities_corpus.py [--split train|dev|test|all] [--show KIND] [--json]

Each story of bench/corpus (news/, features/ and the top folder) that carries an `[entities]`
table (or, for a column of briefs, one per item) becomes articles built straight from its
fields (kicker, title, subtitle, byline, dateline, standfirst, body paragraphs, captions,
credit; figure marks taken out); the `figures` and `entities` stages run on them as one page.
A story's split is a stable function of its name (as the corpus builder draws it: SHA-256 of the
name without `_partN`, 60/20/20 into train, dev, test). Nothing is tuned on test.

Scores follow ../shared/bench/score_entities.py exactly (entity_scoring.py): per page, as sets,
micro-averaged; persons by exact name, places, organisations and aid pairs when either name
contains the other; posts as the share of a found person's gold posts found with it. --show
prints, per page, the misses (-) and the false finds (+) of one kind (persons, places, orgs,
aid, posts, reporters).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from entity_scoring import page_sets, score, show_page  # noqa: E402
from pages.stories import SPLITS, split_of  # noqa: E402 - the corpus's own split of stories

from baoshu.config import DEFAULT  # noqa: E402
from baoshu.model import Article, Line, Page, PageMeta, SourcePage  # noqa: E402
from baoshu.stages import REGISTRY  # noqa: E402
import baoshu.pipeline  # noqa: E402,F401 - registers the stages

CORPUS = ROOT / "bench" / "corpus"
MARK = re.compile(r"\{([^{}|]+)\|[^{}]*\}")
TEXT_KEYS = ("kicker", "title", "subtitle", "byline", "dateline", "standfirst", "credit")


def clean(text: str) -> str:
    """Printed text: figure marks `{text|measure}` replaced by their text."""
    return MARK.sub(lambda m: m.group(1), text)


def paragraphs(body: str) -> list[str]:
    out = []
    for line in body.strip().splitlines():
        line = line.strip()
        if line:
            out.append(clean(line[3:] if line.startswith("## ") else line))
    return out


@dataclass
class Story:
    """One corpus file as a page: its articles and the entity gold of each."""

    name: str
    split: str
    articles: list[Article]
    gold: list[dict[str, Any]]


def article_of(fields: dict[str, Any]) -> Article:
    article = Article(kind="photo" if fields.get("kind") == "photo" else "article",
                      body=paragraphs(fields.get("body", "")),
                      captions=[clean(c) for c in fields.get("captions", [])])
    for key in TEXT_KEYS:
        setattr(article, key, clean(str(fields.get(key, ""))))
    return article


def load(path: Path) -> Story | None:
    """A story with entity gold, or None."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise SystemExit(f"{path}: {exc}") from exc
    articles, gold = [], []
    if "entities" in data:
        articles.append(article_of(data))
        gold.append(data["entities"])
    for item in data.get("items", []):
        if "entities" in item:
            articles.append(article_of(item))
            gold.append(item["entities"])
    if not articles:
        return None
    return Story(path.stem, split_of(path.stem), articles, gold)


def stories() -> list[Story]:
    found = [s for p in sorted(CORPUS.rglob("*.toml")) if (s := load(p))]
    names = [s.name for s in found]
    if len(names) != len(set(names)):
        raise SystemExit("two corpus files share a name")
    return found


def predict(story: Story) -> list[dict[str, Any]]:
    """The stages `figures` and `entities` over the story's articles, as `baoshu extract --json` writes them."""
    text = "\n".join(a.text() for a in story.articles)
    source = SourcePage(name=story.name, lines=[Line(t, n) for n, t in enumerate(text.split("\n"), 1)], text=text)
    page = Page(source=source, meta=PageMeta(), articles=story.articles)
    for name in ("figures", "entities"):
        page = REGISTRY[name].run(page, DEFAULT)
    return page.to_json()["articles"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=(*SPLITS, "all"), default="dev")
    ap.add_argument("--show", choices=("persons", "places", "orgs", "aid", "posts", "reporters"))
    ap.add_argument("--json", action="store_true", help="one JSON line per split, nothing else")
    args = ap.parse_args()
    chosen = SPLITS if args.split == "all" else (args.split,)
    for split in chosen:
        pairs = []
        for story in stories():
            if story.split != split:
                continue
            gold, pred = page_sets(story.gold), page_sets(predict(story))
            pairs.append((gold, pred))
            if args.show:
                show_page(story.name, gold, pred, args.show)
        result = {"split": split, "pages": len(pairs), **score(pairs)}
        print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
