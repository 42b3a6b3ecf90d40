"""The archive's tables, full-text indexes and connection settings (see docs/SCHEMA.md)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from baoshu.errors import SchemaError

SCHEMA_VERSION = 5  # 2: page size, regions, subheads; 3: figure indicator, place, part, repeat; 4: entities; 5: pairs
FINGERPRINT = "articles_chars"  # a table only a baoshu archive has, made with the others before the version is set
FILL_CHUNK = 1000  # articles indexed per statement when an upgrade fills a new index

# Columns added in version 2, as (table, column, definition): an older archive
# gets them in place on its next ingest (stored pages get the defaults until re-ingested).
ADDED_COLUMNS = (
    ("pages", "width", "REAL"),
    ("pages", "height", "REAL"),
    ("articles", "regions", "TEXT NOT NULL DEFAULT '[]'"),
    ("articles", "subheads", "TEXT NOT NULL DEFAULT '[]'"),
)

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
    width REAL,
    height REAL,
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
    regions TEXT NOT NULL DEFAULT '[]',
    subheads TEXT NOT NULL DEFAULT '[]',
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
    span_end INTEGER NOT NULL,
    indicator TEXT NOT NULL DEFAULT '',
    place_code TEXT NOT NULL DEFAULT '',
    place_level TEXT NOT NULL DEFAULT '',
    place_name TEXT NOT NULL DEFAULT '',
    part TEXT NOT NULL DEFAULT '',
    repeat_of INTEGER
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


# Version 2: the entities of each article and the counterpart-aid ledger (docs/SCHEMA.md).
ENTITY_TABLES = """
CREATE TABLE IF NOT EXISTS entities (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    page_id INTEGER NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('person', 'reporter', 'org', 'place')),
    name TEXT NOT NULL,
    code TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL DEFAULT '',
    mentions INTEGER NOT NULL DEFAULT 1,
    spans TEXT NOT NULL DEFAULT '[]',
    UNIQUE (article_id, kind, name)
);
CREATE INDEX IF NOT EXISTS entities_name ON entities (kind, name);
CREATE INDEX IF NOT EXISTS entities_code ON entities (code);
CREATE INDEX IF NOT EXISTS entities_page ON entities (page_id);

