"""The app factory and its configuration."""

from app import create_app
from app.config import database_url


def test_testing_flag_comes_from_test_config(app):
    assert app.testing
    assert not create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://"}).testing


def test_default_database_is_sqlite_in_the_instance_folder(monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    assert database_url("/srv/instance") == "sqlite:////srv/instance/policylabel.sqlite"


def test_database_url_switches_to_postgresql_with_psycopg3(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgres://u:p@db:5432/labels")
    assert database_url("/srv/instance") == "postgresql+psycopg://u:p@db:5432/labels"
