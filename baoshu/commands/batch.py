"""Run one step over many page files: a file that fails is reported and the rest go on."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Generic, TypeVar

import click

from baoshu.errors import PageError

T = TypeVar("T")


class Batch(Generic[T]):
    """Iterate over (path, result) for the files `step` could handle.

    Each PageError is printed on stderr as `error: FILE: problem`; `finish()`
    then says how many files failed and exits 1 if any did.
    """

    def __init__(self, paths: tuple[Path, ...], step: Callable[[Path], T]):
        self.paths = paths
        self.step = step
        self.failed = 0

    def __iter__(self) -> Iterator[tuple[Path, T]]:
        for path in self.paths:
            try:
                result = self.step(path)
            except PageError as exc:
                click.echo(f"error: {exc}", err=True)
                self.failed += 1
                continue
            yield path, result

    def finish(self) -> None:
        if self.failed:
            click.echo(f"{self.failed} of {len(self.paths)} page files failed", err=True)
            sys.exit(1)
