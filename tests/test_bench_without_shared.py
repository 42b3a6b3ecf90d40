"""Bench scripts that need ../shared say so plainly when it is not there."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.mark.parametrize("script, needs", [
    ("score_figures_on_gold.py", "needs ../shared"),
    ("score_pages.py", "scorer not found"),
    ("pdf_bench.py", "provide ../shared/pdf"),
])
def test_a_missing_shared_folder_is_a_clear_message(tmp_path: Path, script: str, needs: str) -> None:
    alone = tmp_path / "repo" / "bench"  # no ../shared beside this copy
    shutil.copytree(BENCH, alone)
    result = subprocess.run([sys.executable, str(alone / script)], capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert needs in result.stderr and "Traceback" not in result.stderr
