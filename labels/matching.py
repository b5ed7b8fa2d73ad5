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

from labels.script import HAN_BLOCKS
from labels.vocabulary import vocabulary

# One group around the whole token: re.split keeps the tokens between the white space. The
# underscore, a word character to `re`, is Markdown emphasis here: "_om" is "_" and "om".
_TOKEN = re.compile(rf"([{HAN_BLOCKS}]|[^\W{HAN_BLOCKS}_]+|[^\w\s]|_)")
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


class _State:
    """The trie nodes a walk has reached together, and the keys of the terms ending there.

    A state remembers where each word led it, so a walk costs one dict look-up per
    token instead of a step of every node (the trie read as an automaton, built
    as texts need it; it grows with the words seen, like any per-word cache).
    """

    __slots__ = ("nodes", "keys", "moves", "_states")

    def __init__(self, nodes: tuple[_Node, ...], states: dict) -> None:
        self.nodes = nodes
        # two stems of one key can match the same word: one hit each is enough
        self.keys = tuple(dict.fromkeys(key for node in nodes for key in node.keys))
        self.moves: dict[str, _State | None] = {}
        self._states = states  # every state of the matcher, by its nodes

    def move(self, word: str) -> _State | None:
        """The state `word` leads to, or None where no term goes on."""
        if word in self.moves:
            return self.moves[word]
        nodes = tuple(n for node in self.nodes for n in node.step(word))
        state = None
        if nodes:
            state = self._states.get(nodes)
            if state is None:
                state = self._states[nodes] = _State(nodes, self._states)
        self.moves[word] = state
        return state


_UNSEEN = object()
"""A word no state has moved on yet (None is a move that leads nowhere)."""

_new_hit = tuple.__new__
"""Makes a Hit from a tuple in C: Hit(...) runs the named tuple's __new__ in Python."""


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
        self._start = _State((root,), {})

    def find(self, tokens: Tokens, indexes: range) -> list[Hit]:
        """Every term starting at a token of `indexes` and ending inside them."""
        words, starts, ends = tokens.words, tokens.starts, tokens.ends
        stop = indexes.stop
        begin, known = self._start.move, self._start.moves  # read inline: most words start nothing
        hits = []
        for i in indexes:
            # one dict look-up per token (get with a marker, not `in` then [])
            state = known.get(words[i], _UNSEEN)
            if state is _UNSEEN:
                state = begin(words[i])
            j = i
            while state is not None:
                for key in state.keys:
                    hits.append(_new_hit(Hit, (key, starts[i], ends[j])))
                j += 1
                if j >= stop:
                    break
                word = words[j]  # the state's cache read inline too: a walk is mostly hits
                following = state.moves.get(word, _UNSEEN)
                if following is _UNSEEN:
                    following = state.move(word)
                if (
                    following is None
                    and j + 2 < stop
                    and words[j + 1] == "-"
                    and not self._is_term(words[j : j + 3])
                ):
                    # a compound's first part inside a term: "skapa ett PROCOTsmart-konto";
                    # not a compound that is a term itself ("din IP-adress" is no "din adress")
                    following = state.move(words[j + 2])
                    j += 2
                state = following
        return hits

    def _is_term(self, words: list[str]) -> bool:
        """Whether `words` are a whole term of the vocabulary."""
        state: _State | None = self._start
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
