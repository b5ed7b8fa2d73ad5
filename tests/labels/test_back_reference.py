"""Data named only by pointing back ("such information", "takie dane", "此类信息") are the
data of the sentence before: shared anonymous if that sentence made them anonymous, and
personal data when it did not. Template wording in each language (not in the corpus)."""

from __future__ import annotations

import pytest

from tests.labels.extraction import facts_of

ANONYMOUS_THEN_SHARED = [
    pytest.param(
        "We compile aggregated statistics about how our devices are used. We may share such"
        " information with our business partners.",
        id="en",
    ),
    pytest.param(
        "Vi sammanställer anonymiserad statistik om hur våra produkter används. Sådan information"
        " kan vi dela med våra affärspartners.",
        id="sv",
    ),
    pytest.param(
        "Tworzymy zanonimizowane statystyki dotyczące korzystania z urządzeń. Takie dane możemy"
        " udostępniać naszym partnerom biznesowym.",
        id="pl",
    ),
    pytest.param(
        "我们会对设备使用情况进行匿名化统计。我们可能会与商业合作伙伴共享此类信息。",
        id="zh",
    ),
]


@pytest.mark.parametrize("text", ANONYMOUS_THEN_SHARED)
def test_anonymous_data_pointed_back_to_are_shared_anonymous(text: str) -> None:
    assert facts_of(text)["shared_with"] == []


PERSONAL_THEN_SHARED = [
    pytest.param(
        "We collect your name and email address. We may share such information with our"
        " business partners.",
        id="en",
    ),
    pytest.param(
        "我们会收集您的姓名和电子邮件地址。我们可能会与商业合作伙伴共享此类信息。",
        id="zh",
    ),
]


@pytest.mark.parametrize("text", PERSONAL_THEN_SHARED)
def test_personal_data_pointed_back_to_are_shared(text: str) -> None:
    assert facts_of(text)["shared_with"] == ["business_partners"]
