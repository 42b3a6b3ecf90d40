"""Options shared by the commands that work on an archive."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from baoshu.archive import Archive
from baoshu.limits import MAX_COUNT
from baoshu.meta import checked_iso_date

DEFAULT_DB = "baoshu.db"


def db_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """`--db FILE`: the archive, default ./baoshu.db or $BAOSHU_DB."""
    return click.option("--db", "db", type=click.Path(dir_okay=False, path_type=Path), envvar="BAOSHU_DB",
                        default=DEFAULT_DB, show_default=True, show_envvar=True,
                        help="The archive (an SQLite file).")(func)


def iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Check a `YYYY-MM-DD` option and pass it on as text."""
    if value is None:
        return None
    try:
        return checked_iso_date(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def date_range_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """`--from DATE --to DATE`: bounds on the page's printed date, inclusive."""
    func = click.option("--to", "date_to", callback=iso_date, metavar="DATE",
                        help="Only pages printed on or before DATE (YYYY-MM-DD).")(func)
    return click.option("--from", "date_from", callback=iso_date, metavar="DATE",
                        help="Only pages printed on or after DATE (YYYY-MM-DD).")(func)


def count_option(name: str, minimum: int, help: str, default: int | None = None) -> Callable[..., Any]:
    """An integer option for a count or offset, bounded (an oversized number is a usage error)."""
    return click.option(name, type=click.IntRange(min=minimum, max=MAX_COUNT), default=default, help=help,
                        show_default=default is not None)


def open_existing(db: Path) -> Archive:
    """Open an archive that must already exist, read-only (reading commands never write)."""
    archive = Archive(db)
    archive.conn  # noqa: B018 - opening now reports a missing or foreign file before any work
    return archive
