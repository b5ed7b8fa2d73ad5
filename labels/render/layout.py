"""Where everything on the PNG label goes, decided before anything is drawn.

The layout is a list of marks (text lines, boxes, icons, the QR code), each
with the pixel box it occupies, so a test can check that nothing leaves the
canvas. Measures are in design pixels of the 400-pixel web label, times a
scale. Web sizes grow the canvas to fit; print sizes keep their canvas and
look for the largest scale whose layout fits, down to a legible minimum, and
refuse rather than clip.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from labels.label import NOT_STATED, PROMINENT_DATA, YES, Flag, Line, PrivacyLabel
from labels.render.fonts import Typeface
from labels.render.qr import QUIET_ZONE, qr_modules
from labels.render.sizes import Canvas, SizeError
from labels.render.wrap import wrap
from labels.texts import LabelTexts

DESIGN_WIDTH = 400
LINE_HEIGHT = 1.3  # of the font size; the baseline sits one font size below the line's top
PAD, GAP = 14.0, 8.0
KICKER, PRODUCT, MAKER, HEADING, BODY, SMALL = 10.0, 20.0, 11.5, 12.5, 11.0, 9.5
PRINT_BODY_PT = (7.0, 3.0)  # largest and smallest body text tried on a print size
CELL_WIDTH, QR_SIDE = 104, 68
DENSE_SPACING = 0.6  # print sizes: the box side is small, the whitespace goes first
TWO_COLUMNS_FROM = 620  # design pixels of width from which the parts sit side by side
PRODUCT_LINES, MAKER_LINES = 3, 2
STATE_ICONS = {YES: "yes", "no": "no", NOT_STATED: "not_stated"}
SECURITY_SHOWN = {"encryption_in_transit": "encryption", "two_factor": "two_factor"}

Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class TextMark:
    """One line of text; `y` is the top of its line box."""

    x: float
    y: float
    text: str
    size: int
    bold: bool
    role: str

    @property
    def typeface(self) -> Typeface:
        return Typeface(self.size, self.bold)

    @property
    def baseline(self) -> float:
        return self.y + self.size

    @property
    def box(self) -> Box:
        width = self.typeface.getlength(self.text)
        return (self.x, self.y, self.x + width, self.y + self.size * LINE_HEIGHT)


@dataclass(frozen=True)
class ShapeMark:
    """A rectangle, filled and/or outlined, with rounded corners."""

    box: Box
    fill: str | None = None
    outline: str | None = None
    radius: float = 0
    line_width: int = 1


@dataclass(frozen=True)
class IconMark:
    """One of our icons, `size` pixels square, in the colour of `role`."""

    name: str
    x: float
    y: float
    size: int
    role: str

    @property
    def box(self) -> Box:
        return (self.x, self.y, self.x + self.size, self.y + self.size)


@dataclass(frozen=True)
class CodeMark:
    """The QR code: dark modules of `module` pixels from (x, y)."""

    x: float
    y: float
    module: int
    modules: tuple[tuple[bool, ...], ...]

    @property
    def box(self) -> Box:
        side = self.module * len(self.modules)
        return (self.x, self.y, self.x + side, self.y + side)


Mark = TextMark | ShapeMark | IconMark | CodeMark


@dataclass
class Layout:
    """Every mark of one label at one scale, and the canvas they need."""

    width: int
    height: int
    scale: float
    marks: list[Mark] = field(default_factory=list)


class _Builder:
    """Places the parts of the label top to bottom, scale applied to every design measure."""

    def __init__(
        self,
        label: PrivacyLabel,
        texts: LabelTexts,
        url: str | None,
        width: int,
        scale: float,
        dense: bool,
    ):
        self.label, self.texts, self.url = label, texts, url
        self.width, self.s = width, scale
        self.dense = dense
        self.spacing = DENSE_SPACING if dense else 1.0
        self.cell_text = (BODY + SMALL) / 2 if dense else BODY  # names in the icon grids
        self.marks: list[Mark] = []

    def d(self, design: float) -> float:
        """A size in pixels: glyphs, icons, the QR code."""
        return design * self.s

    def g(self, design: float) -> float:
        """A space in pixels: margins and gaps, tighter on a print size."""
        return design * self.s * self.spacing

    def px(self, design: float) -> int:
        return max(1, round(design * self.s))

    def text(
        self,
        text: str,
        x: float,
        y: float,
        width: float,
        size: float,
        *,
        bold: bool = False,
        role: str = "ink",
        max_lines: int | None = None,
        align: str = "left",
    ) -> float:
        """Wrapped text in a column; returns the y below its last line."""
        face = Typeface(self.px(size), bold)
        for line in wrap(text, face, width, max_lines):
            left = x + (width - face.getlength(line)) / 2 if align == "center" else x
            self.marks.append(TextMark(left, y, line, face.size, bold, role))
            y += face.size * LINE_HEIGHT
        return y

    def text_height(self, text: str, width: float, size: float, bold: bool = False) -> float:
        face = Typeface(self.px(size), bold)
        return len(wrap(text, face, width)) * face.size * LINE_HEIGHT

    def tile(self, name: str, x: float, y: float, side: float, on: bool) -> None:
        """An icon on a square: filled when the policy states it, muted when silent."""
        box = (x, y, x + side, y + side)
        if on:
            self.marks.append(ShapeMark(box, fill="accent", radius=side * 0.2))
        else:
            self.marks.append(
                ShapeMark(box, outline="faint", radius=side * 0.2, line_width=self.px(1))
            )
        glyph = round(side * 0.64)
        offset = (side - glyph) / 2
        self.marks.append(
            IconMark(name, x + offset, y + offset, glyph, "on_accent" if on else "muted")
        )

    def rule(self, x0: float, x1: float, y: float, thick: bool = False) -> float:
        height = self.px(2.5) if thick else self.px(0.75)
        self.marks.append(ShapeMark((x0, y, x1, y + height), fill="ink" if thick else "faint"))
        return y + height

    # --- parts of the label --------------------------------------------------------------

    def header(self) -> float:
        """A dark band with the title, the product and its maker."""
        x0, width = self.g(PAD), self.width - 2 * self.g(PAD)
        y = self.g(PAD * 0.8)
        band_index = len(self.marks)
        y = self.text(self.texts.title(), x0, y, width, KICKER, bold=True, role="on_accent")
        name = self.label.product or self.label.maker
        if name:
            size = PRODUCT * (0.8 if self.dense else 1)
            y = self.text(
                name, x0, y, width, size, bold=True, role="on_accent", max_lines=PRODUCT_LINES
            )
        if self.label.maker and self.label.maker != name:
            y = self.text(
                self.label.maker, x0, y, width, MAKER, role="on_accent", max_lines=MAKER_LINES
            )
        y += self.g(PAD * 0.6)
        self.marks.insert(band_index, ShapeMark((0, 0, self.width, y), fill="accent"))
        return y

    def heading(self, key: str, x0: float, x1: float, y: float, legend: bool = False) -> float:
        """A thick rule and a bold heading, with a yes / not stated key for icon grids."""
        y = self.rule(x0, x1, y, thick=True) + self.g(4)
        bottom = self.text(self.texts.heading(key), x0, y, x1 - x0, HEADING, bold=True)
        if legend:
            bottom = max(bottom, self._legend(x1, y + self.d(HEADING - SMALL) * 0.5))
        return bottom + self.g(4)

    def _legend(self, x1: float, y: float) -> float:
        face = Typeface(self.px(SMALL))
        side = self.d(SMALL * 0.9)
        x = x1
        for state, on in ((NOT_STATED, False), (YES, True)):
            word = self.texts.state(state)
            x -= face.getlength(word)
            self.marks.append(TextMark(x, y, word, face.size, False, "muted"))
            x -= side + self.g(3)
            top = y + (face.size * LINE_HEIGHT - side) / 2
            box = (x, top, x + side, top + side)
            style = {"fill": "accent"} if on else {"outline": "faint", "line_width": self.px(1)}
            self.marks.append(ShapeMark(box, radius=side * 0.2, **style))
            x -= self.g(8)
        return y + face.size * LINE_HEIGHT

    def prominent(self, lines: list[Line], x0: float, x1: float, y: float) -> float:
        """Camera, microphone and location: large tiles with their name and state.

        On a print size the name sits beside its tile rather than under it.
        """
        gap = self.g(GAP)
        width = (x1 - x0 - gap * (len(lines) - 1)) / len(lines)
        side = self.d(26 if self.dense else 38)
        bottom = y + side
        for i, line in enumerate(lines):
            x = x0 + i * (width + gap)
            if self.dense:
                self.tile(line.id, x, y, side, line.stated)
                text_x, text_y, text_width, align = (
                    x + side + self.g(5),
                    y,
                    width - side - self.g(5),
                    "left",
                )
            else:
                self.tile(line.id, x + (width - side) / 2, y, side, line.stated)
                text_x, text_y, text_width, align = x, y + side + self.g(3), width, "center"
            below = self.text(
                self.texts.item("data", line.id), text_x, text_y, text_width, BODY,
                bold=line.stated, role="ink" if line.stated else "muted", align=align,
            )  # fmt: skip
            below = self.text(
                self.texts.state(line.state),
                text_x,
                below,
                text_width,
                SMALL,
                role="muted",
                align=align,
            )
            bottom = max(bottom, below)
        return bottom + self.g(6)

    def grid(self, group: str, lines: list[Line], x0: float, x1: float, y: float) -> float:
        """Small tiles with names beside them, as many columns as the width holds."""
        gap, side = self.g(GAP), self.d(20)
        names = [self.texts.item(group, line.id) for line in lines]
        longest = max(
            Typeface(self.px(self.cell_text), True).getlength(w) for n in names for w in n.split()
        )
        columns = max(2, min(4, int((x1 - x0) / self.d(CELL_WIDTH))))
        while (
            columns > 2 and (x1 - x0 - gap * (columns - 1)) / columns - side - self.g(5) < longest
        ):
            columns -= 1  # rather fewer columns than words cut in two
        width = (x1 - x0 - gap * (columns - 1)) / columns
        for start in range(0, len(lines), columns):
            bottom = y + side
            for i, line in enumerate(lines[start : start + columns]):
                x = x0 + i * (width + gap)
                name = self.texts.item(group, line.id)
                text_x, text_width = x + side + self.g(5), width - side - self.g(5)
                height = self.text_height(name, text_width, self.cell_text, line.stated)
                top = y + max(0.0, (side - height) / 2)
                self.tile(line.id, x, y, side, line.stated)
                below = self.text(
                    name, text_x, top, text_width, self.cell_text,
                    bold=line.stated, role="ink" if line.stated else "muted",
                )  # fmt: skip
                bottom = max(bottom, below)
            y = bottom + self.g(5)
        return y + self.g(3)

    def row(
        self,
        icon: str,
        key: str,
        value: str,
        x0: float,
        x1: float,
        y: float,
        state: str | None = None,
    ) -> float:
        """One fact: icon and name on the left, the answer on the right, a hairline below."""
        y += self.g(3)
        key_width = (x1 - x0) * 0.5
        side = self.d(15)
        self.marks.append(IconMark(icon, x0, y + self.d(0.5), self.px(15), "ink"))
        key_x = x0 + side + self.g(6)
        bottom = self.text(key, key_x, y, key_width - side - self.g(12), BODY)
        value_x = x0 + key_width
        if state is not None:
            mark = self.px(12)
            self.marks.append(IconMark(STATE_ICONS[state], value_x, y + self.d(1.5), mark, "ink"))
            value_x += mark + self.g(4)
        bold = state is not None and state != NOT_STATED
        role = "muted" if value == self.texts.state(NOT_STATED) else "ink"
        bottom = max(bottom, self.text(value, value_x, y, x1 - value_x, BODY, bold=bold, role=role))
        return self.rule(x0, x1, bottom + self.g(2))

    def flag_rows(self, x0: float, x1: float, y: float) -> float:
        flags: list[tuple[str, str, Flag]] = [
            ("sells_data", "sells_data", self.label.sells_data),
            ("third_party_advertising", "targeted_ads", self.label.targeted_ads),
        ]
        for icon, key, flag in flags:
            y = self.row(
                icon, self.texts.heading(key), self.texts.state(flag.state), x0, x1, y, flag.state
            )
        return y + self.g(8)

    def fact_rows(self, x0: float, x1: float, y: float) -> float:
        """Retention, storage, security, age and date: one row each, under a thick rule."""
        label, texts = self.label, self.texts
        not_stated = texts.state(NOT_STATED)
        y = self.rule(x0, x1, y, thick=True)
        y = self.row(
            "retention", texts.heading("retention"), texts.retention(label.retention), x0, x1, y
        )
        storage = texts.storage(label.storage_countries, label.international_transfer)
        y = self.row("storage_location", texts.heading("storage"), storage, x0, x1, y)
        for line in label.security:
            if line.id in SECURITY_SHOWN:
                name = texts.item("security", line.id)
                y = self.row(
                    SECURITY_SHOWN[line.id], name, texts.state(line.state), x0, x1, y, line.state
                )
        age = texts.age(label.min_age) if label.min_age is not None else not_stated
        y = self.row("children", texts.heading("min_age"), age, x0, x1, y)
        day = texts.date(label.last_updated) if label.last_updated else not_stated
        return self.row("policy_date", texts.heading("policy_date"), day, x0, x1, y) + self.g(8)

    def rights(self, x0: float, x1: float, y: float) -> float:
        """The rights the policy grants, as chips that wrap; "Not stated" when it names none."""
        y = self.heading("rights", x0, x1, y)
        names = [self.texts.item("rights", line.id) for line in self.label.rights if line.stated]
        if not names:
            return self.text(
                self.texts.state(NOT_STATED), x0, y, x1 - x0, BODY, role="muted"
            ) + self.g(8)
        face = Typeface(self.px(SMALL))
        pad_x, pad_y, gap = self.g(6), self.g(2), self.g(4)
        x, row_bottom = x0, y
        for name in names:
            lines = wrap(name, face, x1 - x0 - 2 * pad_x)
            text_width = max(face.getlength(line) for line in lines)
            chip_w = text_width + 2 * pad_x
            chip_h = len(lines) * face.size * LINE_HEIGHT + 2 * pad_y
            if x > x0 and x + chip_w > x1:
                x, y = x0, row_bottom + gap
            self.marks.append(
                ShapeMark(
                    (x, y, x + chip_w, y + chip_h),
                    outline="ink",
                    radius=chip_h / 2 if len(lines) == 1 else self.g(5),
                    line_width=self.px(0.8),
                )
            )
            self.text(name, x + pad_x, y + pad_y, text_width, SMALL)
            row_bottom = max(row_bottom, y + chip_h)
            x += chip_w + gap
        return row_bottom + self.g(10)

    def footer(self, x0: float, x1: float, y: float) -> float:
        """The QR code of the full label with its name and address beside it."""
        if not self.url:
            return y
        y = self.rule(x0, x1, y, thick=True) + self.g(4)
        side = self.code(x0, y)
        text_x = x0 + side + self.g(8)
        below = self.text(
            self.texts.heading("full_label"), text_x, y + self.g(6), x1 - text_x, BODY, bold=True
        )
        below = self.text(self._short_url(), text_x, below, x1 - text_x, SMALL)
        return max(y + side, below)

    def rights_and_code(self, x0: float, x1: float, y: float) -> float:
        """On a print size: the rights, with the QR code and its address in a column at their right."""
        if not self.url:
            return self.rights(x0, x1, y)
        width = self.d(QR_SIDE * 1.5)  # room for the address in two lines under the code
        column = x1 - width
        below = self.rights(x0, column - self.g(GAP * 2), y)
        top = self.rule(column, x1, y, thick=True) + self.g(4)
        side = self.code(column, top)
        words = self.text(
            self.texts.heading("full_label"),
            column,
            top + side + self.g(3),
            width,
            SMALL,
            bold=True,
        )
        words = self.text(self._short_url(), column, words, width, SMALL)
        return max(below, words + self.g(4))

    def code(self, x: float, y: float) -> float:
        """The QR code with its top-left module at (x, y); returns its side in pixels."""
        modules = qr_modules(self.url or "")
        module = max(1, int(self.d(QR_SIDE) / len(modules)))
        quiet = module * QUIET_ZONE  # the white border to the left lies in the margin
        self.marks.append(CodeMark(x - quiet, y, module, modules))
        return module * len(modules) - quiet

    def dry_run(self, place: Callable, *args: float) -> float:
        """What placing something would return (how far down it reaches), without placing it."""
        placed, self.marks = self.marks, []
        try:
            return place(*args)
        finally:
            self.marks = placed

    def _short_url(self) -> str:
        return self.url.split("://", 1)[-1] if self.url else ""

    # --- the whole label ------------------------------------------------------------------

    def parts(self) -> list[Callable]:
        """The label's parts in reading order, but for the closing one (QR code)."""
        data = list(self.label.data)
        prominent = [line for line in data if line.id in PROMINENT_DATA]
        others = [line for line in data if line.id not in PROMINENT_DATA]

        def data_part(x0: float, x1: float, y: float) -> float:
            y = self.heading("data", x0, x1, y, legend=True)
            y = self.prominent(prominent, x0, x1, y)
            return self.grid("data", others, x0, x1, y)

        def recipients_part(x0: float, x1: float, y: float) -> float:
            y = self.heading("recipients", x0, x1, y)
            y = self.grid("recipients", list(self.label.recipients), x0, x1, y)
            return self.flag_rows(x0, x1, y)

        if self.dense:  # the rights go beside the QR code
            return [data_part, recipients_part, self.fact_rows]
        return [data_part, recipients_part, self.fact_rows, self.rights]

    def build(self, height: int | None) -> Layout:
        """Every part placed; the layout is as tall as its content."""
        bottom = self._body(height) + self.g(PAD)
        return Layout(self.width, round(bottom), self.s, self.marks)

    def _body(self, height: int | None) -> float:
        top = self.header() + self.g(PAD * 0.7)
        x0, x1 = self.g(PAD), self.width - self.g(PAD)
        parts = self.parts()
        closing = self.rights_and_code if self.dense else self.footer
        if self.width / self.s >= TWO_COLUMNS_FROM:
            middle = (x0 + x1) / 2
            left, right = (x0, middle - self.g(PAD / 2)), (middle + self.g(PAD / 2), x1)

            def side_by_side(split: int) -> float:
                return max(
                    self._column(parts[:split], *left, top),
                    self._column([*parts[split:], closing], *right, top),
                )

            # the columns end as evenly as the parts allow
            split = min(range(1, len(parts) + 1), key=lambda k: self.dry_run(side_by_side, k))
            return side_by_side(split)
        y = self._column(parts, x0, x1, top)
        if height is not None:  # a print size: the closing part sits at the foot of the canvas
            y = max(y, height - self.g(PAD) - self.dry_run(closing, x0, x1, 0.0))
        return closing(x0, x1, y)

    @staticmethod
    def _column(parts: list[Callable], x0: float, x1: float, y: float) -> float:
        for part in parts:
            y = part(x0, x1, y)
        return y


