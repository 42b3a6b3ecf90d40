"""The archive: rebuilt pages kept in an SQLite file, searched and summed."""

from baoshu.archive.api import Archive
from baoshu.archive.ingest import IngestReport
from baoshu.errors import NotFound, SchemaError

__all__ = ["Archive", "IngestReport", "NotFound", "SchemaError"]
