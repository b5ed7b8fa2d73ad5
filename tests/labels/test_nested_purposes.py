"""A purpose term hides a purpose of another kind nested in it ("personalized ads" are
advertising, "nieautoryzowane logowania" security, not the account); a term that names two
purposes stands under both ("广告和营销"). Template wording (not in the corpus)."""

from __future__ import annotations

import pytest

from tests.labels.extraction import facts_of


@pytest.mark.parametrize(
    ("text", "purposes"),
    [
        pytest.param(
            "We use your data to show you personalized ads.", ["advertising"], id="en-ads"
        ),
        pytest.param(
            "Używamy danych, aby wykrywać nieautoryzowane logowania.",
            ["security_fraud"],
            id="pl-unauthorised-sign-ins",
        ),
        pytest.param(
            "我们会将您的信息用于广告和营销。", ["advertising", "marketing"], id="zh-two-purposes"
        ),
        pytest.param(
            "Vi använder dina uppgifter för att anpassa våra erbjudanden.",
            ["marketing", "personalization"],
            id="sv-adapted-offers",
        ),
    ],
)
def test_a_purpose_term_names_its_own_purposes(text: str, purposes: list[str]) -> None:
    assert facts_of(text)["purposes"] == purposes
