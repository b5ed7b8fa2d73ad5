"""Settings, read once from the environment with embedded defaults."""

from __future__ import annotations

import os

MAX_UPLOAD_MB = 5
"""Largest policy accepted, in megabytes (the longest real policies are under 1 MB)."""


def database_url(instance_path: str) -> str:
    """DATABASE_URL if set (e.g. postgresql://...), else SQLite in the instance folder."""
    url = os.environ.get("DATABASE_URL")
    if url:
        # Heroku-style URLs name the old driver; SQLAlchemy wants psycopg 3 spelled out.
        for prefix in ("postgres://", "postgresql://"):
            if url.startswith(prefix):
                return "postgresql+psycopg://" + url[len(prefix) :]
        return url
    return "sqlite:///" + os.path.join(instance_path, "policylabel.sqlite")


def settings(instance_path: str) -> dict:
    """The app's configuration: everything a deployment may change, in one place."""
    return {
        "SECRET_KEY": os.environ.get("SECRET_KEY", "dev-only-not-secret"),
        "SQLALCHEMY_DATABASE_URI": database_url(instance_path),
        "MAX_CONTENT_LENGTH": MAX_UPLOAD_MB * 1024 * 1024,
        "PUBLIC_BASE_URL": os.environ.get("PUBLIC_BASE_URL", ""),
    }
