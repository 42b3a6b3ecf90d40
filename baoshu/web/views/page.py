"""Page view: the source text beside the articles rebuilt from it."""

from __future__ import annotations

import re
from typing import Any

from baoshu.archive import Archive
from baoshu.web.spots import figure_box

SPACES = re.compile(r"\s+")
LABEL_CHARS = 24


def squeeze(text: str) -> str:
    return SPACES.sub("", text)


def article_label(article: dict[str, Any]) -> str:
    """What a reader calls an article: its headline, else the start of its text."""
    if article["headline"]:
        return article["headline"]
    start = next((p for p in (*article["captions"], *article["body"]) if p), "")
    if not start:
        return "（无题）"
    return start[:LABEL_CHARS] + ("…" if len(start) > LABEL_CHARS else "")


def source_lines(lines: list[str], articles: list[dict[str, Any]], furniture: list[str]) -> list[dict[str, Any]]:
    """Each source line with the articles (by index) that use it and whether it is furniture.

    Furniture is stored as text, not line numbers: a line no article uses is
    furniture when its text (spaces aside) is part of a furniture item.
    """
    owners: dict[int, list[int]] = {}
    for index, article in enumerate(articles):
        for number in article["source_lines"]:
            owners.setdefault(number, []).append(index)
    furniture_text = [squeeze(f) for f in furniture if squeeze(f)]
    rows = []
    for number, text in enumerate(lines, start=1):
        used = owners.get(number, [])
        bare = squeeze(text)
        is_furniture = not used and bool(bare) and any(bare in f or f in bare for f in furniture_text)
        rows.append({"number": number, "text": text, "articles": used, "furniture": is_furniture})
    return rows


def page_view(archive: Archive, page_id: int) -> dict[str, Any]:
    """A page, its articles with the source lines each came from, its furniture and its lines.

    PDF pages also have `image` (the URL of the page image) and `size`
    ([width, height] in points: the space article `regions` are given in).

    Raises:
        baoshu.archive.NotFound: no page has this id.
    """
    stored = archive.page(page_id)
    articles = []
    for summary in stored["articles"]:
        full = archive.article(summary["id"])
        articles.append({
            **summary,
            "label": article_label(full),
            "lines": full["lines"],
            "source_lines": full["source_lines"],
            "regions": full["regions"],
            "figures": len(full["figures"]),
        })
    page = {k: stored[k] for k in ("id", "publication", "date", "page", "source", "kind", "encoding", "part")}
    page["figures"] = sum(a["figures"] for a in articles)
    has_image = stored["kind"] == "pdf" and bool(stored["width"] and stored["height"])
    return {
        "page": page,
        "image": f"/api/pages/{page_id}/image" if has_image else None,
        "size": [stored["width"], stored["height"]] if has_image else None,
        "furniture": stored["furniture"],
        "articles": articles,
        "lines": source_lines(stored["lines"], articles, stored["furniture"]),
    }


def selection(archive: Archive, data: dict[str, Any], article_id: int | None,
              figure_id: int | None) -> dict[str, Any]:
    """Which article of the page view is chosen (`?article=ID`) and which figure's line (`?figure=ID`).

    Returns `selected` (the article's index on the page, or None), `spot`
    (the figure's source line, or None), `spot_box` (where the figure is
    printed on a PDF page's image, `[x0, top, x1, bottom]` in points, or
    None) and `notice` (why nothing is marked when the id is not on this
    page, else "").
    """
    index_of = {a["id"]: i for i, a in enumerate(data["articles"])}
    notice, spot, spot_box = "", None, None
    if figure_id is not None:
        figure = next((f for a in data["articles"] for f in archive.article(a["id"])["figures"]
                       if f["id"] == figure_id), None)
        if figure is None:
            notice = f"这个版面上没有编号为 {figure_id} 的数字。"
        else:
            article_id, spot = figure["article_id"], figure["line"]
            if data["image"]:
                regions = data["articles"][index_of[article_id]]["regions"]
                spot_box = figure_box(archive.page(data["page"]["id"]), archive.path, figure["text"], regions)
    selected = index_of.get(article_id) if article_id is not None else None
    if article_id is not None and selected is None:
        notice = f"这个版面上没有编号为 {article_id} 的文章。"
    return {"selected": selected, "spot": spot, "spot_box": spot_box, "notice": notice}
