"""Reading PDF pages from their geometry: pages typeset for these tests, and the dev PDFs."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from click.testing import CliRunner

from baoshu.cli import main
from baoshu.config import DEFAULT
from baoshu.errors import PageError
from baoshu.model import Box, Page, Role, SourcePage
from baoshu.pipeline import rebuild_file
from baoshu.layout.order import xy_cut
from baoshu.read import read_pages
from baoshu.read.pdf_chars import Char
from baoshu.read.pdf_lines import _segments, group_lines
from baoshu.read.pdf_runs import _run

HERE = Path(__file__).parent
SHARED_PDF = HERE.parents[1] / "shared" / "pdf"
SCORER = HERE.parents[1] / "shared" / "bench" / "score.py"


def load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


typeset = load(HERE / "pdfs" / "make_pdfs.py", "make_pdfs")


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return typeset.make(tmp_path_factory.mktemp("pdfs"))


def only_page(path: Path) -> Page:
    [page] = rebuild_file(path).pages
    return page


def read_only(path: Path) -> list[SourcePage]:
    """The pages of a PDF as read, before any stage."""
    sources, _ = read_pages(path, DEFAULT)
    return sources


def ordered(path: Path) -> list[Page]:
    """The pages of a PDF with their lines in reading order (run up to the `lines` stage)."""
    return rebuild_file(path, until="lines").pages


def by_title(page: Page) -> dict[str, object]:
    return {a.title: a for a in page.articles}


def test_fake_bold_title_is_read_once_and_marked_bold(pdfs):
    [source] = read_only(pdfs["four_columns"])
    [title] = [line for line in source.lines if line.size == 26]
    assert title.text == typeset.HARBOUR.title
    assert title.bold


def test_fake_bold_drawn_far_apart_is_read_once(pdfs):
    [source] = read_only(pdfs["two_columns"])
    [title] = [line for line in source.lines if line.size == 22]
    assert title.text == typeset.MARKET.title
    assert title.bold


def test_plain_lines_are_not_bold(pdfs):
    [source] = read_only(pdfs["four_columns"])
    assert not any(line.bold for line in source.lines if line.size == 13)


def test_letter_spaced_title_is_read_as_words(pdfs):
    titles = [a.title for a in only_page(pdfs["four_columns"]).articles]
    assert typeset.LIBRARY.title in titles


def test_each_story_becomes_one_article_with_its_headline_parts(pdfs):
    page = only_page(pdfs["four_columns"])
    assert len(page.articles) == 4
    harbour = by_title(page)[typeset.HARBOUR.title]
    assert harbour.kicker == typeset.HARBOUR.kicker
    assert harbour.subtitle == typeset.HARBOUR.subtitle
    assert harbour.byline.replace(" ", "") == "本报记者林晓岚"


def test_page_header_is_furniture(pdfs):
    page = only_page(pdfs["four_columns"])
    assert "".join(page.furniture).replace("\n", "") == typeset.HEADER.replace("\u3000", "")


def test_jump_line_sets_continued_on(pdfs):
    farm = by_title(only_page(pdfs["four_columns"]))[typeset.FARM.title]
    assert farm.continued_on == "2"
    assert "下转" not in "".join(farm.body)


def test_paragraphs_are_whole_across_lines_and_columns(pdfs):
    """Indentation by ideographic spaces (harbour) and by shift (farm) opens paragraphs."""
    page = only_page(pdfs["four_columns"])
    for story in (typeset.HARBOUR, typeset.FARM):
        article = by_title(page)[story.title]
        printed = [article.dateline + article.body[0], *article.body[1:]]
        assert [p.replace(" ", "") for p in printed] == [p.replace(" ", "") for p in story.paragraphs]


def test_fake_bold_subhead_is_a_subhead_of_its_story(pdfs):
    [page] = rebuild_file(pdfs["four_columns"], until="layout").pages
    blocks = page.blocks
    [subhead] = [b for b in blocks if b.role == Role.SUBHEAD]
    assert subhead.text == typeset.HARBOUR.subheads[0]
    [title] = [b for b in blocks if b.role == Role.HEADLINE and b.text == typeset.HARBOUR.title]
    assert subhead.story == title.story is not None


def test_picture_with_captions_and_credit_is_a_photo(pdfs):
    page = only_page(pdfs["four_columns"])
    [photo] = [a for a in page.articles if a.kind == "photo"]
    assert photo.captions == typeset.PHOTO_CAPTIONS
    assert photo.credit.replace(" ", "") == typeset.PHOTO_CREDIT.replace(" ", "")
    assert not photo.body


def test_shuffled_drawing_order_changes_nothing(pdfs):
    page = only_page(pdfs["two_columns"])
    market = by_title(page)[typeset.MARKET.title]
    assert market.standfirst == typeset.MARKET.standfirst
    assert market.body == typeset.MARKET.paragraphs


def test_page_drawn_in_a_form_reads_the_same(pdfs):
    """Text inside a form XObject is read character by character, with the same result."""
    def digest(name: str) -> list[tuple[str, list[str], list[str]]]:
        return [(a.title, a.body, a.captions) for a in only_page(pdfs[name]).articles]

    assert digest("in_form") == digest("two_columns")
    [source] = read_only(pdfs["in_form"])
    [title] = [line for line in source.lines if line.size == 22]
    assert title.text == typeset.MARKET.title and title.bold


def test_picture_inside_a_story_stays_in_it(pdfs):
    page = only_page(pdfs["inset"])
    assert len(page.articles) == 1
    [harbour] = page.articles
    assert harbour.captions == [typeset.INSET_CAPTION]
    assert harbour.body[1:] == typeset.HARBOUR.paragraphs[1:]


def test_a_rule_parts_two_headless_stories(pdfs):
    page = only_page(pdfs["ruled"])
    assert [a.body for a in page.articles] == [typeset.LIBRARY.paragraphs, typeset.CLEANUP.paragraphs]


def test_caption_beside_its_picture(pdfs):
    page = only_page(pdfs["two_columns"])
    [photo] = [a for a in page.articles if a.kind == "photo"]
    assert photo.captions == [typeset.SIDE_CAPTION]
    assert photo.credit.replace(" ", "") == typeset.SIDE_CREDIT.replace(" ", "")


def test_story_without_headline_starts_at_its_byline(pdfs):
    """The story sits on a tinted box, which is not a picture."""
    page = only_page(pdfs["two_columns"])
    assert len(page.articles) == 3
    cleanup = page.articles[1]
    assert cleanup.byline.replace(" ", "") == "通讯员马骏"
    assert cleanup.body == typeset.CLEANUP.paragraphs


def test_each_page_of_a_longer_pdf_is_a_page(pdfs):
    sources = read_only(pdfs["both"])
    assert [s.name for s in sources] == ["both.pdf#page=1", "both.pdf#page=2"]
    assert [s.number for s in sources] == [1, 2]
    assert {line.page for line in sources[1].lines} == {2}


def test_line_numbers_point_into_the_page_text(pdfs):
    [page] = ordered(pdfs["two_columns"])
    text_lines = page.source.text.split("\n")
    for line in page.source.lines:
        assert text_lines[line.number - 1] == line.text


@pytest.mark.parametrize("name, reason", [
    ("scan", "no text layer"),
    ("locked", "encrypted"),
    ("broken", "broken or truncated"),
])
def test_unreadable_pdf_names_the_file_and_the_reason(pdfs, name, reason):
    with pytest.raises(PageError) as caught:
        read_pages(pdfs[name], DEFAULT)
    assert caught.value.path == str(pdfs[name])
    assert reason in caught.value.problem


def test_a_scanned_page_does_not_lose_the_good_pages_and_keeps_its_number(pdfs):
    result = rebuild_file(pdfs["scan_then_text"])
    assert [p.name for p in result.pages] == ["scan_then_text.pdf#page=2"]
    assert result.pages[0].meta.page == "2" and result.pages[0].source.number == 2
    [error] = result.errors
    assert "page 1 has no text layer" in error.problem


def test_text_command_prints_reading_order(pdfs):
    result = CliRunner().invoke(main, ["text", str(pdfs["two_columns"])])
    assert result.exit_code == 0
    flat = result.output.replace("\n", "")
    positions = [flat.index(p[:12]) for p in typeset.MARKET.paragraphs]
    assert flat.index(typeset.MARKET.title) < positions[0]
    assert positions == sorted(positions)


def test_text_command_reports_a_bad_file_and_goes_on(pdfs):
    result = CliRunner().invoke(main, ["text", str(pdfs["broken"]), str(pdfs["two_columns"])])
    assert result.exit_code == 1
    assert f"error: {pdfs['broken']}" in result.output
    assert typeset.MARKET.title in result.output


def test_extract_writes_the_json_page_format(pdfs, tmp_path):
    result = CliRunner().invoke(main, ["extract", str(pdfs["two_columns"]), "--json", "--out", str(tmp_path)])
    assert result.exit_code == 0
    data = json.loads((tmp_path / "two_columns.json").read_text(encoding="utf-8"))
    assert data["kind"] == "pdf"
    assert [a["title"] for a in data["articles"]] == [typeset.MARKET.title, "", ""]


needs_chromium = pytest.mark.skipif(shutil.which("chromium") is None, reason="Chromium is not installed")


def print_with_chromium(html: Path, folder: Path) -> Path:
    """Another typesetter: Chromium prints an HTML page (CSS columns, embedded fonts, justified text)."""
    pdf = folder / f"{html.stem}.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", str(html)], check=True, capture_output=True, timeout=120)
    return pdf


@needs_chromium
def test_page_typeset_by_chromium(tmp_path):
    page = only_page(print_with_chromium(HERE / "pdfs" / "chromium_page.html", tmp_path))
    assert page.furniture == ["城市新闻"]
    assert [(a.kind, a.title) for a in page.articles] == [
        ("article", "新城区公交线网全面优化"), ("photo", ""), ("article", "老旧小区加装电梯提速")]
    bus, photo, lift = page.articles
    assert (bus.kicker, bus.byline.replace(" ", "")) == ("绿色出行再升级", "本报记者周明远")
    assert len(bus.body) == 4 and bus.body[-1].startswith("市民王女士说")
    assert photo.captions == ["11月3日，市民在新开通的公交站点候车。"]
    assert photo.credit.replace(" ", "") == "本报记者何晴摄"
    assert len(lift.body) == 2


@needs_chromium
def test_stories_side_by_side_with_rules_and_a_run_on_credit(tmp_path):
    page = only_page(print_with_chromium(HERE / "pdfs" / "chromium_business.html", tmp_path))
    assert len(page.furniture) == 1 and page.furniture[0].startswith("清河日报")
    assert [a.title for a in page.articles] == ["高新区引进重点项目18个", "外贸企业开拓新市场", "",
                                                "小微企业贷款余额稳步增长"]
    assert [len(a.body) for a in page.articles] == [4, 2, 0, 3]
    photo = page.articles[2]
    assert photo.captions == ["11月4日，工人在高新区一家企业的生产线上作业。"]
    assert photo.credit.replace(" ", "") == "本报记者韩冰摄"


@pytest.mark.skipif(not SHARED_PDF.is_dir(), reason="the shared dev PDFs are not present")
def test_dev_pdfs_meet_the_issue_floors(tmp_path):
    score = load(SCORER, "shared_score")
    totals: dict[str, float] = {}
    for gold_path in sorted(SHARED_PDF.glob("*.json")):
        page = only_page(gold_path.with_suffix(".pdf"))
        counts, _ = score.score_page(json.loads(gold_path.read_text(encoding="utf-8")), page.to_json())
        for key, value in counts.items():
            totals[key] = totals.get(key, 0) + value
    strict = 2 * totals["strict"] / (totals["gold_articles"] + totals["pred_articles"])
    assert strict >= 0.95
    assert totals["text_overlap"] / totals["pred_text"] >= 0.99
    assert totals["text_overlap"] / totals["gold_text"] >= 0.99
    assert totals["headline_right"] / totals["headline_gold"] >= 0.95


def test_whole_lines_and_character_spacing(pdfs):
    """Lines drawn as strings; a title letter-spaced by the PDF's character spacing."""
    school = by_title(only_page(pdfs["three_columns"]))[typeset.SCHOOL.title]
    assert school.subtitle == typeset.SCHOOL.subtitle
    assert [school.dateline + school.body[0], *school.body[1:]] == [
        p.replace(" ", "") for p in typeset.SCHOOL.paragraphs]


