"""Which of the four policy languages a piece of text is written in.

Chinese is told by its script: Han characters outnumber the Latin words around
them (a Chinese sentence still names "Cookie" or "App"). English, Swedish and
Polish share the Latin script, so they are told by evidence kept in
`vocabularies/language.toml`: frequent function words (two points each) and
letters only one language uses (one point each). `judge` also says how much
evidence there was, so that `labels.structure` can let a heading too short to
judge take the language of its neighbours.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from labels.script import HAN_BLOCKS

LATIN_LANGUAGES: tuple[str, ...] = ("en", "sv", "pl")

_DATA = Path(__file__).with_name("vocabularies") / "language.toml"
# A word in Latin script, with the letters of Swedish and Polish ("Cookie", "użytkownik").
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+")
_HAN_WORD = re.compile(rf"[{HAN_BLOCKS}]+")
_NO_LETTER = re.compile(r"[\W\d_]*")
_FUNCTION_WORD_POINTS = 2
_DEFAULT = "en"
"""The guess for Latin text without any evidence ("Quick links", a company name)."""


@dataclass(frozen=True)
class Judgement:
    """A language and the evidence behind it: points for Latin, Han characters for zh."""

    lang: str | None
    evidence: int


@cache
def language_data() -> dict:
    """The parsed `vocabularies/language.toml` (cached; treat it as read-only)."""
    with _DATA.open("rb") as fh:
        return tomllib.load(fh)


@cache
def _word_languages() -> dict[str, str]:
    data = language_data()["function_words"]
    return {word: lang for lang in LATIN_LANGUAGES for word in data[lang]}


@cache
def _latin1_word_languages() -> dict[bytes, str]:
    """`_word_languages` keyed by Latin-1 bytes, for the words of plain text (`is_plain`)."""
    return {
        word.encode("latin-1"): lang
        for word, lang in _word_languages().items()
        if max(word) <= "\xff"
    }


# UTF-8 lead bytes of the Latin letters beyond Latin-1 (U+0100-U+024F: 0xC4-0xC9) and of Han
# (0xE3-0xE9, 0xEF); a few other characters share them, and merely take the slower path
_BEYOND_LATIN1_LEADS = bytes([*range(0xC4, 0xCA), *range(0xE3, 0xEA), 0xEF])
_LATIN1_LETTERS_ONLY = bytes(c if _LATIN_WORD.fullmatch(chr(c)) else 0x20 for c in range(256))


def is_plain(text: str) -> bool:
    """Has `text` no Han and, in lower case, no letter beyond Latin-1? Then every character
    that Latin-1 lacks separates words, and `judge` finds the words by a C-level encoding,
    byte translation and split, several times faster than `_LATIN_WORD`. Most English and
    Swedish text is plain, curly quotes and dashes included."""
    if text.isascii():
        return True
    raw = text.lower().encode("utf-8", "surrogatepass")
    return len(raw.translate(None, _BEYOND_LATIN1_LEADS)) == len(raw)


@cache
def _letters() -> dict[str, str]:
    """Per Latin language, its own letters (lower case)."""
    data = language_data()["letters"]
    return {lang: data[lang] for lang in LATIN_LANGUAGES if lang in data}


def judge(text: str, plain: bool = False) -> Judgement:
    """The language of `text` and the weight of evidence for it (0: a mere guess). `plain`:
    `is_plain(text)` is known to hold."""
    plain = plain or text.isascii()
    lowered = text.lower()
    han = 0 if plain else sum(map(len, _HAN_WORD.findall(text)))
    if han and 2 * han >= len(lowered):  # too few other characters for as many Latin words
        return Judgement("zh", han)
    if plain:  # what Latin-1 lacks becomes "?", one more separator
        latin1 = lowered.encode("latin-1", "replace")
        words = latin1.translate(_LATIN1_LETTERS_ONLY).split()
        word_languages = _latin1_word_languages()
        beyond_ascii = not latin1.isascii()
    else:
        words, word_languages, beyond_ascii = _LATIN_WORD.findall(lowered), _word_languages(), True
    if not han and not words:
        return Judgement(None if _NO_LETTER.fullmatch(text) else _DEFAULT, 0)
    if han and han >= len(words):
        return Judgement("zh", han)
    # the languages of the function words, counted by C-level calls rather than a loop
    hits = list(filter(None, map(word_languages.get, words)))
    points = {lang: _FUNCTION_WORD_POINTS * hits.count(lang) for lang in LATIN_LANGUAGES}
    if beyond_ascii:  # the letters of one language are all beyond ASCII
        for lang, letters in _letters().items():
            points[lang] += sum(map(lowered.count, letters))
    best = max(LATIN_LANGUAGES, key=points.__getitem__)
    if not points[best]:
        return Judgement(_DEFAULT, 0)
    runner_up = max(points[lang] for lang in LATIN_LANGUAGES if lang != best)
    return Judgement(best, points[best] - runner_up)


def detect_language(text: str) -> str | None:
    """The language of `text` ("en", "sv", "pl" or "zh"); None when it has no letters."""
    return judge(text).lang
