"""No sentence of the two seed pages is written into the package, the tests, the bench or the docs.

The seeds are two examples among hundreds; rules tuned on their sentences fit
only them. Any run of 8 characters of their text (white space left out) found
in a file here fails this test, unless the run is part of the official name of
an administrative division (新疆维吾尔自治区 is a place, not a sentence).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from baoshu.roles import JUMP

from conftest import ROOT, SHARED

RUN = 8
CHECKED = ("baoshu", "tests", "bench", "docs", "README.md")
SUFFIXES = {".py", ".txt", ".json", ".toml", ".md", ".html", ".js", ".css", ".tsv", ".csv"}
WHITE = re.compile(r"\s+")


def seed_runs() -> set[str]:
    """Every 8-character run of the seed pages and of their gold articles."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "seeds").glob("*.txt"))]
    for gold in sorted((SHARED / "gold").glob("*.json")):
        for article in json.loads(gold.read_text(encoding="utf-8"))["articles"]:
            texts.extend(str(v) for v in article.values() if isinstance(v, str))
            texts.extend(article.get("body", []) + article.get("captions", []))
    runs: set[str] = set()
    for text in texts:
        flat = JUMP.sub("", WHITE.sub("", text))
        runs.update(flat[i:i + RUN] for i in range(len(flat) - RUN + 1))
    names = [name for name in gazetteer_names() if len(name) >= RUN]
    return {r for r in runs if not any(r in name for name in names)}


def gazetteer_names() -> list[str]:
    """Every name the gazetteer shipped with the package knows."""
    from baoshu.places.gazetteer import gazetteer

    found = gazetteer()
    return [*found.names, *(unit.name for unit in found.units.values())]


def checked_files() -> list[Path]:
    files: list[Path] = []
    for name in CHECKED:
        path = ROOT / name
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files.extend(p for p in sorted(path.rglob("*")) if p.is_file() and p.suffix in SUFFIXES)
    return [f for f in files if "__pycache__" not in f.parts]


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="../shared/seeds is not beside the repository")
def test_no_run_of_seed_text_in_the_repository() -> None:
    runs = seed_runs()
    assert len(runs) > 10_000  # the seeds were read
    found: dict[str, list[str]] = {}
    for path in checked_files():
        flat = JUMP.sub("", WHITE.sub("", path.read_text(encoding="utf-8", errors="ignore")))
        hits = sorted({flat[i:i + RUN] for i in range(len(flat) - RUN + 1)} & runs)
        if hits:
            found[str(path.relative_to(ROOT))] = hits[:5]
    assert not found, f"seed text in: {found}"

