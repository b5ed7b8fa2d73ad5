"""The label as HTML: the primary layer (the box), the full facts, the standalone file.

Pure functions of a `PrivacyLabel`, a locale and options: no request, no
database. Templates live next to this module and are autoescaped, so text from
a policy (company names, quotes, emails) can only ever be text. Icons are
inlined from our own `static/icons/`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import segno
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from labels.i18n import translations
from labels.label import PROMINENT_DATA, PrivacyLabel
from labels.texts import ITEMS, LabelTexts

ROOT = Path(__file__).resolve().parent.parent.parent
ICONS = ROOT / "static" / "icons"
LABEL_CSS = ROOT / "static" / "css" / "label.css"
TEMPLATES = Path(__file__).with_name("templates")

_SVG_TITLE = re.compile(r"\s*<title>.*?</title>", re.DOTALL)
_EMAIL = re.compile(r"[^@\s<>\"'()]+@[^@\s<>\"'()]+\.[a-z]{2,}", re.IGNORECASE)


@dataclass(frozen=True)
class Links:
    """Where the label points: its full page (for the QR code) and its policy text."""

    label_url: str | None = None
    policy_url: str | None = None


@cache
def icon(name: str) -> Markup:
    """An icon of ours as inline SVG, hidden from assistive technology: the text beside it speaks."""
    path = ICONS / f"{name}.svg"
    if not path.is_file() or path.parent != ICONS:
        return Markup("")
    svg = _SVG_TITLE.sub("", path.read_text(encoding="utf-8"))
    svg = svg.replace("<svg ", '<svg class="pl-icon" aria-hidden="true" focusable="false" ', 1)
    return Markup(svg.strip())


@cache
def qr_svg(url: str) -> Markup:
    """A QR code of the label's URL as inline SVG; the URL is also written beside it."""
    code = segno.make(url, error="m")
    svg = code.svg_inline(scale=3, border=2, dark="#111", light="#fff", omitsize=True)
    return Markup(svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" ', 1))


def mail_link(address: str) -> str | None:
    """A mailto: target only for what is plainly an email address; anything else stays text."""
    return f"mailto:{address}" if _EMAIL.fullmatch(address) else None


def quote_anchors(evidence: tuple[dict, ...], text_length: int | None = None) -> dict:
    """Anchor id of each evidence span on the policy page.

    Marks cannot overlap in HTML, so overlapping spans are kept first-come
    and a span that overlaps a kept one points at that one.
    """
    spans = sorted(
        {
            (e["start"], e["end"])
            for e in evidence
            if isinstance(e.get("start"), int)
            and isinstance(e.get("end"), int)
            and 0 <= e["start"] < e["end"] <= (text_length if text_length is not None else e["end"])
        }
    )
    anchors: dict[tuple[int, int], str] = {}
    kept: tuple[int, int] | None = None
    for start, end in spans:
        if kept is None or start >= kept[1]:
            kept = (start, end)
        anchors[(start, end)] = f"q{kept[0]}-{kept[1]}"
    return anchors


def policy_segments(text: str, evidence: tuple[dict, ...]) -> list[tuple[str, str | None]]:
    """The policy text cut into (text, anchor id or None): quoted spans carry their anchor."""
    anchors = quote_anchors(evidence, len(text))
    marks = sorted({a for a in anchors.values()}, key=lambda a: int(a[1:].split("-")[0]))
    segments: list[tuple[str, str | None]] = []
    position = 0
    for anchor in marks:
        start, end = (int(n) for n in anchor[1:].split("-"))
        if start > position:
            segments.append((text[position:start], None))
        segments.append((text[start:end], anchor))
        position = end
    if position < len(text):
        segments.append((text[position:], None))
    return segments


@cache
def _environment(locale: str) -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.i18n"],
    )
    env.install_gettext_translations(translations(locale), newstyle=True)
    env.globals.update(
        icon=icon,
        qr_svg=qr_svg,
        mail_link=mail_link,
        prominent=PROMINENT_DATA,
        purpose_ids=tuple(ITEMS["purposes"]),
    )
    return env


def _render(template: str, label: PrivacyLabel, locale: str, links: Links, **options) -> str:
    anchors = quote_anchors(label.evidence)
    return (
        _environment(locale)
        .get_template(template)
        .render(
            label=label,
            texts=LabelTexts(locale),
            locale=locale,
            links=links,
            anchors=anchors,
            **options,
        )
    )


def render_primary(label: PrivacyLabel, locale: str, links: Links = Links()) -> Markup:
    """The primary layer: what fits a box side, with a QR code to the full label."""
    return Markup(_render("primary.html", label, locale, links))


def render_details(label: PrivacyLabel, locale: str, links: Links = Links()) -> Markup:
    """The secondary layer: every fact with the quotes it rests on."""
    return Markup(_render("details.html", label, locale, links))


def render_standalone(label: PrivacyLabel, locale: str, links: Links = Links()) -> str:
    """One self-contained HTML file (inline CSS and SVG, nothing fetched) for offline use."""
    return _render(
        "standalone.html",
        label,
        locale,
        links,
        primary=render_primary(label, locale, links),
        details=render_details(label, locale, links),
        css=Markup(LABEL_CSS.read_text(encoding="utf-8")),
    )
