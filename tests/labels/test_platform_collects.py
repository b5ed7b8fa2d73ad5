"""What a platform collects in its own service is not the company's collection
(labels/practices.py, `[cues] platform`).

"App stores may collect your device identifiers": the app store is the subject of the verb
and collects for itself. Third parties that collect on the company's own site or app ("ad
networks may use cookies on this site") stay, and so does data "we" collect beside the
platform. Template wording, not in the corpus.
"""

from __future__ import annotations

import pytest

from tests.labels.extraction import facts_of


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "App stores may collect your device identifiers under their own privacy policies.",
            id="en",
        ),
        pytest.param(
            "Appbutiken kan samla in dina enhetsidentifierare enligt sin egen integritetspolicy.",
            id="sv",
        ),
        pytest.param(
            "Sklep z aplikacjami może zbierać identyfikatory urządzenia zgodnie z własną"
            " polityką prywatności.",
            id="pl",
        ),
        pytest.param("应用商店可能会收集您的设备标识符，具体请参阅其隐私政策。", id="zh"),
    ],
)
def test_a_platform_as_the_subject_collects_for_itself(text: str) -> None:
    assert facts_of(text)["data_collected"] == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "We and the app store collect your device identifiers when you buy a subscription.",
            id="en-we-beside-the-platform",
        ),
        pytest.param(
            "The app you download from an app store collects your device identifiers.",
            id="en-the-platform-is-not-the-subject",
        ),
        pytest.param(
            "Other ad networks may also use cookies to track your activity on this website.",
            id="en-a-third-party-on-the-companys-site",
        ),
    ],
)
def test_collection_beside_a_platform_stays(text: str) -> None:
    assert facts_of(text)["data_collected"] != []
