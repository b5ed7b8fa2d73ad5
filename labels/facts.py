"""Document-level facts of LABEL_SPEC.md, each with its evidence spans.

This first version claims only what it can read without the vocabularies:
the language and the e-mail addresses. Every other field says "not stated"
(empty list or null), which the spec allows: silence is never a wrong "no".
"""

from __future__ import annotations

import re

from labels.reading import Document

SPEC_VERSION = 1
EXTRACTOR_VERSION = "0.1.0"

_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_MARKS = {"sv": re.compile(r"[åäöÅÄÖ]"), "pl": re.compile(r"[ąęłśżźćńĄĘŁŚŻŹĆŃ]")}


def guess_language(text: str) -> str:
    """The main language: Chinese by its characters, sv/pl by their letters."""
    sample = text[:20000]
    if len(_CJK.findall(sample)) > len(sample) * 0.15:
        return "zh"
    counts = {lang: len(rx.findall(sample)) for lang, rx in _MARKS.items()}
    lang, hits = max(counts.items(), key=lambda kv: kv[1])
    return lang if hits > len(sample) * 0.005 else "en"


def extract(document: Document) -> dict:
    """The facts of one policy, in the shape of LABEL_SPEC.md."""
    text = document.text
    emails: list[str] = []
    evidence = []
    for m in _EMAIL.finditer(text):
        email = m.group().lower().rstrip(".")
        if email not in emails:
            emails.append(email)
            evidence.append(
                {"field": "contact_emails", "value": email, "start": m.start(),
                 "end": m.end(), "quote": m.group()}
            )  # fmt: skip
    return {
        "spec": SPEC_VERSION,
        "language": guess_language(text),
        "organization": None,
        "last_updated": None,
        "data_collected": [],
        "purposes": [],
        "shared_with": [],
        "named_recipients": [],
        "sells_data": None,
        "third_party_advertising": None,
        "retention": {
            "periods": [],
            "until_no_longer_needed": None,
            "deleted_on_account_closure": None,
        },
        "international_transfer": None,
        "storage_countries": [],
        "security": [],
        "rights": [],
        "children": {"min_age": None, "parental_consent": None},
        "contact_emails": emails,
        "evidence": evidence,
    }
