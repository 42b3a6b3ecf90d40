"""Shared paths for the tests: our own pages, and the shared development set when present."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("BAOSHU_SHARED") or ROOT.parent / "shared")  # the shared development set
PAGES = ROOT / "tests" / "pages"


def load_scorer():
    """The project's scorer (../shared/bench/score.py), or skip when it is not beside the repo."""
    path = SHARED / "bench" / "score.py"
    if not path.exists():
        pytest.skip("../shared is not beside the repository")
    sys.path.insert(0, str(path.parent))
    import score

    return score
