"""Where a match can start, found fast, so that long patterns run only there.

Python's regex engine tries a pattern at every position of a text; a pattern
that opens with an alternation of many terms costs tens of milliseconds over a
50 KB policy. `starts` builds, from the words a match can open with, a prefix
tree that a compiled scan (labels/_starts.pxi) walks where a word begins (in any
letter case, or with a capital) and at digits, signs and Chinese characters: it
finds what a regular expression of the tree finds, without trying each position.
`scan` runs the full pattern only at the positions it gives.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from labels._matching import Starts
from labels.script import HAN

_FIRST_WORD = re.compile(r"[^\W_]+\*?")
_WORD_END = "$"  # marks, in the prefix tree, where a whole opening word ends
_ANY_END = "*"  # marks where an opening ends that any letters may follow
_OPENS_HERE, _ENDS_A_WORD = 1, 2
"""How an opening ends at a node of the compiled tree (labels/_starts.pxi)."""
_GAP, _AFTER_NO_DIGIT = 1, 2
"""The kinds of an edge of the compiled tree: white space may stand before its character
(between Chinese ones); its character, a digit, opens only after no digit."""


def openings(terms: Iterable[str]) -> set[str]:
    """What `terms` (vocabulary term syntax) open with: the first word, "stem*" for a
    stem, or the first Chinese character. "e-mail*" opens with "e", "u.s." with "u"."""
    found = set()
    for term in terms:
        term = term.strip().lower()
        if HAN.match(term):
            found.add(term[0] + _ANY_END)
        elif first := _FIRST_WORD.match(term):
            found.add(first.group())
        elif term:
            found.add(term[0] + _ANY_END)
    return found


def starts(words: Iterable[str], capitalized: bool = False) -> Starts:
    """Where one of `words` (see `openings`; "x*" opens any word starting with x)
    begins, in any letter case, or only with a capital first letter if `capitalized`.
    A word must begin after no letter, and a digit after no digit."""
    tree: dict = {}
    for word in words:
        node = tree
        prefix, end = (word[:-1], _ANY_END) if word.endswith(_ANY_END) else (word, _WORD_END)
        for ch in prefix:
            node = node.setdefault(ch, {})
        node[end] = {}
    word_edges, mark_edges = [], []
    for first, node in sorted(tree.items()):
        if first.isalpha() and not HAN.match(first):
            cases = {first.upper()} if capitalized else _cases(first)
            word_edges.append(("".join(sorted(cases)), 0, _node(node, first)))
        else:
            kind = _AFTER_NO_DIGIT if first.isdigit() else 0
            mark_edges.append((first, kind, _node(node, first)))
    return Starts((0, tuple(word_edges)), (0, tuple(mark_edges)))


def _node(node: dict, previous: str) -> tuple:
    """The compiled tree's node of what follows `previous`, (ends, edges): the shortest
    opening is enough. Chinese characters may have stray spaces between them, as in the
    term syntax."""
    if _ANY_END in node:
        return (_OPENS_HERE, ())
    edges = tuple(
        (
            "".join(sorted(_cases(ch))),
            _GAP if HAN.match(previous) and HAN.match(ch) else 0,
            _node(child, ch),
        )
        for ch, child in sorted(node.items())
        if ch != _WORD_END
    )
    return (_ENDS_A_WORD if _WORD_END in node else 0, edges)


def _cases(ch: str) -> set[str]:
    """A character in lower and upper case (when that is one character)."""
    return {v for v in (ch, ch.lower(), ch.upper()) if len(v) == 1}


def scan(openings: Starts, pattern: re.Pattern[str], text: str) -> Iterator[re.Match]:
    """Matches of `pattern` that begin where `openings` points, without overlaps."""
    resume = 0
    for pos in openings.positions(text):
        if pos < resume:
            continue
        match = pattern.match(text, pos)
        if match:
            resume = match.end()
            yield match