def test_upright_headline_beside_its_body(pdfs):
    page = only_page(pdfs["three_columns"])
    assert len(page.articles) == 2
    bridge = by_title(page)[typeset.BRIDGE.title]
    assert bridge.body == typeset.BRIDGE.paragraphs


def test_columns_a_narrow_gutter_apart_are_not_interleaved(pdfs):
    """Lines of two columns on one baseline, letter-spaced and 0.6 em apart, are two lines."""
    page = only_page(pdfs["narrow_gutter"])
    [orchard] = page.articles
    assert orchard.title == typeset.ORCHARD.title
    assert orchard.byline == typeset.ORCHARD.byline
    assert orchard.body == typeset.ORCHARD.paragraphs


def test_a_byline_wrapped_over_two_lines_is_whole(pdfs):
    """Under the headline, wrapped inside a name; at the story's end, flush right; on two lines,
    a role on each."""
    page = only_page(pdfs["bylines"])
    lantern = typeset.Story(typeset.LANTERN.title, typeset.LANTERN.paragraphs, byline="".join(typeset.LANTERN_BYLINE))
    stories = {story.title: story for story in (typeset.FERRY, typeset.KILN, lantern)}
    assert sorted(a.title for a in page.articles) == sorted(stories)
    for article in page.articles:
        story = stories[article.title]
        assert article.byline.replace(" ", "") == story.byline.lstrip("□ ").replace(" ", "")
        assert article.body == story.paragraphs


