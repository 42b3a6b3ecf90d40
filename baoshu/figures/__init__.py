"""Figures: every quantity the articles report, in normal form (see FIGURES.md).

A figure's `span` is [start, end) in characters of `Article.text()` of its
article: the article's parts joined by "\\n" (kicker, title, subtitle,
standfirst, byline, dateline, body paragraphs, captions, credit; empty parts
left out). Figures are looked for in the headline parts, the standfirst, the
body and the captions. `text` is the figure as printed with white space removed,
from its first to its last character (a qualifier in front, `超过90%`, is part
of it; so is one behind, `100亿元以上`).

Each part that holds a figure is segmented and tagged once (`tokens.Tagged`);
each article is searched for places once (`where`).
"""

from __future__ import annotations

from dataclasses import dataclass

from baoshu.config import DEFAULT, Config, FiguresConfig
from baoshu.figures.period import cache_clear as period_cache_clear
from baoshu.figures.period import find_period
from baoshu.figures.extract import WHITE_SPACE, Hit, find_figures
from baoshu.figures.indicator import indicator
from baoshu.figures.measure import TIME, changed_again, compares, find_measure, is_agent, phrase_after, subject
from baoshu.figures.repeats import mark_repeats
from baoshu.figures.tokens import Span, Tagged, cache_clear
from baoshu.figures.units import CLAUSE_BREAKS, POST_QUALIFIERS, SENTENCE_BREAKS, TIME_UNITS
from baoshu.figures.where import ArticlePlaces, Place, page_places
from baoshu.model import FIGURE_PARTS, Article, Figure, Page, PageMeta, Part
from baoshu.stages import stage

__all__ = ["clear_caches", "extract_figures", "figure_period", "find_figures"]

SINCE = ("来", "以来")
# After a span of time, these make it a time adverbial: it measures time itself.
POINT_IN_TIME = ("来", "以来", "前", "内", "以内", "后", "时间", "里")
THRESHOLDS = ("以上", "以下")
HEADLINE_PARTS = ("kicker", "title", "subtitle")
PHRASE_BREAK = "，"  # what white space between Chinese phrases reads as


def _is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def _break_before(text: str, at: int, breaks: str) -> int:
    return max((text.rfind(c, 0, at) for c in breaks), default=-1) + 1


def _break_after(text: str, at: int, breaks: str) -> int:
    found = [i for i in (text.find(c, at) for c in breaks) if i >= 0]
    return min(found, default=len(text))


@dataclass(frozen=True, slots=True)
class _At:
    """A hit with its offsets in the part's text without white space."""

    start: int
    end: int
    hit: Hit


class _Paragraph:
    """One part of an article without its white space, tagged once, with its hits.

    White space between two Chinese characters separates phrases (a headline's
    `县城春茶开采 茶园面积…`), so it becomes a clause mark; other white space goes.
    """

    def __init__(self, part: Part, hits: list[Hit], places: list[tuple[int, int]]) -> None:
        text = part.text
        if WHITE_SPACE.search(text):
            chars: list[str] = []
            kept: list[int] = []
            for i, c in enumerate(text):
                if not c.isspace():
                    chars.append(c)
                    kept.append(i)
                elif (kept and kept[-1] == i - 1 and _is_han(text[i - 1]) and i + 1 < len(text)
                      and (_is_han(text[i + 1]) or text[i + 1].isspace())):
                    j = i
                    while j < len(text) and text[j].isspace():
                        j += 1
                    if j < len(text) and _is_han(text[j]):
                        chars.append(PHRASE_BREAK)
                        kept.append(i)
            self.text = "".join(chars)
            self.original: list[int] | None = kept  # original offset of each character kept
            position = {i: compact for compact, i in enumerate(kept)}
            self.hits = [_At(position[h.start], position[h.end - 1] + 1, h) for h in hits]
            places = [(position[a], position[b - 1] + 1) for a, b in places if a in position and b - 1 in position]
        else:
            self.text, self.original = text, None
            self.hits = [_At(h.start, h.end, h) for h in hits]
        self.tagged = Tagged(self.text, places)

    def span(self, start: int, end: int) -> Span:
        return Span(self.tagged, start, end)

    def offset(self, compact: int) -> int:
        """The offset in the part's own text of a character of the text without white space."""
        if self.original is None:
            return compact
        return self.original[compact] if compact < len(self.original) else (self.original[-1] + 1 if self.original else 0)


