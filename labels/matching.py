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
compiled from labels/_matching.pyx.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from typing import NamedTuple

try:
    from labels._matching import State, cut, walk
except ModuleNotFoundError as error:  # a checkout that was never installed
    raise ImportError(
        "labels/_matching.pyx is compiled by the install: run `make install` (or `pip install -e .`)"
    ) from error
from labels.script import HAN_BLOCKS
from labels.vocabulary import vocabulary

# A term's tokens are cut as labels/_matching.pyx cuts a text's, a "*" after one making it a
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


def tokenize(text: str) -> Tokens:
    """Cut `text` into tokens; white space only separates them."""
    return Tokens(*cut(text))


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

    def _is_term(self, words: list[str]) -> bool:
        """Whether `words` are a whole term of the vocabulary."""
        state: State | None = self._start
        for word in words:
            state = state.move(word)
            if state is None:
                return False
        return bool(state.keys)


def _term_pattern(term: str) -> list[tuple[str, bool]]:
    return [(m.group(1), bool(m.group(2))) for m in _TERM_TOKEN.finditer(term.lower())]


@cache
def matcher(lang: str) -> Matcher:
    """The matcher of every concept and cue of `lang` (keys "<field>.<id>", "cues.<cue>")."""
    vocab = vocabulary(lang)
    terms: dict[str, list[str]] = {}
    for field, concepts in vocab.get("concepts", {}).items():
        for concept, concept_terms in concepts.items():
            terms[f"{field}.{concept}"] = concept_terms
    for cue, cue_terms in vocab.get("cues", {}).items():
        terms[f"cues.{cue}"] = cue_terms
    return Matcher(terms)