def test_kicker_and_subtitle_near_body_size_are_headline_parts(pdfs):
    """Also a subtitle wrapped over two lines."""
    page = only_page(pdfs["quiet_parts"])
    assert len(page.articles) == 2
    for article in page.articles:
        story = typeset.STORIES["mill" if article.title == typeset.MILL.title else "dairy"]
        assert (article.kicker, article.title, article.subtitle) == (story.kicker, story.title, story.subtitle)
        assert article.body == story.paragraphs


def test_rules_framing_a_pull_quote_do_not_part_its_story(pdfs):
    [wetland] = only_page(pdfs["framed_quote"]).articles
    assert wetland.title == typeset.WETLAND.title
    assert wetland.standfirst == typeset.WETLAND.standfirst
    assert wetland.body == typeset.WETLAND.paragraphs


def test_credits_after_captions(pdfs):
    """A bare name under a caption, a credit wrapped at a ragged caption's end, a credit over a
    caption; a picture under a story's headline with its caption is the story's."""
    page = only_page(pdfs["photo_credits"])
    greenhouse, photo, over = page.articles
    assert greenhouse.title == typeset.GREENHOUSE.title and greenhouse.body == typeset.GREENHOUSE.paragraphs
    assert greenhouse.captions == [typeset.INSET_PHOTO_CAPTION]
    assert greenhouse.credit == typeset.INSET_PHOTO_CREDIT
    assert photo.kind == "photo" and photo.captions == [typeset.SIDE_PHOTO_CAPTION]
    assert photo.credit.replace(" ", "") == typeset.SIDE_PHOTO_CREDIT.replace(" ", "")
    assert over.kind == "photo" and over.captions == [typeset.OVER_PHOTO_CAPTION]
    assert over.credit.replace(" ", "") == typeset.OVER_PHOTO_CREDIT.replace(" ", "")


