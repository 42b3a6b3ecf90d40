"""Parquet shards of page records: written by `baoshu ingest --shards DIR`, read by `baoshu load DIR`.

One row per page: the `pages` columns, and its articles and figures as
lists of structs (the records of `baoshu.archive.store`, column for column).
A shard is written whole under a temporary name, then renamed, so a folder
never holds half a shard.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from itertools import groupby
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from baoshu.archive.batches import BATCH_PAGES, BATCH_SECONDS, Batcher
from baoshu.archive.reports import IngestReport, Rebuilt
from baoshu.archive.store import ARTICLE_FIELDS, FIGURE_FIELDS, PAGE_FIELDS, Record
from baoshu.errors import BadArgument

SUFFIX = ".parquet"
INTEGERS = {"part", "seq", "line_first", "line_last", "article", "line", "span_start", "span_end"}
FLOATS = {"value", "value_max"}


def column_type(name: str) -> pa.DataType:
    return pa.int64() if name in INTEGERS else pa.float64() if name in FLOATS else pa.string()


def struct(fields: tuple[str, ...]) -> pa.StructType:
    return pa.struct([(name, column_type(name)) for name in fields])


SCHEMA = pa.schema([
    *[(name, column_type(name)) for name in PAGE_FIELDS],
    ("articles", pa.list_(struct(ARTICLE_FIELDS))),
    ("figures", pa.list_(struct(FIGURE_FIELDS))),
])


def to_table(records: Iterable[Record]) -> pa.Table:
    rows = [{**r["page"], "articles": r["articles"], "figures": r["figures"]} for r in records]
    return pa.Table.from_pylist(rows, schema=SCHEMA)


def from_row(row: dict) -> Record:
    return {"page": {name: row[name] for name in PAGE_FIELDS}, "articles": row["articles"],
            "figures": row["figures"]}


class ShardWriter(Batcher):
    """Batches of rebuilt files, each written as one Parquet shard in `folder`."""

    def __init__(self, folder: Path, report: IngestReport, pages: int = BATCH_PAGES,
                 seconds: float = BATCH_SECONDS):
        super().__init__(report, pages, seconds)
        self.folder = folder
        self.stem = f"{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}"
        self.written = 0
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BadArgument(f"{folder}: cannot make the shard folder ({exc.strerror or exc})") from exc

    def write(self, files: list[Rebuilt]) -> None:
        path = self.folder / f"{self.stem}-{self.written:05d}{SUFFIX}"
        partial = path.with_suffix(".partial")
        try:
            pq.write_table(to_table(r for f in files for r in f.records), partial)
            partial.replace(path)
        except OSError as exc:
            for rebuilt in files:
                self.report.failed(rebuilt.path, f"could not be written to {path}: {exc.strerror or exc}")
            return
        self.written += 1
        for rebuilt in files:
            self.report.stored(rebuilt)


def shard_files(folder: Path) -> list[Path]:
    """The shards in a folder, in the order they were written."""
    if not folder.is_dir():
        raise BadArgument(f"{folder}: no such folder of shards")
    shards = sorted(folder.glob(f"*{SUFFIX}"))
    if not shards:
        raise BadArgument(f"{folder}: no Parquet shards ({SUFFIX}) here; write some with `baoshu ingest --shards`")
    return shards


def read_shards(shards: Iterable[Path]) -> Iterator[Rebuilt]:
    """Each file's records, shard after shard, one row group at a time."""
    for shard in shards:
        try:
            handle = pq.ParquetFile(shard)
        except (OSError, pa.ArrowException) as exc:
            raise BadArgument(f"{shard}: not a readable Parquet shard ({exc})") from exc
        if not SCHEMA.equals(handle.schema_arrow, check_metadata=False):
            raise BadArgument(f"{shard}: not a baoshu shard (other columns)")
        for group in range(handle.num_row_groups):
            rows = handle.read_row_group(group).to_pylist()
            for (path, _), pages in groupby(rows, key=lambda r: (r["path"], r["sha256"])):
                yield Rebuilt(path, [from_row(r) for r in pages])
