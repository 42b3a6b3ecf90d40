"""`baoshu serve`: the web reader over an archive."""

from __future__ import annotations

import errno
import socket
from pathlib import Path

import click

from baoshu.commands.archive_options import db_option, open_existing

BEYOND_LOOPBACK = """\
WARNING: baoshu serve is listening on {host}, beyond this machine.
WARNING: anyone who can reach {host}:{port} can read the whole archive{token}.
WARNING: the reader speaks plain HTTP: put it behind a TLS proxy if the network is not yours.
"""


def listening_socket(host: str, port: int) -> socket.socket:
    """A socket bound to host:port, or one clear message saying why it cannot be."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise click.ClickException(f"cannot listen on {host}: unknown address ({exc.strerror})") from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(socket.SOMAXCONN)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise click.ClickException(f"port {port} on {host} is already in use (another baoshu serve?); "
                                       f"stop that server or choose another port with --port") from None
        raise click.ClickException(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    return sock


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but loopback opens the archive to the network.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option("--token", envvar="BAOSHU_TOKEN", show_envvar=True, default="",
              help="Require this access token on every request (cookie, X-Baoshu-Token or Bearer header; "
                   "open /?token=TOKEN once in a browser).")
@click.option("--edit", is_flag=True, help="Offer a form to correct each page's publication, date and page number.")
@click.option("--image-cache", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for rendered PDF page images. [default: ARCHIVE.images/ beside the archive]")
def serve(db: Path, host: str, port: int, token: str, edit: bool, image_cache: Path | None) -> None:
    """Serve the web reader (in simplified Chinese) and its JSON API over an archive.

    The archive must exist: build it first with `baoshu ingest`. The JSON API
    lives under /api/ and is described at /openapi.json and in docs/API.md.
    On loopback (the default) only this machine can connect and the Host
    header must name it. Stop the server with Ctrl-C.
    """
    import uvicorn

    from baoshu.web import create_app  # the web stack loads only when serving
    from baoshu.web.security import Guard, is_loopback

    open_existing(db).close()
    loopback = is_loopback(host)
    if not loopback and edit and not token:
        raise click.UsageError("--edit beyond loopback needs --token: anyone on the network could change the archive")
    sock = listening_socket(host, port)
    if not loopback:
        protected = "; every request must carry the token" if token else " (no --token given)"
        click.echo(click.style(BEYOND_LOOPBACK.format(host=host, port=port, token=protected), fg="red", bold=True),
                   err=True, nl=False)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"serving {db} at http://{shown}:{port}/ (Ctrl-C to stop)", err=True)
    app = create_app(db, edit=edit, guard=Guard.for_binding(host, token), image_cache=image_cache)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    server.run(sockets=[sock])