def test_a_column_of_briefs_is_one_article_per_item(pdfs):
    page = only_page(pdfs["briefs"])
    assert page.furniture == [typeset.BRIEFS_LABEL]
    assert [a.title for a in page.articles] == ["", "", ""]
    printed = ["".join([a.dateline, *a.body]).replace(" ", "") for a in page.articles]
    assert printed == [item.lstrip("■ ").replace(" ", "") for item in typeset.BRIEFS]


def test_a_gutter_narrower_than_the_white_between_rows_still_parts_columns(pdfs):
    [orchard] = only_page(pdfs["overhang"]).articles
    assert orchard.body == typeset.ORCHARD.paragraphs


def test_a_rule_across_the_page_is_cut_first(pdfs):
    """The text under a story's picture stays the story's, though the widest white across the
    page lies between them."""
    riverbank, kites = only_page(pdfs["ruled_photo"]).articles
    assert riverbank.title == typeset.RIVERBANK.title and riverbank.body == typeset.RIVERBANK.paragraphs
    assert riverbank.captions == [typeset.RIVERBANK_CAPTION]
    assert (kites.title, kites.captions, kites.body) == (typeset.KITES_TITLE, [typeset.KITES_CAPTION], [])


def test_pieces_of_one_baseline_columns_apart_are_two_lines(pdfs):
    [source] = read_only(pdfs["far_pieces"])
    assert [line.text for line in source.lines] == list(typeset.FAR_PIECES)


