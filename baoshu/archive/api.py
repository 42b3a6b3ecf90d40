"""`Archive`: the one way to read (and fill) a baoshu archive from Python.

Every method returns plain dicts and lists of str, int, float, bool and None,
ready for `json.dumps`. Text is returned as printed; nothing is HTML-escaped.
Search highlights are *segments* (`{"text": ..., "hit": true|false}`), never
markup: the caller escapes each segment's text and wraps the hits itself.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from baoshu.archive import aid as aid_ledger
from baoshu.archive import directory, ledger
from baoshu.archive.edit import set_page_meta
from baoshu.archive.export import export
from baoshu.archive.ingest import IngestReport, ingest, load
from baoshu.archive.schema import connect
from baoshu.archive.search import filters as article_filters
from baoshu.archive.search import search
from baoshu.errors import NotFound
from baoshu.model import Article, PageMeta

ARTICLE_SUMMARY = ("id, page_id, seq, kind, kicker, title, subtitle, headline, line_first, line_last,"
                   " continued_on, continued_from")
PAGE_ORDER = "p.date DESC, p.publication, length(p.page), p.page, p.id DESC"


def stored_article(row: sqlite3.Row) -> Article:
    """An `articles` row back as the model's Article (for `text()` and its spans)."""
    return Article(
        kind=row["kind"], kicker=row["kicker"], title=row["title"], subtitle=row["subtitle"],
        byline=row["byline"], dateline=row["dateline"], standfirst=row["standfirst"],
        body=row["body"].split("\n") if row["body"] else [],
        captions=row["captions"].split("\n") if row["captions"] else [],
        credit=row["credit"], continued_on=row["continued_on"], continued_from=row["continued_from"],
        lines=[row["line_first"], row["line_last"]] if row["line_first"] is not None else [],
        source_lines=json.loads(row["source_lines"]),
        regions=json.loads(row["regions"]), subheads=json.loads(row["subheads"]),
    )


