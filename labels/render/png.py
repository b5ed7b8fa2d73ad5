"""The label as a PNG for packaging and the web: a pure function of the label, a locale and options.

The layout (`labels.render.layout`) decides where everything goes; this module
only paints it, in colour or in black alone for one-colour printing, and writes
the DPI into the file so that print software places it at its size.
"""

from __future__ import annotations

from io import BytesIO

from PIL import Image, ImageDraw

from labels.label import PrivacyLabel
from labels.render.icons import icon_mask
from labels.render.layout import CodeMark, IconMark, Layout, ShapeMark, TextMark, plan
from labels.render.sizes import canvas_for
from labels.texts import LabelTexts

Palette = dict[str, tuple[int, int, int]]

COLOUR: Palette = {
    "paper": (255, 255, 255),
    "ink": (17, 24, 39),
    "muted": (128, 136, 146),
    "faint": (190, 197, 205),
    "accent": (14, 59, 92),
    "on_accent": (255, 255, 255),
}
BLACK, WHITE = (0, 0, 0), (255, 255, 255)
MONO: Palette = {role: WHITE if role in ("paper", "on_accent") else BLACK for role in COLOUR}
MONO_THRESHOLD = 170  # above half-grey, so thin strokes of small Chinese characters stay whole


def render_png(
    label: PrivacyLabel,
    locale: str,
    *,
    url: str | None = None,
    size: str = "web",
    dpi: int | None = None,
    mono: bool = False,
) -> bytes:
    """PNG bytes of the label's primary layer in `locale`.

    `size` is "web" (400 px wide), "web2x" (800 px), a width such as "640px",
    or a print size such as "50x70mm" at `dpi` (300 unless given). `url` is
    the full label's address, shown as a QR code. `mono` draws black on white
    only, as a 1-bit image. Raises `SizeError` (a ValueError) for a size that
    cannot be drawn and ValueError for an unknown locale.
    """
    canvas = canvas_for(size, dpi)
    layout = plan(label, LabelTexts(locale), url, canvas)
    image = paint(layout, MONO if mono else COLOUR)
    if mono:  # anti-aliased edges become black or white: one ink, no grey dots
        image = image.convert("L").point(lambda v: 255 if v >= MONO_THRESHOLD else 0).convert("1")
    out = BytesIO()
    image.save(out, format="PNG", dpi=(canvas.dpi, canvas.dpi))
    return out.getvalue()


def paint(layout: Layout, palette: Palette) -> Image.Image:
    """The marks of a layout drawn in order on a blank canvas."""
    image = Image.new("RGB", (layout.width, layout.height), palette["paper"])
    draw = ImageDraw.Draw(image)
    for mark in layout.marks:
        if isinstance(mark, ShapeMark):
            draw.rounded_rectangle(
                mark.box,
                radius=mark.radius,
                fill=palette[mark.fill] if mark.fill else None,
                outline=palette[mark.outline] if mark.outline else None,
                width=mark.line_width,
            )
        elif isinstance(mark, TextMark):
            mark.typeface.draw(draw, mark.x, mark.baseline, mark.text, palette[mark.role])
        elif isinstance(mark, IconMark):
            position = (round(mark.x), round(mark.y))
            image.paste(palette[mark.role], position, icon_mask(mark.name, mark.size))
        elif isinstance(mark, CodeMark):
            _paint_code(draw, mark, palette)
    return image


def _paint_code(draw: ImageDraw.ImageDraw, mark: CodeMark, palette: Palette) -> None:
    x0, y0 = round(mark.x), round(mark.y)
    for row, modules in enumerate(mark.modules):
        for column, dark in enumerate(modules):
            if dark:
                x, y = x0 + column * mark.module, y0 + row * mark.module
                draw.rectangle(
                    (x, y, x + mark.module - 1, y + mark.module - 1), fill=palette["ink"]
                )
