"""The posts printed with a person's name, and the organisations they name.

A post is printed before the name: a body and a title (`自治区教育厅` `副厅长`), several of them
joined by 、 or 兼 (`县委常委、副县长`), and sometimes a whole clause of posts before a comma
(`某市委常委、副市长，某省挂职干部` + name). A title with no body of its own belongs to the post
before it (`党组书记、副局长` is one post); a title with its own body starts a new post. A post
may also follow the name (`张三总书记`). Posts are returned outermost body first, as printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from baoshu.entities import lexicon
from baoshu.entities.orgs import SUFFIX, is_org_name, name_start
from baoshu.entities.text import alternation

TITLE_END = re.compile(f"(?:{alternation(lexicon.TITLES)})$")
JOINERS = "、兼"
SAME_HOLDER = "兼"  # 副院长兼某中心主任: one post however many bodies
CLAUSE_BREAKS = "，,"
MAX_POST = 40  # characters of one post
SENTENCE_END = "。！？；\n"
POST_AFTER = re.compile(alternation(lexicon.POSTS_AFTER))
POST_CLAUSE = re.compile(rf"[，、]?(?:{alternation(lexicon.POST_VERBS)})([^，。；：！？\n“”]{{2,{MAX_POST}}})")
CLAUSE_REACH = 12  # characters after a name where a clause giving its post (…，任…) may open


@dataclass(frozen=True)
class Post:
    """A post printed with a name: its text, where it stands, and the organisation it names ("" if none)."""

    text: str
    start: int
    end: int
    org: str = ""
    org_start: int = -1


def _piece(text: str, end: int, barrier: int) -> tuple[int, int, str] | None:
    """The post piece ending at `end`: (start, title start, title), or None when no title ends there."""
    m = TITLE_END.search(text, max(barrier, end - 12), end)
    if not m or m.end() != end:
        return None
    title_start = m.start()
    return name_start(text, title_start, barrier), title_start, m.group()


def posts_before(text: str, at: int, barrier: int = 0) -> list[Post]:
    """The posts printed right before a name at `at`, outermost first; `barrier` is where they may begin
    at the earliest (the end of the name before)."""
    pieces: list[tuple[int, int, int]] = []  # (start, title start, end)
    end = at
    while end > barrier:
        found = _piece(text, end, barrier)
        if not found:
            break
        start, title_start, _ = found
        pieces.append((start, title_start, end))
        if start > barrier and text[start - 1] in JOINERS:
            end = start - 1
            continue
        if start > barrier + 1 and text[start - 1] in CLAUSE_BREAKS and _whole_clause(text, start - 1, barrier):
            end = start - 1
            continue
        break
    pieces.reverse()
    return _join(text, pieces)


def _whole_clause(text: str, comma: int, barrier: int) -> bool:
    """Whether the clause before a comma is made of posts alone (no subject, no verb before them)."""
    found = _piece(text, comma, barrier)
    if not found:
        return False
    start = found[0]
    first = start
    while first > barrier and text[first - 1] in JOINERS:
        prev = _piece(text, first - 1, barrier)
        if not prev:
            return False
        first = prev[0]
    return first == barrier or text[first - 1] in "。；：\n“”（）"


def _join(text: str, pieces: list[tuple[int, int, int]]) -> list[Post]:
    """Posts from pieces: a bare title, or one after 兼, joins the post before it."""
    posts: list[list[int]] = []
    for start, title_start, end in pieces:
        joined = posts and text[start - 1] in JOINERS
        if joined and (start == title_start or text[start - 1] == SAME_HOLDER):
            posts[-1][1] = end
        else:
            posts.append([start, end, title_start])
    out = []
    for start, end, title_start in posts:
        if end - start > MAX_POST:
            continue
        body = text[start:title_start]
        org = _org_name(body)
        if org and org not in lexicon.SHORT_ORGS and not is_org_name(org):
            org = ""
        out.append(Post(text[start:end], start, end, _org_name(org), start if org else -1))
    return out


def _org_name(body: str) -> str:
    """The organisation a post's body names: the body up to its last organisation ending."""
    last = None
    for m in SUFFIX.finditer(body):
        last = m
    if body in lexicon.SHORT_ORGS:
        return body
    return body[: last.end()] if last else ""


def post_after(text: str, end: int) -> Post | None:
    """A title printed right after the name (某某教授)."""
    m = POST_AFTER.match(text, end)
    return Post(m.group(), m.start(), m.end()) if m else None


def posts_in_clause(text: str, end: int, next_name: int) -> list[Post]:
    """A post a clause after the name gives (…开始援疆，任某医院院长), in the same sentence, before
    the next name: the clause after 任/担任 when it is a body and a title and nothing else."""
    limit = min(next_name, len(text))
    stop = next((i for i in range(end, limit) if text[i] in SENTENCE_END), limit)
    for m in POST_CLAUSE.finditer(text, end, stop):
        if m.start() - end > CLAUSE_REACH:
            break
        found = posts_before(text, m.end(1), m.start(1))
        if found and found[0].start == m.start(1):
            return found
    return []
