"""The pipeline: read a page file, then run each page through the named stages in order.

    read → lines → meta → layout → assemble → figures → provenance → entities

Every stage is `stage(page, config) -> page` (see `baoshu.stages`). `run` takes
one page through them, optionally stopping after a named stage; `rebuild_file`
reads a file and runs each of its pages. A stage that fails fails only its
page, with the stage's name and the reason (a `PageError`); nothing else is
caught anywhere else.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

import baoshu.assemble
import baoshu.entities
import baoshu.figures
import baoshu.layout
import baoshu.lines
import baoshu.meta
import baoshu.provenance  # noqa: F401 - each module registers its stage
from baoshu.config import DEFAULT, Config
from baoshu.errors import BadArgument, BaoshuError, PageError
from baoshu.meta import file_meta
from baoshu.model import Page, PageMeta
from baoshu.read import read_pages
from baoshu.stages import Stage, check_order

log = logging.getLogger(__name__)

ORDER = ("lines", "meta", "layout", "assemble", "figures", "provenance", "entities")
STAGES: list[Stage] = check_order(ORDER)


def stage_names() -> tuple[str, ...]:
    """The stages in the order they run."""
    return ORDER


def run(page: Page, config: Config = DEFAULT, until: str | None = None) -> Page:
    """Run a page through the stages in order, stopping after `until` when given.

    Raises:
        PageError: a stage failed; the message names the page, the stage and the reason.
    """
    if until is not None and until not in ORDER:
        raise BadArgument(f"unknown stage {until!r}; stages: {', '.join(ORDER)}")
    for step in STAGES:
        try:
            result = step.run(page, config)
        except BaoshuError as exc:
            raise PageError(page.source.path or page.name, f"{step.name}: {exc}", stage=step.name) from exc
        except Exception as exc:  # a bug in one stage fails its page, not the batch
            log.debug("stage %s failed on %s", step.name, page.name, exc_info=True)
            raise PageError(page.source.path or page.name,
                            f"{step.name} failed: {type(exc).__name__}: {exc}", stage=step.name) from exc
        if not isinstance(result, Page):
            raise TypeError(f"stage {step.name!r} returned {type(result).__name__}, not a Page")
        page = result
        page.stages.append(step.name)
        if step.name == until:
            break
    return page


@dataclass
class FileResult:
    """What came of one page file: its pages rebuilt, and each page of it that failed."""

    path: Path
    pages: list[Page] = field(default_factory=list)
    errors: list[PageError] = field(default_factory=list)


def rebuild_file(path: str | Path, flags: PageMeta | None = None, config: Config = DEFAULT,
                 until: str | None = None) -> FileResult:
    """Read a page file (one page, or many for a PDF) and rebuild each of its pages.

    Each page's metadata comes from `flags`, a `NAME.meta.json` sidecar, the
    file name and the page's own text, in that order (see `baoshu.meta`). A
    page that cannot be read or rebuilt is in `errors`; the others go on.

    Raises:
        PageError: the file cannot be read at all.
    """
    path = Path(path)
    sources, errors = read_pages(path, config)
    base = file_meta(path, flags)
    result = FileResult(path, errors=list(errors))
    for source in sources:
        source.pages_in_file = len(sources) + len(errors)
        try:
            result.pages.append(run(Page(source=source, meta=base), config, until))
        except PageError as exc:
            result.errors.append(exc)
    if not result.pages and result.errors:
        raise result.errors[0]
    return result
