"""A dateline set on lines of its own at a PDF story's start: `本报X月X日电` over `（记者 X）`.

The lead ends its line short, so the lines read as paragraphs of their own;
the reporters' bracket under it belongs to the dateline, and the two are one
paragraph again (the article splits the dateline off it).
"""

from __future__ import annotations

from baoshu.model import Line
from baoshu.repair import join_lines
from baoshu.roles import DATELINE_REPORTERS, split_dateline


def join_dateline(paragraphs: list[list[Line]]) -> list[list[Line]]:
    """The story's first paragraphs, a dateline's lead and its reporters' bracket set apart
    joined into one."""
    if len(paragraphs) < 2:
        return paragraphs
    lead = join_lines([line.text for line in paragraphs[0]])
    found = split_dateline(lead)
    if found is None or found.rest:
        return paragraphs
    if DATELINE_REPORTERS.match(join_lines([line.text for line in paragraphs[1]])) is None:
        return paragraphs
    return [paragraphs[0] + paragraphs[1], *paragraphs[2:]]
