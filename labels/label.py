"""The label: what a shopper sees, decided once from the facts, in no language.

Every outlet (web page, widget, PNG, standalone export) draws the same
`PrivacyLabel`, so they cannot disagree. It holds ids, numbers, dates and
country codes only; words come from the translations at render time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

DATA_CATEGORIES: tuple[str, ...] = (
    "photos_videos", "audio", "location",  # what a smart device's sensors capture, shown first
    "contact", "identifiers", "health_fitness", "personal_details", "financial", "purchases",
    "user_content", "contacts", "usage", "device_technical", "cookies_tracking", "sensitive",
    "credentials",
)  # fmt: skip
PROMINENT_DATA: frozenset[str] = frozenset({"photos_videos", "audio", "location"})
RECIPIENTS: tuple[str, ...] = (
    "advertisers", "analytics_providers", "business_partners", "service_providers",
    "affiliates", "authorities", "business_transfer", "public",
)  # fmt: skip
SECURITY: tuple[str, ...] = (
    "encryption_in_transit", "encryption_at_rest", "two_factor", "access_control",
    "anonymization", "security_audits", "breach_notification",
)  # fmt: skip
RIGHTS: tuple[str, ...] = (
    "access", "correction", "deletion", "account_deletion", "portability", "objection",
    "restriction", "withdraw_consent", "opt_out_marketing", "opt_out_sale", "complaint",
    "non_discrimination",
)  # fmt: skip

YES, NO, NOT_STATED = "yes", "no", "not_stated"


@dataclass(frozen=True)
class Line:
    """One vocabulary entry on the label and whether the policy states it."""

    id: str
    state: str  # YES or NOT_STATED (lists never say NO: absence is silence)
    evidence: tuple[int, ...] = ()  # indexes into facts["evidence"]

    @property
    def stated(self) -> bool:
        return self.state == YES


@dataclass(frozen=True)
class Flag:
    """A yes / no / not stated answer with the evidence it rests on."""

    state: str
    evidence: tuple[int, ...] = ()


@dataclass(frozen=True)
class Retention:
    """How long data is kept, as the label summarises it."""

    shortest_days: float | None
    longest_days: float | None
    until_needed: Flag
    deleted_on_closure: Flag
    evidence: tuple[int, ...] = ()

    @property
    def stated(self) -> bool:
        return self.shortest_days is not None or self.until_needed.state == YES


@dataclass(frozen=True)
class PrivacyLabel:
    """Both layers of the label, locale-neutral."""

    product: str | None
    maker: str | None
    language: str | None
    last_updated: date | None
    data: tuple[Line, ...]
    recipients: tuple[Line, ...]
    named_recipients: tuple[str, ...]
    sells_data: Flag
    targeted_ads: Flag
    retention: Retention
    storage_countries: tuple[str, ...]
    international_transfer: Flag
    security: tuple[Line, ...]
    rights: tuple[Line, ...]
    min_age: int | None
    parental_consent: Flag
    contact_emails: tuple[str, ...]
    evidence: tuple[dict, ...]

    def quotes(self, indexes: tuple[int, ...]) -> list[dict]:
        """The evidence entries behind a line or flag."""
        return [self.evidence[i] for i in indexes if 0 <= i < len(self.evidence)]


def _evidence_index(evidence: list[dict]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for i, item in enumerate(evidence):
        field = str(item.get("field", ""))
        index.setdefault(field, []).append(i)
        index.setdefault(f"{field}={item.get('value')}", []).append(i)
    return index


def _lines(ids: tuple[str, ...], stated: list, field: str, index: dict) -> tuple[Line, ...]:
    chosen = set(stated or [])
    return tuple(
        Line(i, YES, tuple(index.get(f"{field}={i}", ()))) if i in chosen else Line(i, NOT_STATED)
        for i in ids
    )


def _flag(value: object, field: str, index: dict) -> Flag:
    if value is None:
        return Flag(NOT_STATED)
    return Flag(YES if value else NO, tuple(index.get(field, ())))


def _date(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def build_label(facts: dict, product: str | None = None, maker: str | None = None) -> PrivacyLabel:
    """The label of a policy's facts (LABEL_SPEC.md shape); missing fields read as silence."""
    evidence = [e for e in facts.get("evidence") or [] if isinstance(e, dict)]
    index = _evidence_index(evidence)
    retention = facts.get("retention") or {}
    days = sorted(
        float(p["days"])
        for p in retention.get("periods") or []
        if isinstance(p, dict) and isinstance(p.get("days"), int | float) and p["days"] > 0
    )
    children = facts.get("children") or {}
    min_age = children.get("min_age")
    return PrivacyLabel(
        product=product,
        maker=maker or facts.get("organization"),
        language=facts.get("language"),
        last_updated=_date(facts.get("last_updated")),
        data=_lines(DATA_CATEGORIES, facts.get("data_collected"), "data_collected", index),
        recipients=_lines(RECIPIENTS, facts.get("shared_with"), "shared_with", index),
        named_recipients=tuple(facts.get("named_recipients") or ()),
        sells_data=_flag(facts.get("sells_data"), "sells_data", index),
        targeted_ads=_flag(facts.get("third_party_advertising"), "third_party_advertising", index),
        retention=Retention(
            shortest_days=days[0] if days else None,
            longest_days=days[-1] if days else None,
            until_needed=_flag(
                retention.get("until_no_longer_needed"), "retention.until_no_longer_needed", index
            ),
            deleted_on_closure=_flag(
                retention.get("deleted_on_account_closure"),
                "retention.deleted_on_account_closure",
                index,
            ),
            evidence=tuple(index.get("retention.periods", ())),
        ),
        storage_countries=tuple(facts.get("storage_countries") or ()),
        international_transfer=_flag(
            facts.get("international_transfer"), "international_transfer", index
        ),
        security=_lines(SECURITY, facts.get("security"), "security", index),
        rights=_lines(RIGHTS, facts.get("rights"), "rights", index),
        min_age=min_age if isinstance(min_age, int) else None,
        parental_consent=_flag(
            children.get("parental_consent"), "children.parental_consent", index
        ),
        contact_emails=tuple(facts.get("contact_emails") or ()),
        evidence=tuple(evidence),
    )
