"""The PolicyLabel web app: a thin shell of routes and storage around `labels`."""

from __future__ import annotations

import os
from pathlib import Path

from flask import Flask

from app.config import settings
from app.extensions import db, migrate
from app.i18n import configure_i18n

ROOT = Path(__file__).resolve().parent.parent
"""The repository root, where `static/`, `translations/` and `migrations/` live."""


def create_app(test_config: dict | None = None) -> Flask:
    """Build the app; `test_config` overrides the environment's settings."""
    app = Flask(
        __name__,
        instance_relative_config=True,
        static_folder=str(ROOT / "static"),
    )
    os.makedirs(app.instance_path, exist_ok=True)
    app.config.from_mapping(settings(app.instance_path))
    if test_config:
        app.config.from_mapping(test_config)

    db.init_app(app)
    migrate.init_app(app, db, directory=str(ROOT / "migrations"))
    configure_i18n(app)
    configure_blueprints(app)
    return app


def configure_blueprints(app: Flask) -> None:
    """One blueprint per feature."""
    from app import browse, demo, embed, errors, export, images, label_pages, submit

    app.register_blueprint(browse.bp)
    app.register_blueprint(submit.bp)
    app.register_blueprint(label_pages.bp)
    app.register_blueprint(embed.bp)
    app.register_blueprint(images.bp)
    app.register_blueprint(export.bp)
    app.register_blueprint(demo.bp)
    errors.register(app)
