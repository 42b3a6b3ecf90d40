"""The `baoshu` command line: one subcommand per module in baoshu.commands."""

from __future__ import annotations

from typing import Any

import click

from baoshu import __version__
from baoshu.commands.aid import aid
from baoshu.commands.entities import entities
from baoshu.commands.export import export
from baoshu.commands.extract import extract
from baoshu.commands.figures import figures
from baoshu.commands.ingest import ingest
from baoshu.commands.load import load
from baoshu.commands.pages import meta, pages
from baoshu.commands.search import search
from baoshu.commands.serve import serve
from baoshu.commands.text import text
from baoshu.errors import BadArgument, BaoshuError


class Main(click.Group):
    """The command group; baoshu's own errors become messages here, and nowhere else."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BadArgument as exc:
            raise click.UsageError(str(exc), ctx) from exc
        except BaoshuError as exc:
            raise click.ClickException(str(exc)) from exc


@click.group(cls=Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="baoshu")
def main() -> None:
    """baoshu: rebuild the articles of Chinese newspaper pages and extract every figure they report."""


main.add_command(extract)
main.add_command(ingest)
main.add_command(load)
main.add_command(search)
main.add_command(figures)
main.add_command(export)
main.add_command(text)
main.add_command(pages)
main.add_command(meta)
main.add_command(serve)
main.add_command(entities)
main.add_command(aid)
