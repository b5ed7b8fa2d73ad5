"""Submitting a policy: paste text or upload a file, get a label."""

from flask import Blueprint, flash, redirect, render_template, request, url_for

import labels
from app.policies import add_policy

bp = Blueprint("submit", __name__)


@bp.route("/new", methods=["GET", "POST"])
def new():
    """The "new label" form; on success, redirect to the label page."""
    if request.method == "GET":
        return render_template("submit/new.html")
    upload = request.files.get("file")
    pasted = request.form.get("text", "")
    try:
        if upload and upload.filename:
            original = upload.read()
            document = labels.read_bytes(original, upload.filename)
        else:
            original = None
            document = labels.read_text(pasted, "pasted text")
    except labels.ReadError as exc:
        return render_template("submit/new.html", error=str(exc), text=pasted), 400
    stored = add_policy(
        document,
        product_name=request.form.get("product"),
        maker=request.form.get("maker"),
        original=original,
    )
    if not stored.created:
        flash("This policy text was already here; this is its label.")
    return redirect(url_for("label_pages.show", slug=stored.product.slug), code=303)
