"""A clause that explains the law states no practice of the company (labels/law.py).

"Under the GDPR, a transfer to a third country is allowed only with appropriate safeguards":
a law opens the clause, a rule of it follows ([cues] law, law_rule), and the company does not
speak in it. Where the company speaks ("we must obtain"), the clause is its practice.
Template wording, not in the corpus.
"""

from __future__ import annotations

import pytest

from tests.labels.extraction import facts_of, field


@pytest.mark.parametrize(
    ("text", "path", "expected"),
    [
        pytest.param(
            "We do not transfer your data outside the European Economic Area. Under the GDPR, a"
            " transfer to a third country is allowed only with appropriate safeguards such as"
            " standard contractual clauses.",
            "international_transfer",
            False,
            id="en-a-transfer-the-law-allows-after-a-denial",
        ),
        pytest.param(
            "Enligt GDPR är överföring till tredje land tillåten endast med lämpliga"
            " skyddsåtgärder, till exempel standardavtalsklausuler.",
            "international_transfer",
            None,
            id="sv-a-transfer-the-law-allows",
        ),
        pytest.param(
            "Zgodnie z przepisami zgoda rodzica jest wymagana, gdy dziecko ma mniej niż 16 lat;"
            " nie zbieramy świadomie danych dzieci.",
            "children",
            {"min_age": None, "parental_consent": None},
            id="pl-a-consent-and-an-age-the-law-requires",
        ),
        pytest.param(
            "Under the GDPR, we must obtain parental consent for children under 16.",
            "children",
            {"min_age": 16, "parental_consent": True},
            id="en-the-company-speaking-under-the-law",
        ),
        pytest.param(
            "Zgodnie z przepisami wymagamy zgody rodzica, gdy dziecko ma mniej niż 16 lat.",
            "children",
            {"min_age": 16, "parental_consent": True},
            id="pl-the-company-speaking-in-its-verb",
        ),
    ],
)
def test_a_clause_that_explains_the_law_states_no_practice(
    text: str, path: str, expected: object
) -> None:
    assert field(facts_of(text), path) == expected
