"""The fast scan finds every place a vocabulary term can open, so that it changes no result."""

from __future__ import annotations

import pytest

from labels.values.starts import openings, starts
from labels.vocabulary import LANGUAGES, vocabulary


def _term_lists(lang: str) -> list[tuple[str, list[str]]]:
    vocab = vocabulary(lang)
    values = vocab["values"]
    lists = [("numbers", list(values["numbers"])), ("months", list(values["months"]))]
    lists += [(f"units.{unit}", terms) for unit, terms in values["units"].items()]
    lists += [(f"cues.{cue}", vocab["cues"][cue]) for cue in ("age_under", "age_over")]
    return lists


def _written(term: str) -> str:
    """A term as a text would write it: stems without their star."""
    return term.replace("*", "")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_term_opens_where_the_scan_points(lang):
    for name, terms in _term_lists(lang):
        found = starts(openings(terms))
        for term in terms:
            for written in {_written(term), _written(term).capitalize(), _written(term).upper()}:
                text = f"( {written} )"
                assert 2 in found.positions(text), (name, written)


def test_capitalized_openings_need_a_capital():
    found = starts(openings(["china", "中国"]), capitalized=True)
    assert list(found.positions("china China CHINA 中国")) == [6, 12, 18]


def test_a_word_opens_only_at_a_word_start_and_digits_at_a_run_start():
    found = starts(openings(["two"]) | {"1*"})
    assert list(found.positions("network two 21 12")) == [8, 15]


def test_a_one_letter_word_opens_only_alone():
    found = starts(openings(["a"]))
    assert list(found.positions("a and an a-b")) == [0, 9]
