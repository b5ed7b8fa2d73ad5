"""Submitting a policy: paste text or upload a file, get a label."""

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext

import labels
from app.policies import add_policy
from labels.i18n import N_

bp = Blueprint("submit", __name__)

# Why an upload was refused, by labels.ReadError code, in the reader's language.
READ_ERRORS = {
    "empty": N_("The policy is empty: there is no text to read."),
    "binary": N_("This looks like a binary file, not text."),
    "bad_encoding": N_("Cannot tell the text encoding; save the file as UTF-8 and try again."),
    "unsupported_format": N_("Unsupported file type: upload .txt, .md, .html or .pdf."),
    "bad_pdf": N_("This PDF cannot be read."),
    "pdf_no_text": N_(
        "This PDF has no text layer (it is probably a scan); paste the policy text instead."
    ),
}


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
        message = gettext(READ_ERRORS[exc.code]) if exc.code in READ_ERRORS else str(exc)
        return render_template("submit/new.html", error=message, text=pasted), 400
    stored = add_policy(
        document,
        product_name=request.form.get("product"),
        maker=request.form.get("maker"),
        original=original,
    )
    if not stored.created:
        flash(gettext("This policy text was already here; this is its label."))
    return redirect(url_for("label_pages.show", slug=stored.product.slug), code=303)
