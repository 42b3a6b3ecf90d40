"""Ingest's worker pool: in order, bounded, a time limit per item, a crash costs one item, no orphans."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from ingest_helpers import crash_on_two, double, fail_on_one, generated_pages, slow_on_three

from baoshu.archive.pool import Pool

SETTLE = 20.0  # seconds to wait for processes to appear or vanish, at most


def test_outcomes_come_in_input_order() -> None:
    outcomes = list(Pool(double, 2).map(range(30)))
    assert [o.item for o in outcomes] == list(range(30))
    assert [o.result for o in outcomes] == [2 * i for i in range(30)]


def test_an_item_over_the_time_limit_fails_and_the_rest_go_on() -> None:
    outcomes = list(Pool(slow_on_three, 2, timeout=3.0).map(range(8)))
    assert [o.result for o in outcomes if not o.error] == [0, 1, 2, 4, 5, 6, 7]
    assert "time limit" in outcomes[3].error


def test_an_item_that_kills_its_worker_fails_alone() -> None:
    outcomes = list(Pool(crash_on_two, 1).map(range(6)))
    assert [o.item for o in outcomes if o.error] == [2]
    assert "died" in outcomes[2].error
    assert [o.result for o in outcomes if not o.error] == [0, 1, 3, 4, 5]


def test_an_exception_fails_its_item_only() -> None:
    outcomes = list(Pool(fail_on_one, 2).map(range(4)))
    assert outcomes[1].error == "ValueError: one is bad"
    assert [o.result for o in outcomes if not o.error] == [0, 2, 3]


def descendants(pid: int) -> set[int]:
    """Every process below `pid` (Linux /proc)."""
    found: set[int] = set()
    todo = [pid]
    while todo:
        parent = todo.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            try:
                children = (task / "children").read_text().split()
            except OSError:
                continue
            for child in map(int, children):
                if child not in found:
                    found.add(child)
                    todo.append(child)
    return found


def living(pids: set[int]) -> set[int]:
    alive = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            alive.add(pid)
    return alive


def test_workers_end_when_the_ingest_is_killed(tmp_path: Path) -> None:
    pages = generated_pages(tmp_path / "pages", 200)
    ingest = subprocess.Popen([sys.executable, "-m", "baoshu", "ingest", str(pages), "--db", str(tmp_path / "a.db"),
                               "-j", "2", "-q"], stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + SETTLE
    workers: set[int] = set()
    while len(workers) < 3 and time.monotonic() < deadline:  # the fork server and two workers
        workers = living(descendants(ingest.pid))
        time.sleep(0.1)
    assert len(workers) >= 3 and ingest.poll() is None
    os.kill(ingest.pid, signal.SIGKILL)
    ingest.wait()
    deadline = time.monotonic() + SETTLE
    while living(workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not living(workers)
