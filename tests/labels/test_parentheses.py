"""A parenthesis in which the company denies something is a clause of its own (labels/detect.py,
`_close_parentheses`): its negation denies what it holds, not the data before it (the list
item in test_extract_en.py), but a denial before the brackets still governs what follows
them. Template wording, not in the corpus."""

from __future__ import annotations

import pytest

from tests.labels.extraction import facts_of, field


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "We do not collect (and we have never collected) your precise location.",
            [],
            id="en-a-denial-before-the-brackets-still-governs",
        ),
    ],
)
def test_a_denial_in_brackets_stays_in_them(text: str, expected: list[str]) -> None:
    assert field(facts_of(text), "data_collected") == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "您的Wi-Fi名称与密码（仅用于配网，配网完成后不保存密码）。",
            id="zh-keeping-denied-in-a-remark",
        ),
        pytest.param(
            "Your Wi-Fi name and password (used only for setup and not stored afterwards).",
            id="en-keeping-denied-in-a-remark",
        ),
    ],
)
def test_a_keeping_denied_in_a_remark_leaves_the_data_collected(text: str) -> None:
    """A parenthesis without a subject that denies keeping (labels/practices.py,
    `_remark_in_parenthesis`) limits the item before it; the item is still collected."""
    assert "credentials" in field(facts_of(text), "data_collected")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Card numbers are processed by Stripe (we never store card numbers).",
            id="en-the-company-speaks-in-the-brackets",
        ),
        pytest.param(
            "支付时需要的银行卡号由支付机构处理，我们不保存银行卡号。",
            id="zh-the-denial-outside-brackets",
        ),
    ],
)
def test_a_keeping_the_company_denies_still_drops_the_data(text: str) -> None:
    """Guard: a denial of keeping where the company speaks, in brackets or not, leaves data
    someone else processes out of what the company collects."""
    assert field(facts_of(text), "data_collected") == []
