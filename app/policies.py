"""Storing a policy and its label: one transaction, so a failure leaves no rows."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import select

import labels
from app.extensions import db
from app.models import Label, PolicyVersion, Product


@dataclass(frozen=True)
class Stored:
    """The outcome of adding a policy: its product, and whether it was new."""

    product: Product
    created: bool


def text_sha256(text: str) -> str:
    """The identity of a policy text: the same text is stored once, however it came."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def slugify(name: str) -> str:
    """An ASCII URL slug; names with no Latin letters (Chinese) give an empty slug."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:80]


def _unique_slug(name: str, sha256: str) -> str:
    base = slugify(name) or f"policy-{sha256[:8]}"
    slug, n = base, 1
    while db.session.scalar(select(Product.id).where(Product.slug == slug)) is not None:
        n += 1
        slug = f"{base}-{n}"
    return slug


def add_policy(
    document: labels.Document,
    product_name: str | None = None,
    maker: str | None = None,
    original: bytes | None = None,
) -> Stored:
    """Store a policy and its label, or find the product that already has this text."""
    sha256 = text_sha256(document.text)
    existing = db.session.scalar(select(PolicyVersion).where(PolicyVersion.sha256 == sha256))
    if existing is not None:
        return Stored(existing.product, created=False)
    facts = labels.extract(document)
    organization = facts.get("organization")
    name = (product_name or "").strip() or organization or _name_from_source(document)
    try:
        product = Product(
            slug=_unique_slug(name, sha256),
            name=name[:200],
            maker=((maker or "").strip() or organization or None),
        )
        policy = PolicyVersion(
            product=product,
            text=document.text,
            sha256=sha256,
            language=facts.get("language"),
            source_name=document.source_name,
            source_format=document.format,
            original=original,
        )
        db.session.add_all([product, policy, _label(policy, facts)])
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    return Stored(product, created=True)


def _label(policy: PolicyVersion, facts: dict) -> Label:
    return Label(
        policy=policy,
        facts=facts,
        spec_version=labels.SPEC_VERSION,
        extractor_version=labels.EXTRACTOR_VERSION,
    )


def _name_from_source(document: labels.Document) -> str:
    if document.source_name:
        stem = document.source_name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        if stem.strip():
            return stem.strip()
    return "Untitled policy"


def latest_label(product: Product) -> Label | None:
    """The newest label of the product's newest policy version."""
    return db.session.scalar(
        select(Label)
        .join(PolicyVersion)
        .where(PolicyVersion.product_id == product.id)
        .order_by(Label.created_at.desc(), Label.id.desc())
        .limit(1)
    )


def product_by_slug(slug: str) -> Product | None:
    """The product at `/l/<slug>`, if any."""
    return db.session.scalar(select(Product).where(Product.slug == slug))


def recent_products() -> list[Product]:
    """Every product, newest first, for the home page."""
    return list(
        db.session.scalars(select(Product).order_by(Product.created_at.desc(), Product.id.desc()))
    )
