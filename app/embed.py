"""The embeddable widget: the label in an iframe on any site.

It must be safe and cheap to put anywhere: no cookies, nothing from other
hosts, framing allowed from any site, and cacheable by ETag. The iframe works
without JavaScript; a small script of ours only reports its height to the
parent page (static/js/embed.js listens).
"""

from __future__ import annotations

from flask import Blueprint, abort, make_response, render_template, request
from flask_babel import get_locale

from app.i18n import cookieless
from app.label_pages import find_label, label_links, privacy_label
from labels.render.html import render_details, render_primary

bp = Blueprint("embed", __name__, url_prefix="/l")
bp.before_request(cookieless)

VARIANTS: tuple[str, ...] = ("compact", "full")
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
    "base-uri 'none'; form-action 'none'; frame-ancestors *"
)
CACHE_CONTROL = "public, max-age=300"


@bp.get("/<slug>/embed")
def widget(slug: str):
    """The label for an iframe: `variant=compact` is the box, `full` adds every quote."""
    variant = request.args.get("variant", "compact")
    if variant not in VARIANTS:
        abort(400, description=f"variant must be one of: {', '.join(VARIANTS)}")
    product, stored = find_label(slug)
    label, links, locale = privacy_label(product, stored), label_links(product), str(get_locale())
    html = render_template(
        "embed/widget.html",
        product=product,
        primary=render_primary(label, locale, links),
        details=render_details(label, locale, links) if variant == "full" else None,
        frame={"slug": product.slug, "variant": variant},
    )
    response = make_response(html)
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response.headers["Cache-Control"] = CACHE_CONTROL
    response.vary.add("Accept-Language")
    response.add_etag()
    return response.make_conditional(request)
