"""The label as a PNG at a stable URL: for shop pages, and for printing on a box.

`/l/<slug>.png?lang=xx&size=web|web2x|640px|50x70mm&dpi=300&mono=1`. The
image is drawn by `labels.render.png`; this view only reads the parameters.
Like the widget it sets no cookie, since shops embed it, and it is cacheable
by ETag.
"""

from __future__ import annotations

from flask import Blueprint, Response, make_response, request
from flask_babel import get_locale

from app.i18n import cookieless
from app.label_pages import absolute_url, find_label, privacy_label
from labels.i18n import LOCALES
from labels.render.png import render_png
from labels.render.sizes import SizeError

bp = Blueprint("images", __name__, url_prefix="/l")
bp.before_request(cookieless)

CACHE_CONTROL = "public, max-age=300"
MONO_VALUES = {"1": True, "true": True, "yes": True, "0": False, "false": False, "no": False}


class BadParameter(ValueError):
    """A query parameter the image cannot be drawn with; the message is shown as is."""


def _options() -> dict:
    """The drawing options of the query string, checked."""
    args = request.args
    lang = args.get("lang")
    if lang is not None and lang not in LOCALES:
        raise BadParameter(f"lang must be one of: {', '.join(LOCALES)}")
    dpi = args.get("dpi")
    if dpi is not None and not dpi.isdigit():
        raise BadParameter(f"dpi must be a whole number, not {dpi!r}")
    mono = args.get("mono", "0").lower()
    if mono not in MONO_VALUES:
        raise BadParameter("mono must be 1 or 0")
    return {
        "locale": lang or str(get_locale()),
        "size": args.get("size", "web"),
        "dpi": int(dpi) if dpi is not None else None,
        "mono": MONO_VALUES[mono],
    }


def _bad_request(message: str) -> Response:
    response = make_response(f"Cannot draw this label: {message}.\n", 400)
    response.mimetype = "text/plain"
    return response


@bp.get("/<slug>.png")
def label_png(slug: str):
    """The primary layer of the label as a PNG, with a QR code to its page."""
    product, stored = find_label(slug)
    try:
        options = _options()
        png = render_png(
            privacy_label(product, stored),
            options["locale"],
            url=absolute_url("label_pages.show", slug=product.slug),
            size=options["size"],
            dpi=options["dpi"],
            mono=options["mono"],
        )
    except (BadParameter, SizeError) as exc:
        return _bad_request(str(exc))
    response = make_response(png)
    response.mimetype = "image/png"
    response.headers["Cache-Control"] = CACHE_CONTROL
    response.vary.add("Accept-Language")
    response.add_etag()
    return response.make_conditional(request)
