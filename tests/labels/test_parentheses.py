"""A parenthesis in which the company denies something is a clause of its own (labels/detect.py,
`_close_parentheses`): its negation denies what it holds, not the data before it (the list
item in test_extract_en.py), but a denial before the brackets still governs what follows
them. Template wording, not in the corpus."""

from __future__ import annotations

import pytest

from tests.labels.extraction import facts_of, field


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "We do not collect (and we have never collected) your precise location.",
            [],
            id="en-a-denial-before-the-brackets-still-governs",
        ),
    ],
)
def test_a_denial_in_brackets_stays_in_them(text: str, expected: list[str]) -> None:
    assert field(facts_of(text), "data_collected") == expected
