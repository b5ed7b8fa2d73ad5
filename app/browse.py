"""Browsing: the home page lists every label, newest first."""

from flask import Blueprint, current_app, render_template, send_from_directory

from app.policies import latest_label, recent_products

bp = Blueprint("browse", __name__)


@bp.get("/")
def index():
    """Home: the labels, newest first."""
    rows = [(product, latest_label(product)) for product in recent_products()]
    return render_template("browse/index.html", rows=rows)


@bp.get("/favicon.ico")
def favicon():
    """Browsers ask for /favicon.ico whatever the page says; answer with our SVG."""
    return send_from_directory(current_app.static_folder, "favicon.svg", mimetype="image/svg+xml")
