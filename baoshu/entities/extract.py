"""One article's entities: reporters, persons with their posts, organisations, places, and aid.

Order matters: reporters' names come first and are no persons; persons' names are found next
and are barriers that organisations and places do not cross; posts bring the organisations
they name; places are resolved with the page's own places as context; aid relations last, over
the places, organisations and figures found.
"""

from __future__ import annotations

from collections.abc import Iterable

from baoshu.config import Config
from baoshu.entities import aid as aid_ledger
from baoshu.entities import lexicon
from baoshu.entities.names import find_names, reporter_role_before
from baoshu.entities.orgs import OrgHit, dateline_media, find_orgs
from baoshu.entities.places import article_places
from baoshu.entities.posts import post_after, posts_in_clause, posts_before
from baoshu.entities.reporters import find_reporters
from baoshu.model import Article, Figure, Org, Person
from baoshu.places import find_places, match_places


def mark(length: int, spans: Iterable[tuple[int, int]]) -> bytearray:
    marks = bytearray(length)
    for start, end in spans:
        marks[start:end] = b"\x01" * (end - start)
    return marks


def extract_article(article: Article, figures: list[tuple[int, Figure]], config: Config,
                    context: Iterable[str] = (), page_date: str = "") -> None:
    """Fill the article's persons, reporters, orgs, places, minor places and aid."""
    text = article.text()
    credits = find_reporters(article)
    reporters = list(dict.fromkeys(c.name for c in credits))
    matches = match_places(text)  # read twice: once bare, once with names skipped and context
    first = find_places(text, matches=matches)
    hits = find_names(text, config.weights["person_name"], mark(len(text), ((c.start, c.end) for c in credits)),
                      first)
    persons: dict[str, Person] = {}
    org_hits: list[OrgHit] = []
    barrier = 0
    for hit in hits:
        if reporter_role_before(text, hit.start):
            reporters.append(hit.text)
            barrier = hit.end
            continue
        person = persons.setdefault(hit.text, Person(hit.text))
        person.spans.append([hit.start, hit.end])
        following = next((h.start for h in hits if h.start >= hit.end), len(text))
        found = posts_before(text, hit.start, barrier)
        after = post_after(text, hit.end)
        found += ([after] if after else []) + posts_in_clause(text, hit.end, following)
        for post in found:
            if post.text not in person.posts:
                person.posts.append(post.text)
            if post.org:
                org_hits.append(OrgHit(post.org_start, post.org_start + len(post.org), post.org))
        barrier = hit.end
    article.reporters = list(dict.fromkeys(r for r in reporters if r not in persons))
    article.persons = list(persons.values())
    name_spans = [(h.start, h.end) for h in hits] + [(c.start, c.end) for c in credits]
    org_hits += find_orgs(text, name_spans)
    zones = [o for o in org_hits if o.name.endswith(lexicon.ZONE_SUFFIXES)]
    article.orgs = _orgs([o for o in org_hits if o not in zones], dateline_media(article.dateline))
    bodies = [(o.start, o.end) for o in org_hits if not o.name.endswith(tuple(lexicon.FACILITY_SUFFIXES))]
    where = article_places(text, name_spans, bodies, context, config, first, matches)
    article.places = where.places
    article.minor_places = list(dict.fromkeys(where.minor + [z.name for z in zones]))
    article.aid = aid_ledger.find_aid(article, text, where.mentions, org_hits, figures, config, page_date)


def _orgs(hits: list[OrgHit], media: str) -> list[Org]:
    """One entry per organisation, its fullest printed name: a name inside a longer one is the same body."""
    spans: dict[str, list[list[int]]] = {}
    if media:
        spans[media] = []
    for hit in sorted(hits, key=lambda h: h.start):
        spans.setdefault(hit.name, []).append([hit.start, hit.end])
    names = sorted(spans, key=len, reverse=True)
    kept: dict[str, list[list[int]]] = {}
    for name in names:
        longer = next((k for k in kept if name in k), None)
        if longer:
            kept[longer] += spans[name]
        else:
            kept[name] = list(spans[name])
    order = {name: min((s[0] for s in spans), default=-1) for name, spans in kept.items()}
    return [Org(name, sorted(kept[name])) for name in sorted(kept, key=lambda n: order[n])]
