"""Readable error pages, e.g. for an upload above the size limit."""

from flask import Flask, render_template
from flask_babel import gettext

from app.config import MAX_UPLOAD_MB


def register(app: Flask) -> None:
    """Attach the error handlers to the app."""

    @app.errorhandler(413)
    def too_large(_error):
        message = gettext("The file is too large: the limit is %(size)d MB.", size=MAX_UPLOAD_MB)
        return render_template("submit/new.html", error=message), 413

    @app.errorhandler(404)
    def not_found(_error):
        return render_template("error.html", message=gettext("There is no label here.")), 404
