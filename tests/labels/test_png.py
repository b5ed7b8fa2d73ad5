"""The PNG label: sizes and DPI as asked, four locales, one-colour print, text that stays inside."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from io import BytesIO

import pytest
from babel import Locale
from PIL import Image

from labels.cli import main
from labels.i18n import LOCALES
from labels.label import NO, NOT_STATED, YES, Flag, Retention, build_label
from labels.render.fonts import CJK, CJK_BOLD, LATIN_BOLD, Typeface, face_of, missing
from labels.render.layout import DESIGN_WIDTH, CodeMark, TextMark, plan
from labels.render.png import render_png
from labels.render.qr import qr_modules
from labels.render.sizes import Canvas, SizeError, canvas_for
from labels.render.wrap import ELLIPSIS, wrap
from labels.texts import HEADINGS, ITEMS, STATES, LabelTexts
from tests.conftest import SHARED

GOLD = SHARED / "gold/seeds"
URL = "https://policylabel.example/l/imou-cameras"


def gold_label(name: str = "001_e6c674c7cd0d9176", **changes):
    facts = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))
    return replace(build_label(facts, product="Imou Cameras"), **changes)


def open_png(data: bytes) -> Image.Image:
    image = Image.open(BytesIO(data))
    image.load()
    return image


# --- sizes and DPI ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("size", "dpi", "width", "height", "recorded_dpi"),
    [
        ("web", None, 400, None, 96),
        ("web2x", None, 800, None, 192),
        ("640px", None, 640, None, 96),
        ("50x70mm", None, 591, 827, 300),
        ("50x70mm", 600, 1181, 1654, 600),
    ],
    ids=["web", "web2x", "width-in-px", "50x70mm-300dpi", "50x70mm-600dpi"],
)
def test_png_has_the_size_and_dpi_asked_for(size, dpi, width, height, recorded_dpi):
    image = open_png(render_png(gold_label(), "en", url=URL, size=size, dpi=dpi))
    assert image.format == "PNG"
    assert image.width == width
    if height is None:
        assert image.height > width  # a web label grows as tall as its content
    else:
        assert image.height == height
    # PNG stores whole pixels per metre: 96 dpi comes back as 96.012
    assert image.info["dpi"] == pytest.approx((recorded_dpi, recorded_dpi), abs=0.05)


def test_web2x_is_the_web_label_at_twice_the_pixels():
    one = open_png(render_png(gold_label(), "sv", url=URL, size="web"))
    two = open_png(render_png(gold_label(), "sv", url=URL, size="web2x"))
    assert two.height == pytest.approx(2 * one.height, abs=4)


@pytest.mark.parametrize(
    ("size", "dpi", "message"),
    [
        ("foo", None, "unknown size 'foo'"),
        ("web", 0, "dpi must be between 72 and 1200, not 0"),
        ("10x10mm", None, "each side must be between 20 and 300 mm, not 10x10mm"),
        ("100px", None, "a width in pixels must be between 240px and 4000px, not 100px"),
        ("300x300mm", 1200, "300x300mm at 1200 dpi is over 8000 pixels"),
    ],
    ids=["unknown-name", "zero-dpi", "too-small-print", "too-narrow-web", "too-many-pixels"],
)
def test_a_size_that_cannot_be_drawn_is_refused_with_a_reason(size, dpi, message):
    with pytest.raises(SizeError, match=message):
        canvas_for(size, dpi)


def test_a_print_size_too_small_for_the_label_is_refused_not_clipped():
    with pytest.raises(SizeError, match="does not fit 236x236 px at a legible size"):
        render_png(gold_label(), "pl", url=URL, size="20x20mm")


def test_a_larger_print_size_gets_larger_text():
    texts = LabelTexts("en")
    small = plan(gold_label(), texts, URL, canvas_for("50x70mm"))
    large = plan(gold_label(), texts, URL, canvas_for("60x90mm"))
    assert large.scale > small.scale


def test_an_unknown_locale_is_refused():
    with pytest.raises(ValueError, match="unsupported locale 'xx'"):
        render_png(gold_label(), "xx")


# --- locales and colours -----------------------------------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
def test_every_locale_renders_its_own_words(locale):
    texts = LabelTexts(locale)
    layout = plan(gold_label(), texts, URL, canvas_for("web"))
    words = {mark.text for mark in layout.marks if isinstance(mark, TextMark)}
    assert {texts.title(), texts.heading("data"), texts.heading("rights")} <= words
    assert open_png(render_png(gold_label(), locale, url=URL)).width == DESIGN_WIDTH


@pytest.mark.parametrize("size", ["web", "50x70mm"])
def test_mono_has_only_black_and_white_pixels(size):
    image = open_png(render_png(gold_label(), "zh", url=URL, size=size, mono=True))
    assert image.mode == "1"
    assert {value for _, value in image.convert("L").getcolors()} == {0, 255}


def test_colour_label_uses_more_than_black_and_white():
    image = open_png(render_png(gold_label(), "zh", url=URL))
    assert len(image.getcolors(maxcolors=1 << 16)) > 2


# --- what the label says -----------------------------------------------------------------------


def _answer_beside(layout, heading: str) -> str:
    """The text drawn on the same line as a row's heading, right of it."""
    key = next(m for m in layout.marks if isinstance(m, TextMark) and m.text == heading)
    return next(
        m.text
        for m in layout.marks
        if isinstance(m, TextMark) and m.y == key.y and m.x > key.x and m is not key
    )


