"""The stage registry: each stage is a function `stage(page, config) -> page` registered by name,
with what it reads from the page and what it adds.

Stages are registered where they live (`@stage("layout", requires=…, provides=…)` in
`baoshu/layout/__init__.py`, and so on); `baoshu.pipeline` puts them in order and
checks that every stage finds what it requires.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from baoshu.config import Config
    from baoshu.model import Page

StageFunction = Callable[["Page", "Config"], "Page"]

READ_PROVIDES = ("source",)  # what reading a file gives every page before the first stage


@dataclass(frozen=True)
class Stage:
    """A named step of the pipeline; `requires` and `provides` name fields of `Page`."""

    name: str
    run: StageFunction
    requires: tuple[str, ...]
    provides: tuple[str, ...]
    doc: str


REGISTRY: dict[str, Stage] = {}


def stage(name: str, requires: Iterable[str], provides: Iterable[str]) -> Callable[[StageFunction], StageFunction]:
    """Register a function as the stage `name`."""

    def register(run: StageFunction) -> StageFunction:
        if name in REGISTRY:
            raise RuntimeError(f"stage {name!r} registered twice")
        doc = (run.__doc__ or "").strip().splitlines()[0] if run.__doc__ else ""
        REGISTRY[name] = Stage(name, run, tuple(requires), tuple(provides), doc)
        return run

    return register


def check_order(names: Iterable[str]) -> list[Stage]:
    """The stages of `names`, in order, after checking each finds what it requires.

    Raises:
        RuntimeError: a stage is unknown, or requires what no earlier stage provides.
    """
    available = set(READ_PROVIDES)
    stages = []
    for name in names:
        if name not in REGISTRY:
            raise RuntimeError(f"unknown stage {name!r}")
        found = REGISTRY[name]
        missing = [r for r in found.requires if r not in available]
        if missing:
            raise RuntimeError(f"stage {name!r} requires {', '.join(missing)}, which no earlier stage provides")
        available.update(found.provides)
        stages.append(found)
    return stages
