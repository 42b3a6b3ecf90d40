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
    "song": ("Noto Serif CJK SC", "AR PL UMing CN"),
    "hei": ("Noto Sans CJK SC", "WenQuanYi Zen Hei"),
    "kai": ("AR PL UKai CN", "AR PL UKai CN"),
}
CHROMIUM_DIGITS = {"serif": "Liberation Serif", "sans": "Liberation Sans"}


def reportlab_font(face: str, variant: int) -> str:
    fonts = REPORTLAB_FACES[face]
    return fonts[variant % len(fonts)]


def chromium_family(face: str, variant: int) -> str:
    families = CHROMIUM_FACES[face]
    return families[variant % len(families)]


def missing_fonts() -> list[str]:
    """The TrueType files reportlab needs that this machine lacks."""
    return [str(path) for path in TRUETYPE.values() if not path.is_file()]
