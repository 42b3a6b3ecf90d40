"""The page-corpus builder (bench/corpus_build.py, bench/pages/): splits, gold, typesetting, overlays."""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import pagegen  # noqa: E402
from pages import designs, extractors, gold, locate, manifest, overlays  # noqa: E402
from pages.build import plan_corpus  # noqa: E402
from pages.model import Band, Block, Cell, Head, PageSpec, Picture, Style  # noqa: E402
from pages.printed import body_pieces, head_pieces, label_piece, photo_pieces  # noqa: E402
from pages.stories import cut_story, family, load_stories, split_of  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "corpus"
JUMP = re.compile(r"（[上下][接转]第\d+版）")

BRIEFS = '''
kind = "briefs"
genre = "briefs"
label = "区县快讯"
[[items]]
body = """东湖镇新建的便民服务站投入使用，可办理事项{46项|事项}。（林海）"""
[items.entities]
orgs = ["东湖镇便民服务站"]
minor_places = ["东湖镇"]
[[items]]
body = """城西社区组织志愿者清理河道，清运垃圾{3.5吨|垃圾}。
社区还设置了分类垃圾桶{20组|分类垃圾桶}。（周宁 马力）"""
'''
FEATURE = '''
kind = "article"
genre = "feature"
kicker = "走进乡村振兴一线"
title = "山坡上的茶园 {300多户|茶农}的新生活"
subtitle = "青石镇发展茶产业见闻"
byline = "本报记者 韩雪"
standfirst = "茶园从{200亩|茶园}扩大到{1800亩|茶园}，村里的年轻人回来了。"
body = """
清晨的青石镇云雾缭绕，采茶工已经在茶垄间忙碌。十年前，这里还是成片的荒坡。
镇里先后引进{3家|茶企}茶企，茶园从{200亩|茶园}扩大到{1800亩|茶园}，带动{300多户|茶农}茶农增收。
## 年轻人回来了
返乡青年小陈开起了网店，去年卖出干茶{2.6吨|干茶}，销售额{近80万元|销售额}。
“在家门口就能挣钱，还能照顾老人。”他说。镇里今年还将新建加工厂{1座|加工厂}。
"""
[entities]
persons = [{name = "小陈", posts = []}]
reporters = ["韩雪"]
minor_places = ["青石镇"]
'''
PHOTO = '''
kind = "photo"
title = "湖畔迎来越冬候鸟"
captions = ["11月20日，成群的候鸟在湖面觅食。", "今年来此越冬的候鸟超过{5000只|候鸟}。"]
credit = "本报记者 罗琳 摄"
'''


def needs(program: str) -> None:
    """Skip when a program is missing, except in CI, where a missing program is a failure."""
    if shutil.which(program) is None:
        if os.environ.get("CI"):
            pytest.fail(f"{program} is not installed; CI must have it")
        pytest.skip(f"{program} is not installed")


def needs_fonts() -> None:
    """The reportlab typesetter's TrueType fonts: skip without them, except in CI."""
    from pages.fonts import missing_fonts

    if missing_fonts():
        if os.environ.get("CI"):
            pytest.fail(f"fonts missing: {missing_fonts()}; CI must have them (make bench-tools)")
        pytest.skip(f"fonts missing: {missing_fonts()}")


@pytest.fixture(scope="module")
def own_stories(tmp_path_factory) -> dict[str, pagegen.Story]:
    folder = tmp_path_factory.mktemp("stories")
    for name, text in (("town_briefs", BRIEFS), ("tea_feature", FEATURE), ("lake_birds", PHOTO)):
        (folder / f"{name}.toml").write_text(text, encoding="utf-8")
    return load_stories([folder])


def test_loader_reads_briefs_items_and_entities(own_stories):
    briefs = own_stories["town_briefs"]
    assert briefs.kind == "briefs" and briefs.label == "区县快讯"
    assert [len(item.body) for item in briefs.items] == [1, 2]
    assert briefs.items[0].entities["orgs"] == ["东湖镇便民服务站"]
    assert briefs.items[1].body[0].figures[0]["figure"]["value"] == 3.5
    assert own_stories["tea_feature"].entities["reporters"] == ["韩雪"]


