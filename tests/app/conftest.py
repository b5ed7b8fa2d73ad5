"""Fixtures of the web app: an app on a fresh database, its test client and CLI runner.

The database is a new SQLite file per test, or, when TEST_DATABASE_URL is set
(`make test-postgres`), a PostgreSQL database emptied before each test.
"""

from __future__ import annotations

import os

import pytest
from flask_migrate import upgrade

from app import create_app
from app.extensions import db


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
