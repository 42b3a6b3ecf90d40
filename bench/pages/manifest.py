"""The damage kinds of each corpus file, and the corpus manifest.

Kinds come from three places: the page specification (what was printed and
how: briefs, subheads, fake bold in the PDF, digits in another font ...), the
overlays a dump got, and a comparison of the dump with the gold (what the
extractor did: columns interleaved, headlines after bodies, digits on lines of
their own ...).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from .locate import Line
from .model import PageSpec
from .printed import body_pieces, head_pieces

SANDWICHES = 2  # lines of another place between two of one article before we call it interleaving
BACKWARDS = 3  # jumps back within one article's body before we call it interleaving
SPACED_DIGITS = re.compile(r"[\u4e00-\u9fff] [0-9]|[0-9] [\u4e00-\u9fff]")
SPACED_DIGIT_LINES = 3  # lines with a space between a digit and a Chinese character
LATIN_LINE = re.compile(r"^[\s0-9A-Za-z.%~\-+]*[0-9][\s0-9A-Za-z.%~\-+]*$")
OVERLAY_KINDS = {"blank_none": "no_blank_lines", "blank_every": "blank_every_line",
                 "blank_random": "random_blank_lines", "rewrap": "rewrapped"}


def spec_kinds(spec: PageSpec) -> set[str]:
    """What the page prints and how it draws it."""
    kinds: set[str] = set()
    style = spec.style
    if spec.header:
        kinds.add("header_line")
    if spec.banner:
        kinds.add("banner")
    if style.rules:
        kinds.add("rules")
    if style.digits_face:
        kinds.add("digits_other_font")
    if style.digit_gap:
        kinds.add("digits_set_apart")
    if style.head_last:
        kinds.add("drawn_headline_last")
    if style.pictures != "inline":
        kinds.add(f"drawn_pictures_{style.pictures}")
    if style.indent == "shift":
        kinds.add("indent_shift")
    for block in spec.blocks():
        story = block.story
        heads = head_pieces(block)
        pieces = body_pieces(block)
        roles = {p.role for p in pieces}
        if story.kind == "briefs":
            kinds.add("briefs")
        if story.kind == "photo":
            kinds.add("photo_story")
        if not heads and story.kind != "briefs":
            kinds.add("no_headline")
        if heads:
            kinds.add(f"headline_{block.head.place}")
            if sum(p.role == "title" for p in heads) > 1:
                kinds.add("headline_multi_line")
            if block.head.letter_spacing:
                kinds.add("headline_letter_spaced_pdf")
            if style.fake_bold:
                kinds.add("fake_bold_pdf")
            if story.kicker.clean:
                kinds.add("kicker")
            if story.subtitle.clean:
                kinds.add("subtitle")
        if "subhead" in roles:
            kinds.add("subheads")
        if "pull_quote" in roles:
            quote = next(k for k, p in enumerate(pieces) if p.role == "pull_quote")
            inside = any(p.role == "para" for p in pieces[:quote])
            kinds.add("pull_quote" if inside else "standfirst")
        if "jump" in roles or story.continued_on:
            kinds.add("jump_line")
        if "byline" in roles:
            kinds.add("byline")
        if "dateline" in roles:
            kinds.add("dateline_own_line")
        if block.picture is not None:
            kinds.add(f"picture_{block.picture.place}")
            if story.credit:
                kinds.add(f"credit_{block.picture.credit_form}")
    return kinds


def dump_kinds(lines: list[Line]) -> set[str]:
    """What the extractor did, read from the order of the lines' sources."""
    kinds: set[str] = set()
    located = [line for line in lines if line.source is not None]
    if any(line.mixed for line in lines):
        kinds.add("columns_side_by_side")
    first: dict[tuple[int, str], int] = {}
    for k, line in enumerate(located):
        first.setdefault((line.source.article, line.source.part), k)
    if any(first.get((a, "body"), -1) >= 0 and first[(a, "head")] > first[(a, "body")]
           for a, part in first if part == "head"):
        kinds.add("headline_after_body")
    sandwiches = captions_inside = backwards = 0
    for a, b, c in zip(located, located[1:], located[2:]):
        sa, sb, sc = a.source, b.source, c.source
        if sa.article == sc.article >= 0 and sa.part == sc.part == "body" and sb.article != sa.article:
            if sb.part == "caption":
                captions_inside += 1
            elif sb.part == "body":
                sandwiches += 1
    last_offset: dict[int, int] = {}
    for line in located:
        s = line.source
        if s.part != "body":
            continue
        if s.offset < last_offset.get(s.article, -1):
            backwards += 1
        last_offset[s.article] = s.offset
    if sandwiches >= SANDWICHES or backwards >= BACKWARDS:
        kinds.add("columns_interleaved")
    if captions_inside:
        kinds.add("caption_inside_story")
    texts = [line.text.strip() for line in lines if line.text.strip()]
    if any(LATIN_LINE.match(text) for text in texts):
        kinds.add("digits_own_line")
    if any(a == b for a, b in zip(texts, texts[1:])):
        kinds.add("doubled_lines")
    if sum(bool(SPACED_DIGITS.search(text)) for text in texts) >= SPACED_DIGIT_LINES:
        kinds.add("spaces_around_digits")
    return kinds


def overlay_kinds(overlays: list[str]) -> set[str]:
    return {OVERLAY_KINDS.get(name, name) for name in overlays}


def unlocated_share(lines: list[Line]) -> float:
    """Share of non-blank lines whose text was not found in the gold (garbled or doubled)."""
    texts = [line for line in lines if line.text.strip()]
    return sum(line.source is None for line in texts) / len(texts) if texts else 0.0


def write_manifest(out: Path, entries: list[dict], meta: dict) -> Path:
    """OUT/manifest.json: the run's settings, counts, and one entry per corpus file."""
    counts = Counter((e["split"], e["source"]) for e in entries)
    manifest = meta | {
        "files": len(entries),
        "counts": {f"{split}/{source}": n for (split, source), n in sorted(counts.items())},
        "entries": sorted(entries, key=lambda e: (e["split"], e["source"], e["name"])),
    }
    path = out / "manifest.json"
    path.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path
