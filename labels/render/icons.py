"""Our SVG icons (`static/icons/`) as masks for the PNG label, the same drawings as on the web.

resvg (a Rust renderer shipped as a wheel, no system libraries) rasterises
each icon once per pixel size; the mask is then painted in any colour.
"""

from __future__ import annotations

from functools import lru_cache
from io import BytesIO
from pathlib import Path

import resvg_py
from PIL import Image

ICONS = Path(__file__).resolve().parent.parent.parent / "static" / "icons"


@lru_cache(maxsize=256)
def icon_mask(name: str, size: int) -> Image.Image:
    """The icon `name` as an alpha mask (mode "L") of `size` x `size` pixels."""
    path = ICONS / f"{name}.svg"
    if path.parent != ICONS or not path.is_file():
        raise KeyError(f"no icon named {name!r} in {ICONS}")
    svg = path.read_text(encoding="utf-8").replace("currentColor", "#000")
    png = resvg_py.svg_to_bytes(svg_string=svg, width=size, height=size, skip_system_fonts=True)
    return Image.open(BytesIO(png)).getchannel("A")