CREATE TABLE IF NOT EXISTS posts (
    id INTEGER PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    person TEXT NOT NULL,
    post TEXT NOT NULL,
    seq INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS posts_person ON posts (person);
CREATE INDEX IF NOT EXISTS posts_article ON posts (article_id);

CREATE TABLE IF NOT EXISTS aid (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    page_id INTEGER NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    donor TEXT NOT NULL,
    donor_code TEXT NOT NULL DEFAULT '',
    recipient TEXT NOT NULL,
    recipient_code TEXT NOT NULL DEFAULT '',
    programme TEXT NOT NULL DEFAULT '',
    period TEXT NOT NULL DEFAULT '',
    period_start TEXT NOT NULL DEFAULT '',
    period_end TEXT NOT NULL DEFAULT '',
    sentence TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS aid_pair ON aid (donor_code, recipient_code);
CREATE INDEX IF NOT EXISTS aid_article ON aid (article_id);

CREATE TABLE IF NOT EXISTS aid_figures (
    aid_id INTEGER NOT NULL REFERENCES aid (id) ON DELETE CASCADE,
    figure_id INTEGER NOT NULL REFERENCES figures (id) ON DELETE CASCADE,
    PRIMARY KEY (aid_id, figure_id)
);
CREATE INDEX IF NOT EXISTS aid_figures_figure ON aid_figures (figure_id);

"""


def add_entity_tables(conn: sqlite3.Connection) -> None:
    """Version 3 → 4: the entity tables (made by `migrate`), filled for the articles already stored."""
    from baoshu.archive.entities import backfill  # the entities stage loads its word lists only when needed

    backfill(conn)


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
    foreign = bool(tables) and not version and FINGERPRINT not in tables  # another program's file
    if problem and (not write or version > SCHEMA_VERSION or foreign):
        conn.close()
        raise SchemaError(f"{path}: {problem}")
    conn.execute("PRAGMA foreign_keys = ON")
    if write:
        use_wal(conn)
        conn.execute("PRAGMA synchronous = NORMAL")
    if write and version < SCHEMA_VERSION:
        migrate(conn)
    return conn


def use_wal(conn: sqlite3.Connection, wait: float = 30.0) -> None:
    """Switch the archive to write-ahead logging. Two writers opening a new archive at once make
    SQLite answer "locked" at once, without its busy wait, so the wait is here."""
    deadline = time.monotonic() + wait
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def add_missing_columns(conn: sqlite3.Connection) -> None:
    """Bring an archive of an older schema up to date, in place (see ADDED_COLUMNS)."""
    for table, column, definition in ADDED_COLUMNS:
        present = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        if column not in present:
            conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {definition}")


# Columns of `figures` added in version 3, with their definitions.
FIGURE_COLUMNS_3 = (
    ("indicator", "TEXT NOT NULL DEFAULT ''"),
    ("place_code", "TEXT NOT NULL DEFAULT ''"),
    ("place_level", "TEXT NOT NULL DEFAULT ''"),
    ("place_name", "TEXT NOT NULL DEFAULT ''"),
    ("part", "TEXT NOT NULL DEFAULT ''"),
    ("repeat_of", "INTEGER"),
)
FIGURE_INDEXES_3 = (
    "CREATE INDEX IF NOT EXISTS figures_indicator ON figures (indicator)",
    "CREATE INDEX IF NOT EXISTS figures_place_code ON figures (place_code)",
)


def upgrade_figures(conn: sqlite3.Connection) -> None:
    """Bring the figures of an older archive up to version 3, in place; a no-op when they are.

    Adds the columns, then fills them for the rows already stored (see
    `baoshu.archive.refigure`): each figure's indicator from its measure, its
    place's unit from the printed place, its article part from its span, and
    the repeats within each article.
    """
    present = {row[1] for row in conn.execute("PRAGMA table_info(figures)")}
    missing = [(c, d) for c, d in FIGURE_COLUMNS_3 if c not in present]
    for column, definition in missing:
        conn.execute(f"ALTER TABLE figures ADD COLUMN {column} {definition}")
    for statement in FIGURE_INDEXES_3:
        conn.execute(statement)
    if missing:
        from baoshu.archive.refigure import fill_figure_columns

        fill_figure_columns(conn)


def fill_pairs(conn: sqlite3.Connection) -> None:
    """Version 4 → 5: the index of neighbouring characters, filled for the articles already stored."""
    from baoshu.archive.chars import pair_values

    last = 0
    while rows := conn.execute("SELECT id, headline, body, captions FROM articles WHERE id > ? ORDER BY id"
                               " LIMIT ?", (last, FILL_CHUNK)).fetchall():
        conn.executemany("INSERT INTO articles_pairs (rowid, headline, body, captions) VALUES (?, ?, ?, ?)",
                         [(r["id"], *pair_values(dict(r))) for r in rows])
        last = rows[-1]["id"]


# Each step that brings an archive up to a version, in order; a new file gets the base tables and every step.
MIGRATIONS = {2: add_missing_columns, 3: upgrade_figures, 4: add_entity_tables, 5: fill_pairs}


def migrate(conn: sqlite3.Connection) -> None:
    """Put the tables in place and bring an older archive up to SCHEMA_VERSION, in one write transaction.

    The version is read again under the write lock, so of several writers
    opening an old archive at once, one upgrades it and the others wait.
    """
    from baoshu.archive.store import immediate

    # all tables at once, so a writer opening the file meanwhile never sees half of them (a "foreign" file)
    conn.executescript(f"BEGIN IMMEDIATE;\n{TABLES}{ENTITY_TABLES}\nCOMMIT;")
    with immediate(conn):
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version >= SCHEMA_VERSION:
            return
        for target in sorted(MIGRATIONS):
            if target > version:
                MIGRATIONS[target](conn)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def insert(conn: sqlite3.Connection, table: str, row: dict[str, object]) -> int:
    """Insert one row (column → value) into `table`; return its row id."""
    columns = ", ".join(row)
    marks = ", ".join(f":{c}" for c in row)
    cursor = conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", row)
    return int(cursor.lastrowid or 0)


def schema_problem(version: int, tables: set[str]) -> str:
    """Why a file with this `user_version` and these tables is not a readable archive ("" if it is)."""
    if not version:
        return "not a baoshu archive (an SQLite file with other tables)" if tables else "an empty SQLite file, not an archive yet"
    if version > SCHEMA_VERSION:
        return f"archive schema version {version} is newer than this baoshu ({SCHEMA_VERSION}); upgrade baoshu"
    if version < SCHEMA_VERSION:
        return (f"archive schema version {version} is older than this baoshu ({SCHEMA_VERSION}); "
                "run `baoshu ingest PAGES --db FILE` once to upgrade it in place")
    if "pages" not in tables:
        return "not a baoshu archive (no pages table)"
    return ""
