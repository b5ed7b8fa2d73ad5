"""The publisher of a policy: brand of its own domain, camel-case brand, or none."""

from __future__ import annotations

import pytest

from labels.organization import organization, short_names

LETS_ENCRYPT = (
    "# Let’s Encrypt Integritetspolicy\n\n"
    "Let’s Encrypt Integritetspolicy beskriver hur vi samlar in, använder och lämnar ut din"
    " information i tre olika sammanhang:\n\n"
    "- När du är en Prenumerant, dvs. när du begär och använder certifikat från Let’s Encrypt,\n"
    "Se https://letsencrypt.org/repository/ för mer information.\n"
)
EUFY = (
    "If you have any questions, please contact us at support@eufylife.com.\n"
    "You can control your eufy device from the eufy app.\n"
    "Your eufy account is yours.\n"
)
CAMEL_CASE = (
    "iSmartHomeQ takes the privacy of its users very seriously. To protect iSmartHomeQt and"
    " its affiliates, iSmartHomeQ may disclose information. We will continue to store your"
    " personal information for you while you use the iSmartHomeQ product.\n"
)
CHINESE_COMPANY = "本政策仅适用于珠海格力电器股份有限公司的格力+App提供的产品。\n"
UNNAMED = "(以下也称 “我们”)非常重视用户隐私。我们深知个人信息对您的重要性。\n"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(LETS_ENCRYPT, "sv", "Let’s Encrypt", id="two-words-of-the-domain"),
        pytest.param(EUFY, "en", "eufy", id="lower-case-brand-of-the-mail-domain"),
        pytest.param(CAMEL_CASE, "en", "iSmartHomeQ", id="camel-case-brand"),
        pytest.param(CHINESE_COMPANY, "zh", "珠海格力电器股份有限公司", id="chinese-legal-name"),
        pytest.param(UNNAMED, "zh", None, id="never-named"),
    ],
)
def test_organization(text: str, lang: str, expected: str | None) -> None:
    assert organization(text, lang) == expected


def test_short_name_at_the_head_of_a_chinese_name() -> None:
    text = (
        "华为终端有限公司及其全球的企业附属公司（下文简称“华为”“我们”和“我们的”）深知隐私对您的"
        "重要性。\n华为不会将您的个人数据出售给第三方。但是，华为会在以下情况下披露您的个人数据：\n"
    )
    assert short_names("华为终端有限公司", text) == ("华为",)
