"""The `baoshu` command line: one subcommand per module in baoshu.commands."""

from __future__ import annotations

import click

from baoshu import __version__
from baoshu.commands.export import export
from baoshu.commands.extract import extract
from baoshu.commands.figures import figures
from baoshu.commands.ingest import ingest
from baoshu.commands.search import search
from baoshu.commands.serve import serve
from baoshu.commands.text import text


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="baoshu")
def main() -> None:
    """baoshu: rebuild the articles of Chinese newspaper pages and extract every figure they report."""


main.add_command(extract)
main.add_command(ingest)
main.add_command(search)
main.add_command(figures)
main.add_command(export)
main.add_command(text)
main.add_command(serve)
