"""No silent loss: every character of a page's lines comes out somewhere.

Each character of every repaired line is found in an article, in the page's
furniture, or in a recorded problem. Jump lines (kept as `continued_on`),
white space, decorative marks and the brackets a credit is printed in are the
only things that may go. Pages are generated from the project's own stories
with random damage, then mutated line by line; thousands of them run here,
and `bench/fuzz_pages.py` runs the same check for as long as it is asked to.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from baoshu.pipeline import rebuild_file

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))
import pagegen  # noqa: E402
from fuzz_pages import lost_characters, mutated  # noqa: E402

CASES = 2000
BATCHES = 20


@pytest.fixture(scope="module")
def stories() -> list[pagegen.Story]:
    corpus = pagegen.load_corpus()
    return [corpus[name] for name in sorted(corpus)]


@pytest.mark.parametrize("batch", range(BATCHES))
def test_every_character_of_a_page_comes_out(batch: int, stories: list[pagegen.Story], tmp_path: Path) -> None:
    per_batch = CASES // BATCHES
    for seed in range(batch * per_batch, (batch + 1) * per_batch):
        rng = random.Random(seed)
        chosen = rng.sample(stories, rng.randint(1, 2))
        text, _ = pagegen.make_page(chosen, seed, **pagegen.random_damage(rng))
        if seed % 2:
            text = mutated(text, rng)
        path = tmp_path / f"page{seed}.txt"
        path.write_text(text, encoding="utf-8")
        [page] = rebuild_file(path).pages
        assert not lost_characters(page), f"seed {seed} lost {lost_characters(page)!r}"


def test_the_check_sees_a_lost_character(tmp_path: Path) -> None:
    """A page whose output drops a character of its lines is caught."""
    path = tmp_path / "page.txt"
    path.write_text("山区果农建起冷库\n\n本报讯 记者林海报道 今年县里新\n建冷库两座，库容三千吨，果农\n"
                    "不再急着低价出手，苹果错峰上\n市，每公斤平均多卖八角钱。\n", encoding="utf-8")
    [page] = rebuild_file(path).pages
    assert not lost_characters(page)
    [article] = [a for a in page.articles if any("库容" in p for p in a.body)]
    article.body = [p.replace("库容", "") for p in article.body]
    assert sorted(lost_characters(page)) == sorted("库容")

