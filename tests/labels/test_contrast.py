"""A negation does not reach past a contrasting conjunction that opens a clause of its own
("but we may share", "ale możemy udostępniać"): the share after a denied sale happens. A
"but" that goes on with its clause ("include but are not limited to: name, …") parts
nothing. Template wording in each language (not in the corpus)."""

from __future__ import annotations

import pytest

from tests.labels.extraction import facts_of

SHARED_AFTER_A_DENIED_SALE = [
    pytest.param(
        "We do not sell your data, but we may share your data with advertising partners.", id="en"
    ),
    pytest.param(
        "Nie sprzedajemy Twoich danych osobowych, ale możemy udostępniać je reklamodawcom.",
        id="pl",
    ),
]


@pytest.mark.parametrize("text", SHARED_AFTER_A_DENIED_SALE)
def test_a_share_after_a_denied_sale_and_but_happens(text: str) -> None:
    facts = facts_of(text)
    assert (facts["sells_data"], facts["shared_with"]) == (False, ["advertisers"])


def test_but_that_goes_on_with_its_clause_parts_nothing() -> None:
    text = (
        "The information we collect includes but is not limited to your name, e-mail address"
        " and telephone number."
    )
    assert facts_of(text)["data_collected"] == ["contact"]
