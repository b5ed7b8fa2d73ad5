"""A transfer abroad denied "without" a safeguard, or with a safeguard as its exception,
happens with the safeguard: the label must not say the data stays home. Consent or the law
as the exception leaves the denial standing (seed 003's gold: "不会向境外传输…，除非为执行法规
要求或已另行征得您的明示同意" is false). Template wording in each language (not in the corpus)."""

from __future__ import annotations

import pytest

from tests.labels.extraction import facts_of

WITH_SAFEGUARDS = [
    pytest.param(
        "We do not transfer your personal data outside the EEA without appropriate safeguards.",
        id="en-without",
    ),
    pytest.param(
        "We do not transfer your personal data outside the EEA except where an adequate level of"
        " protection is ensured.",
        id="en-except",
    ),
    pytest.param(
        "Vi överför inte dina personuppgifter till tredjeland utan lämpliga skyddsåtgärder.",
        id="sv-utan",
    ),
    pytest.param(
        "Nie przekazujemy Twoich danych osobowych poza EOG bez zapewnienia odpowiednich"
        " zabezpieczeń.",
        id="pl-bez",
    ),
]


@pytest.mark.parametrize("text", WITH_SAFEGUARDS)
def test_a_transfer_denied_without_safeguards_happens_with_them(text: str) -> None:
    assert facts_of(text)["international_transfer"] is True


STILL_DENIED = [
    pytest.param(
        "We do not transfer your personal data outside the EEA unless the law requires it.",
        id="en-unless-the-law",
    ),
    pytest.param(
        "We do not transfer your personal data outside the EEA without your consent.",
        id="en-without-consent",
    ),
]


@pytest.mark.parametrize("text", STILL_DENIED)
def test_a_transfer_denied_but_for_consent_or_the_law_stays_denied(text: str) -> None:
    assert facts_of(text)["international_transfer"] is False