def layout_at(
    label: PrivacyLabel, texts: LabelTexts, url: str | None, canvas: Canvas, scale: float
) -> Layout:
    """The label laid out on `canvas` at one scale (its height is what the content needs)."""
    return _Builder(label, texts, url, canvas.width, scale, canvas.fixed).build(canvas.height)


def plan(label: PrivacyLabel, texts: LabelTexts, url: str | None, canvas: Canvas) -> Layout:
    """The layout to draw: web sizes at their scale, print sizes at the largest scale that fits."""
    if not canvas.fixed:
        return layout_at(label, texts, url, canvas, canvas.width / DESIGN_WIDTH)
    largest, smallest = (pt / 72 * canvas.dpi / BODY for pt in PRINT_BODY_PT)
    best = layout_at(label, texts, url, canvas, largest)
    if best.height <= canvas.height:
        return _on(best, canvas)
    low, high = smallest, largest
    best = layout_at(label, texts, url, canvas, low)
    if best.height > canvas.height:
        raise SizeError(
            f"the label does not fit {canvas.width}x{canvas.height} px at a legible size; "
            "choose a larger print size"
        )
    for _ in range(8):  # the height shrinks with the scale: bisect to within about 1%
        middle = (low + high) / 2
        trial = layout_at(label, texts, url, canvas, middle)
        if trial.height <= canvas.height:
            low, best = middle, trial
        else:
            high = middle
    return _on(best, canvas)


def _on(layout: Layout, canvas: Canvas) -> Layout:
    """A print layout on its fixed canvas (the content already fits it)."""
    layout.height = canvas.height or layout.height
    return layout
