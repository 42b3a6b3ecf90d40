"""Figures: every quantity the articles report, in normal form (see FIGURES.md).

A figure's `span` is [start, end) in characters of `Article.text()` of its
article: the article's parts joined by "\\n" (kicker, title, subtitle,
standfirst, byline, dateline, body paragraphs, captions, credit; empty parts
left out). Figures are looked for in the headline parts, the standfirst, the
body and the captions. `text` is the figure as printed with white space removed,
from its first to its last character (a qualifier in front, `超过90%`, is part
of it; so is one behind, `100亿元以上`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, partial

from baoshu.figures.context import find_period, find_place, main_place, page_places, place_cache_clear
from baoshu.figures.extract import Hit, find_figures
from baoshu.figures.measure import find_measure, phrase_after, subject, tag_cache_clear
from baoshu.figures.units import CLAUSE_BREAKS, POST_QUALIFIERS, SENTENCE_BREAKS
from baoshu.config import DEFAULT, Config, FiguresConfig
from baoshu.model import FIGURE_PARTS, Article, Figure, Page, PageMeta
from baoshu.stages import stage

__all__ = ["clear_caches", "extract_figures", "figure_period", "find_figures"]

SINCE = ("来", "以来")
THRESHOLDS = ("以上", "以下")


def _break_before(text: str, at: int, breaks: str) -> int:
    return max((text.rfind(c, 0, at) for c in breaks), default=-1) + 1


def _break_after(text: str, at: int, breaks: str) -> int:
    found = [i for i in (text.find(c, at) for c in breaks) if i >= 0]
    return min(found, default=len(text))


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _measure(text: str, hits: list[Hit], k: int, earlier: list[Figure]) -> str:
    """The measure of hit `k` of a part, from its clause (see baoshu.figures.measure)."""
    hit = hits[k]
    following = hits[k + 1] if k + 1 < len(hits) else None
    clause_start = _break_before(text, hit.start, CLAUSE_BREAKS)
    if k and hits[k - 1].end > clause_start:
        clause_start = hits[k - 1].end
    clause_end = _break_after(text, hit.end, CLAUSE_BREAKS)
    if following:
        clause_end = min(clause_end, following.start)
    after = _squeeze(text[hit.end:clause_end])
    sentence_start = _break_before(text, hit.start, SENTENCE_BREAKS)
    if after in SINCE and clause_end < len(text):
        # 10年来，X…: a span of years is measured by what the next clause is about
        return subject(_squeeze(text[clause_end + 1:_break_after(text, clause_end + 1, CLAUSE_BREAKS)]))
    if following and clause_end == following.start and following.text.endswith(THRESHOLDS):
        # 12座年产值十亿元以上工厂: what is counted comes after the threshold
        counted = phrase_after(_squeeze(text[following.end:_break_after(text, following.end, CLAUSE_BREAKS)]))
        if counted:
            return counted
    measure = find_measure(_squeeze(text[clause_start:hit.start]), after, hit.unit,
                           post_qualified=hit.text.endswith(POST_QUALIFIERS))
    if not measure and earlier and hits[k - 1].start >= sentence_start:
        measure = earlier[-1].measure  # 举办8场次40余项: one measure for both
    if not measure and clause_start > sentence_start:
        previous_clause = text[_break_before(text, clause_start - 1, CLAUSE_BREAKS):clause_start - 1]
        measure = subject(_squeeze(previous_clause))  # 场馆面积将扩大，预计可达8万平方米
    return measure


def _period(text: str, start: int, end: int, page_date: str) -> tuple[str, str, str]:
    """The period governing the figure at [start, end) of one part: a time phrase of its sentence."""
    sentence_start = _break_before(text, start, SENTENCE_BREAKS)
    sentence = text[sentence_start:_break_after(text, end, SENTENCE_BREAKS)]
    return find_period(sentence, end - sentence_start, page_date)


def figure_period(article_text: str, span: list[int], page_date: str) -> tuple[str, str, str]:
    """(period, period_start, period_end) of the figure at `span` in `Article.text()`, against `page_date`.

    The same resolution `extract_figures` does; used again when a page's date is corrected.
    """
    part_start = article_text.rfind("\n", 0, span[0]) + 1
    part_end = article_text.find("\n", span[1])
    part = article_text[part_start:part_end if part_end >= 0 else len(article_text)]
    return _period(part, span[0] - part_start, span[1] - part_start, page_date)


def _figures_in_part(text: str, hits: list[Hit], offset: int, index: int,
                     article_place: Callable[[], str], meta: PageMeta, known: frozenset[str]) -> list[Figure]:
    """Figures for the hits of one part of an article, with measure, period and place."""
    figures: list[Figure] = []
    for k, hit in enumerate(hits):
        measure = _measure(text, hits, k, figures)
        sentence_start = _break_before(text, hit.start, SENTENCE_BREAKS)
        sentence = text[sentence_start:_break_after(text, hit.end, SENTENCE_BREAKS)]
        period, period_start, period_end = _period(text, hit.start, hit.end, meta.date)
        place = find_place(sentence, hit.start - sentence_start, article_place, known)
        figures.append(Figure(
            text=hit.text, value=hit.value, unit=hit.unit, article=index,
            span=[offset + hit.start, offset + hit.end], qualifier=hit.qualifier, measure=measure,
            value_max=hit.value_max, period=period, period_start=period_start, period_end=period_end,
            place=place,
        ))
    return figures


def extract_figures(articles: list[Article], meta: PageMeta | None = None,
                    cfg: FiguresConfig = DEFAULT.figures) -> list[Figure]:
    """Every figure of every article, in article order then text order.

    Args:
        articles: the page's articles; a figure's `article` is its index here.
        meta: the page's date (ISO) resolves periods such as `今年1—10月`; may be None.
        cfg: where places are looked for.
    Returns:
        The figures, each with its span in `Article.text()` (see the module docstring).
    """
    meta = meta or PageMeta()
    figures: list[Figure] = []
    opening = cfg.opening_chars
    known = page_places([" ".join([a.headline, a.dateline, "".join(a.body)[:opening]]) for a in articles],
                        [a.text() for a in articles])
    for index, article in enumerate(articles):
        # looked up only when a figure's sentence names no place
        article_place = cache(partial(main_place, article.headline, article.dateline, article.text(), known,
                                      cfg.main_place_mentions))
        for part in article.parts():
            if part.name in FIGURE_PARTS:
                figures.extend(_figures_in_part(part.text, find_figures(part.text), part.offset, index,
                                                article_place, meta, known))
    return figures


@stage("figures", requires=("articles", "meta"), provides=("figures",))
def figures_stage(page: Page, config: Config) -> Page:
    """Every figure the page's articles report, with measure, period and place."""
    figures = extract_figures(page.articles, page.meta, config.figures)
    limit = config.limits.max_figures
    if len(figures) > limit:
        page.note("figures", f"{len(figures) - limit} figures beyond the limit of {limit} were dropped "
                             "(limits.max_figures)")
        figures = figures[:limit]
    page.figures = figures
    return page


def clear_caches() -> None:
    """Forget the word tags cached for texts already seen (so benchmarks time real work)."""
    tag_cache_clear()
    place_cache_clear()
