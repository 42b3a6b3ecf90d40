"""The archive: rebuilt pages kept in an SQLite file, searched and summed."""

from baoshu.archive.api import Archive, NotFound
from baoshu.archive.ingest import IngestReport
from baoshu.archive.schema import SchemaError

__all__ = ["Archive", "IngestReport", "NotFound", "SchemaError"]
