"""Layout of text dumps (placeholder: one body block)."""

from __future__ import annotations

from baoshu.model import Block, Role, SourcePage


def layout_text(source: SourcePage) -> list[Block]:
    text = "".join(line.text.strip() for line in source.lines)
    return [Block(role=Role.BODY, lines=list(source.lines), text=text)]
