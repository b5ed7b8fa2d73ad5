"""A condition that "or" opens is another case of a disclosure (labels/practices.py).

"We may disclose information when the law requires it, or if we are merged …, the buyer":
the buyer is the recipient of the merger only, so the disclosure the law requires goes to
the authorities. A recipient named in the law's own case is whom the law sends data to.
Template wording, not in the corpus.
"""

from __future__ import annotations

import pytest

from tests.labels.extraction import facts_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Vi kan lämna ut uppgifter när lagen kräver det, till exempel vid ett"
            " myndighetsbeslut, eller om vi går samman med ett annat företag, i vilket fall"
            " köparen måste följa denna policy.",
            ["authorities", "business_transfer"],
            id="sv-the-law-or-a-merger",
        ),
        pytest.param(
            "We share data with our service providers when the law requires it, or if we are"
            " merged with another company, with the buyer.",
            ["business_transfer", "service_providers"],
            id="en-a-recipient-named-in-the-laws-case",
        ),
    ],
)
def test_the_law_and_a_merger_as_two_cases(text: str, expected: list[str]) -> None:
    assert facts_of(text)["shared_with"] == expected
