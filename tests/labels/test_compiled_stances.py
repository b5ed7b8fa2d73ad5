"""The compiled parts of a sentence's stances hold to the Python they replaced, on every
sentence of every corpus text and on edge cases: the placing of its negations
(NegationPlaces) governs each term as a plain scan of its clause's negations does, the
weighing of its terms (TermStances) gives each the stance the Python gave, its hits are
picked out by kind (hits_by_kind) as `_of_keys` picks them, and its clauses are laid out
(sentence_layout) as the map/compress/accumulate passes laid them out."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from itertools import accumulate, compress, repeat
from operator import and_, not_
from pathlib import Path

import pytest
from labels._matching import NegationPlaces, TermStances, hits_by_kind, sentence_layout

import labels.detect
from labels import read_bytes
from labels.detect import (
    _ACTION_KEYS,
    _ALTERNATIVE_VERB,
    _CLAUSE_MARKS,
    _CLOSE_NEGATION,
    _CLOSING_PARENTHESES,
    _GRAMMAR,
    _KIND_OF,
    _KINDS,
    _MARKUP,
    _MARKUP_MARKS,
    _OPENING_PARENTHESES,
    _PARENTHESES,
    _ZH_CLAUSE_ENDS,
    _ZH_CLAUSE_MARKS,
    CLAUSE_ENDS,
    Mention,
    _of_keys,
    _read,
    _Sentence,
    _stances,
    detect,
)
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


# The Python that TermStances replaced, kept here as the reference it is held to.


def excepts_before_in_python(sentence: _Sentence, exception: Hit, term: Hit | Mention) -> bool:
    return term.end <= exception.start and sentence.clause_of(
        exception.start
    ) == sentence.clause_of(term.start)


def stance_by_in_python(sentence: _Sentence, negation: Hit | None, term: Hit) -> tuple[bool, bool]:
    if negation is None:
        return (False, False)
    limit = max(term.start, negation.start)
    excepted = any(negation.end <= e.start and e.end <= limit for e in sentence.exceptions) or (
        term.key not in _ACTION_KEYS
        and any(
            negation.end <= term.start and excepts_before_in_python(sentence, e, term)
            for e in sentence.postposed
        )
    )
    return (not excepted, excepted)


def nearest_action_in_python(sentence: _Sentence, offset: int) -> Hit | None:
    clause = sentence.clause_of(offset)
    actions = [a for a in sentence.actions if sentence.clause_of(a.start) == clause]
    if not actions:
        return None
    distance = [abs(offset - a.start) if a.start < offset else a.start - offset for a in actions]
    # the nearest start, the earlier on a tie, and the first action at that start
    best = min(range(len(actions)), key=lambda i: (distance[i], actions[i].start >= offset))
    return next(a for a in actions if a.start == actions[best].start)


def coordinated_denial_in_python(
    sentence: _Sentence, hits: list[Hit], term: Hit, action: Hit, negation: Hit | None
) -> bool:
    if action.start < term.end or negation is None or negation.start < term.end:
        return False
    before = sentence.token_at(negation.start) - 1
    return any(
        h.key == "cues.coordination"
        and sentence.token_at(h.start) == before
        and term.end <= h.start
        for h in hits
    )


def negation_of_action_in_python(
    sentence: _Sentence, hits: list[Hit], action: Hit, users: AbstractSet[Hit]
) -> Hit | None:
    if action in users:
        return None
    at = sentence.token_at(action.end - 1) + 1
    alternatives = [sentence.token_at(h.start) for h in hits if h.key == "cues.alternative"]
    after_alternative = (
        starting_within_by_scan(
            sentence, sentence.clause_of(action.start), at + 1, at + 1 + _ALTERNATIVE_VERB
        )
        if at in alternatives
        else None
    )
    return governing_by_scan(sentence, action, sentence.reach, 1) or after_alternative


def mentions_in_python(
    sentence: _Sentence,
    hits: list[Hit],
    weighed: frozenset[int],
    of_action: dict[Hit, tuple[bool, bool]],
    negation_of: dict[Hit, Hit | None],
) -> list[Mention]:
    mentions = []
    for hit in hits:
        if sentence.clause_of(hit.start) not in weighed:
            mentions.append(Mention(*hit, False))
            continue
        close = governing_by_scan(sentence, hit, _CLOSE_NEGATION, 0)
        by_close = stance_by_in_python(sentence, close, hit)
        nearest = nearest_action_in_python(sentence, hit.start)
        if hit.key in _GRAMMAR:
            stance = (False, False)
        elif hit in of_action:
            stance = of_action[hit]
        elif close is not None:
            stance = by_close
        elif nearest is None:
            everything = len(sentence.tokens.words)
            stance = stance_by_in_python(
                sentence, governing_by_scan(sentence, hit, everything, 0), hit
            )
        elif coordinated_denial_in_python(sentence, hits, hit, nearest, negation_of[nearest]):
            stance = (False, False)
        elif negation_of[nearest] is not None and of_action[nearest][0]:
            stance = stance_by_in_python(sentence, negation_of[nearest], hit)
        else:
            stance = of_action[nearest]
        mentions.append(Mention(*hit, *stance, by_close[0]))
    return mentions


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_the_compiled_weighing_gives_each_term_the_stance_python_gave(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []

    def recorded(*arguments: object) -> tuple[Mention, ...]:
        calls.append(arguments)
        return _stances(*arguments)

    monkeypatch.setattr(labels.detect, "_stances", recorded)
    detect(read_bytes(path.read_bytes(), path.name))
    for hits, tokens, span, lang, users in calls:
        sentence = _Sentence(hits, tokens, span, lang)
        stances = sentence.term_stances
        weighed = sentence.negation_places.clauses.union(sentence.clause_of(a.start) for a in users)
        negation_of, of_action = stances.of_actions(sentence.actions, users)
        for action, negation in negation_of.items():
            assert negation == negation_of_action_in_python(sentence, hits, action, users)
            expected = (
                (True, False)
                if action in users
                else stance_by_in_python(sentence, negation, action)
            )
            assert of_action[action] == expected
        mentions = stances.mentions(Mention, hits, weighed, of_action, negation_of, _CLOSE_NEGATION)
        assert mentions == mentions_in_python(sentence, hits, weighed, of_action, negation_of)
        assert all(type(m) is Mention for m in mentions)
        for hit in hits:
            assert stances.nearest_action(hit.start) == nearest_action_in_python(
                sentence, hit.start
            )
            for exception in sentence.exceptions + sentence.postposed:
                assert stances.excepts_before(exception, hit) == excepts_before_in_python(
                    sentence, exception, hit
                )


def test_a_postposed_exception_excepts_a_term_before_it_in_its_clause_only() -> None:
    # "不 会 与 关联公司 以外 的 公司 共享 ， 关联公司 以外": tokens at 0..10, a clause end at 8
    starts = list(range(11))
    negation, recipient = Hit("cues.negation", 0, 1), Hit("shared_with.affiliates", 3, 4)
    places = NegationPlaces([8], starts, range(12), [negation], [False], 12)
    postposed = Hit("cues.exception", 4, 5)
    share = Hit("cues.share", 7, 8)
    stances = TermStances(
        places,
        [],
        [postposed],
        [share],
        [],
        [],
        2,
        11,
        _ACTION_KEYS,
        _GRAMMAR,
    )
    assert stances.stance_by(negation, recipient) == (False, True)
    assert stances.stance_by(negation, share) == (True, False)  # an action stays denied
    assert stances.stance_by(None, recipient) == (False, False)
    assert not stances.excepts_before(postposed, Hit("shared_with.affiliates", 9, 10))


def test_the_nearest_action_is_the_earlier_on_a_tie() -> None:
    places = NegationPlaces([], list(range(20)), range(21), [], [], 8)
    collect, share = Hit("cues.collect", 2, 3), Hit("cues.share", 8, 9)
    stances = TermStances(
        places,
        [],
        [],
        [collect, share],
        [],
        [],
        2,
        20,
        _ACTION_KEYS,
        _GRAMMAR,
    )
    assert stances.nearest_action(5) is collect
    assert stances.nearest_action(6) is share
    assert stances.nearest_action(0) is collect
    assert stances.nearest_action(15) is share


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_the_hits_by_kind_are_those_of_keys_picks(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sentences = []

    def recorded(hits: list[Hit], *rest: object) -> object:
        sentences.append(hits)
        return _read(hits, *rest)

    monkeypatch.setattr(labels.detect, "_read", recorded)
    detect(read_bytes(path.read_bytes(), path.name))
    assert sentences
    for hits in sentences:
        assert hits_by_kind(hits, _KIND_OF, len(_KINDS)) == [_of_keys(hits, k) for k in _KINDS]


def test_hits_by_kind_keeps_the_order_and_leaves_out_other_keys() -> None:
    share, sell = Hit("cues.share", 0, 5), Hit("cues.sell", 6, 10)
    hits = [share, Hit("data_collected.contact", 11, 15), sell, Hit("cues.negation", 16, 19)]
    assert hits_by_kind(hits, {"cues.share": 1, "cues.sell": 1, "cues.negation": 0}, 3) == [
        [hits[3]],
        [share, sell],
        [],
    ]
    assert hits_by_kind([], {"cues.share": 0}, 2) == [[], []]


def layout_in_python(
    words: list[str], starts: list[int], lang: str
) -> tuple[list[int], Sequence[int]]:
    """The passes `sentence_layout` replaced: the clause ends outside parentheses, and the
    words before each token (a range without markup)."""
    clause_ends = _ZH_CLAUSE_ENDS if lang == "zh" else CLAUSE_ENDS
    depth = accumulate(map(_PARENTHESES.get, words, repeat(0)))
    outside = map((0).__ge__, depth)
    boundaries = list(compress(starts, map(and_, map(clause_ends.__contains__, words), outside)))
    if _MARKUP.isdisjoint(words):
        return boundaries, range(len(words) + 1)
    return boundaries, list(accumulate(map(not_, map(_MARKUP.__contains__, words)), initial=0))


def layout(words: list[str], starts: list[int], lang: str) -> tuple[list[int], Sequence[int]]:
    marks = _ZH_CLAUSE_MARKS if lang == "zh" else _CLAUSE_MARKS
    return sentence_layout(
        words, starts, marks, _OPENING_PARENTHESES, _CLOSING_PARENTHESES, _MARKUP_MARKS
    )


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_the_compiled_layout_is_that_of_the_passes_it_replaced(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sentences = []

    def recorded(hits: list[Hit], tokens: Tokens, span: range, lang: str, *rest: object) -> object:
        sentences.append(
            (tokens.words[span.start : span.stop], tokens.starts[span.start : span.stop], lang)
        )
        return _read(hits, tokens, span, lang, *rest)

    monkeypatch.setattr(labels.detect, "_read", recorded)
    detect(read_bytes(path.read_bytes(), path.name))
    assert sentences
    for words, starts, lang in sentences:
        for language in {lang, "zh"}:
            assert layout(words, starts, language) == layout_in_python(words, starts, language)


@pytest.mark.parametrize(
    "words",
    [
        [],
        ["we", "do", "not", ";", "we", "sell", "."],
        ["（", "例如", "，", "姓名", "）", "，", "我们", "。"],
        ["(", "(", ";", ")", ";", ")", ";", ")", ";", "(", "."],
        ["*", "*", "inte", "*", "*", "in", ";", "_", "x", "_"],
        ["**", ";;", "。", "`"],
    ],
)
def test_the_compiled_layout_of_parentheses_and_markup(words: list[str]) -> None:
    starts = list(range(0, 3 * len(words), 3))
    for lang in ("en", "zh"):
        assert layout(words, starts, lang) == layout_in_python(words, starts, lang)