def test_word_spaces_as_wide_as_a_gutter_part_no_line(pdfs):
    bakery, orchid = only_page(pdfs["spaced_words"]).articles
    assert bakery.dateline.replace(" ", "") == "本报讯（记者林岚）"
    assert [bakery.dateline + bakery.body[0], *bakery.body[1:]] == [
        p.replace(" ", "", 1) for p in typeset.BAKERY.paragraphs]
    assert orchid.byline.replace(" ", "") == typeset.ORCHID.byline.lstrip("□ ").replace(" ", "")
    assert orchid.body == typeset.ORCHID.paragraphs


@pytest.mark.parametrize("name", ["stacked", "headline_row"])
def test_stories_keep_their_text(pdfs, name):
    """Stories stacked with their headlines left of their text; stories side by side with their
    headlines in one row: no story's text goes to another."""
    page = only_page(pdfs[name])
    for article in page.articles:
        story = next(s for s in typeset.STORIES.values() if s.title == article.title)
        assert article.body == story.paragraphs
    assert len(page.articles) == (3 if name == "stacked" else 2)


def test_text_under_an_earlier_headline_is_its_story(pdfs):
    """A white band across the page parts one story's headline from its text; the text goes
    to the headline right above it, not to the story read last."""
    page = only_page(pdfs["over_the_white"])
    assert sorted(a.title for a in page.articles) == sorted(
        s.title for s in (typeset.SNOW, typeset.LANTERN, typeset.SKATING, typeset.ORCHARD))
    for article in page.articles:
        story = next(s for s in typeset.STORIES.values() if s.title == article.title)
        assert article.body == story.paragraphs


def test_a_byline_after_the_story_picture_opens_no_story(pdfs):
    [wind] = only_page(pdfs["before_byline"]).articles
    assert (wind.title, wind.captions) == (typeset.WINDFARM.title, [typeset.WINDFARM_CAPTION])
    assert wind.credit.replace(" ", "") == typeset.WINDFARM_CREDIT.replace(" ", "")
    assert wind.byline == typeset.WINDFARM.byline and wind.body == typeset.WINDFARM.paragraphs


def test_a_picture_beside_a_story_is_its_own_when_its_caption_speaks_of_it(pdfs):
    carpets, skating, lone = only_page(pdfs["photos_beside"]).articles
    assert (carpets.title, carpets.captions) == (typeset.CARPETS.title, [typeset.CARPETS_CAPTION])
    assert carpets.body == typeset.CARPETS.paragraphs
    assert (skating.title, skating.captions) == (typeset.SKATING.title, [])
    assert (lone.kind, lone.captions) == ("photo", [typeset.LONE_CAPTION])


def test_a_headline_centred_over_its_columns_heads_them_all(pdfs):
    carpets, skating = only_page(pdfs["centred"]).articles
    assert (skating.title, skating.body) == (typeset.SKATING.title, typeset.SKATING.paragraphs)
    assert carpets.title == typeset.CARPETS.title
    assert carpets.byline.replace(" ", "") == typeset.CARPETS_BYLINE.lstrip("□ ").replace(" ", "")
    assert carpets.body == typeset.CARPETS.paragraphs


def test_captions_that_outnumber_the_text_are_still_captions(pdfs):
    first, second, lantern = only_page(pdfs["photo_page"]).articles
    assert [first.captions, second.captions] == [[c] for c in typeset.PHOTO_PAGE_CAPTIONS]
    assert first.kind == second.kind == "photo" and not first.body and not second.body
    assert (lantern.title, lantern.body) == (typeset.LANTERN.title, typeset.LANTERN.paragraphs)


