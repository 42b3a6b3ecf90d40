"""The test-page generator (bench/pagegen.py): deterministic, faithful gold, every damage knob visible."""

from __future__ import annotations

import json
import re
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import pagegen  # noqa: E402

CJK_DIGIT_SPACE = re.compile(r"[\u4e00-\u9fff] [0-9]|[0-9] [\u4e00-\u9fff]")


def norm(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def corpus() -> dict[str, pagegen.Story]:
    return pagegen.load_corpus()


def stories(corpus, *names):
    return [corpus[n] for n in names]


def line_of(text: str, needle: str) -> int:
    """1-based number of the line where needle starts (spaces and line breaks ignored)."""
    flat, owners = "", []
    for number, line in enumerate(text.split("\n"), start=1):
        flat += norm(line)
        owners += [number] * len(norm(line))
    at = flat.find(norm(needle))
    assert at >= 0, f"{needle!r} not on the page"
    return owners[at]


def test_corpus_is_large_and_varied(corpus):
    assert len(corpus) >= 150
    kinds = {s.kind for s in corpus.values()}
    assert kinds == {"article", "photo", "briefs"}
    assert sum(1 for s in corpus.values() if not s.has_headline and s.kind == "article") >= 2
    units = {f["figure"]["unit"] for s in corpus.values() for p in s.body for f in p.figures}
    assert {"元", "%", "亩", "吨", "人次", "名", "年", "平方米"} <= units


def test_figure_normal_form():
    assert pagegen.normal_form("380多万元", "t") == {
        "text": "380多万元", "value": 3800000, "unit": "元", "qualifier": "多"}
    assert pagegen.normal_form("超千亿元", "t")["value"] == 10**11
    assert pagegen.normal_form("3~5倍", "t") | {} == {
        "text": "3~5倍", "value": 3, "value_max": 5, "unit": "倍", "qualifier": ""}
    assert pagegen.normal_form("3年多", "t")["qualifier"] == "多"
    assert pagegen.normal_form("100万千瓦", "t")["unit"] == "千瓦"
    assert pagegen.normal_form("两千", "t")["value"] == 2000


def test_unreadable_figure_mark_names_the_file():
    with pytest.raises(ValueError, match="story.toml"):
        pagegen.parse_marks("共有{许多人|人}", "story.toml")


def test_same_seed_same_page_other_seed_other_page(corpus):
    chosen = stories(corpus, "park_output", "aid_hospital", "photo_cotton")
    first = pagegen.make_page(chosen, 5)
    assert pagegen.make_page(chosen, 5) == first
    assert pagegen.make_page(chosen, 6)[0] != first[0]


def test_committed_pages_are_what_the_plan_generates():
    plan = tomllib.loads((ROOT / "bench" / "pages.toml").read_text(encoding="utf-8"))
    corpus = pagegen.load_corpus()
    for page in plan["page"]:
        damage = {k: tuple(v) if isinstance(v, list) else v for k, v in page.get("damage", {}).items()}
        text, gold = pagegen.make_page([corpus[n] for n in page["stories"]], page["seed"],
                                       source=page["name"] + ".txt", **damage)
        folder = ROOT / page["folder"]
        encoding = page.get("encoding", "utf-8")
        assert (folder / f"{page['name']}.txt").read_bytes() == text.encode(encoding), page["name"]
        if page.get("gold", True):
            assert json.loads((folder / f"{page['name']}.json").read_text(encoding="utf-8")) == gold


def test_gold_text_is_the_story_text_and_stands_on_the_page(corpus):
    chosen = stories(corpus, "aid_longform", "trade_fair", "photo_bridge", "no_headline_market")
    text, gold = pagegen.make_page(chosen, 11, fake_bold=0, letter_spacing=0)
    flat = norm(text)
    for story, article in zip(chosen, sorted(gold["articles"], key=lambda a: chosen_index(chosen, a))):
        assert article["body"] == [p.clean for p in story.body]
        assert article["title"] == story.title.clean
        for paragraph in article["body"] + article["captions"]:
            assert norm(paragraph) in flat
        if article["standfirst"]:
            assert norm(article["standfirst"]) in flat
    assert "{" not in text and "|" not in text


def chosen_index(chosen, article):
    return next(i for i, s in enumerate(chosen) if [p.clean for p in s.body] == article["body"])


def test_every_figure_starts_on_its_line(corpus):
    chosen = stories(corpus, "park_output", "aid_longform", "greenhouse_aid", "photo_harvest_festival")
    text, gold = pagegen.make_page(chosen, 3, fake_bold=0, letter_spacing=0)
    lines = text.split("\n")
    assert gold["figures_complete"] is True
    assert len(gold["figures"]) > 40
    for figure in gold["figures"]:
        here = norm(lines[figure["line"] - 1])
        ahead = here + norm("".join(lines[figure["line"]:figure["line"] + 4]))
        start = ahead.find(norm(figure["text"]))
        assert 0 <= start < len(here), figure
        assert 0 <= figure["article"] < len(gold["articles"])


def test_blank_line_regimes(corpus):
    chosen = stories(corpus, "aid_longform", "park_output")
    every, _ = pagegen.make_page(chosen, 1, blank_lines="every")
    random_, _ = pagegen.make_page(chosen, 1, blank_lines="random")
    share = lambda t: sum(1 for line in t.split("\n") if not line.strip()) / len(t.split("\n"))  # noqa: E731
    assert share(every) > 0.4
    assert 0.05 < share(random_) < 0.3
    with pytest.raises(ValueError, match="blank_lines"):
        pagegen.make_page(chosen, 1, blank_lines="sometimes")


def test_column_widths_and_lost_indent(corpus):
    text, gold = pagegen.make_page(stories(corpus, "aid_longform"), 2, widths=(13, 13), stray_spaces=0,
                                   pull_quotes=False)
    paragraphs = gold["articles"][0]["body"]
    body = [norm(line) for line in text.split("\n")
            if len(norm(line)) > 3 and any(norm(line) in p for p in paragraphs)]
    widths = [sum(pagegen.cell(c) for c in line) for line in body]
    assert max(widths) <= 13 + 2  # closing punctuation (。”) may hang past the column
    first_line = next(line for line in body if paragraphs[1].startswith(line))
    assert sum(pagegen.cell(c) for c in first_line) <= 11 + 1


def test_numbers_split_across_lines(corpus):
    text, _ = pagegen.make_page(stories(corpus, "aid_longform", "park_output", "trade_fair"), 4, stray_spaces=0)
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    assert any(a[-1].isdigit() and "\u4e00" <= b[0] <= "\u9fff" for a, b in zip(lines, lines[1:]))


def test_stray_spaces_knob(corpus):
    chosen = stories(corpus, "park_output", "school_open")
    spaced, _ = pagegen.make_page(chosen, 1, stray_spaces=1.0)
    tight, _ = pagegen.make_page(chosen, 1, stray_spaces=0.0, letter_spacing=0, fake_bold=0, banner=False)
    assert CJK_DIGIT_SPACE.search(spaced)
    body_lines = [line for line in tight.split("\n") if "讯" not in line]
    assert not any(CJK_DIGIT_SPACE.search(line) for line in body_lines)


def test_headline_before_after_far(corpus):
    chosen = stories(corpus, "road_open", "water_project", "school_open")
    for where in ("before", "after"):
        text, gold = pagegen.make_page(chosen, 7, headline=where, fake_bold=0, letter_spacing=0, title_wrap=0)
        title, body = line_of(text, "山区高速公路全线通车"), line_of(text, "全长186公里")
        assert (title < body) == (where == "before")
    text, _ = pagegen.make_page(chosen, 7, headline="far", fake_bold=0, letter_spacing=0, title_wrap=0)
    spans = [(line_of(text, s.title.clean), line_of(text, norm(s.body[0].clean)[8:20])) for s in chosen]
    assert any(any(min(t, b) < other < max(t, b) for other, _ in spans if other != t) for t, b in spans)


def test_fake_bold_and_letter_spacing(corpus):
    chosen = stories(corpus, "water_project")
    bold, gold = pagegen.make_page(chosen, 1, fake_bold=1.0, title_wrap=0)
    assert "河西河西" in bold or "河西灌区河西灌区" in norm(bold)
    assert gold["articles"][0]["title"] == "河西灌区节水改造工程全面完工"
    spaced, _ = pagegen.make_page(chosen, 1, fake_bold=0.0, letter_spacing=1.0, title_wrap=0)
    assert "河 西 灌 区 节 水" in spaced


def test_floating_bylines(corpus):
    chosen = stories(corpus, "tourism_village", "aid_longform", "no_headline_market", "road_open")
    floated = [gold for seed in range(8)
               for _, gold in [pagegen.make_page(chosen, seed, floating_bylines=True)]
               if any("byline" in a["uncertain"] for a in gold["articles"])]
    assert floated
    text, gold = pagegen.make_page(chosen, 0, floating_bylines=False, headline="before")
    assert "□ 本报记者 刘思远" in text
    assert all(not a["uncertain"] for a in gold["articles"])


def test_pull_quote_printed_apart(corpus):
    chosen = stories(corpus, "road_open", "tourism_village")
    text, gold = pagegen.make_page(chosen, 1, pull_quotes=True, headline="before", fake_bold=0, letter_spacing=0)
    standfirst = next(a["standfirst"] for a in gold["articles"] if a["standfirst"])
    assert line_of(text, norm(standfirst)[:12]) < line_of(text, "山区高速公路全线通车")
    text, _ = pagegen.make_page(chosen, 1, pull_quotes=False, headline="before", fake_bold=0, letter_spacing=0)
    assert line_of(text, norm(standfirst)[:12]) > line_of(text, "山区高速公路全线通车")


def test_photo_captions_interleaved(corpus):
    chosen = stories(corpus, "aid_longform", "photo_harvest_festival")
    text, gold = pagegen.make_page(chosen, 3, interleave_photos=True)
    story = next(a for a in gold["articles"] if a["kind"] == "article")
    caption = line_of(text, "丰收节当天")
    assert story["lines"][0] < caption < story["lines"][1]
    assert "➡" in text
    photo = next(a for a in gold["articles"] if a["kind"] == "photo")
    assert photo["credit"] == "本报记者 吐尔逊 摄"
    text, gold = pagegen.make_page(chosen, 3, interleave_photos=False)
    story = next(a for a in gold["articles"] if a["kind"] == "article")
    assert line_of(text, "丰收节当天") > story["lines"][1]


def test_jump_lines(corpus):
    chosen = stories(corpus, "greenhouse_aid", "continuation_clinic")
    text, gold = pagegen.make_page(chosen, 1, jump_lines=True)
    assert "（下转第4版）" in text and "（上接第1版）" in text
    assert [a["continued_on"] for a in gold["articles"]].count("4") == 1
    assert all("下转" not in p for a in gold["articles"] for p in a["body"])
    text, gold = pagegen.make_page(chosen, 1, jump_lines=False)
    assert "下转" not in text and "上接" not in text
    assert all(a["continued_on"] == "" for a in gold["articles"])


def test_banner(corpus):
    chosen = stories(corpus, "road_open", "school_open")
    text, gold = pagegen.make_page(chosen, 1, banner=True, banner_style="spaced")
    banner = gold["furniture"][0]
    assert norm(text).count(banner * 2) == 1
    text, gold = pagegen.make_page(chosen, 1, banner=False)
    assert gold["furniture"] == []


def test_make_corpus_names_and_gold(corpus):
    pages = list(pagegen.make_corpus(6, 9))
    assert len(pages) == 6
    assert [name for name, _, _ in pages] == [name for name, _, _ in pagegen.make_corpus(6, 9)]
    for name, text, gold in pages:
        assert re.fullmatch(r"[a-z-]+_\d{4}-\d{2}-\d{2}_p\d", name)
        assert gold["source"] == name + ".txt"
        assert not any(s.sample for s in corpus.values() if [p.clean for p in s.body] in
                       [a["body"] for a in gold["articles"]] and s.body)


def test_committed_pages_cover_both_encodings_and_regimes():
    pages = sorted((ROOT / "tests" / "pages").glob("*.txt"))
    assert len(pages) >= 12
    gb = [p for p in pages if not is_utf8(p.read_bytes())]
    assert len(gb) == 2
    for page in gb:
        assert "的" in page.read_bytes().decode("gb18030")


def is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def test_samples_join_across_pages_and_carry_markup_as_text():
    samples = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "baoshu" / "samples").glob("*.txt")}
    assert len(samples) == 3
    assert all(re.fullmatch(r"[a-z-]+_\d{4}-\d{2}-\d{2}_p\d\.txt", name) for name in samples)
    assert "（下转第2版）" in samples["kunlun-daily_2024-03-15_p1.txt"]
    assert "（上接第1版）" in samples["kunlun-daily_2024-03-15_p2.txt"]
    assert any("<script>alert(1)</script>" in text for text in samples.values())
