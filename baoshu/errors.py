"""The errors baoshu raises on purpose: one family, worded for people at the edges.

The library raises these; the CLI turns them into `error: …` messages and exit
codes, the web into status codes and the JSON error envelope. Any other
exception is a bug: the CLI and the web report it as such (a 500 with a logged
traceback), never as bad input.
"""

from __future__ import annotations


class BaoshuError(Exception):
    """Something baoshu was asked to do cannot be done; the message says what and why."""


class PageError(BaoshuError):
    """A page could not be read or rebuilt. The message names the file and the problem.

    `stage` is the pipeline stage that failed ("" when the file could not be read at all).
    """

    def __init__(self, path: str, problem: str, stage: str = ""):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
        self.stage = stage


class NotFound(BaoshuError, LookupError):
    """No page, article or other record with that id."""


class SchemaError(BaoshuError):
    """A file cannot be used as a baoshu archive (not SQLite, not baoshu's, too new, no access)."""


class BadArgument(BaoshuError):
    """An argument is out of range or of the wrong form (a sort key, a date, a limit)."""
