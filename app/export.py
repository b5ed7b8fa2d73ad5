"""The standalone export: one HTML file, inline CSS and SVG, that works offline."""

from __future__ import annotations

from flask import Blueprint, make_response
from flask_babel import get_locale

from app.label_pages import find_label, label_links, privacy_label
from labels.render.html import render_standalone

bp = Blueprint("export", __name__, url_prefix="/l")


@bp.get("/<slug>/export")
def standalone(slug: str):
    """Download the label in the chosen locale as a single self-contained file."""
    product, stored = find_label(slug)
    locale = str(get_locale())
    html = render_standalone(privacy_label(product, stored), locale, label_links(product))
    response = make_response(html)
    response.headers["Content-Disposition"] = (
        f'attachment; filename="{product.slug}-privacy-label-{locale}.html"'
    )
    response.headers["Content-Type"] = "text/html; charset=utf-8"
    return response
