"""Rebuild page files on Dask distributed: a running scheduler, or a local cluster.

A task rebuilds a few files in a row (`rebuild_files`, run on a worker; a
task per file would cost Dask's scheduling more than a page takes), and
their records come back to the one writer. At most a few tasks per worker
are out at once, and results are taken in input order, so the archive is the
one a serial run builds. A worker that dies costs only its file: Dask runs
the tasks it held again elsewhere; a task that keeps killing workers (after
`ALLOWED_FAILURES` retries) is split into one task per file, and only the
file that still kills them fails, with that reason.
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
FILES_PER_TASK = 8
WINDOW_PER_WORKER = 4  # tasks out at once, per worker
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


def rebuild_files(paths: list[Path], flags: PageMeta) -> list[Rebuilt]:
    """What one task does: `rebuild_file` over a few files."""
    return [rebuild_file(path, flags) for path in paths]


def outcomes(client: Any, future: Any, paths: list[Path], flags: PageMeta) -> Iterator[Rebuilt]:
    """A finished task's files, or each file's failure; a task that killed its
    workers is run again one file per task, so only the culprit fails."""
    _, distributed = dask_modules()
    try:
        results = future.result()
    except distributed.KilledWorker:
        if len(paths) == 1:
            results = [Rebuilt(str(paths[0]), error="its Dask worker died each time it was rebuilt"
                                                   " (a crash while reading it?)")]
        else:
            singles = [(client.submit(rebuild_files, [path], flags, pure=False), [path]) for path in paths]
            results = [r for single, alone in singles for r in outcomes(client, single, alone, flags)]
    except Exception as exc:  # the task's own error, as Dask reports it
        results = [Rebuilt(str(path), error=f"failed on Dask: {type(exc).__name__}: {exc}") for path in paths]
    finally:
        future.release()
    yield from results


def rebuilt_on_dask(files: list[Path], flags: PageMeta, scheduler: str | None = None,
                    workers: int | None = None) -> Iterator[Rebuilt]:
    """Rebuild files in Dask tasks of a few files each; their results in input order."""
    with dask_client(scheduler, workers) as client:
        window = max(1, len(client.scheduler_info().get("workers", {}))) * WINDOW_PER_WORKER
        out: deque[tuple[Any, list[Path]]] = deque()
        for start in range(0, len(files), FILES_PER_TASK):
            if len(out) >= window:
                yield from outcomes(client, *out.popleft(), flags)
            group = files[start:start + FILES_PER_TASK]
            out.append((client.submit(rebuild_files, group, flags, pure=False), group))
        while out:
            yield from outcomes(client, *out.popleft(), flags)
