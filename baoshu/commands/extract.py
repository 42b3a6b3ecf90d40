"""`baoshu extract`: rebuild pages and print or write them."""

from __future__ import annotations

import json
from pathlib import Path

import click

from baoshu.commands.batch import Batch
from baoshu.model import Page, SourcePage
from baoshu.pipeline import extract_pages


def page_names(path: Path, count: int) -> list[str]:
    """Output names: NAME for a one-page file, NAME_pN for each page of a longer one."""
    if count == 1:
        return [path.stem]
    return [f"{path.stem}_p{n}" for n in range(1, count + 1)]


def render_text(page: Page) -> str:
    """A page's articles as readable text for the terminal."""
    out = [f"# {page.source}  ({page.encoding}, {len(page.articles)} articles, {len(page.figures)} figures)"]
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
    return "\n".join(out)


@click.command()
@click.argument("pages", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the page format of the gold pages (JSON).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path),
              help="Write one NAME.json per page into this folder.")
def extract(pages: tuple[Path, ...], as_json: bool, out: Path | None) -> None:
    """Rebuild the articles (and figures) of each PAGE: a text dump or a PDF.

    Text dumps may be UTF-8, GB18030 or GBK; the encoding used is reported.
    A page that fails is reported on stderr and the others still run; the
    exit code is 1 when any page failed.
    """
    results: list[tuple[Path, str, SourcePage, Page]] = []
    batch = Batch(pages, extract_pages)
    for path, rebuilt in batch:
        for name, (source, page) in zip(page_names(path, len(rebuilt)), rebuilt):
            if source.encoding != "utf-8":
                click.echo(f"{path}: read as {source.encoding}", err=True)
            results.append((path, name, source, page))

    write_files = out is not None or (as_json and len(results) > 1)
    if write_files:
        folder = out or Path(".")
        folder.mkdir(parents=True, exist_ok=True)
        for _, name, _, page in results:
            target = folder / f"{name}.json"
            target.write_text(json.dumps(page.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")
            click.echo(f"wrote {target}", err=True)
    elif as_json:
        for _, _, _, page in results:
            click.echo(json.dumps(page.to_json(), ensure_ascii=False, indent=1))
    else:
        click.echo("\n\n".join(render_text(page) for _, _, _, page in results))
    batch.finish()
