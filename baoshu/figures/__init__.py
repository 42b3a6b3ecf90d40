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
from baoshu.figures.measure import TIME, changed_again, changes_to, compares, find_measure, only_links, opens_with_noun
from baoshu.figures.phrase import is_agent, phrase_after, phrase_before, subject
from baoshu.figures.repeats import mark_repeats
from baoshu.figures.tokens import Span, Tagged, cache_clear
from baoshu.figures.units import (
    CLAUSE_BREAKS,
    COUNT_WORDS,
    PEOPLE_COUNTS,
    POST_QUALIFIERS,
    SENTENCE_BREAKS,
    TIME_UNITS,
)
from baoshu.figures.where import ArticlePlaces, Place, page_places
from baoshu.places.cues import ORG_ENDINGS, ORG_REACH
from baoshu.model import FIGURE_PARTS, Article, Figure, Page, PageMeta, Part
from baoshu.stages import stage

__all__ = ["clear_caches", "extract_figures", "figure_period", "find_figures"]

SINCE = ("来", "以来")
# After a span of time, these make it a time adverbial: it measures time itself.
POINT_IN_TIME = ("来", "以来", "前", "内", "以内", "后", "时间", "里", "就", "才", "便")  # 3天就能干完: how soon
# After a span of time, these make it a point in time (三年前的): part of its clause, not a break in it.
AGO = ("前", "后")
THRESHOLDS = ("以上", "以下")
RESPECTIVELY = "分别"  # 甲10吨、乙8吨，同比分别增长5%和6%: each figure after it goes with one before it
LIST_JOINERS = ("和", "、", "与", "及")
HEADLINE_PARTS = ("kicker", "title", "subtitle")
PHRASE_BREAK = "，"
PART_OF = ("其中", "已有")  # 其中3人…: some of a group counted before
EVERY = ("每天", "每日", "每晚", "每周", "每月", "每年")  # how often, opening a clause  # what white space between Chinese phrases reads as


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


def _is_point_in_time(para: _Paragraph, k: int) -> bool:
    """Hit `k` is a span of time before 前 or 后 (`从三年前的…`): when, inside the clause of what follows."""
    at = para.hits[k]
    return at.hit.unit in TIME_UNITS and para.text.startswith(AGO, at.end)


def _is_lasting_before(para: _Paragraph, k: int, end: int) -> bool:
    """Hit `k` is a span of time followed only by linking words up to `end` (`连续5年保持在`): how long
    the clause holds, inside the clause of the figure after it."""
    return para.hits[k].hit.unit in TIME_UNITS and only_links(para.span(para.hits[k].end, end))


def _respectively(para: _Paragraph, k: int, earlier: list[Figure], sentence_start: int) -> str:
    """The measure of the earlier figure that hit `k` goes with, one for one, after 分别; else ""."""
    text, hits = para.text, para.hits
    at = text.rfind(RESPECTIVELY, sentence_start, hits[k].start)
    first = next((j for j in range(len(hits)) if hits[j].start > at), k)
    if at < 0 or any(c in CLAUSE_BREAKS for c in text[at:hits[first].start]):
        return ""
    group = [first]
    while group[-1] + 1 < len(hits) and text[hits[group[-1]].end:hits[group[-1] + 1].start] in LIST_JOINERS:
        group.append(group[-1] + 1)
    before = [j for j in range(first) if hits[j].start >= sentence_start and not _is_point_in_time(para, j)]
    if k not in group or len(before) < len(group):
        return ""
    return earlier[before[len(before) - len(group) + group.index(k)]].measure


def _group_of(para: _Paragraph, k: int, before: Span, after: Span, earlier: list[Figure]) -> str:
    """`招收员工260多名…其中40多人成为…`: a count of people after 其中 or 已有 that names no one is
    part of the group the last count of people before it measures; else ""."""
    if (para.hits[k].hit.unit not in PEOPLE_COUNTS or not before.text.startswith(PART_OF)
            or phrase_before(before) or opens_with_noun(after)):
        return ""
    return next((earlier[j].measure for j in range(k - 1, -1, -1) if para.hits[j].hit.unit in PEOPLE_COUNTS), "")


def _what_runs(para: _Paragraph, clause_start: int, before: Span, after: Span) -> str:
    """`开通了X专列，每周发车3趟`: a clause of how often that names nothing is about the last noun
    phrase of the clause before it; else ""."""
    if phrase_before(before) or phrase_after(after):
        return ""
    previous = _break_before(para.text, clause_start - 1, CLAUSE_BREAKS)
    return phrase_before(para.span(previous, clause_start - 1))


def _measure(para: _Paragraph, k: int, earlier: list[Figure]) -> str:
    """The measure of hit `k` of a paragraph, from its clause (see baoshu.figures.measure)."""
    text, hits = para.text, para.hits
    at = hits[k]
    following = hits[k + 1] if k + 1 < len(hits) else None
    clause_start = _break_before(text, at.start, CLAUSE_BREAKS)
    if (k and hits[k - 1].end > clause_start and not _is_point_in_time(para, k - 1)
            and not _is_lasting_before(para, k - 1, at.start)):
        clause_start = hits[k - 1].end
    clause_end = _break_after(text, at.end, CLAUSE_BREAKS)
    if following:
        clause_end = min(clause_end, following.start)
    after = para.span(at.end, clause_end)
    sentence_start = _break_before(text, at.start, SENTENCE_BREAKS)
    respectively = _respectively(para, k, earlier, sentence_start)
    if respectively:
        return respectively
    if after.text in SINCE and clause_end < len(text):
        # 10年来，X…: a span of years is measured by what the next clause is about, unless that is
        # who acted (people, a body, a place, a site or a fund): then by time itself
        clause = para.span(clause_end + 1, _break_after(text, clause_end + 1, CLAUSE_BREAKS))
        about = subject(clause)
        acted = is_agent(about) if about else True
        return TIME if acted or ORG_ENDINGS.search(clause.text[:ORG_REACH]) else about
    if (at.hit.unit in TIME_UNITS and after.text.startswith(POINT_IN_TIME)
            and not changes_to(para.span(clause_start, at.start))):
        return TIME  # 3年来累计…, 5年前, 3年内, 4天后, 用两年时间: when, not what (but 压缩到5天以内)
    if following and clause_end == following.start and following.hit.text.endswith(THRESHOLDS):
        # 12座年产值十亿元以上工厂: what is counted comes after the threshold
        counted = phrase_after(para.span(following.end, _break_after(text, following.end, CLAUSE_BREAKS)))
        if counted:
            return counted
    before = para.span(clause_start, at.start)
    group = _group_of(para, k, before, after, earlier)
    if group:
        return group
    if at.hit.unit in COUNT_WORDS and before.text.startswith(EVERY) and clause_start > sentence_start:
        runs = _what_runs(para, clause_start, before, after)
        if runs:
            return runs
    last = next((j for j in range(k - 1, -1, -1) if not _is_point_in_time(para, j)), -1)
    in_sentence = last >= 0 and hits[last].start >= sentence_start
    if in_sentence and (changed_again(before) or compares(before)):
        fallback = earlier[last].measure  # 由40分钟缩短到5分钟, 亩产486公斤，比（3年前）…高出62公斤
    else:
        fallback = ""
    if fallback and changed_again(before):
        return fallback
    measure = find_measure(before, after, at.hit.unit, post_qualified=at.hit.text.endswith(POST_QUALIFIERS))
    if fallback and not measure:
        return fallback
    if not measure and in_sentence:
        measure = earlier[last].measure  # 举办8场次40余项: one measure for both
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
