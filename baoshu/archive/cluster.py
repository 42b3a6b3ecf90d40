"""Rebuild page files on Dask distributed: a running scheduler, or a local cluster.

Each file is one task (`rebuild_file`, run on a worker); its records come
back to the one writer. At most a few tasks per worker are out at once, and
results are taken in input order, so the archive is the one a serial run
builds. A worker that dies costs only its file: Dask runs the other tasks it
held again elsewhere, and a file whose tasks keep killing workers fails
after `ALLOWED_FAILURES` retries with that reason.
"""

from __future__ import annotations

import logging
import multiprocessing
import warnings
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from baoshu.archive.ingest import rebuild_file
from baoshu.archive.reports import Rebuilt
from baoshu.errors import BadArgument
from baoshu.model import PageMeta

MISSING = ("Dask is not installed: `pip install 'baoshu[dask]'` brings dask and distributed"
           " (needed by --scheduler and --workers)")
WINDOW_PER_WORKER = 8  # tasks out at once, per worker
ALLOWED_FAILURES = 2  # a file whose task killed this many workers, plus one, fails (local cluster)
CONNECT_SECONDS = 10  # to reach a scheduler
PORT_TAKEN = ".*already in use"  # the scheduler's web port is taken (another cluster): it takes another


def dask_modules() -> tuple[Any, Any]:
    """`dask` and `distributed`, or a clear message when they are not installed."""
    try:
        import dask
        import distributed
    except ImportError as exc:
        raise BadArgument(MISSING) from exc
    return dask, distributed


@contextmanager
def dask_client(scheduler: str | None = None, workers: int | None = None) -> Iterator[Any]:
    """A client of the scheduler at `scheduler`, or of a local cluster of `workers` processes on loopback."""
    dask, distributed = dask_modules()
    if scheduler:
        try:
            client = distributed.Client(scheduler, timeout=CONNECT_SECONDS)
        except (OSError, TimeoutError, ValueError) as exc:
            raise BadArgument(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
        with client:
            yield client
        return
    settings: dict[str, Any] = {"distributed.scheduler.allowed-failures": ALLOWED_FAILURES}
    if "forkserver" in multiprocessing.get_all_start_methods():  # workers start in a second, not four
        settings["distributed.worker.multiprocessing-method"] = "forkserver"
    with dask.config.set(settings), warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=PORT_TAKEN)
        with distributed.LocalCluster(n_workers=workers or 1, threads_per_worker=1, processes=True,
                                      host="127.0.0.1", dashboard_address=None,
                                      silence_logs=logging.ERROR) as cluster, distributed.Client(cluster) as client:
            yield client


def outcome(future: Any, path: Path) -> Rebuilt:
    """A finished task's result, or its file's failure."""
    _, distributed = dask_modules()
    try:
        return future.result()
    except distributed.KilledWorker:
        return Rebuilt(str(path), error="its Dask worker died each time it was rebuilt (a crash while reading it?)")
    except Exception as exc:  # the task's own error, as Dask reports it
        return Rebuilt(str(path), error=f"failed on Dask: {type(exc).__name__}: {exc}")
    finally:
        future.release()


def rebuilt_on_dask(files: list[Path], flags: PageMeta, scheduler: str | None = None,
                    workers: int | None = None) -> Iterator[Rebuilt]:
    """Rebuild files as Dask tasks; their results in input order."""
    with dask_client(scheduler, workers) as client:
        window = max(1, len(client.scheduler_info().get("workers", {}))) * WINDOW_PER_WORKER
        out: deque[tuple[Any, Path]] = deque()
        for path in files:
            if len(out) >= window:
                yield outcome(*out.popleft())
            out.append((client.submit(rebuild_file, path, flags, pure=False), path))
        while out:
            yield outcome(*out.popleft())
