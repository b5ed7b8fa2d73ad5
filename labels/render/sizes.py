"""The canvas a PNG label is drawn on, from a size name: web sizes grow, print sizes are fixed.

"web" and "web2x" are 400 and 800 pixels wide and as tall as the label needs;
"NNNpx" is any width in between and beyond. "WxHmm" is a print size in
millimetres, turned into pixels at the given DPI (300 unless said), which is
also written into the file so that print software places it at its size.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

WEB_WIDTHS: dict[str, int] = {"web": 400, "web2x": 800}
WEB_DPI = 96  # the CSS pixel; doubled for web2x so both print at the same physical size
PRINT_DPI = 300
DPI_RANGE = (72, 1200)
WIDTH_PX_RANGE = (240, 4000)
MM_RANGE = (20.0, 300.0)
MAX_SIDE_PX = 8000
MM_PER_INCH = 25.4

_PIXELS = re.compile(r"(\d{1,5})px")
_MILLIMETRES = re.compile(r"(\d{1,3}(?:\.\d{1,2})?)x(\d{1,3}(?:\.\d{1,2})?)mm")


class SizeError(ValueError):
    """A size or DPI that cannot be drawn; the message says what is accepted."""


@dataclass(frozen=True)
class Canvas:
    """Pixel width, pixel height (None: grows with the content) and the DPI to record."""

    width: int
    height: int | None
    dpi: int

    @property
    def fixed(self) -> bool:
        return self.height is not None


def _check_dpi(dpi: int) -> int:
    low, high = DPI_RANGE
    if not low <= dpi <= high:
        raise SizeError(f"dpi must be between {low} and {high}, not {dpi}")
    return dpi


def canvas_for(size: str = "web", dpi: int | None = None) -> Canvas:
    """The canvas of a size name ("web", "web2x", "640px", "50x70mm") at `dpi`."""
    size = size.strip().lower()
    if size in WEB_WIDTHS:
        scale = WEB_WIDTHS[size] // WEB_WIDTHS["web"]
        return Canvas(WEB_WIDTHS[size], None, _check_dpi(WEB_DPI * scale if dpi is None else dpi))
    if match := _PIXELS.fullmatch(size):
        width = int(match[1])
        low, high = WIDTH_PX_RANGE
        if not low <= width <= high:
            raise SizeError(f"a width in pixels must be between {low}px and {high}px, not {size}")
        return Canvas(width, None, _check_dpi(WEB_DPI if dpi is None else dpi))
    if match := _MILLIMETRES.fullmatch(size):
        dpi = _check_dpi(PRINT_DPI if dpi is None else dpi)
        sides_mm = (float(match[1]), float(match[2]))
        low, high = MM_RANGE
        if not all(low <= side <= high for side in sides_mm):
            raise SizeError(f"each side must be between {low:g} and {high:g} mm, not {size}")
        width, height = (round(side / MM_PER_INCH * dpi) for side in sides_mm)
        if max(width, height) > MAX_SIDE_PX:
            raise SizeError(f"{size} at {dpi} dpi is over {MAX_SIDE_PX} pixels; lower the dpi")
        return Canvas(width, height, dpi)
    raise SizeError(
        f"unknown size {size!r}: use web, web2x, a width such as 640px, "
        "or a print size in millimetres such as 50x70mm"
    )
