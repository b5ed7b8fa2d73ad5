"""The carriers that deliver a device are named recipients in every language
(labels/vocabularies/organizations.toml, `service_providers`). Template wording, not in
the corpus: shops name their couriers where they say the address is shared.
"""

from __future__ import annotations

import pytest

from tests.labels.extraction import facts_of


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "We share your shipping address with USPS or Royal Mail to deliver your order.",
            ["Royal Mail", "USPS"],
            id="en-postal-services",
        ),
        pytest.param(
            "Vi lämnar din adress till DB Schenker för leveransen.",
            ["DB Schenker"],
            id="sv-a-freight-carrier",
        ),
        pytest.param(
            "Przekazujemy Twój adres firmie kurierskiej GLS w celu dostawy.",
            ["GLS"],
            id="pl-a-courier",
        ),
        pytest.param(
            "我们会向物流服务商（如圆通速递、极兔速递）提供收货信息以完成配送。",
            ["圆通速递", "极兔速递"],
            id="zh-couriers-as-examples",
        ),
    ],
)
def test_a_carrier_is_a_named_recipient(text: str, names: list[str]) -> None:
    assert facts_of(text)["named_recipients"] == names
