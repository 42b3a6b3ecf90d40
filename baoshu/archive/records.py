"""Stored rows back as the model's values."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from baoshu.model import Article

TEXT_FIELDS = ("kicker", "title", "subtitle", "byline", "dateline", "standfirst", "credit")


def article_text(row: Mapping[str, Any]) -> str:
    """The text figure spans index into, for a stored article row (see `Article.text`).

    The row needs `body`, `captions` and the TEXT_FIELDS columns.
    """
    article = Article(**{f: row[f] for f in TEXT_FIELDS},
                      body=row["body"].split("\n") if row["body"] else [],
                      captions=row["captions"].split("\n") if row["captions"] else [])
    return article.text()
