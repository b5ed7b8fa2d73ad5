"""The compiled placing of a sentence's negations (labels._matching.NegationPlaces) governs
each term as the plain scan of its clause's negations does, on every corpus text."""

from __future__ import annotations

from pathlib import Path

import pytest
from labels._matching import NegationPlaces

import labels.detect
from labels import read_bytes
from labels.detect import _ALTERNATIVE_VERB, _CLOSE_NEGATION, _Sentence, detect
from labels.matching import Hit, Tokens
from tests.conftest import corpus_files


def governing_by_scan(sentence: _Sentence, term: Hit, reach: int, after: int) -> Hit | None:
    """The negation that governs `term`, by a scan of every negation of its clause in text
    order: the first at most `reach` tokens before it (or, one that disposes, any distance
    when `reach` is an action's), `after` after it, or around its start."""
    clause = sentence.clause_of(term.start)
    first, last = sentence.token_at(term.start), sentence.token_at(term.end - 1)
    for negation in sentence.negations:
        if sentence.clause_of(negation.start) != clause:
            continue
        negation_first = sentence.token_at(negation.start)
        negation_last = sentence.token_at(negation.end - 1)
        if negation.start < term.start < negation.end:
            return negation
        if negation.end <= term.start and (
            first - negation_last <= reach
            or (sentence.disposes(negation) and reach >= sentence.reach)
        ):
            return negation
        if 0 < negation_first - last <= after:
            return negation
        if negation_first - last > after:
            return None
    return None


def starting_within_by_scan(sentence: _Sentence, clause: int, low: int, high: int) -> Hit | None:
    """The first negation of `clause` whose first token lies in (low, high], by a scan."""
    return next(
        (
            n
            for n in sentence.negations
            if sentence.clause_of(n.start) == clause and low < sentence.token_at(n.start) <= high
        ),
        None,
    )


class _Recorded(_Sentence):
    """A sentence that remembers itself and its hits, for the test to ask it again."""

    made: list[tuple[_Sentence, list[Hit]]] = []

    def __init__(self, hits: list[Hit], tokens: Tokens, span: range, lang: str) -> None:
        super().__init__(hits, tokens, span, lang)
        self.made.append((self, hits))


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_the_compiled_places_govern_as_the_scan_does(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(labels.detect, "_Sentence", _Recorded)
    monkeypatch.setattr(_Recorded, "made", [])
    detect(read_bytes(path.read_bytes(), path.name))
    for sentence, hits in _Recorded.made:
        places = sentence.negation_places
        assert places.clauses == {sentence.clause_of(n.start) for n in sentence.negations}
        everything = len(sentence.tokens.words)
        for hit in hits:
            for reach, after in ((_CLOSE_NEGATION, 0), (sentence.reach, 1), (everything, 0)):
                assert places.governing(hit.start, hit.end, reach, after) == governing_by_scan(
                    sentence, hit, reach, after
                ), (hit, reach, after)
            clause, at = sentence.clause_of(hit.start), sentence.token_at(hit.end - 1) + 1
            high = at + 1 + _ALTERNATIVE_VERB
            assert places.first_starting_within(clause, at + 1, high) == (
                starting_within_by_scan(sentence, clause, at + 1, high)
            )


def test_a_term_inside_a_negation_is_governed_by_it() -> None:
    negation = Hit("cues.negation", 0, 3)  # "不收集": the verb inside the negation's term
    places = NegationPlaces([], [0, 3], range(3), [negation], [False], 12)
    assert places.governing(1, 3, 0, 0) is negation


def test_a_negation_governs_within_its_reach_and_clause_only() -> None:
    # "we do not ever at all sell ; we sell", tokens 0..9, a clause end at 27
    starts = [0, 3, 6, 10, 15, 18, 22, 27, 29, 32]
    negation = Hit("cues.negation", 6, 9)
    places = NegationPlaces([27], starts, range(len(starts) + 1), [negation], [False], 8)
    assert places.governing(22, 26, 4, 0) is negation
    assert places.governing(22, 26, 3, 0) is None
    assert places.governing(32, 36, 8, 0) is None  # the next clause
    assert places.clauses == {0}


def test_a_disposing_negation_governs_beyond_its_reach_for_an_action_only() -> None:
    starts = list(range(0, 40, 2))
    negation = Hit("cues.negation", 0, 1)
    places = NegationPlaces([], starts, range(len(starts) + 1), [negation], [True], 12)
    assert places.governing(30, 31, 12, 0) is negation
    assert places.governing(30, 31, 3, 0) is None


def test_a_negation_right_after_a_term_governs_it_within_after() -> None:
    starts = [0, 5, 9, 14]
    negation = Hit("cues.negation", 9, 13)  # "säljer inte"
    places = NegationPlaces([], starts, range(5), [negation], [False], 8)
    assert places.governing(0, 4, 8, 1) is None  # one token between
    assert places.governing(5, 8, 8, 1) is negation
    assert places.governing(5, 8, 8, 0) is None


def test_an_offset_before_the_first_token_is_placed_as_python_indexes_it() -> None:
    places = NegationPlaces([], [4, 8], [0, 1, 2], [], [], 8)
    assert places.token_at(2) == 2  # words_before[-1]
    assert places.governing(2, 3, 8, 0) is None
    assert places.clauses == frozenset()
