"""The compiled walk of labels.structure's sentence splitting: abbreviations before a period."""

import pytest
from labels._matching import is_abbreviation

KNOWN = frozenset({"e.g.", "inc."})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("see e.g.", True),  # the run of letters and periods before the last one
        ("Acme Inc.", True),  # looked up lower-cased
        ("the end.", False),
        ("xe.g.", False),  # the whole run counts, not its tail
    ],
)
def test_a_period_ends_a_known_abbreviation(text: str, expected: bool) -> None:
    assert is_abbreviation(text, 0, len(text) - 1, KNOWN, 4) is expected


def test_the_walk_stops_at_start_and_after_the_longest_abbreviation() -> None:
    assert is_abbreviation("xe.g.", 1, 4, KNOWN, 4)  # start cuts the run to "e.g."
    assert not is_abbreviation("e.g.", 0, 3, KNOWN, 2)  # too short a walk to see it
