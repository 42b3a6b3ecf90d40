"""Gold by construction: the page gold (../shared/gold/README.md) and the entity gold
(../shared/gold/entities/README.md) of a page specification.

The articles are the printed stories in reading order (a briefs column gives
one article per item); their text and figures come from the stories, never
from what an extractor made of the page.
"""

from __future__ import annotations

import copy

from pagegen import Marked, Story, gold_article, printed_stories

from .model import PageSpec


def articles(spec: PageSpec) -> list[Story]:
    """The page's articles in reading order."""
    return printed_stories(spec.stories())


def marked_parts(story: Story) -> list[Marked]:
    """Every text part of a story that may hold figures, in printed order."""
    return [story.kicker, story.title, story.subtitle, story.standfirst, *story.body, *story.captions]


def page_gold(spec: PageSpec, source: str) -> dict:
    """The gold page for one file of the page (its PDF or a dump of it)."""
    printed = articles(spec)
    figures = [item["figure"] | {"article": k}
               for k, story in enumerate(printed) for part in marked_parts(story) for item in part.figures]
    return {
        "source": source,
        "figures_complete": True,
        "furniture": spec.furniture(),
        "articles": [gold_article(story, jump=True, floated=False) for story in printed],
        "figures": figures,
    }


def with_source(gold: dict, source: str, lines: list[list[int]] | None = None) -> dict:
    """The same gold for another file of the page, with each article's first and last line there."""
    out = copy.deepcopy(gold)
    out["source"] = source
    for k, article in enumerate(out["articles"]):
        article["lines"] = lines[k] if lines else []
    return out


def entity_article(story: Story) -> dict:
    entities = story.entities
    return {
        "title": story.title.clean,
        "persons": [{"name": p["name"], "posts": list(p.get("posts", []))} for p in entities.get("persons", [])],
        "reporters": list(entities.get("reporters", [])),
        "orgs": [{"name": name} for name in entities.get("orgs", [])],
        "places": [{"name": name, "code": None} for name in entities.get("places", [])],
        "minor_places": [{"name": name} for name in entities.get("minor_places", [])],
        "aid": [{"donor": a.get("donor", ""), "donor_code": None, "recipient": a.get("recipient", ""),
                 "recipient_code": None, "programme": a.get("programme", ""), "sentence": a.get("sentence", "")}
                for a in entities.get("aid", [])],
    }


def entity_gold(spec: PageSpec, source: str) -> dict:
    """Who and what each article names, from the stories' [entities] tables (codes not yet filled)."""
    return {"source": source, "articles": [entity_article(story) for story in articles(spec)]}
