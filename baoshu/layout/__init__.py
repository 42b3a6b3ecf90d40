"""Layout: turn a source page's lines into role-labelled blocks."""

from __future__ import annotations

from baoshu.model import Block, SourcePage


def layout(source: SourcePage) -> list[Block]:
    """Blocks in reading order, from geometry for PDF pages, from text otherwise."""
    if source.kind == "pdf":
        from baoshu.layout.geometry import layout_geometry

        return layout_geometry(source)
    from baoshu.layout.text import layout_text

    return layout_text(source)
