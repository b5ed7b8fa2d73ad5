"""Demo labels: the five founding policies, loaded into an empty database."""

from __future__ import annotations

import tomllib
from pathlib import Path

import click
from flask import Blueprint
from sqlalchemy import func, select

import labels
from app.extensions import db
from app.models import Product
from app.policies import add_policy

bp = Blueprint("demo", __name__, cli_group="demo")

DEMO_DIR = Path(__file__).with_name("demo")


def load_demo(echo=print) -> int:
    """Add the demo policies if no product exists yet; returns how many were added."""
    if db.session.scalar(select(func.count(Product.id))):
        echo("The database already has labels; demo data not loaded.")
        return 0
    manifest = tomllib.loads((DEMO_DIR / "demo.toml").read_text(encoding="utf-8"))
    added = 0
    for entry in manifest["policy"]:
        path = DEMO_DIR / entry["file"]
        echo(f"  adding {entry['product']} ({path.name})")
        document = labels.read_bytes(path.read_bytes(), path.name)
        stored = add_policy(document, entry["product"], entry.get("maker"))
        added += stored.created
    echo(f"Loaded {added} demo labels.")
    return added


@bp.cli.command("load")
def load_command() -> None:
    """Load the demo labels into an empty database."""
    load_demo(click.echo)
