"""One `Config`: every threshold and weight the pipeline uses, each with a default and a line of help.

Stages read their own section (`config.read`, `config.layout`, …). The fitted
weights of the layout decisions live in `config.weights`, loaded from the file
shipped with the package (`baoshu/data/weights.json`, made by
`bench/fit_weights.py`). A TOML file given with `--config` overrides any
setting by section and name:

    [limits]
    max_chars = 400000

    [layout]
    column_reach = 12
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from baoshu.errors import BadArgument
from baoshu.weights import Linear, load_weights


def setting(default: Any, help: str) -> Any:  # noqa: A002 - the word the docs use
    """A config field with its default and one line of help."""
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Limits:
    """What one page may hold; a page over a limit is refused with the reason."""

    max_bytes: int = setting(8_000_000, "a text page file larger than this many bytes is refused before it is read")
    max_pdf_bytes: int = setting(100_000_000, "a PDF file larger than this many bytes is refused before it is read "
                                 "(its pictures make it large; its text is held by max_chars)")
    max_chars: int = setting(400_000, "a page with more characters than this is refused")
    max_lines: int = setting(40_000, "a page with more lines than this is refused")
    max_line_chars: int = setting(4_000, "a longer line is cut into lines of this length")
    max_figures: int = setting(20_000, "figures beyond this many on one page are dropped, with a problem noted")
    min_chinese_chars: int = setting(20, "a text page with fewer Chinese characters is not a newspaper page")


@dataclass(frozen=True)
class ReadConfig:
    """Reading PDF pages: characters, fake bold, shapes and lines."""

    min_text_chars: int = setting(10, "a PDF page with fewer characters has no text layer")
    bold_weight: int = setting(600, "a font weight at or above this is bold")
    fake_bold_offset: float = setting(0.2, "ems: the same character drawn again this close is fake bold")
    double_cell: float = setting(2.0, "points: grid used to find text objects drawn twice")
    picture_min_side: float = setting(20.0, "points: a filled shape or image smaller than this is an ornament")
    rule_thickness: float = setting(3.0, "points: a shape at most this tall and rule_min_length wide is a rule")
    rule_min_length: float = setting(30.0, "points: the least width of a horizontal rule")
    baseline_tolerance: float = setting(0.3, "ems: characters whose baselines differ less share a row")
    size_change: float = setting(0.15, "a change of type size by more than this share starts a new line")
    gutter_gap: float = setting(0.6, "ems beyond a row's letter-spacing: a wider gap separates two columns")
    sure_gutter: float = setting(0.9, "ems of the body type: a gap this wide parts two columns; a narrower one needs a column edge")
    max_letter_spacing: float = setting(2.0, "ems: letter-spacing is never wider; a wider gap is not a row's spacing")
    spaced_gap_factor: float = setting(2.5, "a column gap exceeds this many times the row's typical gap")
    column_gap: float = setting(0.3, "ems: a gap at least this wide before a column start may end a column's line")
    column_start_min: int = setting(3, "a left edge shared by this many lines is a column start")
    column_start_slack: float = setting(1.5, "points: left edges this close count as one")
    column_reach: float = setting(6.0, "ems: a column start counts for rows within this distance of where it was seen")
    min_column_width: float = setting(40.0, "points: a rarer left edge nearer a column start is an indent")
    word_gap: float = setting(0.25, "ems: a gap this wide between two Latin characters is a word space")
    phrase_gap: float = setting(0.18, "ems: a wider gap between Chinese characters, wider than its neighbours, is a space")
    mark_blank: float = setting(1.0, "ems: a text object ending in a full-width punctuation mark may end this far past its ink")
    letter_blank: float = setting(0.15, "ems: a text object ending in anything else may end this far past its ink")


@dataclass(frozen=True)
class OrderConfig:
    """The XY cut that gives a PDF page its regions and reading order."""

    min_gutter: float = setting(0.5, "ems of the body size: a narrower vertical band is not a gutter")
    gap_slack: float = setting(0.15, "ems beyond the page's line gap: a band between rows this narrow is no break")
    same_height: float = setting(0.1, "share of the body size: line boxes this close in height are body lines")
    same_gap: float = setting(0.3, "points: horizontal bands this close to the widest are cut together")
    stray: float = setting(1.5, "ems: a line may stray this far across a gutter (a credit wider than its picture)")
    edge_slack: float = setting(1.0, "points: a line this close to both outer edges of a region spans it")
    stray_height: float = setting(3.0, "gutters: only a line this tall at most may stray")
    rule_across: float = setting(0.9, "a rule this share of a region's width wide parts it above from below")
    rule_margin: float = setting(0.01, "points: a rule's cut is this far outside its edges")
    head_ratio: float = setting(1.12, "a line this many times the body size tall is a headline's (stacked stories)")
    centre_slack: float = setting(2.0, "ems of the body: a headline this close to the middle of columns is centred over them")
    break_gap: float = setting(0.8, "ems of white above a line that start a new block in the page text")


@dataclass(frozen=True)
class GeometryConfig:
    """Roles and stories of a PDF page from type sizes and positions."""

    headline_ratio: float = setting(1.12, "a line this much larger than the body is a headline")
    prose_ratio: float = setting(1.5, "larger type below this ratio that reads as prose is a standfirst")
    prose_chars: int = setting(24, "larger type this long ending a sentence reads as prose")
    prose_lines: int = setting(4, "a larger-type group of this many lines is running text")
    standfirst_ratio: float = setting(1.03, "larger than the body but below a headline: a standfirst")
    small_ratio: float = setting(0.97, "smaller than the body: caption or credit type")
    headline_gap: float = setting(0.8, "ems: headline lines closer than this are parts of one headline")
    same_size: float = setting(0.5, "points: lines this close in size are set in one size")
    indent: float = setting(0.6, "ems: a line starting this far right of its column opens a paragraph")
    short_line: float = setting(1.5, "ems: a line ending this far left of its column closes a paragraph")
    caption_reach: float = setting(3.0, "ems below a picture (or the caption before) where a caption may start")
    part_max_chars: int = setting(30, "a longer line is no kicker or subtitle")
    part_max_lines: int = setting(2, "a kicker or subtitle runs over this many lines at most")
    part_gap: float = setting(1.0, "ems: a kicker or subtitle stands this close to its headline at most")
    inset_share: float = setting(0.25, "a picture this much under a story's headline, beside its text, is the story's")
    under_reach: float = setting(2.0, "ems of the body: text this close under an earlier story's headline is that story's")
    under_share: float = setting(0.5, "share of the text's width a headline above it must span to own it")
    photo_reach: float = setting(2.0, "ems of the body: a photo this close beside a story may be the story's")
    photo_level: float = setting(0.5, "share of a photo's height level with a story's for it to stand beside it")
    caption_coverage: float = setting(0.45, "a photo whose caption a nearby story's words cover this much is that story's")
    credit_name_chars: int = setting(12, "a name after a caption's last sentence this short at most is its credit")
    byline_chars: int = setting(30, "a longer line is not a byline")
    tail_indent: float = setting(2.5, "ems: a line under a byline starting further in than this may be its wrapped tail")
    byline_tail: float = setting(0.5, "a byline's wrapped tail is at most this share of its column's width")
    min_briefs: int = setting(2, "a story of this many paragraphs signed in brackets (and signed last) is a column of briefs")
    furniture_chars: int = setting(40, "a story with no headline, byline or picture, shorter than this, is furniture")


@dataclass(frozen=True)
class TextLayoutConfig:
    """Roles of the lines of a text dump, and where its blocks begin."""

    default_column: float = setting(16.0, "characters: the column width of a page too short to measure")
    headline_wrap_word: float = setting(0.4, "a word this common (0..1, jieba's frequencies) across two headline lines makes them one line")
    column_reach: int = setting(10, "lines on each side that give a line's column width")
    column_percentile: float = setting(0.7, "the share of running lines at most as wide as the column")
    measurable_width: float = setting(6.0, "characters: shorter lines say nothing of the column width")
    tight_share: float = setting(0.8, "a page with a blank after this share of its lines prints blanks as a rule")
    tight_min_lines: int = setting(10, "pages shorter than this are not judged for blank-line rules")
    headline_max_chars: int = setting(40, "a longer line is never a headline")
    headline_threshold: float = setting(2.0, "a line whose headline score reaches this is a headline line")
    prose_window: int = setting(9, "lines looked at ahead for running text of equal width")
    same_width: float = setting(1.5, "characters: lines this close in width are set to one measure")
    story_start_reach: int = setting(4, "lines below a headline line where a dateline or byline may follow")
    credit_max_chars: int = setting(30, "a longer line is not a photo credit")
    credit_wrap_width: float = setting(12.0, "characters: a credit wraps over lines at most this wide")
    credit_tail_chars: int = setting(4, "the wrapped end of a credit is at most this long")
    narrow_ratio: float = setting(0.75, "a run set this much narrower than the page's body text is another column")
    caption_max_lines: int = setting(6, "a short run this long in a narrower column before a credit is a caption")
    caption_narrow: float = setting(0.85, "how much narrower such a caption run is than the body text")
    paragraph_percentile: float = setting(0.8, "the share of a run's lines at most as wide as its full line")
    max_double_line: int = setting(400, "characters: longer lines are not checked for fake bold")
    glued_width: float = setting(1.5, "a line this many times the page's measure, with gaps, is columns glued")
    min_piece_chars: int = setting(4, "a shorter piece between gaps is a phrase, not a column's line")
    max_period: int = setting(8, "most columns an extractor may interleave line by line")
    period_change: float = setting(4.0, "cost of a change in how many columns are interleaved, in log-odds")
    fragment_width: float = setting(3.0, "characters: a line this narrow is a fragment (a digit in another font)")


@dataclass(frozen=True)
class AssembleConfig:
    """Grouping a text dump's blocks into stories, and pairing headlines with them."""

    subhead_coherence: float = setting(0.025, "rarity-weighted cosine above which two body runs are one story")
    weak_coherence: float = setting(0.012, "below this cosine two body runs are never one story")
    subhead_max_lines: int = setting(2, "a heading inside a story is at most this many lines")
    subhead_max_chars: int = setting(24, "a heading inside a story is at most this long")
    caption_coherence: float = setting(0.25, "a caption whose words a story covers this much belongs to it")
    pull_quote_containment: float = setting(0.5, "a short run this much repeated in a story is its pull quote")
    pull_quote_max_chars: int = setting(300, "a pull quote is at most this long")
    photo_story_max_chars: int = setting(350, "a headed story this short before captions is a photo story")
    label_max_chars: int = setting(7, "a headline line this short may be a banner, not a headline")
    below_bonus: float = setting(0.35, "pairing bonus of a headline printed right above a body")
    above_bonus: float = setting(0.1, "pairing bonus of a headline printed right below a body")
    orphan_bonus: float = setting(0.4, "bonus of a headline right below a dated story with no headline above")
    pairing_threshold: float = setting(0.35, "the least pairing score of a headline and a body")
    join_coverage: float = setting(0.15, "a line beside a headline joins it when the story uses this share of it")
    label_coverage: float = setting(0.5, "a short label heads a story only when the story uses this share of it")
    tight_preference: float = setting(0.2, "preference for a headline line printed without a blank between")
    max_span: int = setting(5, "lines: the longest headline (kicker, two-line title, subtitle)")
    photo_body_limit: int = setting(300, "a story with a picture and less own text than this is a photo")
    virtual_units: int = setting(8, "empty units added when weighting words by rarity on a page")


