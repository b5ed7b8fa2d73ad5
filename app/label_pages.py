"""A label at a stable URL: both layers, the policy text it quotes, and its facts as JSON."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, jsonify, render_template, url_for
from flask_babel import get_locale

from app.models import Label, Product
from app.policies import latest_label, product_by_slug
from labels.label import PrivacyLabel, build_label
from labels.render.html import Links, policy_segments, render_details, render_primary

bp = Blueprint("label_pages", __name__, url_prefix="/l")


def find_label(slug: str) -> tuple[Product, Label]:
    """The product at `slug` and its newest label, or a 404."""
    product = product_by_slug(slug)
    label = latest_label(product) if product else None
    if label is None:
        abort(404)
    return product, label


def privacy_label(product: Product, label: Label) -> PrivacyLabel:
    """The label model every outlet draws, from the stored facts."""
    return build_label(label.facts, product.name, product.maker)


def absolute_url(endpoint: str, **values) -> str:
    """A URL that works off this site (QR code, snippet): PUBLIC_BASE_URL if configured."""
    base = current_app.config.get("PUBLIC_BASE_URL", "").rstrip("/")
    if base:
        return base + url_for(endpoint, **values)
    return url_for(endpoint, _external=True, **values)


def label_links(product: Product) -> Links:
    """Where a label points: its page (QR code) and its policy text, absolute for export."""
    return Links(
        label_url=absolute_url("label_pages.show", slug=product.slug),
        policy_url=absolute_url("label_pages.policy", slug=product.slug),
    )


@bp.get("/<slug>")
def show(slug: str):
    """Both layers: the box a shopper reads in five seconds, then every fact with its quote."""
    product, stored = find_label(slug)
    label, links, locale = privacy_label(product, stored), label_links(product), str(get_locale())
    return render_template(
        "labels/show.html",
        product=product,
        primary=render_primary(label, locale, links),
        details=render_details(label, locale, links),
        embed_script=absolute_url("static", filename="js/embed.js"),
    )


@bp.get("/<slug>/policy")
def policy(slug: str):
    """The policy text as read, each quoted span marked so a link can open at it."""
    product, stored = find_label(slug)
    text = stored.policy.text
    return render_template(
        "labels/policy.html",
        product=product,
        language=stored.policy.language,
        segments=policy_segments(text, privacy_label(product, stored).evidence),
    )


@bp.get("/<slug>.json")
def facts_json(slug: str):
    """The label's facts in the shape of LABEL_SPEC.md."""
    _, label = find_label(slug)
    return jsonify(label.facts)