def test_text_under_a_story_picture_is_that_story_though_a_white_band_parts_them(pdfs):
    greenhouse, skating = only_page(pdfs["under_picture"]).articles
    assert (greenhouse.title, greenhouse.captions) == (typeset.GREENHOUSE.title, [typeset.OPEN_CAPTION])
    assert greenhouse.body == typeset.GREENHOUSE.paragraphs
    assert (skating.title, skating.body) == (typeset.SKATING.title, typeset.SKATING.paragraphs)


def test_a_column_parted_by_a_white_band_goes_on_in_its_story(pdfs):
    carpets, skating = only_page(pdfs["column_under"]).articles
    assert (carpets.title, carpets.standfirst) == (typeset.CARPETS.title, typeset.CARPETS_QUOTE)
    assert carpets.body == typeset.CARPETS.paragraphs
    assert (skating.title, skating.body) == (typeset.SKATING.title, typeset.SKATING.paragraphs)


def test_a_text_object_ends_near_its_ink_unless_it_ends_in_a_mark():
    """Narrow digits make a line's nominal width run past its ink into the next column's
    gutter; only a closing mark, whose ink fills the left of its cell, may leave blank after it."""
    size = 10.0
    digits = _run("长12.5米，宽8.75米", 0.0, 70.0, 100.0, size, "", False, DEFAULT.read)
    assert digits.x1 <= 70.0 + 0.2 * size
    comma = _run("春耕正忙，", 0.0, 43.0, 100.0, size, "", False, DEFAULT.read)
    assert comma.x1 == 50.0
    share = _run("占总量的40%", 0.0, 52.0, 100.0, size, "", False, DEFAULT.read)
    assert share.x1 <= 52.0 + 0.2 * size
    justified = _run("百亩良田", 0.0, 46.0, 100.0, size, "", False, DEFAULT.read)
    assert justified.x1 == 46.0


def test_two_lone_characters_a_gutter_apart_are_not_letter_spacing():
    """A column's line ending in a one-character text object beside the next column's line
    starting with one: their gap is a gutter, not the row's letter-spacing."""
    size = 10.0
    row = [Char("两岸果园增收", 0.0, 60.0, 100.0, size, "", False), Char("万", 60.0, 70.0, 100.0, size, "", False),
           Char("县", 78.0, 88.0, 100.0, size, "", False), Char("里新建冷库", 88.0, 138.0, 100.0, size, "", False),
           Char("三座", 146.0, 166.0, 100.0, size, "", False)]
    assert ["".join(c.text for c in s) for s in _segments(row, DEFAULT.read)] == [
        "两岸果园增收万", "县里新建冷库", "三座"]
    spaced = [Char(ch, 20.0 * k, 20.0 * k + size, 100.0, size, "", False) for k, ch in enumerate("春耕备耕")]
    assert len(list(_segments(spaced, DEFAULT.read))) == 1


def _drawn_one_by_one(text: str, x: float, baseline: float, gap: float, size: float = 10.0) -> list[Char]:
    """Characters drawn one object each, `gap` apart (a space in `text` widens one gap by 4 pt)."""
    chars: list[Char] = []
    for ch in text:
        if ch == " ":
            x += 4.0
            continue
        chars.append(Char(ch, x, x + size, baseline, size, "", False))
        x += size + gap
    return chars


def test_a_name_space_before_a_gutter_does_not_hide_it():
    """A dateline's name set apart by a space right before the gutter, in a tightly justified
    column beside a loosely justified one: still two lines, one per column."""
    rows = [("田间地头一片繁忙", "合作社的农机手正忙着播种"), ("全县新增高标准农田", "一台机器每天能种三百亩地"),
            ("技术人员下乡指导", "种子化肥都已提前运到村里")]
    chars: list[Char] = []
    for k, (left, right) in enumerate(rows):  # paragraphs' last lines: the gutter shows
        chars += _drawn_one_by_one(left, 36.0, 100.0 + 15.0 * k, 0.7)
        chars += _drawn_one_by_one(right, 173.4, 100.0 + 15.0 * k, 1.5)
    dateline = _drawn_one_by_one("本报讯（记者 周", 36.0, 145.0, 0.7)
    shift = 163.7 - dateline[-1].x1  # the name ends at the column's right edge
    chars += [Char(c.text, c.x0 + shift, c.x1 + shift, c.baseline, c.size, "", False) for c in dateline]
    chars += _drawn_one_by_one("她说：“以前种地全靠人工", 173.4, 145.0, 1.5)
    lines = group_lines(chars, DEFAULT.read)
    assert [line.text.replace(" ", "") for line in lines[-2:]] == ["本报讯（记者周", "她说：“以前种地全靠人工"]


