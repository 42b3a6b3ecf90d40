"""Each figure points back to the source line that printed it."""

import json
from collections import Counter

from conftest import PAGES

from baoshu.pipeline import rebuild_file


def test_figures_carry_the_line_that_printed_them():
    found = agreed = 0
    for page in sorted(PAGES.glob("*.txt")):
        gold = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
        [rebuilt] = rebuild_file(page).pages
        want = Counter((f["text"], f["line"]) for f in gold["figures"])
        got = Counter((f.text, f.line) for f in rebuilt.figures)
        found += sum((Counter(t for t, _ in want.elements()) & Counter(t for t, _ in got.elements())).values())
        agreed += sum((want & got).values())
    assert found > 100
    assert agreed / found >= 0.9


def test_a_figure_repeated_in_a_story_points_at_each_printing(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(
        "本报讯 记者林海报道 今年东岗县新建冷库18\n座，库容达到3.2万吨。\n\n"
        "县商务局介绍，新建的18座冷库\n已全部投用。\n\n东岗县新建冷库18座\n",
        encoding="utf-8")
    [rebuilt] = rebuild_file(page).pages
    lines = sorted(f.line for f in rebuilt.figures if f.text == "18座")
    assert lines == [1, 4, 7]
