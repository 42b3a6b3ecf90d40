"""The `layout` stage: a page's lines into role-labelled blocks."""

from __future__ import annotations

from baoshu.config import Config
from baoshu.layout.geometry import layout_geometry
from baoshu.layout.text import layout_text
from baoshu.model import Page
from baoshu.stages import stage


@stage("layout", requires=("lines", "regions"), provides=("blocks",))
def layout(page: Page, config: Config) -> Page:
    """Blocks in reading order, each with its role: from geometry for PDF pages, from the text otherwise."""
    if page.source.kind == "pdf" and page.regions is not None:
        page.blocks = layout_geometry(page, config)
    else:
        page.blocks = layout_text(page.lines, config)
    return page
