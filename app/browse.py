"""Browsing: the home page lists every label, newest first."""

from flask import Blueprint, render_template

from app.policies import latest_label, recent_products

bp = Blueprint("browse", __name__)


@bp.get("/")
def index():
    """Home: the labels, newest first."""
    rows = [(product, latest_label(product)) for product in recent_products()]
    return render_template("browse/index.html", rows=rows)
