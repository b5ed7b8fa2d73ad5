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
import string
import tomllib
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import NamedTuple

from labels._matching import LanguageEvidence

LATIN_LANGUAGES: tuple[str, ...] = ("en", "sv", "pl")

_DATA = Path(__file__).with_name("vocabularies") / "language.toml"
LATIN_LETTERS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
"""The letters of a word in Latin script, those of Swedish and Polish included ("Cookie",
"użytkownik"), for a []: a word is a run of them in the lower-cased text."""
_NO_LETTER = re.compile(r"[\W\d_]*")
_MAILBOX = frozenset(string.ascii_letters + string.digits + "._%+-")
"""The characters of an e-mail address's mailbox ("privacy", "kontakt"): a name, no word of
the text's language, so a contact line of a Swedish policy is not judged English."""
_AT_DOMAIN = re.compile(r"@[A-Za-z0-9.-]*")
"""The rest of an e-mail address: its "@" and its domain."""
_FUNCTION_WORD_POINTS = 2
_DEFAULT = "en"
"""The guess for Latin text without any evidence ("Quick links", a company name)."""


class Judgement(NamedTuple):
    """A language and the evidence behind it: points for Latin, Han characters for zh (a
    tuple, like structure.Segment: one is built per block, faster than a frozen dataclass)."""

    lang: str | None
    evidence: int


@cache
def language_data() -> dict:
    """The parsed `vocabularies/language.toml` (cached; treat it as read-only)."""
    with _DATA.open("rb") as fh:
        return tomllib.load(fh)


_LANGUAGE_NUMBERS = range(1, len(LATIN_LANGUAGES) + 1)
"""A Latin language's place in LATIN_LANGUAGES plus one (LanguageEvidence's numbering)."""


@cache
def _word_languages() -> dict[str, int]:
    """Each function word's language, by its number in `_LANGUAGE_NUMBERS`."""
    data = language_data()["function_words"]
    return {
        word: number
        for number, lang in zip(_LANGUAGE_NUMBERS, LATIN_LANGUAGES, strict=True)
        for word in data[lang]
    }


@cache
def _letters() -> dict[str, str]:
    """Per Latin language, its own letters (lower case)."""
    data = language_data()["letters"]
    return {lang: data[lang] for lang in LATIN_LANGUAGES if lang in data}


def judge(text: str) -> Judgement:
    """The language of `text` and the weight of evidence for it (0: a mere guess)."""
    return judge_all([text])[0]


def judge_all(texts: Iterable[str]) -> list[Judgement]:
    """`judge` of each text, in order."""
    count = _evidence().count
    judgements = []
    for text in texts:
        if "@" in text:  # most texts name no e-mail address: no call to look for one
            text = _without_addresses(text)
        # the letters of one language are all beyond ASCII: none to count in ASCII text
        judgements.append(_weigh(text, count(text, not text.isascii())))
    return judgements


@cache
def _evidence() -> LanguageEvidence:
    """The compiled counter of a text's evidence: one pass a text, where a dozen calls of
    encoding, translation, splitting and look-ups a text were 6% of an extraction."""
    letters = _letters()
    return LanguageEvidence(
        LATIN_LETTERS,
        _word_languages(),
        tuple(letters.get(lang, "") for lang in LATIN_LANGUAGES),
        _FUNCTION_WORD_POINTS,
    )


def _without_addresses(text: str) -> str:
    """`text` with each e-mail address written as one space: found at its "@", its mailbox
    walked back from there (not after the previous address). A pattern that opens with the
    mailbox tries one at every character, ten times slower."""
    if "@" not in text:
        return text
    pieces: list[str] = []
    done = 0  # the end of the previous address
    for at in _AT_DOMAIN.finditer(text):
        start = at.start()
        while start > done and text[start - 1] in _MAILBOX:
            start -= 1
        pieces += (text[done:start], " ")
        done = at.end()
    pieces.append(text[done:])
    return "".join(pieces)


_new = tuple.__new__
"""Makes a Judgement of its fields without the Python frame of a NamedTuple's __new__: one is
made per block of a policy."""


def _weigh(text: str, evidence: tuple[int, int, int, int, int]) -> Judgement:
    """The judgement of `text` from the evidence `LanguageEvidence.count` found in it."""
    length, han, words, leader, lead = evidence
    if han and 2 * han >= length:  # too few other characters for as many Latin words
        return _new(Judgement, ("zh", han))
    if not han and not words:
        return _new(Judgement, (None if _NO_LETTER.fullmatch(text) else _DEFAULT, 0))
    if han and han >= words:
        return _new(Judgement, ("zh", han))
    if not leader:
        return _new(Judgement, (_DEFAULT, 0))
    return _new(Judgement, (LATIN_LANGUAGES[leader - 1], lead))


def detect_language(text: str) -> str | None:
    """The language of `text` ("en", "sv", "pl" or "zh"); None when it has no letters."""
    return judge(text).lang
