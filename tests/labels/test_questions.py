"""A question states nothing: an FAQ heading or a summary table's cell that asks ("Do we sell
your data?") is answered by what follows it, and a yes read from the question would win over
the answer's no. Template wording in each language (not in the corpus)."""

from __future__ import annotations

import pytest

from tests.labels.extraction import facts_of

ANSWERED_NO = [
    pytest.param("Do we sell your data?\n\nNo. We never sell personal data.\n", id="en"),
    pytest.param(
        "Czy sprzedajemy Twoje dane?\n\nNie. Nigdy nie sprzedajemy danych osobowych.\n", id="pl"
    ),
    pytest.param(
        "Säljer vi dina uppgifter?\n\nNej. Vi säljer aldrig dina personuppgifter.\n", id="sv"
    ),
    pytest.param("我们会出售您的个人信息吗？\n\n不会。我们不会出售您的个人信息。\n", id="zh"),
]


@pytest.mark.parametrize("text", ANSWERED_NO)
def test_a_question_answered_no_sells_nothing(text: str) -> None:
    assert facts_of(text)["sells_data"] is False


def test_a_question_in_a_table_cell_answered_no_shares_nothing_and_sells_nothing() -> None:
    text = "I korthet\n\nDelar vi med annonsörer? | Nej\nSäljer vi dina uppgifter? | Nej, aldrig\n"
    facts = facts_of(text)
    assert (facts["sells_data"], facts["shared_with"]) == (False, [])


def test_a_question_heading_transfers_nothing() -> None:
    text = "Do we transfer your data outside the EEA?\n\nNo, your data stays in the EEA.\n"
    assert facts_of(text)["international_transfer"] is None


def test_a_question_heading_still_leads_the_list_under_it() -> None:
    text = "What data do we collect?\n\n- your name\n- your email address\n"
    assert facts_of(text)["data_collected"] == ["contact"]
