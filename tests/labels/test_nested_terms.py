"""The terms a longer term around them hides: the compiled pass is the Python it replaced."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

import pytest
from labels._matching import without_hidden_terms

from labels import read_bytes
from labels.detect import _NESTABLE, _hides, _terms_of_sentences
from labels.matching import Hit, tokenize
from labels.structure import parse
from tests.conftest import corpus_files


def hidden_terms_as_specified(
    hits: list[Hit], nestable: frozenset[str], hides: Callable[[str, str], bool]
) -> list[Hit]:
    """What without_hidden_terms gives, as the Python it replaced: the specification."""
    if all(a.end <= b.start for a, b in pairwise(hits)):
        return hits
    starts = [hit.start for hit in hits]
    longest = max(hit.end - hit.start for hit in hits)
    hidden = {
        hit
        for hit in hits
        if hit.key in nestable
        and any(
            hit.end <= outer.end
            and outer.end - outer.start > hit.end - hit.start
            and outer.key != hit.key
            and hides(outer.key, hit.key)
            for outer in hits[
                bisect_left(starts, hit.start - longest) : bisect_right(starts, hit.start)
            ]
        )
    }
    return [hit for hit in hits if hit not in hidden] if hidden else hits


def by_first_letter(outer: str, inner: str) -> bool:
    """A made-up rule for the edge cases: a key hides the keys of another first letter."""
    return outer[0] != inner[0]


NESTABLE = frozenset({"a", "b", "c"})


@pytest.mark.parametrize(
    "hits",
    [
        pytest.param([], id="none"),
        pytest.param([Hit("a", 3, 9)], id="one"),
        pytest.param([Hit("a", 3, 7), Hit("b", 7, 14)], id="touching"),
        pytest.param([Hit("b", 3, 14), Hit("a", 5, 9)], id="inside"),
        pytest.param([Hit("b", 3, 14), Hit("a", 3, 9)], id="same-start"),
        pytest.param([Hit("b", 3, 9), Hit("a", 3, 9)], id="same-length"),
        pytest.param([Hit("a", 3, 14), Hit("ab", 5, 9)], id="same-first-letter"),
        pytest.param([Hit("x", 3, 14), Hit("a", 5, 9), Hit("z", 6, 8)], id="not-nestable"),
        pytest.param([Hit("b", 3, 14), Hit("a", 5, 9), Hit("a", 5, 9)], id="twice"),
        pytest.param([Hit("b", 3, 10), Hit("a", 5, 11)], id="crossing"),
        pytest.param([Hit("b", 0, 30), Hit("a", 2, 4), Hit("c", 25, 28)], id="far-inside"),
        pytest.param([Hit("a", 9, 12), Hit("b", 3, 14), Hit("c", 5, 9)], id="out-of-order"),
    ],
)
def test_hidden_terms_are_what_the_python_drops(hits: list[Hit]) -> None:
    expected = hidden_terms_as_specified(hits, NESTABLE, by_first_letter)
    assert without_hidden_terms(hits, NESTABLE, by_first_letter) == expected


def test_a_sentence_that_drops_no_term_keeps_its_list() -> None:
    hits = [Hit("a", 3, 14), Hit("ab", 5, 9)]
    assert without_hidden_terms(hits, NESTABLE, by_first_letter) is hits


def test_a_term_inside_a_longer_one_of_another_kind_is_dropped() -> None:
    hits = [Hit("b", 3, 14), Hit("a", 5, 9), Hit("c", 20, 24)]
    assert without_hidden_terms(hits, NESTABLE, by_first_letter) == [hits[0], hits[2]]


def test_hides_is_asked_only_of_pairs_whose_offsets_fit() -> None:
    asked = []

    def hides(outer: str, inner: str) -> bool:
        asked.append((outer, inner))
        return False

    without_hidden_terms([Hit("b", 3, 14), Hit("a", 5, 9), Hit("c", 12, 20)], NESTABLE, hides)
    assert asked == [("b", "a")]


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_the_terms_of_a_policy_are_dropped_as_the_python_drops_them(path: Path) -> None:
    structure = parse(read_bytes(path.read_bytes(), path.name))
    tokens = tokenize(structure.text, structure.page_marks)
    for _, hits in _terms_of_sentences(structure.sentences, tokens):
        expected = hidden_terms_as_specified(hits, _NESTABLE, _hides)
        assert without_hidden_terms(hits, _NESTABLE, _hides) == expected
