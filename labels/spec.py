"""The vocabularies of LABEL_SPEC.md: the ids each list field of the facts may hold."""

from __future__ import annotations

SPEC_VERSION = 1

VOCABULARIES: dict[str, tuple[str, ...]] = {
    "data_collected": (
        "contact", "identifiers", "location", "health_fitness", "personal_details",
        "financial", "purchases", "photos_videos", "audio", "user_content", "contacts",
        "usage", "device_technical", "cookies_tracking", "sensitive", "credentials",
    ),
    "purposes": (
        "service", "account", "support", "analytics_improvement", "marketing",
        "advertising", "personalization", "security_fraud", "legal_compliance",
    ),
    "shared_with": (
        "affiliates", "service_providers", "advertisers", "analytics_providers",
        "business_partners", "authorities", "business_transfer", "public",
    ),
    "security": (
        "encryption_in_transit", "encryption_at_rest", "access_control", "two_factor",
        "anonymization", "security_audits", "breach_notification",
    ),
    "rights": (
        "access", "correction", "deletion", "portability", "objection", "restriction",
        "withdraw_consent", "opt_out_marketing", "opt_out_sale", "account_deletion",
        "complaint", "non_discrimination",
    ),
}  # fmt: skip

KEYS_OF_FIELD: dict[str, frozenset[str]] = {
    field: frozenset(f"{field}.{id_}" for id_ in ids) for field, ids in VOCABULARIES.items()
}
"""The matcher's keys of each field ("data_collected" -> "data_collected.contact", ...)."""
