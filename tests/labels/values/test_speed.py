"""The finders read a whole policy in milliseconds and never take quadratic time.

The bounds are generous (the machine is shared); they catch a pattern that tries a
long alternation at every position (a second per policy) or that backtracks over a
run of look-alikes (minutes), not small regressions.
"""

from __future__ import annotations

import time

import pytest

from labels.values import find_ages, find_countries, find_dates, find_durations
from tests.conftest import SHARED

FINDERS = [find_durations, find_ages, find_dates, find_countries]
LONGEST_POLICY = ("pl", SHARED / "corpus/pl/mozilla-firefox.txt")  # 56 KB


def _seconds(finder, text: str, lang: str) -> float:
    finder(text[:100], lang)  # patterns are compiled once per language, not timed
    start = time.perf_counter()
    finder(text, lang)
    return time.perf_counter() - start


@pytest.mark.parametrize("finder", FINDERS, ids=lambda f: f.__name__)
def test_a_whole_policy_takes_milliseconds(finder):
    lang, path = LONGEST_POLICY
    text = path.read_text(encoding="utf-8")
    assert min(_seconds(finder, text, lang) for _ in range(3)) < 0.2


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "a " * 10_000),
        ("en", "twenty-" * 3_000),
        ("en", "under 1 (" * 2_500),
        ("pl", "dwa " * 5_000),
        ("sv", "en " * 7_000),
        ("zh", "二" * 20_000),
        ("zh", "14周岁" * 4_000),
    ],
    ids=["articles", "hyphenated-words", "cues-digits-brackets", "polish-words",
         "swedish-articles", "numerals", "ages-and-units"],
)  # fmt: skip
def test_runs_of_look_alikes_take_linear_time(lang, text):
    for finder in FINDERS:
        assert _seconds(finder, text, lang) < 2, finder.__name__