class Archive:
    """An archive file (SQLite): read through this object's methods, filled by `ingest`.

    Reading never writes: the file is opened read-only on first use and must
    already be a baoshu archive (`SchemaError` otherwise). `ingest` opens a
    connection of its own for writing, creating the file or bringing its
    schema up to date.

    >>> archive = Archive("baoshu.db")      # or baoshu.open("baoshu.db")
    >>> archive.search("和田")["total"]
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._conn: sqlite3.Connection | None = None

    @property
    def conn(self) -> sqlite3.Connection:
        """The read-only connection, opened on first use."""
        if self._conn is None:
            self._conn = connect(self.path)
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def ingest(self, paths: list[str | Path], meta: PageMeta | None = None, jobs: int | None = None,
               progress: bool = False, **options: Any) -> IngestReport:
        """Ingest page files and folders; see `baoshu.archive.ingest.ingest` (and its
        keyword options: `timeout`, `scheduler`, `workers`, `batch_pages`, ...).

        Raises:
            SchemaError: the file exists but is not a baoshu archive, or is newer than this baoshu.
        """
        with closing(connect(self.path, write=True)) as conn:
            return ingest(conn, paths, meta, jobs, progress, **options)

    def load(self, folder: str | Path, progress: bool = False) -> IngestReport:
        """Store the Parquet shards of `baoshu ingest --shards` in this archive; see
        `baoshu.archive.ingest.load`."""
        with closing(connect(self.path, write=True)) as conn:
            return load(conn, folder, progress=progress)

    def stats(self) -> dict[str, int]:
        """Counts: `{"pages", "articles", "figures", "publications", "jumps", "persons", "orgs",
        "places", "aid"}` (persons, organisations and places counted once by name or code; aid rows)."""
        row = self.conn.execute(
            "SELECT (SELECT count(*) FROM pages) AS pages, (SELECT count(*) FROM articles) AS articles,"
            " (SELECT count(*) FROM figures) AS figures, (SELECT count(DISTINCT publication) FROM pages)"
            " AS publications, (SELECT count(*) FROM jumps) AS jumps,"
            " (SELECT count(DISTINCT name) FROM entities WHERE kind = 'person') AS persons,"
            " (SELECT count(DISTINCT name) FROM entities WHERE kind = 'org') AS orgs,"
            " (SELECT count(DISTINCT code || name) FROM entities WHERE kind = 'place') AS places,"
            " (SELECT count(*) FROM aid) AS aid"
        ).fetchone()
        return dict(row)

    def publications(self) -> list[dict[str, Any]]:
        """Each publication with its page count and first and last date, by name.
        Pages whose publication is unknown are listed under `""`."""
        rows = self.conn.execute(
            "SELECT publication, count(*) AS pages, min(date) AS first_date, max(date) AS last_date"
            " FROM pages GROUP BY publication ORDER BY publication"
        ).fetchall()
        return [dict(r) for r in rows]

    def pages(self, limit: int = 50, offset: int = 0, publication: str | None = None) -> dict[str, Any]:
        """Pages, newest first (by printed date, then page number).

        Returns `{"total": int, "pages": [summary]}`; a summary has `id`,
        `publication`, `date` (ISO or ""), `page` (page number or ""),
        `source` (file name), `kind` ("text"|"pdf"), `articles`, `figures`.
        """
        where, args = ("WHERE p.publication = ?", [publication]) if publication else ("", [])
        total = self.conn.execute(f"SELECT count(*) FROM pages p {where}", args).fetchone()[0]
        rows = self.conn.execute(
            f"SELECT p.id, p.publication, p.date, p.page, p.source, p.kind, p.part,"
            f" (SELECT count(*) FROM articles a WHERE a.page_id = p.id) AS articles,"
            f" (SELECT count(*) FROM figures f WHERE f.page_id = p.id) AS figures"
            f" FROM pages p {where} ORDER BY {PAGE_ORDER} LIMIT ? OFFSET ?",
            [*args, limit, offset],
        ).fetchall()
        return {"total": total, "pages": [dict(r) for r in rows]}

    def page(self, page_id: int) -> dict[str, Any]:
        """One page with its source text, furniture and article summaries.

        Returns the page summary fields plus `sha256`, `part` (page number
        within its file), `path`, `encoding`, `ingested_at`, `width` and
        `height` (PDF pages: the page size in points, else None), `furniture`
        (list of str), `text` (the source text as stored), `lines` (the text
        split into lines; `lines[n - 1]` is source line n) and `articles`
        (list of `{id, seq, kind, kicker, title, subtitle, headline,
        line_first, line_last, continued_on, continued_from}` in page order).

        Raises:
            NotFound: no page has this id.
        """
        row = self.conn.execute("SELECT * FROM pages WHERE id = ?", (page_id,)).fetchone()
        if row is None:
            raise NotFound(f"no page {page_id}")
        data = dict(row)
        data["furniture"] = json.loads(data["furniture"])
        data["lines"] = data["text"].split("\n")
        data["articles"] = [dict(r) for r in self.conn.execute(
            f"SELECT {ARTICLE_SUMMARY} FROM articles WHERE page_id = ? ORDER BY seq", (page_id,))]
        return data

    def article(self, article_id: int) -> dict[str, Any]:
        """One article with everything known about it.

        Returns the stored fields (`kind`, `kicker`, `title`, `subtitle`,
        `headline`, `byline`, `dateline`, `standfirst`, `credit`,
        `continued_on`, `continued_from`), `body` and `captions` as lists of
        paragraphs, `text` (the article as one string: figure spans index into
        it), `lines` ([first, last] source line), `source_lines` (every source
        line used), `regions` (PDF pages: `[x0, top, x1, bottom]` boxes in
        points from the page's top left, where the article stands), `subheads`
        (indexes into `body` of the paragraphs printed as subheads), `source` (`[{"number", "text"}]` for the line range, from
        the page's stored text), `page` (the page summary), `figures` (ledger
        rows, each with `span` [start, end) into `text` and `line`),
        `entities` (its `persons` with posts, `reporters`, `orgs`, `places` and `aid` rows, as
        `Archive.aid` gives them), `continuation` (the article that continues it on a later page, as
        `{id, page_id, page, title}`, or None), `continues` (the article it
        continues, same shape, or None) and `joined_body` (the body followed
        by every continuation's body: the story read as one).

        Raises:
            NotFound: no article has this id.
        """
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise NotFound(f"no article {article_id}")
        model = stored_article(row)
        page = self.conn.execute(
            "SELECT id, publication, date, page, source, kind, text FROM pages WHERE id = ?", (row["page_id"],)
        ).fetchone()
        data = {key: row[key] for key in row.keys()
                if key not in ("source_lines", "line_first", "line_last", "regions", "subheads")}
        lines = page["text"].split("\n")
        first, last = row["line_first"] or 0, row["line_last"] or -1
        data.update(
            body=model.body, captions=model.captions, text=model.text(), lines=model.lines,
            source_lines=model.source_lines, regions=model.regions, subheads=model.subheads,
            source=[{"number": n, "text": lines[n - 1]} for n in range(max(first, 1), min(last, len(lines)) + 1)],
            page={k: page[k] for k in ("id", "publication", "date", "page", "source", "kind")},
            figures=ledger.figures(self.conn, article_id=article_id, sort="position", limit=10_000)["figures"],
            entities=directory.article_entities(self.conn, article_id),
            continuation=self._jump("from_article", "to_article", article_id),
            continues=self._jump("to_article", "from_article", article_id),
            joined_body=self._joined_body(article_id, model.body),
        )
        return data

    def _jump(self, here: str, there: str, article_id: int) -> dict[str, Any] | None:
        row = self.conn.execute(
            f"SELECT a.id, a.page_id, p.page, a.title FROM jumps j JOIN articles a ON a.id = j.{there}"
            f" JOIN pages p ON p.id = a.page_id WHERE j.{here} = ?", (article_id,)
        ).fetchone()
        return dict(row) if row else None

    def _joined_body(self, article_id: int, body: list[str]) -> list[str]:
        joined, seen = list(body), {article_id}
        while (nxt := self._jump("from_article", "to_article", article_id)) and nxt["id"] not in seen:
            article_id = nxt["id"]
            seen.add(article_id)
            text = self.conn.execute("SELECT body FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
            joined.extend(text.split("\n") if text else [])
        return joined

    def articles(self, publication: str | None = None, date_from: str | None = None,
                 date_to: str | None = None, kind: str | None = None, page_id: int | None = None,
                 limit: int = 50, offset: int = 0) -> dict[str, Any]:
        """Article summaries, newest page first, in page order within a page.

        Returns `{"total": int, "articles": [summary]}`; a summary has `id`,
        `page_id`, `seq`, `kind`, `kicker`, `title`, `subtitle`, `headline`,
        `line_first`, `line_last`, `continued_on`, `continued_from`, and the
        page's `publication`, `date`, `page`.
        """
        where, args = article_filters(publication, date_from, date_to, kind, page_id)
        base = " FROM articles a JOIN pages p ON p.id = a.page_id WHERE 1 = 1" + where
        total = self.conn.execute("SELECT count(*)" + base, args).fetchone()[0]
        columns = ", ".join("a." + c.strip() for c in ARTICLE_SUMMARY.split(","))
        rows = self.conn.execute(
            f"SELECT {columns}, p.publication, p.date, p.page{base} ORDER BY {PAGE_ORDER}, a.seq LIMIT ? OFFSET ?",
            [*args, limit, offset],
        ).fetchall()
        return {"total": total, "articles": [dict(r) for r in rows]}

    def search(self, query: str, publication: str | None = None, date_from: str | None = None,
               date_to: str | None = None, kind: str | None = None, limit: int = 20,
               offset: int = 0, person: str | None = None, place: str | None = None,
               org: str | None = None) -> dict[str, Any]:
        """Articles whose headline, body or captions contain every term of `query`.

        A term is a word (split on spaces) or a `"quoted phrase"`; each must
        occur as written (after NFKC, lower-casing and whitespace folding), so
        `鸽` or `和田` is found wherever it is printed, like a substring.
        Filters: `publication` (exact), `date_from`/`date_to` (ISO, inclusive,
        on the page date), `kind` ("article" or "photo").

        Returns `{"query", "total", "total_exact", "hits"}`, hits best first
        (BM25, headline weighted most). When more than 2,000 articles match,
        ranking stops: hits come newest stored first with `score` None, and
        `total` is an estimate (`total_exact` false). Each hit has `article_id`, `page_id`, `seq`, `kind`,
        `title`, `publication`, `date`, `page`, `source`, `score`, and
        highlights as segment lists: `headline` (the whole headline) and
        `snippet` (an extract of `snippet_field`: "body", "captions" or
        "headline"). A segment is `{"text": str, "hit": bool}`; the text is raw,
        not escaped; "…" segments mark cut ends.

        Facets: `person` and `org` (exact names) and `place` (a division code or name, the units
        within it included) keep the articles that name them; with one of them the query may be
        empty (every article naming it, newest first). `facets` holds, for `person`, `place` and
        `org`, the ten entries the first 2,000 hits name most: `{name, code, articles}`.

        Raises:
            BadArgument: the query is over 200 characters or 12 terms.
        """
        return search(self.conn, query, publication, date_from, date_to, kind, limit, offset,
                      person=person, place=place, org=org)

    def figures(self, unit: str | None = None, measure: str | None = None, place: str | None = None,
                date_from: str | None = None, date_to: str | None = None, publication: str | None = None,
                period: str | None = None, indicator: str | None = None, sort: str = "date", limit: int = 100,
                offset: int = 0) -> dict[str, Any]:
        """The ledger of figures.

        Filters: `unit` (exact, e.g. "元"), `indicator` (exact), `measure`
        (contained in the measure or the indicator: `投资` finds
        `固定资产投资`), `place` (a unit of the gazetteer by name or code, with
        every unit within it: `新疆` takes in its counties; a name it does not
        know is looked for in the printed place), `period` (exact),
        `publication`, `date_from`/`date_to` (page date, inclusive). `sort`:
        "date", "-date", "value" or "-value".

        Returns `{"total", "figures"}`; a figure has `id`, `seq`, `text`,
        `value`, `value_max`, `value_shown` (the value as a reader writes it,
        at the printed precision, unit apart: `386.42亿`), `unit`, `qualifier`,
        `measure`, `indicator`, `period`, `period_start`, `period_end`, `place`
        (as printed), `place_code`, `place_level`, `place_name` (the unit it
        means), `part` (of the article), `repeat_of` (the `seq` of the figure
        of the same article it repeats), `counted` (False for a repeat, left
        out of sums), `line` (source line), `span` ([start, end) in the
        article's `text`), `article_id`, `title`, `headline`, `page_id`,
        `publication`, `date`, `page`, `source`.
        """
        return ledger.figures(self.conn, sort=sort, limit=limit, offset=offset, unit=unit, measure=measure,
                              place=place, date_from=date_from, date_to=date_to, publication=publication,
                              period=period, indicator=indicator)

    def figure_sums(self, by: str = "place", unit: str | None = None, measure: str | None = None,
                    place: str | None = None, date_from: str | None = None, date_to: str | None = None,
                    publication: str | None = None, period: str | None = None,
                    indicator: str | None = None) -> list[dict[str, Any]]:
        """Figures summed within each indicator and unit, and grouped by `by`: "indicator" (no more),
        "place", "period", "month" or "year" (of each figure's own period, else the page date), or
        "publication". Repeats are counted once; shares, rates, averages, ages and durations are
        never summed. Same filters as `figures`; see `baoshu.archive.ledger.figure_sums` for a row.
        """
        return ledger.figure_sums(self.conn, by=by, unit=unit, measure=measure, place=place,
                                  date_from=date_from, date_to=date_to, publication=publication, period=period,
                                  indicator=indicator)

    def figure_units(self) -> list[str]:
        """Every unit the ledger holds, in order."""
        return ledger.units(self.conn)

    def set_meta(self, page_id: int, publication: str | None = None, date: str | None = None,
                 page: str | None = None) -> dict[str, Any]:
        """Correct a page's publication, date or page number (None leaves a field as it is).

        The figures' periods are resolved again against the new date, and the
        jumps of the old and the new issue are linked again. Opens a writing
        connection of its own. Returns the page summary as stored.

        Raises:
            NotFound: no page has this id.
            BadArgument: the date is not a real `YYYY-MM-DD` date.
        """
        with closing(connect(self.path, write=True)) as conn:
            set_page_meta(conn, page_id, PageMeta(publication=publication or "", date=date or "", page=page or ""),
                          {"publication": publication is not None, "date": date is not None, "page": page is not None})
        self.close()  # the next read sees the change
        return self.pages_by_id([page_id])[0]

    def pages_by_id(self, ids: list[int]) -> list[dict[str, Any]]:
        """Page summaries (as in `pages`) for these ids, in that order; unknown ids are left out."""
        rows = {r["id"]: dict(r) for r in self.conn.execute(
            f"SELECT p.id, p.publication, p.date, p.page, p.source, p.kind, p.part,"
            f" (SELECT count(*) FROM articles a WHERE a.page_id = p.id) AS articles,"
            f" (SELECT count(*) FROM figures f WHERE f.page_id = p.id) AS figures"
            f" FROM pages p WHERE p.id IN ({', '.join('?' * len(ids))})", ids)}
        return [rows[i] for i in ids if i in rows]

    def entities(self, kind: str = "person", query: str | None = None, code: str | None = None,
                 publication: str | None = None, date_from: str | None = None, date_to: str | None = None,
                 sort: str = "articles", limit: int = 50, offset: int = 0) -> dict[str, Any]:
        """Persons, reporters, organisations or places (`kind`), each once with its counts.

        `query` keeps names containing it, `code` places within that division; `sort` is
        "articles", "mentions", "name" or "-date". Returns `{"total", "entities"}`; an entry has
        `name`, `code`, `level`, `articles`, `mentions`, `first_date`, `last_date` (and `posts`,
        the commonest three, for persons). See `baoshu.archive.directory.entity_list`.
        """
        return directory.entity_list(self.conn, kind, query, code, publication, date_from, date_to, sort,
                                     limit, offset)

    def person(self, name: str, kind: str = "person") -> dict[str, Any]:
        """A person (or a reporter, `kind="reporter"`) by name: `posts` (each `{post, articles, first_date, last_date}`), `articles`
        (each with the `posts` printed there), and the `orgs`, `places` and `persons` named beside.

        Raises:
            NotFound: no article names this person.
        """
        return directory.person(self.conn, name, kind)

    def org(self, name: str) -> dict[str, Any]:
        """An organisation by name: `articles`, the `persons` whose posts name it, and the `places`
        and `orgs` named beside it.

        Raises:
            NotFound: no article names it.
        """
        return directory.org(self.conn, name)

    def place(self, code: str) -> dict[str, Any]:
        """A division by code, with everything reported about it or the units within it: `parents`,
        `children`, `articles`, `figures`, `figure_sums`, `aid_given`, `aid_received`, `persons`,
        `orgs`. See `baoshu.archive.directory.place`.

        Raises:
            NotFound: the code is no division's.
        """
        return directory.place(self.conn, code)

    def aid(self, donor: str | None = None, recipient: str | None = None, programme: str | None = None,
            publication: str | None = None, date_from: str | None = None, date_to: str | None = None,
            sort: str = "-date", limit: int = 100, offset: int = 0) -> dict[str, Any]:
        """The counterpart-aid ledger: `{"total", "rows"}`.

        `donor` and `recipient` take a division code or name and keep the units within it (a part
        of the name when it names no division); `programme` keeps programmes containing it. A row
        has the donor and recipient with codes, `programme`, `period`, `sentence`, its article and
        page, `figures` and `money` (the sum of its figures in 元). See `baoshu.archive.aid.aid_rows`.
        """
        return aid_ledger.aid_rows(self.conn, donor, recipient, programme, publication, date_from, date_to,
                                   sort=sort, limit=limit, offset=offset)

    def aid_matrix(self, donor: str | None = None, recipient: str | None = None, programme: str | None = None,
                   publication: str | None = None, date_from: str | None = None, date_to: str | None = None,
                   donor_level: str = "as_printed", recipient_level: str = "as_printed") -> dict[str, Any]:
        """Donor × recipient with rows, articles and money sums (元), each figure counted once; the
        levels ("as_printed", "prefecture", "province") gather units. See `baoshu.archive.aid.aid_matrix`."""
        return aid_ledger.aid_matrix(self.conn, donor, recipient, programme, publication, date_from, date_to,
                                     donor_level, recipient_level)

    def aid_programmes(self) -> list[dict[str, Any]]:
        """The programmes the ledger names, `{programme, rows}`, commonest first."""
        return aid_ledger.programmes(self.conn)

    def export(self, fmt: str, folder: str | Path) -> list[Path]:
        """Write `articles.FMT` and `figures.FMT` ("jsonl", "csv" or "parquet")
        into `folder`; see `baoshu.archive.export.export`."""
        return export(self.conn, fmt, folder)

