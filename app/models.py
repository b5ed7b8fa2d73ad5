"""What PolicyLabel stores: products, the policy texts they publish, and labels built from them."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.extensions import db


def _now() -> datetime:
    return datetime.now(UTC)


class Product(db.Model):
    """A device or service whose maker publishes a privacy policy."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(120), unique=True, index=True)
    name: Mapped[str] = mapped_column(String(200))
    maker: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)

    policies: Mapped[list[PolicyVersion]] = relationship(
        back_populates="product", order_by="PolicyVersion.uploaded_at"
    )


class PolicyVersion(db.Model):
    """One policy text as uploaded; identical texts are stored once (sha256)."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    language: Mapped[str | None] = mapped_column(String(8))
    source_name: Mapped[str | None] = mapped_column(String(255))
    source_format: Mapped[str] = mapped_column(String(16))
    original: Mapped[bytes | None] = mapped_column(LargeBinary)
    uploaded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)

    product: Mapped[Product] = relationship(back_populates="policies")
    labels: Mapped[list[Label]] = relationship(back_populates="policy", order_by="Label.created_at")


class Label(db.Model):
    """The facts extracted from one policy version by one extractor version."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("policy_version.id"), index=True)
    facts: Mapped[dict] = mapped_column(JSON)
    spec_version: Mapped[int] = mapped_column(Integer)
    extractor_version: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now, index=True)

    policy: Mapped[PolicyVersion] = relationship(back_populates="labels")
