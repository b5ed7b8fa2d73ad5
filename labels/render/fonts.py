"""The fonts the PNG label is drawn with, shipped in `labels/fonts/` (Noto, OFL).

No single open font has both Polish letters and Chinese: Noto Sans CJK lacks
ą, ę, ł, ś, ź, ż. So text is drawn in runs: each character in the first face
of a chain that has it (Noto Sans for Latin, then Noto Sans CJK SC). The bold
CJK face holds only the common GB 2312 ideographs to keep the repository
small; a rarer ideograph falls back to the regular CJK face. Pillow gets the
files by path, so a fresh machine needs no system fonts.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import groupby
from pathlib import Path

from fontTools.ttLib import TTFont
from PIL import ImageDraw, ImageFont

FONTS = Path(__file__).resolve().parent.parent / "fonts"
LATIN = FONTS / "NotoSans-Regular.ttf"
LATIN_BOLD = FONTS / "NotoSans-Bold.ttf"
CJK = FONTS / "NotoSansCJKsc-Regular.otf"
CJK_BOLD = FONTS / "NotoSansCJKsc-Bold.otf"
CHAINS: dict[bool, tuple[Path, ...]] = {False: (LATIN, CJK), True: (LATIN_BOLD, CJK_BOLD, CJK)}


@cache
def charset(path: Path) -> frozenset[int]:
    """The code points a font file has glyphs for."""
    font = TTFont(path, lazy=True)
    try:
        return frozenset(font.getBestCmap())
    finally:
        font.close()


@lru_cache(maxsize=1 << 16)
def face_of(char: str, bold: bool) -> Path:
    """The first face of the chain that can draw `char` (the last one when none can)."""
    chain = CHAINS[bold]
    return next((path for path in chain if ord(char) in charset(path)), chain[-1])


def missing(text: str) -> set[str]:
    """Characters of `text` (other than spacing) that no face can draw."""
    return {
        c for c in text if not c.isspace() and all(ord(c) not in charset(p) for p in CHAINS[False])
    }


@lru_cache(maxsize=64)  # sizes are many on print (the layout tries several); faces are four
def _font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    # The basic layout engine needs nothing beyond Pillow's wheel, so every machine draws alike.
    return ImageFont.truetype(str(path), size, layout_engine=ImageFont.Layout.BASIC)


@lru_cache(maxsize=1 << 16)
def _advance(char: str, size: int, bold: bool) -> float:
    # The basic layout applies no kerning, so a string's width is the sum of its characters'
    # and each is measured once per size: the print layout tries many sizes.
    return _font(face_of(char, bold), size).getlength(char)


@dataclass(frozen=True)
class Typeface:
    """A size and weight, drawn through the chain of faces; wraps like a Pillow font."""

    size: int
    bold: bool = False

    def runs(self, text: str) -> list[tuple[str, ImageFont.FreeTypeFont]]:
        """`text` cut into runs that one face draws."""
        return [
            ("".join(chars), _font(path, self.size))
            for path, chars in groupby(text, key=lambda c: face_of(c, self.bold))
        ]

    def getlength(self, text: str) -> float:
        """The advance width of `text` in pixels."""
        return sum(_advance(char, self.size, self.bold) for char in text)

    def draw(self, canvas: ImageDraw.ImageDraw, x: float, baseline: float, text: str, fill) -> None:
        """Draw `text` with its left end at `x` on the given baseline."""
        for run, font in self.runs(text):
            canvas.text((x, baseline), run, font=font, fill=fill, anchor="ls")
            x += font.getlength(run)

    def ink(self, x: float, baseline: float, text: str) -> tuple[float, float, float, float]:
        """The box the glyphs of `text` cover when drawn at (x, baseline)."""
        boxes = []
        for run, font in self.runs(text):
            left, top, right, bottom = font.getbbox(run, anchor="ls")
            boxes.append((x + left, baseline + top, x + right, baseline + bottom))
            x += font.getlength(run)
        if not boxes:
            return (x, baseline, x, baseline)
        return (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )
