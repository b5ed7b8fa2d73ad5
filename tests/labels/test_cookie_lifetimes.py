"""A cookie's lifetime is how long it is kept (LABEL_SPEC), however the sentence says it
expires; other things that expire keep no data. Template wording (not in the corpus)."""

from __future__ import annotations

import pytest

from tests.labels.extraction import facts_of


@pytest.mark.parametrize(
    ("text", "days"),
    [
        pytest.param("The _gat cookie expires after 1 day.", [1.0], id="en-expires"),
        pytest.param("Persistent cookies will expire after 2 years.", [730.0], id="en-will-expire"),
        pytest.param(
            "This cookie expires after 30 minutes.", [round(30 / 1440, 4)], id="en-minutes"
        ),
        pytest.param("Plik cookie wygasa po 30 minutach.", [round(30 / 1440, 4)], id="pl-minutes"),
        pytest.param("本Cookie的有效期为30分钟。", [round(30 / 1440, 4)], id="zh-minutes"),
    ],
)
def test_a_cookies_lifetime_is_a_period(text: str, days: list[float]) -> None:
    assert [p["days"] for p in facts_of(text)["retention"]["periods"]] == days


def test_a_trial_that_expires_is_no_period() -> None:
    assert facts_of("Your free trial expires after 30 days.")["retention"]["periods"] == []
