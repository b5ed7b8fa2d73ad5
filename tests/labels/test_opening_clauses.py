"""A negation inside a subordinate clause that opens a sentence stays in that clause.

"Where a recipient is not located in the UK, the transfer is made under …": the "not" is
the condition's, and the main clause after the comma states the practice (labels/detect.py,
[syntax] subordinators). Swedish may leave the comma out: the verb of the main clause, before
its subject, ends the condition ([syntax] inverted_subjects). Template wording, not in the
corpus.
"""

from __future__ import annotations

import pytest

from tests.labels.extraction import facts_of, field


@pytest.mark.parametrize(
    ("text", "path", "expected"),
    [
        pytest.param(
            "If you do not have an account, we only collect your email address.",
            "data_collected",
            ["contact"],
            id="en-collection-under-a-negated-condition",
        ),
        pytest.param(
            "Where you have not given consent, we process your location data on the basis of"
            " our legitimate interest.",
            "data_collected",
            ["location"],
            id="en-processing-where-consent-is-not-given",
        ),
        pytest.param(
            "Although we do not sell your data, we share your e-mail address with advertising"
            " partners.",
            "shared_with",
            ["advertisers"],
            id="en-a-concession-denies-only-itself",
        ),
        pytest.param(
            "Om mottagaren inte finns inom EU/EES, sker överföringen med stöd av"
            " EU-kommissionens standardavtalsklausuler.",
            "international_transfer",
            True,
            id="sv-transfer-under-a-negated-condition",
        ),
        pytest.param(
            "Om du inte har något konto, samlar vi bara in din e-postadress.",
            "data_collected",
            ["contact"],
            id="sv-collection-under-a-negated-condition",
        ),
        pytest.param(
            "Om kontot inte har använts på 24 månader raderar vi det automatiskt.",
            "retention.periods",
            [
                {
                    "days": 720.0,
                    "what": "Om kontot inte har använts på 24 månader raderar vi det automatiskt.",
                }
            ],
            id="sv-no-comma-the-verb-before-its-subject-ends-the-condition",
        ),
        pytest.param(
            "Har kontot inte använts på 24 månader raderar vi det automatiskt.",
            "retention.periods",
            [
                {
                    "days": 720.0,
                    "what": "Har kontot inte använts på 24 månader raderar vi det automatiskt.",
                }
            ],
            id="sv-a-condition-that-opens-with-its-verb",
        ),
        pytest.param(
            "Om du inte har gett ditt samtycke säljer vi inte dina personuppgifter.",
            "sells_data",
            False,
            id="sv-a-negation-after-the-verb-is-the-main-clauses",
        ),
        pytest.param(
            "Vi skulle aldrig sälja dina personuppgifter.",
            "sells_data",
            False,
            id="sv-a-conjunction-after-a-word-opens-no-condition",
        ),
        pytest.param(
            "Under inga omständigheter säljer vi dina personuppgifter.",
            "sells_data",
            False,
            id="sv-a-fronted-negation-is-no-condition",
        ),
        pytest.param(
            "Jeżeli odbiorca nie znajduje się w EOG, przekazanie danych odbywa się na podstawie"
            " standardowych klauzul umownych.",
            "international_transfer",
            True,
            id="pl-transfer-under-a-negated-condition",
        ),
        pytest.param(
            "Jeżeli nie masz konta, zbieramy tylko Twój adres e-mail.",
            "data_collected",
            ["contact"],
            id="pl-collection-under-a-negated-condition",
        ),
    ],
)
def test_a_negation_in_an_opening_clause_stays_in_it(
    text: str, path: str, expected: object
) -> None:
    assert field(facts_of(text), path) == expected
