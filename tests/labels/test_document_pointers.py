"""Data that "below" or "above" points to is the policy's own text, the company's details:
"contact us using the contact information below" collects nothing. Template wording in each
language (not in the corpus)."""

from __future__ import annotations

import pytest

from tests.labels.extraction import facts_of

POINTED = [
    pytest.param(
        "You can contact our data protection officer using the contact details above.",
        id="en-above",
    ),
    pytest.param(
        "W razie pytań skontaktuj się z nami, korzystając z danych kontaktowych podanych poniżej.",
        id="pl-provided-below",
    ),
    pytest.param(
        "Har du frågor kan du kontakta oss genom att använda kontaktuppgifterna nedan.",
        id="sv-below",
    ),
    pytest.param(
        "我们使用的联系方式如下：客服热线400-000-0000。",
        id="zh-as-follows",
    ),
]


@pytest.mark.parametrize("text", POINTED)
def test_data_pointed_to_in_the_policy_is_not_collected(text: str) -> None:
    assert facts_of(text)["data_collected"] == []


def test_data_named_without_a_pointer_is_collected() -> None:
    text = "We use your contact details to answer your questions."
    assert facts_of(text)["data_collected"] == ["contact"]
