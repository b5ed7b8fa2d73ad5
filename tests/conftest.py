"""Fixtures shared by every test: an app on a fresh database, and corpus paths.

The database is a new SQLite file per test, or, when TEST_DATABASE_URL is set
(`make test-postgres`), a PostgreSQL database emptied before each test.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from flask_migrate import upgrade

from app import create_app
from app.extensions import db

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEMO = ROOT / "app" / "demo"


def _empty_database() -> None:
    db.drop_all()
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")


@pytest.fixture
def app(tmp_path):
    """An app on an empty, migrated database."""
    url = os.environ.get("TEST_DATABASE_URL") or f"sqlite:///{tmp_path / 'test.sqlite'}"
    app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": "test"})
    with app.app_context():
        _empty_database()
        upgrade()
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def client(app):
    """A test client of `app`."""
    return app.test_client()


@pytest.fixture
def runner(app):
    """A CLI runner of `app`."""
    return app.test_cli_runner()


def corpus_files(*folders: str) -> list[Path]:
    """The policy files of the shared corpus (all folders when none are named)."""
    base = SHARED / "corpus"
    names = folders or ("seeds", "en", "sv", "pl", "zh")
    return sorted(p for f in names for p in (base / f).glob("*.txt"))
