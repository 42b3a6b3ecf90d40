"""Figures: every quantity the articles report, in normal form (see FIGURES.md)."""

from __future__ import annotations

from baoshu.model import Article, Figure, PageMeta


def extract_figures(articles: list[Article], meta: PageMeta | None = None) -> list[Figure]:
    """Every figure of every article, in article order then text order."""
    return []
