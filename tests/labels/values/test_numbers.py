"""Numbers: digits, number words of [values.numbers], both at once, Chinese numerals by rule."""

from __future__ import annotations

import re

import pytest

from labels.values.numbers import number_source, read_number


def _read(text: str, lang: str) -> tuple[float, int] | None:
    """The value and offset of `text` read as one whole number expression of `lang`."""
    assert re.fullmatch(number_source(lang), text, re.IGNORECASE), text
    number = read_number(text, lang)
    return None if number is None else (number.value, number.offset)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("zh", "三十", 30),
        ("zh", "十五", 15),
        ("zh", "十", 10),
        ("zh", "两", 2),
        ("zh", "一百八十", 180),
        ("zh", "一百零五", 105),
        ("zh", "二〇二一", 2021),
        ("zh", "１５", 15),
        ("en", "30", 30),
        ("en", "1.5", 1.5),
        ("en", "twenty-four", 24),
        ("en", "twenty four", 24),
        ("en", "a hundred", 100),
        ("en", "one hundred eighty", 180),
        ("en", "one (1)", 1),
        ("en", "forty-five (45)", 45),
        ("pl", "2,5", 2.5),
        ("pl", "trzydziestu (30)", 30),
        ("pl", "14 (czternaście)", 14),
        ("pl", "(30)", 30),
        ("pl", "pół", 0.5),
        ("pl", "dwóch", 2),
        ("sv", "sju", 7),
        ("sv", "ett", 1),
        ("sv", "tjugofyra", 24),
    ],
    ids=lambda v: str(v),
)
def test_number_values(lang, text, value):
    assert _read(text, lang) == (value, 0)


def test_words_that_make_no_number_are_read_from_their_well_formed_tail():
    assert _read("a twelve", "en") == (12, 2)


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "1,000"), ("en", "2.0.1"), ("en", "another"), ("zh", "二二二二二二二二二")],
    ids=["thousands-separator", "version", "word-starting-like-a-number", "nine-numerals"],
)
def test_not_one_number(lang, text):
    assert re.fullmatch(number_source(lang), text, re.IGNORECASE) is None
