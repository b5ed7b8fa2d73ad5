"""Migrations build the schema on an empty database and take it down again."""

from flask_migrate import downgrade, upgrade
from sqlalchemy import inspect

from app.extensions import db


def test_upgrade_creates_every_table(app):
    with app.app_context():
        assert {"product", "policy_version", "label", "alembic_version"} <= set(
            inspect(db.engine).get_table_names()
        )


def test_downgrade_to_base_and_upgrade_again(app):
    with app.app_context():
        downgrade(revision="base")
        assert "product" not in inspect(db.engine).get_table_names()
        upgrade()
        assert "product" in inspect(db.engine).get_table_names()


def test_runs_on_the_database_the_environment_names(app):
    import os

    expected = "postgresql" if os.environ.get("TEST_DATABASE_URL") else "sqlite"
    with app.app_context():
        assert db.engine.dialect.name == expected
