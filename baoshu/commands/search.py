"""`baoshu search`: full-text search of the archive."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from baoshu.commands.archive_options import count_option, date_range_options, db_option, open_existing


def highlighted(segments: list[dict[str, Any]]) -> str:
    """Segments as terminal text, hits in bold (plain when not on a terminal)."""
    return "".join(click.style(s["text"], bold=True, fg="red") if s["hit"] else s["text"] for s in segments)


@click.command()
@click.argument("query", nargs=-1)
@db_option
@click.option("--publication", help="Only this publication.")
@date_range_options
@click.option("--kind", type=click.Choice(["article", "photo"]), help="Only articles or only photos.")
@count_option("--limit", minimum=1, default=20, help="Hits to show.")
@count_option("--offset", minimum=0, default=0, help="Hits to skip.")
@click.option("--person", help="Only articles naming this person (exact name).")
@click.option("--place", help="Only articles naming this place or a unit within it (name or code).")
@click.option("--org", help="Only articles naming this organisation (exact name).")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON (highlights as segments).")
def search(query: tuple[str, ...], db: Path, publication: str | None, date_from: str | None,
           date_to: str | None, kind: str | None, limit: int, offset: int, person: str | None,
           place: str | None, org: str | None, as_json: bool) -> None:
    """Find articles whose headline, body or captions contain every word of QUERY.

    Words of any length are found as printed, one character included (鸽,
    和田). Put a phrase with spaces in double quotes. Hits come best first.
    --person, --place and --org keep the articles naming them; with one of
    them QUERY may be left out.
    """
    if not query and not (person or place or org):
        raise click.UsageError("give a QUERY, or --person, --place or --org")
    with open_existing(db) as archive:
        result = archive.search(" ".join(query), publication=publication, date_from=date_from,
                                date_to=date_to, kind=kind, limit=limit, offset=offset,
                                person=person, place=place, org=org)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    for hit in result["hits"]:
        where = " ".join(p for p in (hit["date"], hit["publication"], f"p{hit['page']}" if hit["page"] else "",
                                     hit["source"]) if p)
        title = highlighted(hit["headline"]) or "(no headline)"
        click.echo(f"[{hit['article_id']}] {title}  ({where})")
        if hit["snippet_field"] != "headline":
            click.echo(f"    {highlighted(hit['snippet'])}")
    shown = len(result["hits"])
    click.echo(f"{result['total']} articles match; showing {offset + 1 if shown else 0}-{offset + shown}", err=True)
