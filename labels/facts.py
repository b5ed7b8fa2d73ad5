"""Document-level facts of LABEL_SPEC.md, each claimed value with the sentence it rests on.

`extract` reads the policy sentence by sentence (labels.detect) and asks each
field's module what the policy states; what it never states stays empty or
None, which the spec prefers to a guess. The output is deterministic: lists
are sorted and the evidence is ordered by field and position.
"""

from __future__ import annotations

from labels.children import children
from labels.collector import collector_paused
from labels.contact import contact_emails, last_updated
from labels.detect import detect
from labels.evidence import Evidence
from labels.organization import organization
from labels.practices import (
    field_values,
    implied_purposes,
    implied_rights,
    sells_data,
    third_party_advertising,
)
from labels.reading import Document
from labels.recipients import named_recipients
from labels.retention import deleted_on_account_closure, periods, until_no_longer_needed
from labels.spec import SPEC_VERSION
from labels.transfers import international_transfer, storage_countries

EXTRACTOR_VERSION = "0.5.0"


@collector_paused()
def extract(document: Document) -> dict:
    """The facts of one policy, in the shape of LABEL_SPEC.md."""
    detection = detect(document)
    evidence = Evidence(detection.text)
    language = detection.structure.language
    publisher = organization(detection.text, language)
    purposes = field_values(detection, "purposes", evidence)
    recipients, kinds = named_recipients(detection, publisher, evidence)
    shared_with = sorted({*field_values(detection, "shared_with", evidence), *kinds})
    purposes = implied_purposes(purposes, shared_with, evidence)
    return {
        "spec": SPEC_VERSION,
        "language": language,
        "organization": publisher,
        "last_updated": last_updated(detection, evidence),
        "data_collected": field_values(detection, "data_collected", evidence),
        "purposes": purposes,
        "shared_with": shared_with,
        "named_recipients": recipients,
        "sells_data": sells_data(detection, publisher, evidence),
        "third_party_advertising": third_party_advertising(
            detection, publisher, purposes, evidence
        ),
        "retention": {
            "periods": periods(detection, evidence),
            "until_no_longer_needed": until_no_longer_needed(detection, evidence),
            "deleted_on_account_closure": deleted_on_account_closure(detection, evidence),
        },
        "international_transfer": international_transfer(detection, evidence),
        "storage_countries": storage_countries(detection, evidence),
        "security": field_values(detection, "security", evidence),
        "rights": implied_rights(detection, field_values(detection, "rights", evidence), evidence),
        "children": children(detection, evidence),
        "contact_emails": contact_emails(detection, evidence),
        "evidence": evidence.entries(),
    }
