"""Entities: the persons (with their posts), reporters, organisations and places each article
names, and the counterpart-aid relations it states (donor → recipient, programme, figures).

The `entities` stage fills `Article.persons`, `reporters`, `orgs`, `places`, `minor_places`
and `aid`; `Article.to_json()` writes them in the format of the entity gold. See the README's
"Entities" section and `baoshu/entities/extract.py` for the order of the finders.
"""

from __future__ import annotations

from baoshu.config import Config
from baoshu.entities.extract import extract_article
from baoshu.model import Page
from baoshu.stages import stage

__all__ = ["entities_stage", "extract_article"]


@stage("entities", requires=("articles", "figures", "meta"), provides=("entities",))
def entities_stage(page: Page, config: Config) -> Page:
    """Persons, reporters, organisations, places and aid relations of each article."""
    context = [page.meta.publication] if config.entities.page_context and page.meta.publication else []
    for index, article in enumerate(page.articles):
        figures = [(i, f) for i, f in enumerate(page.figures) if f.article == index]
        extract_article(article, figures, config, context, page.meta.date)
    return page
