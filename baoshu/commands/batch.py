"""Run the pipeline over many page files: a page that fails is reported and the rest go on."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import click

from baoshu.config import Config
from baoshu.errors import PageError
from baoshu.model import Page, PageMeta
from baoshu.pipeline import rebuild_file


class Batch:
    """Iterate over (path, pages) for the files given, each page run up to `until`.

    Each page that fails (the whole file, or one page of a PDF, in whatever
    stage) is printed on stderr as `error: FILE: problem`; `finish()` then says
    how many failed and exits 1 if any did.
    """

    def __init__(self, paths: tuple[Path, ...], config: Config, until: str | None = None,
                 flags: PageMeta | None = None):
        self.paths = paths
        self.config = config
        self.until = until
        self.flags = flags
        self.failed = 0

    def __iter__(self) -> Iterator[tuple[Path, list[Page]]]:
        for path in self.paths:
            try:
                result = rebuild_file(path, self.flags, self.config, self.until)
            except PageError as exc:
                self.report(exc)
                continue
            for error in result.errors:
                self.report(error)
            yield path, result.pages

    def report(self, error: PageError) -> None:
        click.echo(f"error: {error}", err=True)
        self.failed += 1

    def finish(self) -> None:
        if self.failed:
            click.echo(f"{self.failed} page(s) of {len(self.paths)} file(s) failed", err=True)
            sys.exit(1)
