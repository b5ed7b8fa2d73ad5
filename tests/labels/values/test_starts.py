"""The fast scan finds every place a vocabulary term can open, so that it changes no result."""

from __future__ import annotations

import re

import pytest

from labels import read_bytes
from labels.script import HAN
from labels.values import ages, countries, dates, durations
from labels.values.starts import _cases, openings, starts
from labels.vocabulary import LANGUAGES, vocabulary
from tests.conftest import corpus_files


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


def _reference(words: set[str], capitalized: bool) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The two regular expressions the compiled scan replaces: one for word starts, one for
    marks; each found every opening where `Starts.positions` must."""
    tree: dict = {}
    for word in words:
        node = tree
        prefix, end = (word[:-1], "*") if word.endswith("*") else (word, "$")
        for ch in prefix:
            node = node.setdefault(ch, {})
        node[end] = {}
    letters, letter_branches, mark_branches = set(), [], []
    for first, node in sorted(tree.items()):
        if first.isalpha() and not HAN.match(first):
            cases = {first.upper()} if capitalized else _cases(first)
            letters |= cases
            letter_branches.append(_class(cases) + _rest(node, first))
        else:
            boundary = r"(?<!\d.)" if first.isdigit() else ""
            mark_branches.append(re.escape(first) + boundary + _rest(node, first))
    word_pattern = r"\b(?=" + _class(letters) + ")(?:" + "|".join(letter_branches) + ")"
    return (
        re.compile(word_pattern if letters else "(?!)"),
        re.compile("|".join(mark_branches) or "(?!)"),
    )


def _rest(node: dict, previous: str) -> str:
    if "*" in node:
        return ""
    branches = [
        (r"\s*" if HAN.match(previous) and HAN.match(ch) else "")
        + _class(_cases(ch))
        + _rest(child, ch)
        for ch, child in sorted(node.items())
        if ch != "$"
    ]
    if "$" in node:
        branches.append(r"(?!\w)")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _class(chars: set[str]) -> str:
    if len(chars) == 1:
        return re.escape(next(iter(chars)))
    return "[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]"


def _reference_positions(words: set[str], capitalized: bool, text: str) -> list[int]:
    return sorted(
        m.start() for pattern in _reference(words, capitalized) for m in pattern.finditer(text)
    )


@pytest.fixture(scope="module")
def finders_openings() -> list[tuple[set[str], bool]]:
    """The words and case of every `starts` the value finders build, in every language."""
    built = []

    def recording(words, capitalized=False):
        words = set(words)
        built.append((words, capitalized))
        return starts(words, capitalized)

    modules = (ages, dates, durations, countries)
    builders = (ages._grammar, dates._openings, durations._grammar, countries._index)
    with pytest.MonkeyPatch.context() as patch:
        for module in modules:
            patch.setattr(module, "starts", recording)
        for builder in builders:
            builder.cache_clear()
            for lang in LANGUAGES:
                builder(lang)
            builder.cache_clear()  # built again unpatched: the finders' own
    assert len(built) == len(builders) * len(LANGUAGES)
    return built


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_the_scan_finds_where_the_regular_expressions_found(path, finders_openings):
    text = read_bytes(path.read_bytes(), path.name).text
    for words, capitalized in finders_openings:
        found = starts(words, capitalized).positions(text)
        assert found == _reference_positions(words, capitalized, text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "1",
        "a",
        "中",
        "12 1 x1 _1 ½1 ١1 1١",
        "Über über ÜBER über_all ÅÄÖ åäö",
        "中 国 中\n\t国 中國 中　国 中x国",
        "two-three, twothree; Two\nTHREE three_ 3two two3",
        "ǅemal ǆ Ǆ İstanbul ıi",
        "(（( 〔1〕",
    ],
)
def test_the_scan_finds_where_the_regular_expressions_found_at_the_edges(text):
    words = {
        "two",
        "three",
        "1*",
        "12",
        "ü*",
        "über",
        "åä*",
        "中国",
        "中國*",
        "ǆ*",
        "i*",
        "(",
        "（",
    }
    for capitalized in (False, True):
        found = starts(words, capitalized).positions(text)
        assert found == _reference_positions(words, capitalized, text), capitalized
