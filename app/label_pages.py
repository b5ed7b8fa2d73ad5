"""A label at a stable URL: the page, and its facts as JSON."""

from flask import Blueprint, abort, jsonify, render_template

from app.policies import latest_label, product_by_slug

bp = Blueprint("label_pages", __name__, url_prefix="/l")


def _label_or_404(slug: str):
    product = product_by_slug(slug)
    label = latest_label(product) if product else None
    if label is None:
        abort(404)
    return product, label


@bp.get("/<slug>")
def show(slug: str):
    """The full label: every fact with the sentence of the policy it rests on."""
    product, label = _label_or_404(slug)
    return render_template("labels/show.html", product=product, label=label)


@bp.get("/<slug>.json")
def facts_json(slug: str):
    """The label's facts in the shape of LABEL_SPEC.md."""
    _, label = _label_or_404(slug)
    return jsonify(label.facts)
