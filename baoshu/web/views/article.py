"""Article view: the story in its parts, its figures marked, and its jumps."""

from __future__ import annotations

from typing import Any

from baoshu.archive import Archive
from baoshu.web.marks import marked_article
from baoshu.web.views.common import dress_figure


def jump_label(jump: dict[str, Any]) -> str:
    where = f"第{jump['page']}版" if jump.get("page") else "另一版"
    return f"{where}《{jump['title']}》" if jump.get("title") else where


def article_view(archive: Archive, article_id: int) -> dict[str, Any]:
    """An article with its parts cut into segments that mark each figure.

    Raises:
        baoshu.archive.NotFound: no article has this id.
    """
    stored = archive.article(article_id)
    figures = [dress_figure(f) for f in stored["figures"]]
    article = {k: v for k, v in stored.items() if k not in ("figures", "page", "continuation", "continues", "source")}
    article["index"] = stored["seq"]
    return {
        "article": article,
        "page": stored["page"],
        "figures": figures,
        "parts": marked_article(stored, figures),
        "continuation": {**stored["continuation"], "label": jump_label(stored["continuation"])}
        if stored["continuation"] else None,
        "continued_from": {**stored["continues"], "label": jump_label(stored["continues"])}
        if stored["continues"] else None,
    }