def _measure(para: _Paragraph, k: int, earlier: list[Figure]) -> str:
    """The measure of hit `k` of a paragraph, from its clause (see baoshu.figures.measure)."""
    text, hits = para.text, para.hits
    at = hits[k]
    following = hits[k + 1] if k + 1 < len(hits) else None
    clause_start = _break_before(text, at.start, CLAUSE_BREAKS)
    if k and hits[k - 1].end > clause_start:
        clause_start = hits[k - 1].end
    clause_end = _break_after(text, at.end, CLAUSE_BREAKS)
    if following:
        clause_end = min(clause_end, following.start)
    after = para.span(at.end, clause_end)
    sentence_start = _break_before(text, at.start, SENTENCE_BREAKS)
    if after.text in SINCE and clause_end < len(text):
        # 10年来，X…: a span of years is measured by what the next clause is about, unless that is
        # who acted (a people, a body, a place): then by time itself
        about = subject(para.span(clause_end + 1, _break_after(text, clause_end + 1, CLAUSE_BREAKS)))
        return about if about and not is_agent(about) else TIME
    if at.hit.unit in TIME_UNITS and after.text.startswith(POINT_IN_TIME):
        return TIME  # 3年来累计…, 5年前, 3年内, 4天后, 用两年时间: when, not what
    if following and clause_end == following.start and following.hit.text.endswith(THRESHOLDS):
        # 12座年产值十亿元以上工厂: what is counted comes after the threshold
        counted = phrase_after(para.span(following.end, _break_after(text, following.end, CLAUSE_BREAKS)))
        if counted:
            return counted
    before = para.span(clause_start, at.start)
    if earlier and hits[k - 1].start >= sentence_start and (changed_again(before) or compares(before)):
        fallback = earlier[-1].measure  # 由40分钟缩短到5分钟, 亩产486公斤，比…高出62公斤
    else:
        fallback = ""
    if fallback and changed_again(before):
        return fallback
    measure = find_measure(before, after, at.hit.unit, post_qualified=at.hit.text.endswith(POST_QUALIFIERS))
    if fallback and not measure:
        return fallback
    if not measure and earlier and hits[k - 1].start >= sentence_start:
        measure = earlier[-1].measure  # 举办8场次40余项: one measure for both
    if not measure and clause_start > sentence_start:
        previous = _break_before(text, clause_start - 1, CLAUSE_BREAKS)
        measure = subject(para.span(previous, clause_start - 1))  # 场馆面积将扩大，预计可达8万平方米
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


def _figures_in_part(part: Part, hits: list[Hit], index: int, places: ArticlePlaces,
                     meta: PageMeta) -> list[Figure]:
    """Figures for the hits of one part of an article, with measure, period and place."""
    para = _Paragraph(part, hits, places.within(part.offset, part.offset + len(part.text)))
    figures: list[Figure] = []
    for k, at in enumerate(para.hits):
        hit = at.hit
        measure = _measure(para, k, figures)
        sentence_start = _break_before(para.text, at.start, SENTENCE_BREAKS)
        sentence = para.text[sentence_start:_break_after(para.text, at.end, SENTENCE_BREAKS)]
        period, period_start, period_end = find_period(sentence, at.end - sentence_start, meta.date)
        place = places.before(part.offset + para.offset(sentence_start), part.offset + hit.start) or Place("")
        figures.append(Figure(
            text=hit.text, value=hit.value, unit=hit.unit, article=index,
            span=[part.offset + hit.start, part.offset + hit.end], qualifier=hit.qualifier, measure=measure,
            value_max=hit.value_max, period=period, period_start=period_start, period_end=period_end,
            place=place.text, place_code=place.code, place_level=place.level, place_name=place.name,
            indicator=indicator(measure, hit.unit), part=part.name,
        ))
    return figures


def _headline_end(article: Article) -> int:
    return max((p.offset + len(p.text) for p in article.parts() if p.name in HEADLINE_PARTS), default=0)


def extract_figures(articles: list[Article], meta: PageMeta | None = None,
                    cfg: FiguresConfig = DEFAULT.figures) -> list[Figure]:
    """Every figure of every article, in article order then text order.

    Args:
        articles: the page's articles; a figure's `article` is its index here.
        meta: the page's date (ISO) resolves periods such as `今年1—10月`; may be None.
        cfg: how an article's main place is chosen.
    Returns:
        The figures, each with its span in `Article.text()` (see the module docstring); a figure
        that repeats an earlier one of its article has `repeat_of`, the index of that one.
    """
    meta = meta or PageMeta()
    places = page_places([a.text() for a in articles], [_headline_end(a) for a in articles],
                         cfg.main_place_mentions)
    figures: list[Figure] = []
    for index, article in enumerate(articles):
        for part in article.parts():
            if part.name in FIGURE_PARTS:
                hits = find_figures(part.text)
                if hits:
                    figures.extend(_figures_in_part(part, hits, index, places[index], meta))
    return mark_repeats(figures)


@stage("figures", requires=("articles", "meta"), provides=("figures",))
def figures_stage(page: Page, config: Config) -> Page:
    """Every figure the page's articles report, with measure, period and place."""
    figures = extract_figures(page.articles, page.meta, config.figures)
    limit = config.limits.max_figures
    if len(figures) > limit:
        page.note("figures", f"{len(figures) - limit} figures beyond the limit of {limit} were dropped "
                             "(limits.max_figures)")
        figures = figures[:limit]  # a repeat points back, so never past the cut
    page.figures = figures
    return page


def clear_caches() -> None:
    """Forget what is cached for texts already seen (so benchmarks time real work)."""
    cache_clear()
    period_cache_clear()
