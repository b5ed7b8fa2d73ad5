"""The company ruling out ads altogether, the use of its users' data for ads, or giving data to
advertisers, says no to third-party advertising, as a denial of targeted ads does. A denial bound to consent, an
exception or a condition admits ads, and one of some kind of data leaves the other data open.
The company denies as "we", by its name, or with the data as the subject of a passive denial;
a third party that denies speaks for itself.
Template wording in each language (not in the corpus)."""

from __future__ import annotations

import pytest

from tests.labels.extraction import facts_of

RULED_OUT = [
    pytest.param("We do not show ads in the app.", id="en-no-ads"),
    pytest.param("We do not use your personal data for advertising.", id="en-no-data-for-ads"),
    pytest.param("We do not use cookies for advertising.", id="en-no-cookies-for-ads"),
    pytest.param("Nie wyświetlamy reklam w aplikacji.", id="pl-no-ads"),
    pytest.param(
        "Vi lämnar inte ut dina personuppgifter till tredje part för deras egen marknadsföring.",
        id="sv-not-for-their-own-marketing",
    ),
    pytest.param("我们不会将您的个人信息用于广告。", id="zh-no-data-for-ads"),
    pytest.param("我们不会向您展示广告。", id="zh-no-ads"),
    pytest.param(
        "We do not share your personal information with advertisers.", id="en-not-to-advertisers"
    ),
    pytest.param(
        "Vi säljer aldrig dina uppgifter och vi lämnar inte ut dem till annonsörer.",
        id="sv-not-to-advertisers",
    ),
    pytest.param("Nie przekazujemy Twoich danych reklamodawcom.", id="pl-not-to-advertisers"),
    pytest.param("我们不会向广告商提供您的个人信息。", id="zh-not-to-advertisers"),
    pytest.param(
        "Vi delar inte dina personuppgifter med tredje part för marknadsföring.",
        id="sv-not-to-third-parties-for-marketing",
    ),
    pytest.param(
        "Personal information is never used for targeted advertising.", id="en-passive-data"
    ),
    pytest.param("Dane osobowe nie są wykorzystywane do kierowania reklam.", id="pl-passive-data"),
    pytest.param(
        "Usługodawca nie udostępnia danych podmiotom trzecim w celach reklamowych.",
        id="pl-the-provider-of-the-service-speaks",
    ),
]


@pytest.mark.parametrize("text", RULED_OUT)
def test_ads_ruled_out_by_the_company_are_no_third_party_advertising(text: str) -> None:
    assert facts_of(text)["third_party_advertising"] is False


LEFT_OPEN = [
    pytest.param(
        "We will not use your data for advertising without your consent.", id="en-consent"
    ),
    pytest.param("We will not use your data for advertising unless you agree.", id="en-exception"),
    pytest.param(
        "If you opt out, we do not use your personal data for advertising.", id="en-condition"
    ),
    pytest.param("We do not use your health data for advertising.", id="en-one-kind-of-data"),
    pytest.param("Ads are not shown to children under 13.", id="en-no-company"),
    pytest.param(
        "We do not share your data with advertisers without your consent.",
        id="en-advertisers-with-consent",
    ),
    pytest.param(
        "Partnerzy reklamowi nie wykorzystują danych osobowych do kierowania reklam.",
        id="pl-a-third-party-speaks",
    ),
    pytest.param(
        "Advertising partners do not use personal data for targeted ads.",
        id="en-a-third-party-speaks",
    ),
    pytest.param(
        "Zewnętrzny usługodawca nie udostępnia danych podmiotom trzecim w celach reklamowych.",
        id="pl-an-outside-provider-speaks",
    ),
]


@pytest.mark.parametrize("text", LEFT_OPEN)
def test_a_bound_or_partial_denial_of_ads_says_nothing(text: str) -> None:
    assert facts_of(text)["third_party_advertising"] is None
