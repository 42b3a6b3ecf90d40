"""`baoshu serve`: the web reader over an archive."""

from __future__ import annotations

from pathlib import Path

import click

from baoshu.commands.archive_options import db_option, open_existing


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
def serve(db: Path, host: str, port: int) -> None:
    """Serve the web reader (in simplified Chinese) and its JSON API over an archive.

    The archive must exist: build it first with `baoshu ingest`. The JSON API
    lives under /api/ and is described at /openapi.json and in docs/API.md.
    """
    import uvicorn

    from baoshu.web import create_app

    open_existing(db).close()
    click.echo(f"serving {db} at http://{host}:{port}/", err=True)
    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")
