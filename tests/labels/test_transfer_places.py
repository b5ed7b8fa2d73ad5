"""Where a sentence places data. A country named as where data is not ("outside of the United
States", "中国境外") or as where it comes from ("från Sverige till USA", "从中国传输至新加坡") is no
place of storage, and data sent outside a country or from one country to another leaves it.
Chinese names where data is kept with 在 before the place ("在新加坡存储"). Template wording in
each language (not in the corpus)."""

from __future__ import annotations

import pytest

from tests.labels.extraction import facts_of

LEAVING = [
    pytest.param(
        "Your personal data may be transferred outside of the United States.",
        [],
        id="en-outside",
    ),
    pytest.param(
        "Dina personuppgifter kan överföras från Sverige till USA.",
        [],
        id="sv-from-sweden-to-the-us",
    ),
    pytest.param(
        "Dane osobowe mogą być przechowywane na serwerach poza granicami Polski.",
        [],
        id="pl-outside-poland",
    ),
    pytest.param(
        "我们可能将您的个人信息传输至中国大陆以外的服务器。",
        [],
        id="zh-outside-mainland-china",
    ),
    pytest.param(
        "您的个人信息将存储于中国境外。",
        [],
        id="zh-stored-outside-china",
    ),
    pytest.param(
        "我们会在新加坡存储您的个人信息。",
        ["SG"],
        id="zh-kept-in-singapore",
    ),
    pytest.param(
        "我们会将您的个人信息从中国传输至新加坡。",
        ["SG"],
        id="zh-from-china-to-singapore",
    ),
]


@pytest.mark.parametrize(("text", "storage_countries"), LEAVING)
def test_data_sent_outside_or_away_from_a_country_leaves_it(
    text: str, storage_countries: list[str]
) -> None:
    facts = facts_of(text)
    assert (facts["international_transfer"], facts["storage_countries"]) == (
        True,
        storage_countries,
    )


STAYING = [
    pytest.param(
        "We store your data in the United States and do not transfer it outside of the"
        " United States.",
        None,
        ["US"],
        id="en-not-outside",
    ),
    pytest.param(
        "Vi lagrar dina uppgifter i Sverige och överför dem inte utanför Sverige.",
        False,
        ["SE"],
        id="sv-not-outside",
    ),
    pytest.param(
        "我们不会将您的个人信息传输至中国境外。",
        False,
        [],
        id="zh-not-outside",
    ),
    pytest.param(
        "我们不会在美国存储您的个人信息。",
        None,
        [],
        id="zh-not-kept-in-the-us",
    ),
    pytest.param(
        "本政策适用于中国大陆以外的用户。",
        None,
        [],
        id="zh-users-outside-are-no-transfer",
    ),
]


@pytest.mark.parametrize(("text", "transfer", "storage_countries"), STAYING)
def test_a_country_data_is_not_sent_outside_of_is_no_transfer(
    text: str, transfer: bool | None, storage_countries: list[str]
) -> None:
    facts = facts_of(text)
    assert (facts["international_transfer"], facts["storage_countries"]) == (
        transfer,
        storage_countries,
    )
