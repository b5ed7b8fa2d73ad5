"""Where a match can start, found fast, so that long patterns run only there.

Python's regex engine tries a pattern at every position of a text; a pattern
that opens with an alternation of many terms costs tens of milliseconds over a
50 KB policy. `starts` builds, from the words a match can open with, two
patterns the engine runs quickly: one for words, which first checks that a word
begins and that its first letter is one of the few that can open a match, and one
for digits, signs and Chinese characters, whose branches all begin with a plain
character so that the engine skips in C to where they are. `scan` runs the full
pattern only at the positions they give.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from labels.script import HAN

_FIRST_WORD = re.compile(r"[^\W_]+\*?")
_WORD_END = "$"  # marks, in the prefix tree, where a whole opening word ends
_ANY_END = "*"  # marks where an opening ends that any letters may follow


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


@dataclass(frozen=True)
class Starts:
    """The positions where a match can start: where a word opens, or a mark."""

    words: re.Pattern[str]
    marks: re.Pattern[str]

    def positions(self, text: str) -> list[int]:
        """Every position, in text order."""
        # Sorting the two sorted runs merges them in C: cheaper than heapq.merge's
        # generators for the short sentences the finders mostly read.
        words = map(re.Match.start, self.words.finditer(text))
        return sorted([*words, *map(re.Match.start, self.marks.finditer(text))])


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
    letters, letter_branches, mark_branches = set(), [], []
    for first, node in sorted(tree.items()):
        if first.isalpha() and not HAN.match(first):
            cases = {first.upper()} if capitalized else _cases(first)
            letters |= cases
            letter_branches.append(_class(cases) + _rest(node, first))
        else:
            boundary = r"(?<!\d.)" if first.isdigit() else ""
            mark_branches.append(re.escape(first) + boundary + _rest(node, first))
    # \b before a letter is "after no word character" in one step; a lookbehind takes several
    word_pattern = r"\b(?=" + _class(letters) + ")(?:" + "|".join(letter_branches) + ")"
    return Starts(
        words=re.compile(word_pattern if letters else "(?!)"),
        marks=re.compile("|".join(mark_branches) or "(?!)"),
    )


def _rest(node: dict, previous: str) -> str:
    """The pattern of what follows `previous` in the tree: the shortest opening is enough.
    Chinese characters may have stray spaces between them, as in the term syntax."""
    if _ANY_END in node:
        return ""
    branches = [
        (r"\s*" if HAN.match(previous) and HAN.match(ch) else "")
        + _class(_cases(ch))
        + _rest(child, ch)
        for ch, child in sorted(node.items())
        if ch != _WORD_END
    ]
    if _WORD_END in node:
        branches.append(r"(?!\w)")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _class(chars: set[str]) -> str:
    if len(chars) == 1:
        return re.escape(next(iter(chars)))
    return "[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]"


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