def test_columns_under_a_picture_as_close_as_their_lines_are_read_column_by_column():
    """A picture across two columns, as close above them as their lines are to each other: no
    gutter crosses the region, yet its columns are read one after the other, not row by row."""
    size, pitch = 10.0, 16.0
    picture = Box(36.0, 100.0, 262.0, 253.0)
    rows = [Box(x0, 259.0 + pitch * k, x0 + 110.0, 269.0 + pitch * k) for k in range(6) for x0 in (36.0, 153.0)]
    tree = xy_cut([*rows, picture], size, DEFAULT.order)
    assert tree.leaves() == [len(rows), *range(0, len(rows), 2), *range(1, len(rows), 2)]


def test_headless_text_behind_the_story_read_before_it_is_a_story_of_its_own(pdfs):
    """Text opening a paragraph left of and under the story read just before it: that story
    does not read on back to the left, so the text is an article of its own."""
    page = only_page(pdfs["headless_behind"])
    bodies = {a.title: a.body for a in page.articles}
    assert bodies[typeset.SKATING.title] == typeset.SKATING.paragraphs
    assert bodies[""] == typeset.LANTERN.paragraphs
    assert len(page.articles) == 4


def test_subtitles_at_body_size_before_a_byline_or_a_dateline_are_headline_parts(pdfs):
    """Nothing but their place marks them: under the headline, over the line that opens the text."""
    page = only_page(pdfs["quiet_subtitles"])
    orchid, bakery = sorted(page.articles, key=lambda a: a.title != typeset.ORCHID.title)
    assert (orchid.title, orchid.subtitle) == (typeset.ORCHID.title, typeset.ORCHID.subtitle)
    assert orchid.byline.replace(" ", "") == typeset.ORCHID.byline.lstrip("□ ").replace(" ", "")
    assert orchid.body == typeset.ORCHID.paragraphs
    assert (bakery.title, bakery.subtitle) == (typeset.BAKERY.title, typeset.BAKERY.subtitle)
    assert bakery.dateline.replace(" ", "") == typeset.BAKERY_DATELINE.replace(" ", "")
    assert bakery.body == typeset.BAKERY_BODY


def test_a_byline_wrapped_twice_is_whole(pdfs):
    [snow] = only_page(pdfs["twice_wrapped"]).articles
    assert snow.byline.replace(" ", "") == "".join(typeset.TWICE_WRAPPED_BYLINE).lstrip("□ ").replace(" ", "")
    assert snow.body == typeset.SNOW.paragraphs


def test_a_desk_signs_a_commentary_as_its_kicker_and_its_byline(pdfs):
    [comment] = only_page(pdfs["desk_signed"]).articles
    assert (comment.kicker, comment.title, comment.byline) == ("本报评论员", typeset.SKATING.title, "本报评论员")
    assert comment.body == typeset.SKATING.paragraphs


def test_headless_text_under_a_finished_story_starting_at_its_left_is_a_story_of_its_own(pdfs):
    page = only_page(pdfs["headless_under"])
    bodies = {a.title: a.body for a in page.articles}
    assert sorted(bodies) == sorted(["", typeset.SNOW.title, typeset.SKATING.title])
    assert (bodies[typeset.SNOW.title], bodies[""]) == (typeset.SNOW.paragraphs, typeset.LANTERN.paragraphs)


def test_stacked_stories_keep_their_text_with_a_kicker_over_the_lower_headline(pdfs):
    page = only_page(pdfs["stacked_kicker"])
    lantern = next(a for a in page.articles if a.title == typeset.LANTERN.title)
    assert lantern.kicker == typeset.STACKED_KICKER
    for article in page.articles:
        story = next(s for s in typeset.STORIES.values() if s.title == article.title)
        assert article.body == story.paragraphs
    assert len(page.articles) == 3
