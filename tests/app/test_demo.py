"""Demo data: the five founding policies fill an empty database, once."""

from sqlalchemy import func, select

from app.extensions import db
from app.models import Product


def test_demo_load_adds_five_labels_to_an_empty_database(app, runner):
    result = runner.invoke(args=["demo", "load"])
    assert "Loaded 5 demo labels." in result.output
    with app.app_context():
        assert db.session.scalar(select(func.count(Product.id))) == 5


def test_demo_load_leaves_a_database_with_labels_alone(runner):
    runner.invoke(args=["demo", "load"])
    result = runner.invoke(args=["demo", "load"])
    assert "already has labels" in result.output


def test_demo_labels_are_browsable(client, runner):
    runner.invoke(args=["demo", "load"])
    home = client.get("/").get_data(as_text=True)
    assert "Imou IP camera" in home
    assert client.get("/l/imou-ip-camera").status_code == 200
