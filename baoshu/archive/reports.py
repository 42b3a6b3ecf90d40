"""What ingest passes along: a rebuilt file's records (or its problem), and the batch's report."""

from __future__ import annotations

from dataclasses import dataclass, field

from baoshu.archive.store import Record


@dataclass
class Rebuilt:
    """What a worker sends back for one page file: the records of its pages, or why it failed."""

    path: str
    records: list[Record] = field(default_factory=list)
    error: str = ""


@dataclass
class IngestReport:
    """The outcome of a batch: counts, and each failed file with its problem."""

    files: int = 0
    pages: int = 0
    articles: int = 0
    figures: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failures

    def stored(self, rebuilt: Rebuilt) -> None:
        """Count a file whose pages are now stored."""
        self.pages += len(rebuilt.records)
        self.articles += sum(len(r["articles"]) for r in rebuilt.records)
        self.figures += sum(len(r["figures"]) for r in rebuilt.records)

    def failed(self, path: str, problem: str) -> None:
        self.failures.append((path, problem))
