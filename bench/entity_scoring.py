"""The entity scorer's rules (../shared/bench/score_entities.py), as functions over page sets.

Per page, as sets, micro-averaged over pages: persons by exact name; places, organisations and
aid (donor, recipient) pairs match when either name contains the other (one character matches
only itself); predicted places that match only a `minor_places` entry are neither right nor
wrong; posts: of each gold person found, the share of its gold posts found with it. Reporters
are scored here too (exact names), which the shared scorer does not do.
"""

from __future__ import annotations

from typing import Any

KINDS = ("persons", "places", "orgs", "aid", "reporters")


def names(items: Any, key: str = "name") -> set[str]:
    out = set()
    for it in items or []:
        if isinstance(it, str):
            out.add(it)
        elif isinstance(it, dict):
            value = it.get(key) or it.get("text") or it.get("person") or ""
            if value:
                out.add(value)
    return out


def page_sets(articles: list[dict[str, Any]]) -> dict[str, Any]:
    """The sets a page is scored on, from its articles (gold tables or `extract --json` articles)."""
    s: dict[str, Any] = {"persons": set(), "places": set(), "orgs": set(), "aid": set(), "minor": set(),
                         "reporters": set(), "posts": {}}
    for a in articles:
        s["persons"] |= names(a.get("persons"))
        s["places"] |= names(a.get("places"))
        s["orgs"] |= names(a.get("orgs"))
        s["reporters"] |= names(a.get("reporters"))
        s["aid"] |= {(x.get("donor", ""), x.get("recipient", "")) for x in a.get("aid") or [] if isinstance(x, dict)}
        s["minor"] |= names(a.get("minor_places"))
        for p in a.get("persons") or []:
            if isinstance(p, dict) and p.get("name"):
                s["posts"].setdefault(p["name"], set()).update(x for x in p.get("posts") or [] if x)
    return s


def within(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if min(len(a), len(b)) < 2:
        return a == b
    return a in b or b in a


def loose(x: Any, ys: set[Any]) -> bool:
    if isinstance(x, tuple):
        return any(all(within(a, b) for a, b in zip(x, y)) for y in ys)
    return any(within(x, y) for y in ys)


def _match(kind: str):  # type: ignore[no-untyped-def]
    return (lambda x, ys: x in ys) if kind in ("persons", "reporters") else loose


def scored(kind: str, gold: dict[str, Any], pred: dict[str, Any]) -> tuple[set[Any], int, int, int, int]:
    """The predictions counted, and (right, predicted, found, gold) for one kind on one page."""
    predicted = pred[kind]
    if kind == "places":
        predicted = {x for x in predicted if loose(x, gold[kind]) or not loose(x, gold["minor"])}
    match = _match(kind)
    right = sum(1 for x in predicted if match(x, gold[kind]))
    found = sum(1 for g in gold[kind] if any(match(x, {g}) for x in predicted))
    return predicted, right, len(predicted), found, len(gold[kind])


def score(pages: list[tuple[dict[str, Any], dict[str, Any]]]) -> dict[str, float]:
    """F1 of each kind and the posts attached, micro-averaged over (gold, predicted) pages."""
    totals = {k: [0, 0, 0, 0] for k in KINDS}
    posts = [0, 0]
    for gold, pred in pages:
        for kind in KINDS:
            _, right, npred, found, ngold = scored(kind, gold, pred)
            for i, n in enumerate((right, npred, found, ngold)):
                totals[kind][i] += n
        for name, gposts in gold["posts"].items():
            if name in pred["posts"]:
                posts[1] += len(gposts)
                posts[0] += sum(1 for g in gposts if loose(g, pred["posts"][name]))
    out: dict[str, float] = {}
    for kind, (right, npred, found, ngold) in totals.items():
        precision = right / npred if npred else 0.0
        recall = found / ngold if ngold else 0.0
        out[f"{kind}_f1"] = round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0
    out["posts_attached"] = round(posts[0] / posts[1], 3) if posts[1] else 0.0
    return out


def show_page(name: str, gold: dict[str, Any], pred: dict[str, Any], kind: str) -> None:
    """Print a page's misses (-) and false finds (+) of one kind."""
    if kind == "posts":
        lines = []
        for person, gposts in sorted(gold["posts"].items()):
            if person in pred["posts"]:
                missed = [g for g in gposts if not loose(g, pred["posts"][person])]
                if missed:
                    lines.append(f"  {person}: gold {sorted(gposts)} got {sorted(pred['posts'][person])}")
    else:
        predicted, *_ = scored(kind, gold, pred)
        match = _match(kind)
        lines = [f"  - {g}" for g in sorted(gold[kind], key=str) if not any(match(x, {g}) for x in predicted)]
        lines += [f"  + {x}" for x in sorted(predicted, key=str) if not match(x, gold[kind])]
    if lines:
        print(name)
        print("\n".join(lines))
