"""The archive's tables, full-text indexes and connection settings (see docs/SCHEMA.md)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from baoshu.errors import SchemaError

SCHEMA_VERSION = 2  # 2: articles_pairs
FILL_CHUNK = 1000  # articles indexed per statement when an upgrade fills a new index

TABLES = """
CREATE TABLE IF NOT EXISTS pages (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL,
    part INTEGER NOT NULL DEFAULT 1,
    source TEXT NOT NULL,
    path TEXT NOT NULL,
    kind TEXT NOT NULL,
    encoding TEXT NOT NULL,
    publication TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    page TEXT NOT NULL DEFAULT '',
    furniture TEXT NOT NULL DEFAULT '[]',
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    UNIQUE (sha256, part)
);
CREATE INDEX IF NOT EXISTS pages_issue ON pages (publication, date, page);
CREATE INDEX IF NOT EXISTS pages_date ON pages (date);

CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    page_id INTEGER NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    kicker TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    subtitle TEXT NOT NULL DEFAULT '',
    headline TEXT NOT NULL DEFAULT '',
    byline TEXT NOT NULL DEFAULT '',
    dateline TEXT NOT NULL DEFAULT '',
    standfirst TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    captions TEXT NOT NULL DEFAULT '',
    credit TEXT NOT NULL DEFAULT '',
    continued_on TEXT NOT NULL DEFAULT '',
    continued_from TEXT NOT NULL DEFAULT '',
    line_first INTEGER,
    line_last INTEGER,
    source_lines TEXT NOT NULL DEFAULT '[]',
    UNIQUE (page_id, seq)
);

CREATE TABLE IF NOT EXISTS figures (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    page_id INTEGER NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    text TEXT NOT NULL,
    value REAL NOT NULL,
    value_max REAL,
    unit TEXT NOT NULL DEFAULT '',
    qualifier TEXT NOT NULL DEFAULT '',
    measure TEXT NOT NULL DEFAULT '',
    period TEXT NOT NULL DEFAULT '',
    period_start TEXT NOT NULL DEFAULT '',
    period_end TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    line INTEGER,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS figures_article ON figures (article_id);
CREATE INDEX IF NOT EXISTS figures_page ON figures (page_id);
CREATE INDEX IF NOT EXISTS figures_unit ON figures (unit);

CREATE TABLE IF NOT EXISTS jumps (
    from_article INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    to_article INTEGER NOT NULL UNIQUE REFERENCES articles (id) ON DELETE CASCADE
);

-- Datasette / sqlite-utils style full-text index over the articles table.
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING FTS5 (
    [headline], [body], [captions], tokenize='trigram', content=[articles]
);
CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, headline, body, captions)
  VALUES (new.rowid, new.headline, new.body, new.captions);
END;
CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, headline, body, captions)
  VALUES ('delete', old.rowid, old.headline, old.body, old.captions);
END;
CREATE TRIGGER IF NOT EXISTS articles_au AFTER UPDATE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, headline, body, captions)
  VALUES ('delete', old.rowid, old.headline, old.body, old.captions);
  INSERT INTO articles_fts (rowid, headline, body, captions)
  VALUES (new.rowid, new.headline, new.body, new.captions);
END;

-- baoshu's own search index: normalized text, one token per character.
CREATE VIRTUAL TABLE IF NOT EXISTS articles_chars USING FTS5 (
    headline, body, captions, content='', tokenize='unicode61 remove_diacritics 0'
);

-- and one token per two neighbouring characters, for queries of two characters or more.
CREATE VIRTUAL TABLE IF NOT EXISTS articles_pairs USING FTS5 (
    headline, body, captions, content='', tokenize='unicode61 remove_diacritics 0'
);
"""


def connect(path: str | Path, write: bool = False) -> sqlite3.Connection:
    """Open an archive file.

    For writing (`write=True`) the file is created when missing and its schema
    put in place or brought up to date. For reading it must already be a baoshu
    archive of this schema version; it is opened read-only and never changed.
    Rows come back as `sqlite3.Row`; foreign keys are enforced; the journal is
    WAL so readers (the web reader, Datasette) never block the writer.

    Raises:
        SchemaError: the file is missing (for reading), is not an SQLite file or
            not a baoshu archive, cannot be opened, or has another schema version.
    """
    if not write and not Path(path).is_file():
        raise SchemaError(f"{path}: no archive here; build one with `baoshu ingest PAGES --db {path}`")
    try:
        if write:
            conn = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
        else:
            uri = f"{Path(path).resolve().as_uri()}?mode=ro"
            conn = sqlite3.connect(uri, uri=True, timeout=30, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error as exc:
        raise SchemaError(f"{path}: not a baoshu archive (cannot be opened as SQLite: {exc})") from exc
    problem = schema_problem(version, tables)
    if problem and (not write or version > SCHEMA_VERSION or (tables and not version)):
        conn.close()
        raise SchemaError(f"{path}: {problem}")
    conn.execute("PRAGMA foreign_keys = ON")
    if write:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
    if write and version < SCHEMA_VERSION:
        upgrade(conn)
    return conn


def upgrade(conn: sqlite3.Connection) -> None:
    """Put the tables in place, and fill an index that an older archive lacks.

    The version is read again under the write lock, so of several writers
    opening an old archive at once, one upgrades it and the others wait.
    """
    from baoshu.archive.chars import pair_values
    from baoshu.archive.store import immediate

    conn.executescript(TABLES)
    with immediate(conn):
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version >= SCHEMA_VERSION:
            return
        if version == 1:
            last = 0
            while rows := conn.execute("SELECT id, headline, body, captions FROM articles WHERE id > ? ORDER BY id"
                                       " LIMIT ?", (last, FILL_CHUNK)).fetchall():
                conn.executemany("INSERT INTO articles_pairs (rowid, headline, body, captions) VALUES (?, ?, ?, ?)",
                                 [(r["id"], *pair_values(dict(r))) for r in rows])
                last = rows[-1]["id"]
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def schema_problem(version: int, tables: set[str]) -> str:
    """Why a file with this `user_version` and these tables is not a readable archive ("" if it is)."""
    if not version:
        return "not a baoshu archive (an SQLite file with other tables)" if tables else "an empty SQLite file, not an archive yet"
    if version > SCHEMA_VERSION:
        return f"archive schema version {version} is newer than this baoshu ({SCHEMA_VERSION}); upgrade baoshu"
    if version < SCHEMA_VERSION:
        return f"archive schema version {version} is older than this baoshu ({SCHEMA_VERSION}); run `baoshu ingest` once to upgrade it"
    if "pages" not in tables:
        return "not a baoshu archive (no pages table)"
    return ""
