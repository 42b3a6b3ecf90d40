"""Parquet shards of page records: written by `baoshu ingest --shards DIR`, read by `baoshu load DIR`.

One row per page: the `pages` columns, its articles and figures as lists of
structs (the records of `baoshu.archive.store`, column for column), and its
articles' entity rows as one JSON column.
A shard is written whole under a temporary name, then renamed, so a folder
never holds half a shard.
"""

from __future__ import annotations

import json
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
# The columns that are not text, table by table.
PAGE_TYPES = {"part": pa.int64(), "width": pa.float64(), "height": pa.float64()}
ARTICLE_TYPES = {"seq": pa.int64(), "line_first": pa.int64(), "line_last": pa.int64()}
FIGURE_TYPES = {"article": pa.int64(), "seq": pa.int64(), "line": pa.int64(), "span_start": pa.int64(),
                "span_end": pa.int64(), "repeat_of": pa.int64(), "value": pa.float64(), "value_max": pa.float64()}


def columns(fields: tuple[str, ...], types: dict[str, pa.DataType]) -> list[tuple[str, pa.DataType]]:
    return [(name, types.get(name, pa.string())) for name in fields]


SCHEMA = pa.schema([
    *columns(PAGE_FIELDS, PAGE_TYPES),
    ("articles", pa.list_(pa.struct(columns(ARTICLE_FIELDS, ARTICLE_TYPES)))),
    ("figures", pa.list_(pa.struct(columns(FIGURE_FIELDS, FIGURE_TYPES)))),
    ("entities", pa.string()),
])


def to_table(records: Iterable[Record]) -> pa.Table:
    rows = [{**r["page"], "articles": r["articles"], "figures": r["figures"],
             "entities": json.dumps(r.get("entities", []), ensure_ascii=False)} for r in records]
    return pa.Table.from_pylist(rows, schema=SCHEMA)


def from_row(row: dict) -> Record:
    return {"page": {name: row[name] for name in PAGE_FIELDS}, "articles": row["articles"],
            "figures": row["figures"], "entities": json.loads(row["entities"] or "[]")}


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
