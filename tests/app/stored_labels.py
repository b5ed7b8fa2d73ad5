"""Labels stored straight from known facts, so page tests do not depend on the extractor.

The facts are the hand-checked gold facts of a seed policy; the evidence is
made by locating real sentences of that policy, as the extractor would.
"""

from __future__ import annotations

import json

from app.extensions import db
from app.models import Label, PolicyVersion, Product
from app.policies import text_sha256
from tests.conftest import SHARED

SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "gold" / "seeds"


def seed(prefix: str) -> tuple[dict, str]:
    """Gold facts and text of the seed policy whose file name starts with `prefix`."""
    facts = json.loads(next(GOLD.glob(f"{prefix}_*.json")).read_text(encoding="utf-8"))
    text = next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
    return facts, text


def evidence(text: str, field: str, value: object, quote: str) -> dict:
    """An evidence entry for `quote`, found in `text` (it must be there)."""
    start = text.index(quote)
    return {"field": field, "value": value, "start": start, "end": start + len(quote),
            "quote": quote}  # fmt: skip


def store(app, facts: dict, text: str, slug: str, name: str, maker: str | None = None) -> str:
    """Store a product, its policy text and a label of `facts`; returns the slug."""
    with app.app_context():
        product = Product(slug=slug, name=name, maker=maker)
        policy = PolicyVersion(
            product=product, text=text, sha256=text_sha256(text),
            language=facts.get("language"), source_format="txt",
        )  # fmt: skip
        label = Label(policy=policy, facts=facts, spec_version=1, extractor_version="test")
        db.session.add_all([product, policy, label])
        db.session.commit()
    return slug


IMOU_RETENTION = (
    "Okresy przechowywania komunikatów alarmowych, alarmowych zrzutów ekranu i adresów IP "
    "w Log API wynosi jedynie 7 dni."
)


def store_imou(app) -> str:
    """The Polish seed (Imou cameras) with one quoted retention period; slug `imou`."""
    facts, text = seed("001")
    facts = facts | {"evidence": [evidence(text, "retention.periods", 7, IMOU_RETENTION)]}
    return store(app, facts, text, "imou", "Imou IP camera", "Imou")


HOSTILE = {
    "name": "<script>alert('name')</script>",
    "maker": "Evil</iframe><img src=x onerror=alert('maker')>",
    "quote": "We keep data <img src=x onerror=alert('quote')> forever </iframe><script>x()</script>",
    "email": "javascript:alert('email')//@example.com",
    "recipient": "<a href=\"javascript:alert('recipient')\">Partner</a>",
}


def store_hostile(app) -> str:
    """A policy whose names, quote, email and recipient are made of markup; slug `hostile`."""
    text = "Intro. " + HOSTILE["quote"] + " End."
    facts = {
        "spec": 1, "language": "en", "organization": HOSTILE["maker"],
        "data_collected": ["contact"], "shared_with": ["advertisers"],
        "named_recipients": [HOSTILE["recipient"]], "contact_emails": [HOSTILE["email"]],
        "retention": {"periods": [{"days": 7, "what": "logs"}]},
        "evidence": [evidence(text, "retention.periods", 7, HOSTILE["quote"])],
    }  # fmt: skip
    return store(app, facts, text, "hostile", HOSTILE["name"], HOSTILE["maker"])
