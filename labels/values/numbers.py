"""Numbers as policies write them: digits, number words and Chinese numerals.

A number is digits ("30", "2,5"), number words from the language's
[values.numbers] table ("two", "trzydziestu", "twenty-four", "half a"), both at
once ("one (1)", "14 (czternaście)"), or a run of single-character numerals
read by position (三十 = 30, 一百八十 = 180, 二〇二一 = 2021). The finders
embed `number_source` in their patterns and read a match with `read_number`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from labels.script import HAN
from labels.values.starts import openings
from labels.vocabulary import compile_terms, vocabulary

# Digits, with a decimal part of one or two digits: "1.5", "2,5". "1,000" is left
# alone rather than read as 1.0: no match beats a wrong one. The first digit comes
# before the look back so that the engine rejects most positions in one step.
_DIGITS = r"\d(?<!\d\d)(?<!\d[.,]\d)\d*(?:[.,]\d{1,2})?(?!\d)"
# ASCII and full-width digits, where a number can open ("６个月"), as starts.py words.
_DIGIT_OPENINGS = frozenset(digit + "*" for digit in "0123456789０１２３４５６７８９")
_DIGITS_RE = re.compile(r"\d+(?:[.,]\d+)?")
_WORD_SEPARATOR = r"(?:\s*-\s*|\s+)"


@dataclass(frozen=True)
class Number:
    """The value of a number expression and where it starts inside the matched text."""

    value: float
    offset: int


@dataclass(frozen=True)
class _Table:
    """A language's number words, split into words and positional numerals."""

    words: dict[str, float]  # "two" -> 2; keys may be stems ending in "*"
    numerals: dict[str, float]  # single Han characters: "三" -> 3, "十" -> 10


@cache
def _table(lang: str) -> _Table:
    numbers = vocabulary(lang).get("values", {}).get("numbers", {})
    numerals = {k: float(v) for k, v in numbers.items() if len(k) == 1 and HAN.match(k)}
    words = {k.lower(): float(v) for k, v in numbers.items() if k not in numerals}
    return _Table(words, numerals)


@cache
def number_source(lang: str) -> str:
    """The regular expression source of one number expression in `lang` (no groups)."""
    table = _table(lang)
    parenthesized = rf"\(\s*{_DIGITS}\s*\)"
    alternatives = [_DIGITS, parenthesized]
    if table.words:
        words = _words_source(lang)
        alternatives = [
            rf"{_DIGITS}(?:\s*\(\s*{words}\s*\))?",  # 14 (czternaście)
            parenthesized,
            rf"{words}(?:\s*{parenthesized})?",  # one (1), trzydziestu (30)
        ]
    if table.numerals:
        # A whole run of up to eight numerals (一百八十, 二〇二一); a longer run is no number
        # a policy writes, and the bound keeps the scan linear.
        numeral = "[" + "".join(map(re.escape, table.numerals)) + "]"
        alternatives.append(f"(?<!{numeral}){numeral}{{1,8}}(?!{numeral})")
    return "(?:" + "|".join(alternatives) + ")"


@cache
def number_openings(lang: str) -> frozenset[str]:
    """What a number of `lang` opens with, as words of starts.py."""
    return numeral_openings(lang) | {"(*"} | openings(_table(lang).words)


@cache
def numeral_openings(lang: str) -> frozenset[str]:
    """What a number written without words opens with: a digit or a numeral."""
    return _DIGIT_OPENINGS | frozenset(numeral + "*" for numeral in _table(lang).numerals)


@cache
def _words_source(lang: str) -> str:
    word = compile_terms(list(_table(lang).words), lang).pattern
    # At most five words ("one hundred eighty five"): a bounded run keeps the scan linear
    # over text such as "a a a a ...".
    return rf"(?:{word})(?:{_WORD_SEPARATOR}(?:{word})){{0,4}}"


def read_number(text: str, lang: str) -> Number | None:
    """The value of `text`, a match of `number_source(lang)`; None if it makes no number.

    Digits win over words ("trzydziestu (30)" is 30). A run of words that does not
    form one number ("a twelve") is read from its longest well-formed tail.
    """
    digits = _DIGITS_RE.search(text)
    if digits:
        return Number(float(digits.group().replace(",", ".")), 0)
    table = _table(lang)
    if text and all(ch in table.numerals for ch in text):
        value = _numeral_value([table.numerals[ch] for ch in text])
        return None if value is None else Number(value, 0)
    words = list(re.finditer(r"[^\s-]+", text))
    values = [_word_value(w.group().lower(), table.words) for w in words]
    for first in range(len(words)):
        value = _words_value(values[first:])
        if value is not None:
            return Number(value, words[first].start())
    return None


def _word_value(word: str, words: dict[str, float]) -> float | None:
    if word in words:
        return words[word]
    stems = (v for k, v in words.items() if k.endswith("*") and word.startswith(k[:-1]))
    return next(stems, None)


def _words_value(values: list[float | None]) -> float | None:
    """ "twenty four" = 24, "a hundred" = 100, "half a" = 0.5; None if not one number.

    Fractions come first and scale the rest; the other words either multiply what
    precedes them (hundred) or add to it, each smaller than the one before.
    """
    if not values or None in values:
        return None
    fraction = 1.0
    while values and values[0] < 1:
        fraction *= values[0]
        values = values[1:]
    total, current, previous = 0.0, 0.0, float("inf")
    for value in values:
        if value >= 100:
            if current >= value:
                return None
            total += max(current, 1) * value
            current, previous = 0.0, value
        elif value < previous:
            current += value
            previous = value
        else:
            return None
    amount = total + current
    if not values:
        amount = 1.0
    return fraction * amount


def _numeral_value(values: list[float]) -> float | None:
    """Chinese numerals by position: 十五 = 15, 三十 = 30, 一百零五 = 105, 二〇二一 = 2021."""
    if any(v < 1 and v != 0 for v in values):
        # A fraction (半) stands alone: 半年 is half a year; 一半 is not a number of units.
        return values[0] if len(values) == 1 else None
    if len(values) > 1 and all(v < 10 for v in values):
        return float("".join(str(int(v)) for v in values))
    total, section, current = 0.0, 0.0, 0.0
    for value in values:
        if value >= 10_000:
            total += (section + current) * value
            section, current = 0.0, 0.0
        elif value >= 10:
            section += (current or 1) * value
            current = 0.0
        else:
            current = value
    return total + section + current
