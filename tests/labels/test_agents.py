"""Data whose handling verb names another party as its agent is that party's, not collected by
the company: "collected directly by our payment processor", "由支付机构直接收集". Where "we"
also speaks in the phrase, the data stays collected. Template wording in each language (not in
the corpus)."""

from __future__ import annotations

import pytest

from tests.labels.extraction import facts_of

HANDLED_BY_ANOTHER = [
    pytest.param(
        "Payment card details are collected directly by our payment processor.",
        id="en-by-our-processor",
    ),
    pytest.param(
        "Betalningsuppgifter samlas in direkt av betaltjänstleverantören.",
        id="sv-av",
    ),
    pytest.param(
        "Dane karty płatniczej są przetwarzane przez operatora płatności.",
        id="pl-przez",
    ),
    pytest.param(
        "支付信息由支付机构收集。",
        id="zh-agent-before-the-verb",
    ),
]


@pytest.mark.parametrize("text", HANDLED_BY_ANOTHER)
def test_data_another_party_handles_is_not_collected(text: str) -> None:
    assert facts_of(text)["data_collected"] == []


COLLECTED_TOO = [
    pytest.param(
        "We collect your name and address which are processed by our service providers.",
        id="en-we-collect-what-providers-process",
    ),
    pytest.param(
        "Your email address is collected by us and partners.",
        id="en-by-us-and-partners",
    ),
    pytest.param(
        "Your email address is collected by email.",
        id="en-by-no-party",
    ),
]


@pytest.mark.parametrize("text", COLLECTED_TOO)
def test_data_the_company_handles_too_is_collected(text: str) -> None:
    assert facts_of(text)["data_collected"] == ["contact"]
