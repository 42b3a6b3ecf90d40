"""`baoshu extract`: rebuild pages and print or write them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from baoshu.commands.batch import Batch
from baoshu.commands.options import config_option
from baoshu.config import Config
from baoshu.model import Page
from baoshu.pipeline import stage_names


def page_names(path: Path, count: int) -> list[str]:
    """Output names: NAME for a one-page file, NAME_pN for each page of a longer one."""
    if count == 1:
        return [path.stem]
    return [f"{path.stem}_p{n}" for n in range(1, count + 1)]


def render_text(page: Page) -> str:
    """A page's articles as readable text for the terminal."""
    read_as = f"{page.source.encoding}, " if page.source.encoding else ""
    out = [f"# {page.name}  ({read_as}{len(page.articles)} articles, {len(page.figures)} figures)"]
    if page.furniture:
        out.append("furniture: " + " | ".join(page.furniture))
    for i, a in enumerate(page.articles):
        out.append("")
        out.append(f"[{i}] {a.kind}  lines {a.lines[0]}-{a.lines[1]}" if a.lines else f"[{i}] {a.kind}")
        for label, value in (("kicker", a.kicker), ("title", a.title), ("subtitle", a.subtitle),
                             ("byline", a.byline), ("dateline", a.dateline), ("standfirst", a.standfirst)):
            if value:
                out.append(f"  {label}: {value}")
        for paragraph in a.body:
            out.append(f"    {paragraph}")
        for caption in a.captions:
            out.append(f"  caption: {caption}")
        if a.credit:
            out.append(f"  credit: {a.credit}")
        if a.continued_on:
            out.append(f"  continued on page {a.continued_on}")
    for problem in page.problems:
        out.append(f"problem ({problem.stage}): {problem.message}")
    return "\n".join(out)


@click.command()
@click.argument("pages", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the page format of the gold pages (JSON).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path),
              help="Write one NAME.json per page into this folder.")
@click.option("--until", type=click.Choice(stage_names()), metavar="STAGE",
              help=f"Stop after this stage and show the page as it stands (JSON): {', '.join(stage_names())}.")
@config_option
def extract(pages: tuple[Path, ...], as_json: bool, out: Path | None, until: str | None, config: Config) -> None:
    """Rebuild the articles (and figures) of each PAGE: a text dump or a PDF.

    Text dumps may be UTF-8, GB18030 or GBK; the encoding used is reported.
    A page that fails is reported on stderr with the stage that failed and the
    reason, and the others still run; the exit code is 1 when any page failed.
    """
    results: list[tuple[str, Page]] = []
    batch = Batch(pages, config, until)
    for path, rebuilt in batch:
        for name, page in zip(page_names(path, len(rebuilt)), rebuilt):
            if page.source.encoding not in ("utf-8", ""):
                click.echo(f"{path}: read as {page.source.encoding}", err=True)
            results.append((name, page))

    def as_dict(page: Page) -> dict[str, Any]:
        return page.debug_json() if until else page.to_json()

    write_files = out is not None or ((as_json or until) and len(results) > 1)
    if write_files:
        folder = out or Path(".")
        folder.mkdir(parents=True, exist_ok=True)
        for name, page in results:
            target = folder / f"{name}.json"
            target.write_text(json.dumps(as_dict(page), ensure_ascii=False, indent=1), encoding="utf-8")
            click.echo(f"wrote {target}", err=True)
    elif as_json or until:
        for _, page in results:
            click.echo(json.dumps(as_dict(page), ensure_ascii=False, indent=1))
    else:
        click.echo("\n\n".join(render_text(page) for _, page in results))
    batch.finish()
