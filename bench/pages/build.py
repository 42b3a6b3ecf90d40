"""The whole corpus run: plan every page, then typeset, extract, damage and write them in parallel.

Planning (which stories, which design, which typesetter) happens first, in one
process, from the seed alone; each page then draws its own randomness from its
own seed, so the result does not depend on how pages are shared out between
workers.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing import Pool as Workers
from pathlib import Path

from pagegen import PUBLICATIONS, Story, make_page, random_damage

from . import extractors, gold, locate, manifest, overlays
from .designs import DESIGNS, PageContext, Pool, add_story, lead_block
from .model import PageSpec
from .stories import SPLITS, cut_story, source_name, split_stories

SOURCES = ("pdf", *extractors.EXTRACTORS, "simulated")
TYPESETTERS = ("reportlab", "chromium")
INNER_DESIGNS = ("broadsheet", "broadsheet", "tabloid", "inside", "photo")  # pages after the front page
ISSUE_PAGES = (3, 6)  # pages per issue; the first is a front page
FIRST_DAY = datetime.date(2024, 1, 1)
WEEKDAYS = "一二三四五六日"
CHUNK = 6  # pages per worker task (one Chromium per task)
P_JUMP = 0.5  # chance a front page's lead story jumps to a later page of its issue
MIN_JUMP_PARAGRAPHS = 4


@dataclass
class Plan:
    """A page to make: its specification and the typesetter that sets it."""

    spec: PageSpec
    typesetter: str


def printed_date(day: datetime.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日 星期{WEEKDAYS[day.weekday()]}"


def plan_split(split: str, stories: list[Story], pages: int, rng: random.Random,
               issue: int) -> tuple[list[Plan], int]:
    """`pages` pages from one split's stories, in issues of a few pages that open with a front page;
    returns them and the number of the next issue."""
    pool = Pool(stories)
    plans: list[Plan] = []
    while len(plans) < pages:
        day = FIRST_DAY + datetime.timedelta(days=issue)
        publication = PUBLICATIONS[issue % len(PUBLICATIONS)]
        issue_pages = rng.randint(*ISSUE_PAGES)
        continuations: dict[int, Story] = {}
        for page_no in range(1, issue_pages + 1):
            if len(plans) >= pages:
                break
            design = "front" if page_no == 1 else rng.choice(INNER_DESIGNS)
            seed = rng.randrange(2**31)
            ctx = PageContext(name=f"{publication}_{day.isoformat()}_p{page_no}", split=split, seed=seed,
                              publication=publication, date=printed_date(day), page_no=page_no)
            page_rng = random.Random(seed)
            spec = DESIGNS[design](page_rng, pool, ctx)
            if page_no in continuations:
                add_story(page_rng, spec, continuations.pop(page_no))
            lead = lead_block(spec)
            if page_no == 1 and lead is not None and rng.random() < P_JUMP and jumps(lead.story):
                target = rng.randint(2, issue_pages)
                lead.story, continuations[target] = cut_story(lead.story, len(lead.story.body) // 2, target, 1)
            plans.append(Plan(spec, rng.choice(TYPESETTERS)))
        issue += 1
    return plans, issue


def jumps(story: Story) -> bool:
    """Whether a lead story is long enough, and free of jump lines, to be cut and continued."""
    paragraphs = len(story.body) - len(story.subheads)
    return paragraphs >= MIN_JUMP_PARAGRAPHS and not story.continued_on and not story.continued_from


def plan_corpus(stories: dict[str, Story], pages: int, seed: int) -> list[Plan]:
    """Every page of the corpus, shared between the splits as their stories are."""
    rng = random.Random(seed)
    by_split = split_stories(stories)
    total = sum(len(v) for v in by_split.values())
    plans: list[Plan] = []
    issue = 0
    for split in SPLITS:
        if by_split[split]:
            count = max(1, round(pages * len(by_split[split]) / total))
            made, issue = plan_split(split, by_split[split], count, rng, issue)
            plans += made
    return plans


def write_json(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def entry(plan: Plan, source: str, extractor: str, used: list[str], damage: set[str], **extra: object) -> dict:
    spec = plan.spec
    names = sorted({source_name(s) for s in spec.stories()})
    return {"name": spec.name, "split": spec.split, "source": source, "design": spec.design,
            "typesetter": plan.typesetter if source != "simulated" else "pagegen", "extractor": extractor,
            "overlays": used, "stories": names, "damage": sorted(damage)} | extra


def write_dump(plan: Plan, folder: Path, source: str, text: str, page_gold: dict, rng: random.Random,
               base_kinds: set[str]) -> dict:
    """Locate, damage and write one text dump with its gold; returns its manifest entry."""
    name = plan.spec.name
    lines = locate.Locator(page_gold).lines(text)
    found = manifest.dump_kinds(lines)
    used = overlays.choose(rng)
    lines = overlays.apply(rng, lines, used)
    (folder / f"{name}.txt").write_bytes(locate.join(lines, text.endswith("\n")).encode("utf-8"))
    spans = locate.article_lines(lines, len(page_gold["articles"]))
    write_json(folder / f"{name}.json", gold.with_source(page_gold, f"{name}.txt", spans))
    kinds = base_kinds | found | manifest.overlay_kinds(used)
    return entry(plan, source, source, used, kinds, unlocated=round(manifest.unlocated_share(lines), 3))


def make_files(plan: Plan, out: Path, pdf: bytes) -> list[dict]:
    """Every file of one page: its PDF, three extractor dumps and a simulated dump, with gold."""
    spec = plan.spec
    rng = random.Random(spec.seed)
    root = out / spec.split
    name = spec.name
    pdf_gold = gold.page_gold(spec, f"{name}.pdf")
    kinds = manifest.spec_kinds(spec)
    entries = []
    pdf_path = root / "pdf" / f"{name}.pdf"
    pdf_path.parent.mkdir(parents=True, exist_ok=True)
    pdf_path.write_bytes(pdf)
    write_json(root / "pdf" / f"{name}.json", pdf_gold)
    entries.append(entry(plan, "pdf", "", [], kinds))
    for extractor in extractors.EXTRACTORS:
        folder = root / extractor
        folder.mkdir(parents=True, exist_ok=True)
        text = extractors.extract(pdf_path, extractor)
        entries.append(write_dump(plan, folder, extractor, text, pdf_gold, rng, kinds))
    folder = root / "simulated"
    folder.mkdir(parents=True, exist_ok=True)
    text, simulated_gold = make_page(spec.stories(), rng.randrange(2**31), f"{name}.txt", **random_damage(rng))
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    write_json(folder / f"{name}.json", simulated_gold)
    lines = locate.Locator(simulated_gold).lines(text)
    entries.append(entry(plan, "simulated", "pagegen", [], manifest.dump_kinds(lines),
                         unlocated=round(manifest.unlocated_share(lines), 3)))
    for source in SOURCES:
        suffix = "pdf" if source == "pdf" else "txt"
        write_json(root / source / "entities" / f"{name}.json", gold.entity_gold(spec, f"{name}.{suffix}"))
    return entries


def run_chunk(task: tuple[list[Plan], Path]) -> list[dict]:
    """Typeset and write a few pages (one worker task; one Chromium for all its Chromium pages)."""
    from .typeset_chromium import Chromium
    from .typeset_reportlab import typeset

    plans, out = task
    entries: list[dict] = []
    with contextlib.ExitStack() as stack:
        browser: Chromium | None = None
        for plan in plans:
            if plan.typesetter == "chromium":
                browser = browser or stack.enter_context(Chromium())
                pdf = browser.typeset(plan.spec)
            else:
                pdf = typeset(plan.spec)
            entries += make_files(plan, out, pdf)
    return entries


def chunks(plans: list[Plan], out: Path) -> Iterator[tuple[list[Plan], Path]]:
    for start in range(0, len(plans), CHUNK):
        yield plans[start:start + CHUNK], out


def build(plans: list[Plan], out: Path, jobs: int, progress: bool = True) -> list[dict]:
    """Write every planned page under `out` with `jobs` worker processes; returns the manifest entries."""
    entries: list[dict] = []
    started = time.monotonic()
    tasks = list(chunks(plans, out))
    with contextlib.ExitStack() as stack:
        if jobs > 1:
            results: Iterator[list[dict]] = stack.enter_context(Workers(jobs)).imap_unordered(run_chunk, tasks)
        else:
            results = map(run_chunk, tasks)
        for done, result in enumerate(results, start=1):
            entries += result
            report(progress, done, len(tasks), started)
    return entries


def report(progress: bool, done: int, total: int, started: float) -> None:
    if progress:
        print(f"\r{done}/{total} tasks, {time.monotonic() - started:.0f} s", end="", flush=True)
        if done == total:
            print()
