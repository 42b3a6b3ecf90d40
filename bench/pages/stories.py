"""The corpus stories, and their split by article into train, dev and test."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

from pagegen import CORPUS, Story, load_story

SPLITS = ("train", "dev", "test")
SPLIT_SHARES = (60, 20, 20)  # per cent of articles in each split
CONTINUATION = re.compile(r"_part\d+$")


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
