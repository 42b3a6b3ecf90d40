"""The `lines` stage: a page's lines in reading order, each with its facts, computed once.

For a text dump each line is repaired (fake bold read once, letter spacing
closed) and the printed conventions it shows are recognised (jump line,
dateline, byline, credit, page label, caption opening, sentence end, prose
punctuation); then columns the extractor interleaved are pulled apart
(`baoshu.untangle`), and a dateline the column cut over two lines marks the
first of them. For a PDF page the XY cut (`baoshu.layout.order`) first
puts the lines in reading order and gives the page its text.
"""

from __future__ import annotations

from dataclasses import replace

from baoshu.config import Config
from baoshu.layout.order import order_page
from baoshu.model import Line, LineFacts, Page
from baoshu.forms import plain_forms
from baoshu.read.pdf_lines import main_size
from baoshu.repair import close_letter_spacing, display_width, is_letter_spaced, repair_line, tidy_spaces
from baoshu.roles import (CLAUSE_PUNCT, ends_sentence, find_jump, is_page_label, match_byline, match_credit,
                          opens_caption, split_dateline)
from baoshu.stages import stage
from baoshu.untangle import untangle


def facts(line: Line, text: str, emphasis: int) -> LineFacts:
    """What a line shows by itself, once repaired to `text` (odd forms an extractor prints,
    radicals for characters and typographic spaces, read in their plain forms first)."""
    text = plain_forms(text)
    bare = tidy_spaces(text)
    stripped = text.strip()
    return LineFacts(
        line=line, text=text, bare=bare, emphasis=emphasis, width=display_width(bare),
        jump=find_jump(text), dateline=split_dateline(stripped), byline=match_byline(stripped),
        credit=match_credit(bare) is not None, label=is_page_label(bare), caption_open=opens_caption(bare),
        ends_sentence=ends_sentence(bare), clause=CLAUSE_PUNCT.search(bare) is not None,
    )


def text_line(line: Line, max_double: int) -> LineFacts:
    """A text dump's line: fake bold and letter spacing repaired first."""
    if len(line.text) > max_double:
        return facts(line, line.text.strip(), 0)
    text, emphasis = repair_line(line.text)
    return facts(line, text, emphasis)


def pdf_line(line: Line) -> LineFacts:
    """A PDF line, read once already (fake bold is dropped by the reader): letter spacing closed."""
    spaced = is_letter_spaced(line.text)
    text = close_letter_spacing(line.text) if spaced else line.text
    return facts(line, text, int(line.bold) + int(spaced))


@stage("lines", requires=("source",), provides=("lines", "regions"))
def find_lines(page: Page, config: Config) -> Page:
    """The page's lines in reading order, each with its repaired text and evidence."""
    source = page.source
    if source.kind == "pdf":
        page.regions = order_page(source, main_size(source.lines), config.order)
        page.lines = [pdf_line(line) for line in source.lines]
    else:
        lines = without_repeats([text_line(line, config.layout.max_double_line) for line in source.lines])
        untangled = untangle(lines, config.weights["follows_line"], config.weights["starts_line"], config.layout, facts)
        page.lines = with_wrapped_datelines(untangled)
    return page


def without_repeats(lines: list[LineFacts], longest: int = 3) -> list[LineFacts]:
    """Lines drawn twice (fake bold an extractor reads as two copies) read once: a line, or a
    run of up to `longest` lines, that repeats the lines kept right before it (blank lines
    aside) is dropped, and what it repeats is marked as emphasised."""
    kept: list[LineFacts] = []
    shown: list[int] = []  # indexes in `kept` of the non-blank lines
    k = 0
    while k < len(lines):
        if not _wordy(lines[k].bare):
            kept.append(lines[k])
            k += 1
            continue
        ahead = [i for i in range(k, len(lines)) if lines[i].bare][:longest]
        for size in range(1, len(ahead) + 1):
            run, before = ahead[:size], shown[-size:]
            if len(before) == size and all(lines[i].bare == kept[j].bare for i, j in zip(run, before)):
                for j in before:
                    kept[j] = replace(kept[j], emphasis=kept[j].emphasis + 1)
                k = run[-1] + 1
                break
        else:
            shown.append(len(kept))
            kept.append(lines[k])
            k += 1
    return kept


def _wordy(text: str) -> bool:
    """Two or more letters, digits or Chinese characters: a line whose repeat means something."""
    return sum(ch.isalnum() for ch in text) >= 2


def with_wrapped_datelines(lines: list[LineFacts]) -> list[LineFacts]:
    """A dateline the column cut over two lines (`新华社某地1月` / `26日电（记者 X）`) marks its first line."""
    out = list(lines)
    for i, (first, after) in enumerate(zip(lines, lines[1:])):
        if first.dateline is not None or first.ends_sentence or after.dateline is not None:
            continue
        found = split_dateline(first.text.strip() + after.text.strip())
        if found is not None and len(found.text) > len(first.text.strip()):
            out[i] = replace(first, dateline=found)
    return out