@pytest.mark.parametrize(
    ("flag", "shown"),
    [(Flag(NOT_STATED), "Not stated"), (Flag(NO), "No"), (Flag(YES), "Yes")],
    ids=["silence-is-not-stated", "explicit-no", "explicit-yes"],
)
def test_sells_your_data_line_says_what_the_policy_says(flag, shown):
    layout = plan(gold_label(sells_data=flag), LabelTexts("en"), URL, canvas_for("web"))
    assert _answer_beside(layout, "Sells your data") == shown


@pytest.mark.parametrize("size", ["web", "50x70mm"])
def test_the_qr_code_holds_the_full_labels_address_and_is_left_out_without_one(size):
    texts = LabelTexts("en")
    with_url = plan(gold_label(), texts, URL, canvas_for(size))
    codes = [mark for mark in with_url.marks if isinstance(mark, CodeMark)]
    assert [code.modules for code in codes] == [qr_modules(URL)]
    words = "".join(mark.text for mark in with_url.marks if isinstance(mark, TextMark))
    assert "policylabel.example/l/imou-cameras" in words  # the address, wrapped or not
    without = plan(gold_label(), texts, None, canvas_for(size))
    assert not any(isinstance(mark, CodeMark) for mark in without.marks)


def test_retention_shows_the_shortest_and_longest_period():
    retention = Retention(7, 365 * 18, Flag(NOT_STATED), Flag(NOT_STATED))
    layout = plan(gold_label(retention=retention), LabelTexts("pl"), URL, canvas_for("web"))
    assert _answer_beside(layout, "Okres przechowywania") == "7 dni – 18 lat"


def test_storage_lists_country_names():
    layout = plan(gold_label(), LabelTexts("sv"), URL, canvas_for("web"))
    assert _answer_beside(layout, "Lagras i") == "Kina och USA"


# --- nothing leaves the canvas -------------------------------------------------------------------

HOSTILE = gold_label(
    product="<script>alert(1)</script>" + "Supercalifragilistic" * 12 + " 智能摄像头" * 40,
    maker="Zażółć gęślą jaźń Ltd. " * 10 + "javascript:alert(1)",
    storage_countries=tuple(sorted(Locale("en").territories))[:24],
)
LONG_URL = "https://policylabel.example/l/" + "a-very-long-product-slug-" * 4


def inside(box: tuple[float, float, float, float], layout) -> bool:
    left, top, right, bottom = box
    return left >= 0 and top >= 0 and right <= layout.width and bottom <= layout.height


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("size", ["web", "web2x", "60x90mm"])
def test_hostile_long_text_stays_inside_the_canvas(size, locale):
    canvas = canvas_for(size)
    layout = plan(HOSTILE, LabelTexts(locale), LONG_URL, canvas)
    for mark in layout.marks:
        assert inside(mark.box, layout), mark
        if isinstance(mark, TextMark):  # the glyphs too, as Pillow measures them
            assert inside(mark.typeface.ink(mark.x, mark.baseline, mark.text), layout), mark
    if canvas.fixed:
        assert (layout.width, layout.height) == (canvas.width, canvas.height)


