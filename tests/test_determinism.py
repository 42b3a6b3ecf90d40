"""The same page comes out the same in every process.

Python salts the hash of strings per process, so anything that sums or sorts
in the order of a set can give another answer on the next run. A pdftotext
dump with many interleaved stories (made by bench/corpus_build.py from the
project's own stories) puts close scores side by side, where that shows.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PAGE = Path(__file__).parent / "fixtures" / "interleaved" / "page.txt"


def extracted(seed: str, out: Path) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    subprocess.run([sys.executable, "-m", "baoshu", "extract", str(PAGE), "--json", "--out", str(out)],
                   check=True, env=env, capture_output=True, timeout=300)
    return (out / "page.json").read_bytes()


def test_a_page_extracted_under_two_hash_seeds_is_the_same(tmp_path: Path) -> None:
    assert extracted("0", tmp_path / "a") == extracted("3", tmp_path / "b")
