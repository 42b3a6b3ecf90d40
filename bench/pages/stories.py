"""The corpus stories, and their split by article into train, dev and test."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from pagegen import CORPUS, Marked, Story, load_story

SPLITS = ("train", "dev", "test")
SPLIT_SHARES = (60, 20, 20)  # per cent of articles in each split
CONTINUATION = re.compile(r"_part\d+$")
SHORT_NAME = 2  # characters of a name that still name it (a place printed without its suffix)


def load_stories(folders: Iterable[Path] = (CORPUS,)) -> dict[str, Story]:
    """Every `*.toml` story under the folders (recursively), by file stem; a stem must be unique."""
    stories: dict[str, Story] = {}
    where: dict[str, Path] = {}
    for folder in folders:
        if not folder.is_dir():
            raise ValueError(f"{folder}: no such folder of stories")
        for path in sorted(folder.rglob("*.toml")):
            if path.stem in stories:
                raise ValueError(f"{path}: a story named {path.stem!r} is already in {where[path.stem]}")
            stories[path.stem] = load_story(path)
            where[path.stem] = path
    if not stories:
        raise ValueError(f"no stories under {', '.join(map(str, folders))}")
    return stories


def family(name: str) -> str:
    """The name a story's split is drawn from: `x`, `x_part1` and `x_part2` share `x`."""
    return CONTINUATION.sub("", name)


def split_of(name: str) -> str:
    """train, dev or test: a stable function of the story's family name alone."""
    bucket = int(hashlib.sha256(family(name).encode("utf-8")).hexdigest(), 16) % 100
    bound = 0
    for split, share in zip(SPLITS, SPLIT_SHARES):
        bound += share
        if bucket < bound:
            return split
    raise AssertionError("the split shares add up to 100")


def split_stories(stories: dict[str, Story]) -> dict[str, list[Story]]:
    """The stories of each split, in name order."""
    out: dict[str, list[Story]] = {split: [] for split in SPLITS}
    for name in sorted(stories):
        out[split_of(name)].append(stories[name])
    return out


def source_name(story: Story) -> str:
    """The corpus file a (possibly cut) story comes from: `x@2` is the second part of `x`."""
    return story.name.split("@")[0]


def mentioned(name: str, text: str) -> bool:
    """A name is in a text as printed, or by its first two characters (库车市 printed as 库车)."""
    return name in text or name[:SHORT_NAME] in text


def entities_in(entities: dict, text: str) -> dict:
    """The part of an [entities] table whose names the text prints."""
    out: dict = {}
    for key, items in entities.items():
        if key == "persons":
            out[key] = [p for p in items if mentioned(p["name"], text)]
        elif key == "aid":
            out[key] = [a for a in items if a.get("sentence", "") in text]
        else:
            out[key] = [n for n in items if mentioned(n, text)]
    return out


def printed_text(story: Story) -> str:
    parts = [story.kicker, story.title, story.subtitle, story.standfirst, *story.body, *story.captions]
    return "".join(p.clean for p in parts) + story.dateline + story.byline + story.credit


def cut_story(story: Story, at: int, page_to: int, page_from: int) -> tuple[Story, Story]:
    """A story cut after paragraph `at` into the part that jumps (（下转第N版）) and its continuation
    (（上接第M版）, the title repeated, no kicker, subtitle, dateline, byline or pictures).
    The first part never ends on a subhead."""
    while at > 1 and at - 1 in story.subheads:
        at -= 1
    head = replace(story, name=f"{story.name}@1", body=story.body[:at],
                   subheads={k for k in story.subheads if k < at}, continued_on=str(page_to))
    tail = replace(story, name=f"{story.name}@2", body=story.body[at:],
                   subheads={k - at for k in story.subheads if k >= at}, continued_from=str(page_from),
                   continued_on="", kicker=Marked(""), subtitle=Marked(""), standfirst=Marked(""), dateline="",
                   byline="", captions=[], credit="")
    head.entities = entities_in(story.entities, printed_text(head))
    tail.entities = entities_in(story.entities, printed_text(tail))
    return head, tail
