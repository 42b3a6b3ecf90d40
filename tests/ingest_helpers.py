"""Helpers for the ingest tests: generated page folders, archive dumps, and functions for worker pools."""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import pagegen  # noqa: E402

SKIPPED_COLUMNS = {"ingested_at"}


def generated_pages(folder: Path, count: int, seed: int = 3) -> Path:
    """`count` generated text pages (our own stories) in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text, _gold in pagegen.make_corpus(count, seed):
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def dump(db: Path) -> dict[str, list[tuple]]:
    """Every row of the archive's tables (ids included, the ingest time left out), in id order."""
    out: dict[str, list[tuple]] = {}
    with closing(sqlite3.connect(db)) as conn:
        for table in ("pages", "articles", "figures", "jumps"):
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in SKIPPED_COLUMNS]
            out[table] = conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY 1").fetchall()
    return out


def double(x: int) -> int:
    return 2 * x


def slow_on_three(x: int) -> int:
    """Sleeps far past any test's time limit on 3."""
    if x == 3:
        time.sleep(600)
    return x


def crash_on_two(x: int) -> int:
    """The process dies on 2, as a crash in a native library would end it."""
    if x == 2:
        os._exit(9)
    return x


def fail_on_one(x: int) -> int:
    if x == 1:
        raise ValueError("one is bad")
    return x
