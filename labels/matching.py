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
deletion cue and the closure of an account).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from itertools import accumulate
from typing import NamedTuple

from labels.vocabulary import vocabulary

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# One group around the whole token: re.split keeps the tokens between the white space.
_TOKEN = re.compile(rf"([{_HAN}]|[^\W{_HAN}]+|[^\w\s])")
_TERM_TOKEN = re.compile(rf"([{_HAN}]|[^\W{_HAN}]+|[^\w\s*])(\*?)")


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
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters lower-case to two characters
        parts = _TOKEN.split(text)
        words = [word.lower() for word in parts[1::2]]
    else:
        parts = _TOKEN.split(lowered)
        words = parts[1::2]
    # The split alternates the white space between tokens and the tokens, so the running
    # sum of their lengths gives every offset: twice as fast as a match object per token.
    offsets = list(accumulate(map(len, parts), initial=0))
    return Tokens(words, offsets[1:-1:2], offsets[2::2])


class _Node:
    """A trie node: the keys of the terms ending here, and the ways on."""

    __slots__ = ("exact", "stems", "keys", "_stem_lengths", "_steps")

    def __init__(self) -> None:
        self.exact: dict[str, _Node] = {}
        self.stems: dict[str, _Node] = {}
        self.keys: tuple[str, ...] = ()
        self._stem_lengths: tuple[int, ...] | None = None
        self._steps: dict[str, tuple[_Node, ...]] = {}

    def step(self, word: str) -> tuple[_Node, ...]:
        """The nodes reached by `word`: its exact child and every stem it begins with."""
        found = self._steps.get(word)
        if found is None:
            nodes = [self.exact[word]] if word in self.exact else []
            if self._stem_lengths is None:
                self._stem_lengths = tuple(sorted({len(stem) for stem in self.stems}))
            for length in self._stem_lengths:
                if length > len(word):
                    break
                node = self.stems.get(word[:length])
                if node is not None:
                    nodes.append(node)
            found = self._steps[word] = tuple(nodes)
        return found


class Matcher:
    """All terms of one language's vocabulary, in one trie of tokens."""

    def __init__(self, terms: dict[str, list[str]]) -> None:
        self._root = _Node()
        for key in sorted(terms):
            for term in terms[key]:
                node = self._root
                for text, is_stem in _term_pattern(term):
                    children = node.stems if is_stem else node.exact
                    node = children.setdefault(text, _Node())
                if node is not self._root and key not in node.keys:
                    node.keys += (key,)

    def find(self, tokens: Tokens, indexes: range) -> list[Hit]:
        """Every term starting at a token of `indexes` and ending inside them."""
        words, starts, ends = tokens.words, tokens.starts, tokens.ends
        stop = indexes.stop
        step = self._root.step
        known = self._root._steps  # the root's cache, read inline: most words start nothing
        hits = []
        for i in indexes:
            nodes = known.get(words[i])
            if nodes is None:
                nodes = step(words[i])
            j = i
            while nodes:
                for node in nodes:
                    for key in node.keys:
                        hits.append(Hit(key, starts[i], ends[j]))
                j += 1
                if j >= stop:
                    break
                following = [n for node in nodes for n in node.step(words[j])]
                if not following and j + 2 < stop and words[j + 1] == "-":
                    # a compound's first part inside a term: "skapa ett PROCOTsmart-konto"
                    following = [n for node in nodes for n in node.step(words[j + 2])]
                    j += 2
                nodes = following
        return list(dict.fromkeys(hits))  # two stems of one key can match the same word


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
