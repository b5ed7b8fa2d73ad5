"""Find every vocabulary term in a text in one pass over its tokens.

One regular expression per concept costs a scan of the whole text per concept
(about 80 scans of a 50 KB policy); instead the text is cut once into tokens
(a run of letters or digits, one Chinese character, or one punctuation mark)
and the tokens walk a trie of all terms. A term matches a run of consecutive
tokens, so "e-mail address*" matches "E-mail addresses" and a Chinese term
matches wherever its characters follow each other, with or without spaces
between them (the term syntax of vocabularies/README.md). Inside a term, a
word may carry the first part of a compound ("skapa ett konto" matches
"skapa ett PROCOTsmart-konto"). Every term of every
key is reported, also where terms overlap ("delete your account" is both a
deletion cue and the closure of an account). The trie is built here; the two
loops that run per character and per token, the cutting and the walk, are
compiled from labels/_tokens.pxi and labels/_walk.pxi (in labels/_matching.pyx).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

try:
    from labels._matching import State, cut, walk, walk_all
except ModuleNotFoundError as error:  # a checkout that was never installed
    raise ImportError(
        "labels/_matching.pyx is compiled by the install: run `make install` (or `pip install -e .`)"
    ) from error
from labels.script import HAN_BLOCKS
from labels.vocabulary import LANGUAGES, vocabulary

# A term's tokens are cut as labels/_tokens.pxi cuts a text's, a "*" after one making it a
# stem. The underscore, a word character to `re`, is Markdown emphasis here: "_om" is "_", "om".
_TERM_TOKEN = re.compile(rf"([{HAN_BLOCKS}]|[^\W{HAN_BLOCKS}_]+|[^\w\s*]|_)(\*?)")


class Hit(NamedTuple):
    """One term of `key` ("cues.negation", "data_collected.contact") at text[start:end]."""

    key: str
    start: int
    end: int


class Tokens(NamedTuple):
    """The tokens of a text: parallel lists of lower-cased words and their offsets."""

    words: list[str]
    starts: list[int]
    ends: list[int]

    def span(self, start: int, end: int) -> range:
        """Indexes of the tokens that lie inside text[start:end]."""
        return range(bisect_left(self.starts, start), bisect_left(self.starts, end))


def tokenize(text: str, hidden: Sequence[tuple[int, int]] = ()) -> Tokens:
    """Cut `text` into tokens; white space only separates them. A word that text taken from
    a PDF hyphenated at a line end is one token where the vocabulary knows it whole
    ("An-\nDroid", "clo-\nse your account"); "third-\nparty" stays the compound it is.
    The `hidden` spans (start, end), in text order, give no tokens: a term runs across
    them ("encryption of data" / a page's footer / "in transit")."""
    words, starts, ends = cut(text)
    if "-\n" in text or "-\r\n" in text:
        _join_hyphenated(text, words, starts, ends)
    _complete_elided_compounds(text, words, starts, ends)
    for start, end in reversed(hidden):
        first, last = bisect_left(starts, start), bisect_left(starts, end)
        del words[first:last], starts[first:last], ends[first:last]
    return Tokens(words, starts, ends)


_LINE_END_HYPHEN = re.compile(r"-[ \t]*\r?\n[ \t]*")  # opens with its literal: a fast scan
_LETTER = re.compile(rf"[^\W\d_{HAN_BLOCKS}]")


def line_end_hyphens(text: str) -> list[re.Match[str]]:
    """The hyphens, with the line break after them, that cut one word in two at a line end
    as pdftotext leaves it ("Holan-\\ndii"): a letter before, a lower-case letter after."""
    return [
        hyphen
        for hyphen in _LINE_END_HYPHEN.finditer(text)
        if hyphen.start() > 0
        and _LETTER.match(text, hyphen.start() - 1)
        and _LETTER.match(text, hyphen.end())
        and text[hyphen.end()].islower()
    ]


def _join_hyphenated(text: str, words: list[str], starts: list[int], ends: list[int]) -> None:
    """Join, in place, the two halves of each word hyphenated at a line end, the second in
    lower case, that make a word of some term (`_known_word`)."""
    for hyphen in reversed(line_end_hyphens(text)):
        at = bisect_left(starts, hyphen.start())  # the hyphen's token; its word before it
        if not 0 < at < len(starts) - 1 or ends[at - 1] != hyphen.start():
            continue
        whole = words[at - 1] + words[at + 1]
        if _known_word(whole, len(words[at - 1])):
            words[at - 1 : at + 2] = [whole]
            ends[at - 1 : at + 2] = [ends[at + 1]]
            del starts[at : at + 2]


_HALF_END = re.compile(r"-(?=[\s,])")
"""A hyphen before a space or a comma: where an elided compound's first half may end. The
text is scanned for it in C, so the tokens are visited only there."""


def _complete_elided_compounds(
    text: str, words: list[str], starts: list[int], ends: list[int]
) -> None:
    """Give, in place, each first half of a compound whose common end is elided before a
    conjunction the end of the compound that closes the list ("köp- och betalningsuppgifter"
    is "köpuppgifter och betalningsuppgifter"; "namn-, adress- och kontaktuppgifter"), when
    the whole is a word of some term; the hyphen's token goes."""
    for hyphen in _HALF_END.finditer(text):
        at = bisect_left(starts, hyphen.start())  # found again: a joined half moves the rest
        if not 0 < at < len(words) - 1 or starts[at] != hyphen.start() or words[at] != "-":
            continue
        if starts[at] != ends[at - 1] or not _ends_a_half(words, starts, at):
            continue
        last = _list_end(words, at + 1)
        whole = _with_common_end(words[at - 1], words[last]) if last else None
        if whole:
            words[at - 1] = whole
            ends[at - 1] = ends[at]
            del words[at], starts[at], ends[at]


def _ends_a_half(words: list[str], starts: list[int], hyphen: int) -> bool:
    """Whether the hyphen at `hyphen` ends a word's first half: a space or a comma after it
    ("köp- och", "namn-, adress-"), not a compound's second part ("e-mail")."""
    return words[hyphen + 1] == "," or starts[hyphen + 1] > starts[hyphen] + 1


def _list_end(words: list[str], at: int) -> int | None:
    """The index of the compound that closes a list of elided halves from `at` on: past
    more halves ("adress -" and ",") one word (the conjunction) and then the word."""
    while at + 1 < len(words) and (words[at] == "," or words[at + 1] == "-"):
        at += 1 if words[at] == "," else 2
    last = at + 1
    return last if last < len(words) and words[last].isalpha() else None


def _with_common_end(first: str, closing: str) -> str | None:
    """`first` joined with the longest end of `closing` that makes a word of some term."""
    if not first.isalpha():
        return None
    for cut_at in range(2, len(closing) - 2):
        whole = first + closing[cut_at:]
        if _known_word(whole, len(first)):
            return whole
    return None


def _known_word(word: str, first: int) -> bool:
    """Whether `word` is a word of a term of some language, or begins with a stem of one
    longer than its `first` letters (the half before the hyphen: "information-" is no
    stem "inform*" of a word joined with what follows)."""
    exact, stems = _term_words()
    return word in exact or any(
        word[:length] in stems for length in range(first + 1, len(word) + 1)
    )


@cache
def _term_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words of every term of every language: whole, and the stems ("adres*")."""
    exact, stems = set(), set()
    for lang in LANGUAGES:
        for terms in _all_terms(lang).values():
            for term in terms:
                for word, is_stem in _term_pattern(term):
                    (stems if is_stem else exact).add(word)
    return frozenset(exact), frozenset(stems)


class _Node:
    """A trie node: the keys of the terms ending here, and the ways on."""

    __slots__ = ("exact", "stems", "keys", "_stem_lengths")

    def __init__(self) -> None:
        self.exact: dict[str, _Node] = {}
        self.stems: dict[str, _Node] = {}
        self.keys: tuple[str, ...] = ()
        self._stem_lengths: tuple[int, ...] | None = None

    def step(self, word: str) -> list[_Node]:
        """The nodes reached by `word`: its exact child and every stem it begins with."""
        nodes = [self.exact[word]] if word in self.exact else []
        if self._stem_lengths is None:
            self._stem_lengths = tuple(sorted({len(stem) for stem in self.stems}))
        for length in self._stem_lengths:
            if length > len(word):
                break
            node = self.stems.get(word[:length])
            if node is not None:
                nodes.append(node)
        return nodes


class Matcher:
    """All terms of one language's vocabulary, in one trie of tokens."""

    def __init__(self, terms: dict[str, list[str]]) -> None:
        root = _Node()
        for key in sorted(terms):
            for term in terms[key]:
                node = root
                for text, is_stem in _term_pattern(term):
                    children = node.stems if is_stem else node.exact
                    node = children.setdefault(text, _Node())
                if node is not root and key not in node.keys:
                    node.keys += (key,)
        self._start = State((root,), {})

    def find(self, tokens: Tokens, indexes: range) -> list[Hit]:
        """Every term starting at a token of `indexes` and ending inside them."""
        return walk(self._start, *tokens, indexes.start, indexes.stop, Hit, self._is_term)

    def find_all(
        self, tokens: Tokens, bounds: Sequence[tuple[int, int]]
    ) -> list[tuple[range, list[Hit]]]:
        """For each (start, end) of `bounds`, in text order, `tokens.span(start, end)` and
        `find` over it, all in one compiled call: no Python call per bound."""
        return walk_all(self._start, *tokens, list(bounds), Hit, self._is_term)

    def _is_term(self, words: list[str]) -> bool:
        """Whether `words` are a whole term of the vocabulary."""
        state: State | None = self._start
        for word in words:
            state = state.move(word)
            if state is None:
                return False
        return bool(state.keys)


def joins_a_term(lang: str, left: str, right: str) -> bool:
    """Whether a term of `lang` begins in `left` and ends in `right`: a line break between
    them cut a word ("我们会收集您的位置信" / "息。")."""
    tokens = tokenize(f"{left}\n{right}")
    return any(
        hit.start < len(left) < hit.end
        for hit in matcher(lang).find(tokens, range(len(tokens.words)))
    )


def _term_pattern(term: str) -> list[tuple[str, bool]]:
    return [(m.group(1), bool(m.group(2))) for m in _TERM_TOKEN.finditer(term.lower())]


@cache
def matcher(lang: str) -> Matcher:
    """The matcher of every concept and cue of `lang` (keys "<field>.<id>", "cues.<cue>")."""
    return Matcher(_all_terms(lang))


def _all_terms(lang: str) -> dict[str, list[str]]:
    """The terms of every concept and cue of `lang`, by key."""
    vocab = vocabulary(lang)
    terms: dict[str, list[str]] = {}
    for field, concepts in vocab.get("concepts", {}).items():
        for concept, concept_terms in concepts.items():
            terms[f"{field}.{concept}"] = concept_terms
    for cue, cue_terms in vocab.get("cues", {}).items():
        terms[f"cues.{cue}"] = cue_terms
    return terms
