"""The fonts of each face, for reportlab (TrueType files or a CID font) and for Chromium (families).

reportlab embeds TrueType outlines only, so the Noto CJK fonts (CFF) are for
Chromium alone. `STSong-Light` is reportlab's built-in CID font: not embedded,
viewers and extractors map it through its CMap.
"""

from __future__ import annotations

from pathlib import Path

TRUETYPE = {
    "WQY-ZenHei": Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
    "WQY-MicroHei": Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    "ARPL-UMing": Path("/usr/share/fonts/truetype/arphic/uming.ttc"),
    "ARPL-UKai": Path("/usr/share/fonts/truetype/arphic/ukai.ttc"),
}
CID_FONT = "STSong-Light"
FALLBACK = "WQY-ZenHei"  # broadest coverage: used for any character a font lacks

REPORTLAB_FACES = {
    "song": ("ARPL-UMing", CID_FONT),
    "hei": ("WQY-ZenHei", "WQY-MicroHei"),
    "kai": ("ARPL-UKai", "ARPL-UKai"),
}
REPORTLAB_DIGITS = {"serif": "Times-Roman", "sans": "Helvetica"}

CHROMIUM_FACES = {
    "song": ("AR PL UMing CN",),
    "hei": ("WenQuanYi Micro Hei", "WenQuanYi Zen Hei"),
    "kai": ("AR PL UKai CN",),
}
# Chromium subsets these TrueType collections only up to about a thousand glyphs and embeds the
# whole font (up to 10 MB) beyond; text with more distinct characters than the limit is set in a
# Noto font of the face instead (CFF, which Chromium draws as Type 3 fonts).
CHROMIUM_SUBSET_LIMIT = 800
CHROMIUM_MANY_GLYPHS = {"song": "Noto Serif CJK SC", "hei": "Noto Sans CJK SC", "kai": "Noto Serif CJK SC"}
CHROMIUM_DIGITS = {"serif": "Liberation Serif", "sans": "Liberation Sans"}


def reportlab_font(face: str, variant: int) -> str:
    fonts = REPORTLAB_FACES[face]
    return fonts[variant % len(fonts)]


def chromium_family(face: str, variant: int, text: str) -> str:
    """The family that sets `text` (everything it will set on the page) in a face."""
    if len(set(text)) > CHROMIUM_SUBSET_LIMIT:
        return CHROMIUM_MANY_GLYPHS[face]
    families = CHROMIUM_FACES[face]
    return families[variant % len(families)]


def missing_fonts() -> list[str]:
    """The TrueType files the reportlab typesetter needs that this machine lacks."""
    return [str(path) for path in TRUETYPE.values() if not path.is_file()]