@dataclass(frozen=True)
class FiguresConfig:
    """Figures: how an article's main place is chosen."""

    main_place_mentions: int = setting(2, "a place named fewer times is not what the article is about")


@dataclass(frozen=True)
class EntitiesConfig:
    """Entities: persons, reporters, organisations, places and counterpart aid in each article."""

    places_inside_orgs: bool = setting(False, "count a place printed only inside an organisation's name as a place")
    aid_receiving_provinces: bool = setting(True, "an aid recipient lies in a province that receives counterpart aid "
                                                  "(Xinjiang, Tibet, Qinghai and the west)")
    page_context: bool = setting(True, "the page's publication and other articles' places help resolve short names")


SECTIONS = {"limits": Limits, "read": ReadConfig, "order": OrderConfig, "geometry": GeometryConfig,
            "layout": TextLayoutConfig, "assemble": AssembleConfig, "figures": FiguresConfig,
            "entities": EntitiesConfig}


@dataclass(frozen=True)
class Config:
    """Every setting of the pipeline, by section; `weights` holds the fitted decisions."""

    limits: Limits = field(default_factory=Limits)
    read: ReadConfig = field(default_factory=ReadConfig)
    order: OrderConfig = field(default_factory=OrderConfig)
    geometry: GeometryConfig = field(default_factory=GeometryConfig)
    layout: TextLayoutConfig = field(default_factory=TextLayoutConfig)
    assemble: AssembleConfig = field(default_factory=AssembleConfig)
    figures: FiguresConfig = field(default_factory=FiguresConfig)
    entities: EntitiesConfig = field(default_factory=EntitiesConfig)
    weights: dict[str, Linear] = field(default_factory=load_weights)

    @classmethod
    def load(cls, path: str | Path) -> Config:
        """The defaults, overridden by a TOML file of `[section]` tables.

        Raises:
            BadArgument: the file cannot be read, or names a section or setting that does not exist,
                or gives a value of the wrong type.
        """
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise BadArgument(f"{path}: cannot read the config: {exc}") from exc
        return cls().override(data, str(path))

    def override(self, data: dict[str, Any], where: str = "config") -> Config:
        """A copy with the settings in `data` ({section: {name: value}}) changed."""
        changes: dict[str, Any] = {}
        for name, values in data.items():
            kind = SECTIONS.get(name)
            if kind is None or not isinstance(values, dict):
                raise BadArgument(f"{where}: no config section [{name}]; sections: {', '.join(SECTIONS)}")
            section = getattr(self, name)
            known = {f.name: f for f in dataclasses.fields(section)}
            for key, value in values.items():
                if key not in known:
                    raise BadArgument(f"{where}: [{name}] has no setting {key!r}")
                default = getattr(section, key)
                if isinstance(default, float) and isinstance(value, int) and not isinstance(value, bool):
                    value = float(value)
                if type(value) is not type(default):
                    raise BadArgument(f"{where}: [{name}] {key} must be {type(default).__name__}, not {value!r}")
            changes[name] = dataclasses.replace(section, **values)
        return dataclasses.replace(self, **changes)


def describe() -> list[tuple[str, Any, str]]:
    """Every setting as (section.name, default, help), for documentation."""
    rows = []
    for name, kind in SECTIONS.items():
        for f in dataclasses.fields(kind):
            rows.append((f"{name}.{f.name}", f.default, f.metadata["help"]))
    return rows


DEFAULT = Config()