def test_loader_rejects_an_unknown_key(tmp_path):
    (tmp_path / "bad.toml").write_text('title = "标题"\nbody = "正文。"\nsummary = "摘要"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="bad.toml.*summary"):
        load_stories([tmp_path])


def test_split_keeps_continuations_together_and_shares_articles():
    for name in ("jobs", "harvest_news", "x"):
        assert split_of(f"{name}_part1") == split_of(f"{name}_part2") == split_of(name)
    assert family("sample_jobs_part2") == "sample_jobs"
    names = [f"story_{k}" for k in range(2000)]
    share = {s: sum(split_of(n) == s for n in names) / len(names) for s in ("train", "dev", "test")}
    assert 0.55 < share["train"] < 0.65 and 0.15 < share["dev"] < 0.25 and 0.15 < share["test"] < 0.25


def test_pages_hold_stories_of_their_split_only():
    plans = plan_corpus(load_stories(), 30, seed=3)
    assert {p.spec.split for p in plans} == {"train", "dev", "test"}
    for plan in plans:
        for story in plan.spec.stories():
            assert split_of(story.name.split("@")[0]) == plan.spec.split, plan.spec.name
    assert len({p.spec.name for p in plans}) == len(plans)


def test_planning_is_deterministic():
    first = [(p.spec.name, p.spec.design, p.typesetter, [s.name for s in p.spec.stories()])
             for p in plan_corpus(load_stories(), 20, seed=5)]
    again = [(p.spec.name, p.spec.design, p.typesetter, [s.name for s in p.spec.stories()])
             for p in plan_corpus(load_stories(), 20, seed=5)]
    assert first == again


def fold(text: str) -> str:
    return locate.norm(JUMP.sub("", text))


def printed_articles(spec: PageSpec) -> list[tuple[str, str]]:
    """(headline, text) of each article as the pieces print it, folded like the scorer."""
    out = []
    for block in spec.blocks():
        heads = fold("".join(p.text for p in head_pieces(block)))
        pieces = body_pieces(block) + photo_pieces(block)
        items = max((p.item for p in pieces), default=0) + 1
        for k in range(items):
            text = fold("".join(p.text for p in pieces if p.item == k and p.role != "pull_quote"))
            out.append((heads if k == 0 and block.story.kind != "briefs" else "", text))
    return out


def gold_articles(page: dict) -> list[tuple[str, str]]:
    out = []
    for article in page["articles"]:
        head = locate.norm(article["kicker"] + article["title"] + article["subtitle"])
        parts = [article["byline"], article["dateline"], *article["body"], *article["captions"], article["credit"]]
        out.append((head, locate.norm("".join(parts))))
    return out


@pytest.mark.parametrize("design", sorted(designs.DESIGNS))
def test_every_design_prints_exactly_its_gold(design, own_stories):
    stories = list(load_stories().values()) + list(own_stories.values())
    for seed in range(8):
        rng = random.Random(seed)
        ctx = designs.PageContext(f"p{seed}", "train", seed, "oasis-news", "2024年3月4日 星期一", 2)
        spec = designs.DESIGNS[design](rng, designs.Pool(stories), ctx)
        page = gold.page_gold(spec, "p.pdf")
        credits = [locate.norm(a["credit"]) for a in page["articles"]]
        printed = [(h, t.replace(f"({c})", c) if c else t) for (h, t), c in zip(printed_articles(spec), credits)]
        assert [(h, sorted(t)) for h, t in printed] == [(h, sorted(t)) for h, t in gold_articles(page)]
        for block in spec.blocks():
            quotes = [p.text for p in body_pieces(block) if p.role == "pull_quote"]
            assert quotes == ([block.story.standfirst.clean] if block.story.standfirst.clean else [])
        for (_, text), article in zip(printed, page["articles"]):
            at = 0
            for paragraph in article["body"]:
                at = text.index(locate.norm(paragraph), at)  # paragraphs in reading order
        for figure in page["figures"]:
            article = page["articles"][figure["article"]]
            everything = json.dumps(article, ensure_ascii=False)
            assert figure["text"] in everything


def test_standfirst_is_printed_once_wherever_the_pull_quote_falls(own_stories):
    feature = own_stories["tea_feature"]  # paragraph 2 is a subhead
    for after in (None, 0, 2, 9):
        pieces = body_pieces(Block(feature, pull_quote_after=after))
        assert [p.text for p in pieces if p.role == "pull_quote"] == [feature.standfirst.clean], after


def small_spec(stories: dict[str, pagegen.Story], **style: object) -> PageSpec:
    feature, briefs, photo = stories["tea_feature"], stories["town_briefs"], stories["lake_birds"]
    lead = Block(feature, Head(title_lines=["山坡上的茶园", "300多户的新生活"], title_size=22.0),
                 pull_quote_after=1, centred_subheads=True)
    side = [Block(briefs, Head(place="none"), brief_marker="■"),
            Block(photo, Head(title_size=16.0), Picture(credit_form="bracket"))]
    return PageSpec(name="t_page", split="test", design="test", seed=11, publication="oasis-news",
                    date="2024年3月4日 星期一", page_no=3, section="区县传真", editor="王小林", columns=5,
                    column_width=110.0, gutter=10.0, banner="乡村振兴",
                    bands=[Band([Cell(3, [lead]), Cell(2, side)])], style=Style(**style))  # type: ignore[arg-type]


def article_texts_in(text: str, page: dict) -> list[str]:
    """The gold paragraphs, captions and title lines missing from a dump's folded text."""
    folded = fold(text)
    missing = []
    for article in page["articles"]:
        for part in [*article["body"], *article["captions"], article["title"], article["dateline"]]:
            if part and locate.norm(part) not in folded:
                missing.append(part)
    return missing


def test_reportlab_page_has_the_gold_text(own_stories, tmp_path):
    needs_fonts()
    from pages.typeset_reportlab import typeset

    spec = small_spec(own_stories, digits_face="serif", digit_gap=0.3)
    path = tmp_path / "t_page.pdf"
    path.write_bytes(typeset(spec))
    page = gold.page_gold(spec, path.name)
    assert [a["title"] for a in page["articles"]] == ["山坡上的茶园 300多户的新生活", "", "", "湖畔迎来越冬候鸟"]
    assert page["articles"][1]["body"] == ["东湖镇新建的便民服务站投入使用，可办理事项46项。（林海）"]
    assert page["articles"][3]["credit"] == "本报记者 罗琳 摄"
    assert "区县快讯" in page["furniture"] and "责任编辑：王小林" in page["furniture"]
    text = extractors.extract(path, "pypdfium2")
    assert "\r\n" in text
    assert article_texts_in(text, page) == []
    assert "（本报记者 罗琳 摄）" in text.replace("\r\n", "")
    assert "引进 3 家" in text, "a digit font set apart leaves spaces in the dump"
    entities = gold.entity_gold(spec, path.name)
    assert entities["articles"][0]["reporters"] == ["韩雪"]
    assert entities["articles"][1]["orgs"] == [{"name": "东湖镇便民服务站"}]


def test_pdftotext_and_pdfminer_read_a_reportlab_page(own_stories, tmp_path):
    needs("pdftotext")
    needs_fonts()
    from pages.typeset_reportlab import typeset

    spec = small_spec(own_stories)
    path = tmp_path / "t_page.pdf"
    path.write_bytes(typeset(spec))
    page = gold.page_gold(spec, path.name)
    for extractor in ("pdftotext", "pdfminer"):
        text = extractors.extract(path, extractor)
        assert "湖畔迎来越冬候鸟" in text, extractor
        wanted = Counter("".join(t for _, t in gold_articles(page)))
        assert not wanted - Counter(fold(text)), f"{extractor} lost text"
    assert page["articles"][0]["standfirst"].startswith("茶园从200亩")


def test_chromium_page_has_the_gold_text(own_stories, tmp_path):
    needs("chromium")
    from pages.typeset_chromium import Chromium

    spec = small_spec(own_stories, head_last=True, digits_face="sans")
    with Chromium() as browser:
        pdf = browser.typeset(spec)
    path = tmp_path / "t_page.pdf"
    path.write_bytes(pdf)
    page = gold.page_gold(spec, path.name)
    text = extractors.extract(path, "pypdfium2")
    assert article_texts_in(text, page) == []
    assert fold(text).index("清晨的青石镇") < fold(text).index("山坡上的茶园"), "headline drawn after its body"


def test_cut_story_parts_share_the_paragraphs(own_stories):
    feature = own_stories["tea_feature"]
    head, tail = cut_story(feature, 3, page_to=4, page_from=1)
    assert [p.clean for p in head.body + tail.body] == [p.clean for p in feature.body]
    assert head.body[-1].clean not in {feature.body[k].clean for k in feature.subheads}
    assert head.continued_on == "4" and tail.continued_from == "1" and tail.dateline == ""
    assert tail.title.clean == feature.title.clean and not tail.byline
    assert tail.entities["persons"] == [{"name": "小陈", "posts": []}] and head.entities["persons"] == []


def dump(lines: list[str]) -> list[locate.Line]:
    page = {"articles": [{"kicker": "", "title": "新港开通集装箱航线", "subtitle": "", "byline": "",
                          "dateline": "", "standfirst": "", "credit": "", "captions": [],
                          "body": ["首艘货轮装载三百个标准箱驶离码头，新航线每周往返两班。"]}],
            "furniture": []}
    return locate.Locator(page).lines("\n".join(lines))


def test_locator_finds_sources_and_side_by_side_columns():
    lines = dump(["新港开通集装箱航线", "", "首艘货轮装载三百个", "标准箱驶离码头， 新航线每周往返两班。", "无关的一行字"])
    assert [ln.source.part if ln.source else None for ln in lines] == ["head", None, "body", "body", None]
    assert lines[3].mixed is False
    crossed = dump(["每周往返两班。 首艘货轮装载"])
    assert crossed[0].mixed is True


def test_overlays_do_what_they_say():
    rng = random.Random(1)
    base = ["新港开通集装箱航线", "首艘货轮装载三百个标准箱驶离码头，", "", "新航线每周往返两班。"]
    heads = overlays.fake_bold_char(rng, dump(base))
    assert heads[0].text == "新新港港开开通通集集装装箱箱航航线线" and heads[1].text == base[1]
    chunked = overlays.fake_bold_chunk(rng, dump(base))[0].text
    assert len(chunked) == 2 * len(base[0]) and chunked != heads[0].text
    assert [ln.text for ln in overlays.fake_bold_line(rng, dump(base))][:2] == [base[0], base[0]]
    assert overlays.spaced(rng, dump(base))[0].text == "新 港 开 通 集 装 箱 航 线"
    assert "" not in [ln.text for ln in overlays.blank_none(rng, dump(base))]
    every = [ln.text for ln in overlays.blank_every(rng, dump(base))]
    assert every[1::2] == ["", "", ""] and "" not in every[::2]
    wrapped = overlays.rewrap(random.Random(2), dump(base))
    assert max(len(ln.text) for ln in wrapped) <= overlays.REWRAP_WIDTHS[1] + 1
    assert "".join(ln.text for ln in wrapped) == "".join(base)
    assert all(ln.source is not None for ln in wrapped if ln.text)


def test_crlf_line_ends_survive_overlays():
    page = {"articles": [], "furniture": []}
    lines = locate.Locator(page).lines("第一行\r\n第二行\r\n")
    lines = overlays.blank_every(random.Random(0), lines)
    assert locate.join(lines) == "第一行\r\n\r\n第二行\r\n\r\n"


def test_dump_kinds_read_interleaving_and_late_headlines():
    page = {"articles": [
        {"kicker": "", "title": "甲地新闻标题", "subtitle": "", "byline": "", "dateline": "", "standfirst": "",
         "credit": "", "captions": [], "body": ["甲地第一行文字。甲地第二行文字。甲地第三行文字。"]},
        {"kicker": "", "title": "乙地新闻标题", "subtitle": "", "byline": "", "dateline": "", "standfirst": "",
         "credit": "", "captions": [], "body": ["乙地第一行文字。乙地第二行文字。乙地第三行文字。"]}],
        "furniture": []}
    text = "\n".join(["甲地第一行文字。", "乙地第一行文字。", "甲地第二行文字。", "乙地第二行文字。",
                      "甲地第三行文字。", "乙地第三行文字。", "甲地新闻标题", "乙地新闻标题", "2023"])
    kinds = manifest.dump_kinds(locate.Locator(page).lines(text))
    assert {"columns_interleaved", "headline_after_body", "digits_own_line"} <= kinds
    clean = "\n".join(["甲地新闻标题", "甲地第一行文字。甲地第二行文字。", "甲地第三行文字。",
                       "乙地新闻标题", "乙地第一行文字。乙地第二行文字。乙地第三行文字。"])
    assert manifest.dump_kinds(locate.Locator(page).lines(clean)) == set()


def test_simulated_pages_print_briefs_labels(own_stories):
    text, page = pagegen.make_page([own_stories["town_briefs"], own_stories["tea_feature"]], seed=4)
    assert page["furniture"][0] == "区县快讯" and "区县快讯" in text
    assert [a["title"] for a in page["articles"]].count("") == 2


@pytest.mark.skipif(not FIXTURES.is_dir(), reason="no committed corpus fixtures")
def test_committed_fixtures_are_complete():
    data = json.loads((FIXTURES / "manifest.json").read_text(encoding="utf-8"))
    assert data["files"] == len(data["entries"]) and data["entries"]
    for entry in data["entries"]:
        folder = FIXTURES / entry["split"] / entry["source"]
        suffix = "pdf" if entry["source"] == "pdf" else "txt"
        page = json.loads((folder / f"{entry['name']}.json").read_text(encoding="utf-8"))
        assert (folder / f"{entry['name']}.{suffix}").is_file()
        assert page["source"] == f"{entry['name']}.{suffix}" and page["articles"]
        assert (folder / "entities" / f"{entry['name']}.json").is_file()
    assert {e["typesetter"] for e in data["entries"]} == {"reportlab", "chromium", "pagegen"}
    assert len({e["design"] for e in data["entries"]}) >= 4


@pytest.mark.skipif(not FIXTURES.is_dir(), reason="no committed corpus fixtures")
def test_corpus_scoring_gives_rows_and_a_damage_table(tmp_path):
    from conftest import SHARED, load_scorer

    load_scorer()  # skips when ../shared is not beside the repository
    import score_pages

    out = tmp_path / "numbers.json"
    code = score_pages.main(["--shared", str(SHARED), "--corpus", str(FIXTURES), "--source", "simulated",
                             "pdftotext", "--json", str(out)])
    result = json.loads(out.read_text(encoding="utf-8"))
    assert code == 0
    assert [(r["split"], r["source"]) for r in result["rows"]] == [("test", "simulated"), ("test", "pdftotext")]
    assert all(r["pages"] == 16 for r in result["rows"])
    kinds = [k["kind"] for k in result["damage"]]
    assert "header_line" in kinds and len(kinds) == len(set(kinds))
    scores = [k["article_f1_strict"] for k in result["damage"]]
    assert scores == sorted(scores), "worst first"
