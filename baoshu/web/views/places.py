"""地点: one place with everything reported about it and the units within it."""

from __future__ import annotations

from typing import Any

from baoshu.archive import Archive
from baoshu.archive.directory import place_code
from baoshu.errors import NotFound
from baoshu.web.views.common import dress_figure, link
from baoshu.web.views.people import _linked

COUNTRY_ARTICLES = 200  # articles listed on a foreign country's page
LEVEL_LABELS = {"province": "省级", "prefecture": "地级", "county": "县级", "country": "国家"}


def place_view(archive: Archive, key: str) -> dict[str, Any]:
    """A division (by code, or by a name that resolves to one: 伊犁 → 654000) with its parents,
    children, figures, aid and articles; a foreign country (by name) with its articles.

    Raises:
        baoshu.archive.NotFound: the key is no division's code and no country the archive names.
    """
    code = key if key.isdigit() else place_code(key)
    if code is None:
        articles = archive.search("", place=key, limit=COUNTRY_ARTICLES)
        if not articles["total"]:
            raise NotFound(f"no place {key!r}")
        return {"country": True, "name": key, "code": "", "level_label": "国家", "hits": articles["hits"],
                "total": articles["total"]}
    found = archive.place(code)
    return {
        **found, "country": False, "level_label": LEVEL_LABELS.get(found["level"], ""),
        "figures": [dress_figure(f) for f in found["figures"]],
        "figure_sums": [{**s, "shown": s["sum_shown"] + s["unit"]} for s in found["figure_sums"]],
        "persons": _linked("person", found["persons"]), "orgs": _linked("org", found["orgs"]),
        "search_url": link("/search", {"place": key}),
        "aid_url": link("/aid", {"recipient": key}), "aid_given_url": link("/aid", {"donor": key}),
    }
