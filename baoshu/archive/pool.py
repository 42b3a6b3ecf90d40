"""Worker processes that map a function over items: bounded, in order, time-limited, tied to their parent.

- At most `window` items are out at once (sent, or done and waiting their
  turn), so memory stays flat however many items there are.
- Outcomes come back in the order of the items, so a parallel run stores
  exactly what a serial one would, in the same order.
- An item that runs past the time limit has its worker killed; the item
  fails with that reason and a fresh worker takes the next one.
- An item whose worker dies (a crash in a native library, say) fails alone;
  the items queued behind it go to a fresh worker.
- Workers end when their parent does, even after `kill -9`: the kernel's
  parent-death signal on Linux, and a watchdog thread everywhere.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

DEPTH = 2  # items queued at one worker, so it never waits for the parent between items
WINDOW_PER_WORKER = 8  # items out at once (queued, running or done out of turn), per worker
WATCH_INTERVAL = 0.5  # seconds between a worker's checks that its parent lives
PR_SET_PDEATHSIG = 1  # linux/prctl.h
ORPHANED_EXIT = 3  # a worker's exit status when its parent is gone
READY = ("ready",)  # a worker's first message: its first item's time starts now
PRELOAD = ["baoshu.archive.warm"]  # imported once by the fork server, before any worker forks


@dataclass
class Outcome(Generic[T, R]):
    """One item's result, or why it has none."""

    item: T
    result: R | None = None
    error: str = ""


def die_with_parent(parent: int, main: int) -> None:
    """End this process when its parent (`parent`) or the pool's owner (`main`) ends."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):  # no libc prctl: the watchdog alone
            pass
    threading.Thread(target=watch, args=(parent, main), daemon=True, name="parent-watch").start()


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def watch(parent: int, main: int) -> None:
    while True:
        if os.getppid() != parent or not alive(main):
            os._exit(ORPHANED_EXIT)
        time.sleep(WATCH_INTERVAL)


def serve(conn: Connection, fn: Callable[[Any], Any], main: int) -> None:
    """A worker's loop: take an item, send back `(True, result)` or `(False, problem)`.

    `main` is the pool's owner; the worker's parent may be a fork server between them.
    """
    die_with_parent(os.getppid(), main)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    try:
        conn.send(READY)
    except OSError:
        return
    while True:
        try:
            item = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply: tuple[bool, Any] = (True, fn(item))
        except Exception as exc:  # a bug in `fn` fails its item, not the pool
            reply = (False, f"{type(exc).__name__}: {exc}")
        try:
            conn.send(reply)
        except OSError:  # the parent is gone
            return


Context = multiprocessing.context.ForkServerContext | multiprocessing.context.SpawnContext


def context() -> Context:
    """Fork server where there is one (workers start fast, from a clean process), else spawn."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        return ctx
    return multiprocessing.get_context("spawn")


class Worker:
    """One worker process, its pipe, and the items queued at it (the first is running)."""

    def __init__(self, ctx: Context, fn: Callable[[Any], Any]):
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=serve, args=(child, fn, os.getpid()), daemon=True)
        self.process.start()
        child.close()
        self.queue: deque[tuple[int, Any]] = deque()
        self.since = time.monotonic()  # when the first queued item started

    def send(self, entry: tuple[int, Any]) -> None:
        if not self.queue:
            self.since = time.monotonic()
        self.queue.append(entry)
        try:
            self.conn.send(entry[1])
        except OSError:  # the worker is dead: `Pool.collect` finds out and fails or requeues its items
            pass

    def stop(self) -> None:
        self.conn.close()
        if self.process.is_alive():
            self.process.kill()
        self.process.join()


class Pool(Generic[T, R]):
    """`jobs` worker processes running `fn` over items, at most `timeout` seconds each."""

    def __init__(self, fn: Callable[[T], R], jobs: int, timeout: float | None = None):
        self.fn = fn
        self.jobs = max(1, jobs)
        self.timeout = timeout
        self.window = self.jobs * WINDOW_PER_WORKER

    def map(self, items: Iterable[T]) -> Iterator[Outcome[T, R]]:
        """Each item's outcome, in the items' order."""
        ctx = context()
        source = enumerate(items)
        retry: deque[tuple[int, Any]] = deque()  # items queued behind one that killed its worker
        done: dict[int, Outcome[T, R]] = {}
        taken = emitted = 0
        workers = [Worker(ctx, self.fn) for _ in range(self.jobs)]
        exhausted = False
        try:
            while True:
                for worker in workers:
                    while len(worker.queue) < DEPTH:
                        if retry:
                            worker.send(retry.popleft())
                        elif not exhausted and taken - emitted < self.window:
                            entry = next(source, None)
                            if entry is None:
                                exhausted = True
                                break
                            taken += 1
                            worker.send(entry)
                        else:
                            break
                while emitted in done:
                    yield done.pop(emitted)
                    emitted += 1
                busy = [w for w in workers if w.queue]
                if not busy:
                    if exhausted and not retry:
                        return
                    continue
                self.wait(busy)
                for k, worker in enumerate(workers):
                    if worker.queue:
                        replacement = self.collect(worker, done, retry, ctx)
                        if replacement is not None:
                            workers[k] = replacement
        finally:
            for worker in workers:
                worker.stop()

    def wait(self, busy: list[Worker]) -> None:
        """Until a busy worker replies or dies, or the earliest time limit passes."""
        limit = None
        if self.timeout is not None:
            limit = max(0.0, min(w.since for w in busy) + self.timeout - time.monotonic())
        wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout=limit)

    def collect(self, worker: Worker, done: dict[int, Outcome[T, R]], retry: deque[tuple[int, Any]],
                ctx: Context) -> Worker | None:
        """Take a worker's replies; return its replacement when it died or ran out of time."""
        try:
            while worker.queue and worker.conn.poll():
                message = worker.conn.recv()
                worker.since = time.monotonic()
                if message == READY:
                    continue
                ok, payload = message
                index, item = worker.queue.popleft()
                done[index] = Outcome(item, payload) if ok else Outcome(item, error=payload)
        except (EOFError, OSError):
            pass
        if not worker.queue:
            return None
        if not worker.process.is_alive():
            problem = "the process rebuilding it died (a crash while reading it?)"
        elif self.timeout is not None and time.monotonic() - worker.since > self.timeout:
            problem = f"stopped after {self.timeout:g} s (the per-file time limit)"
        else:
            return None
        index, item = worker.queue.popleft()
        done[index] = Outcome(item, error=problem)
        retry.extendleft(reversed(worker.queue))
        worker.queue.clear()
        worker.stop()
        return Worker(ctx, self.fn)