def overlaps(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("size", ["web", "50x70mm", "90x60mm"])
@pytest.mark.parametrize("seed", sorted(p.stem for p in GOLD.glob("*.json")))
def test_no_two_lines_of_text_overlap(seed, size, locale):
    layout = plan(gold_label(seed), LabelTexts(locale), URL, canvas_for(size))
    lines = [mark for mark in layout.marks if isinstance(mark, TextMark)]
    for i, line in enumerate(lines):
        clashes = [other.text for other in lines[i + 1 :] if overlaps(line.box, other.box)]
        assert clashes == [], line.text


def test_a_long_product_name_is_cut_visibly_after_three_lines():
    layout = plan(HOSTILE, LabelTexts("en"), URL, canvas_for("web"))
    product_lines = [m for m in layout.marks if isinstance(m, TextMark) and m.size == 20]
    assert len(product_lines) == 3
    assert product_lines[-1].text.endswith(ELLIPSIS)


# --- text wrapping -------------------------------------------------------------------------------

FACE = Typeface(12)


def test_chinese_wraps_between_characters_within_the_width():
    sentence = "我们只会在达成本政策所述目的所需的期限内保留您的个人信息，除非需要延长保留期或受到法律的允许。"
    lines = wrap(sentence, FACE, 100)
    assert len(lines) > 1
    assert "".join(lines) == sentence
    assert all(FACE.getlength(line) <= 100 for line in lines)


def test_chinese_closing_punctuation_never_starts_a_line():
    sentence = "访客信息：当使用访客功能时，第三方可以体验我们的产品及部分服务，第三方的数据（性别、身高、出生年月）将会被收集。"
    for width in range(40, 200, 7):
        assert not any(line[0] in "，。、；：！？）" for line in wrap(sentence, FACE, width))


def test_latin_wraps_at_spaces():
    sentence = "Vi behåller den data som samlas in av Google Analytics så länge det behövs för trafikflödesanalys."
    lines = wrap(sentence, FACE, 120)
    assert " ".join(lines) == sentence
    assert all(FACE.getlength(line) <= 120 for line in lines)


def test_a_word_longer_than_the_line_is_cut_with_a_hyphen():
    lines = wrap("Tjänsteleverantörerna", FACE, 60)
    assert len(lines) > 1
    assert all(FACE.getlength(line) <= 60 for line in lines)
    assert lines[0].endswith("-")
    assert "".join(line.rstrip("-") for line in lines) == "Tjänsteleverantörerna"


def test_an_address_breaks_after_its_slashes():
    assert wrap("policylabel.example/l/imou-cameras", FACE, 90) == [
        "policylabel.",
        "example/l/",
        "imou-cameras",
    ]


# --- fonts ---------------------------------------------------------------------------------------


def _every_label_string(texts: LabelTexts) -> list[str]:
    months = [texts.date(date(2024, m, 28)) for m in range(1, 13)]
    durations = [texts.duration(d) for d in (0.5, 1, 2, 5, 7, 30, 60, 365, 730, 1825)]
    retention = Retention(7, 365, Flag(YES), Flag(NOT_STATED))
    return [
        texts.title(),
        *(texts.heading(key) for key in HEADINGS),
        *(texts.item(group, item) for group, items in ITEMS.items() for item in items),
        *(texts.state(state) for state in STATES),
        texts.retention(retention),
        texts.retention(Retention(None, None, Flag(YES), Flag(NOT_STATED))),
        texts.storage((), Flag(YES)),
        *(texts.age(n) for n in (1, 2, 5, 13, 16, 18, 22)),
        *months,
        *durations,
        *(texts.country(code) for code in Locale.parse(texts.locale).territories),
        *(texts.language_name(code) for code in LOCALES),
    ]


@pytest.mark.parametrize("locale", LOCALES)
def test_every_string_of_every_locale_has_glyphs_in_the_fonts(locale):
    strings = _every_label_string(LabelTexts(locale))
    assert {s: missing(s) for s in strings if missing(s)} == {}


@pytest.mark.parametrize(
    ("char", "face"),
    [("ł", LATIN_BOLD), ("ż", LATIN_BOLD), ("å", LATIN_BOLD), ("数", CJK_BOLD), ("堃", CJK)],
    ids=["polish-l", "polish-z", "swedish-a", "common-hanzi", "rare-hanzi-falls-back-to-regular"],
)
def test_bold_text_is_drawn_by_a_face_that_has_the_character(char, face):
    assert face_of(char, bold=True) == face


# --- command line ----------------------------------------------------------------------------------


def test_cli_render_writes_a_png(tmp_path):
    out = tmp_path / "label.png"
    policy = SHARED / "corpus/seeds/001_e6c674c7cd0d9176.txt"
    assert main(["render", str(policy), "--lang", "pl", "--format", "png", "-o", str(out)]) == 0
    image = open_png(out.read_bytes())
    assert (image.format, image.width) == ("PNG", 400)


def test_cli_render_of_a_print_size_records_its_dpi(tmp_path):
    out = tmp_path / "label.png"
    facts = GOLD / "003_83f8c652f43b02ec.json"
    argv = ["render", str(facts), "--lang", "zh", "--size", "50x70mm", "--mono", "-o", str(out)]
    assert main(argv) == 0
    image = open_png(out.read_bytes())
    assert (image.size, image.mode, round(image.info["dpi"][0])) == ((591, 827), "1", 300)


def test_cli_render_draws_the_label_in_the_policys_language_unless_told(tmp_path):
    facts = GOLD / "000_572dc41582999a64.json"  # a Swedish policy
    out = tmp_path / "label.png"
    assert main(["render", str(facts), "-o", str(out)]) == 0
    swedish = render_png(build_label(json.loads(facts.read_text(encoding="utf-8"))), "sv")
    assert out.read_bytes() == swedish


def test_cli_render_of_an_impossible_size_fails_with_one_line(tmp_path, capsys):
    facts = GOLD / "003_83f8c652f43b02ec.json"
    assert main(["render", str(facts), "--size", "huge", "-o", str(tmp_path / "x.png")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("policylabel: unknown size 'huge'")
    assert err.count("\n") == 1
    assert not (tmp_path / "x.png").exists()


def test_canvas_of_a_web_size_grows():
    assert canvas_for("web") == Canvas(400, None, 96)
    assert not canvas_for("web").fixed
