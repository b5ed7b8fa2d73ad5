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
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import NamedTuple

from labels.script import HAN_BLOCKS

LATIN_LANGUAGES: tuple[str, ...] = ("en", "sv", "pl")

_DATA = Path(__file__).with_name("vocabularies") / "language.toml"
# A word in Latin script, with the letters of Swedish and Polish ("Cookie", "użytkownik"),
# and a run of Han. Written "[x][x]*", not "[x]+": a pattern that opens with a single class
# lets the engine skip to the next candidate character fast, twice as fast where they are few.
_LATIN_LETTER = r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]"
_LATIN_WORD = re.compile(f"{_LATIN_LETTER}{_LATIN_LETTER}*")
_HAN_WORD = re.compile(f"[{HAN_BLOCKS}][{HAN_BLOCKS}]*")
_NO_LETTER = re.compile(r"[\W\d_]*")
_ADDRESS = re.compile(r"[A-Za-z0-9._%+-]*@[A-Za-z0-9.-]*")
"""An e-mail address: its mailbox ("privacy@", "kontakt@") is a name, no word of the text's
language, so a contact line of a Swedish policy is not judged English."""
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
"""A Latin language's place in LATIN_LANGUAGES plus one: never 0, which `filter` drops."""


@cache
def _word_languages() -> dict[str, int]:
    """Each function word's language, by its number in `_LANGUAGE_NUMBERS`."""
    data = language_data()["function_words"]
    return {
        word: number
        for number, lang in zip(_LANGUAGE_NUMBERS, LATIN_LANGUAGES, strict=True)
        for word in data[lang]
    }


_CODE_PAGES = ("cp1252", "cp1250")
"""Windows code pages, one byte a character: most English and Swedish text, and most Polish,
curly quotes and dashes included, can be written in one of them."""


@cache
def _letters_only(page: str) -> bytes:
    """A byte translation table of `page` keeping the letters of `_LATIN_WORD`, the rest spaces."""
    decoded = bytes(range(256)).decode(page, "replace")  # bytes the page leaves unused: U+FFFD
    return bytes(b if _LATIN_WORD.fullmatch(ch) else 0x20 for b, ch in enumerate(decoded))


@cache
def _page_word_languages(page: str) -> dict[bytes, int]:
    """`_word_languages` keyed by the words written in `page` (one it cannot write gets a "?",
    and is never found: "?" separates words)."""
    return {word.encode(page, "replace"): lang for word, lang in _word_languages().items()}


@cache
def _letters() -> dict[str, str]:
    """Per Latin language, its own letters (lower case)."""
    data = language_data()["letters"]
    return {lang: data[lang] for lang in LATIN_LANGUAGES if lang in data}


def judge(text: str) -> Judgement:
    """The language of `text` and the weight of evidence for it (0: a mere guess)."""
    return judge_all([text])[0]


def judge_all(texts: Iterable[str]) -> list[Judgement]:
    """`judge` of each text, in order. A text that a code page can write has its words found
    by C-level encoding, translation and split, several times faster than `_LATIN_WORD`; the
    page that wrote the text before is tried first, and none after a text that no page could
    write (most text after Chinese is Chinese) until an ASCII text."""
    judgements = []
    page: str | None = _CODE_PAGES[0]
    for text in map(_without_addresses, texts):
        written, page = _written(text, page)
        judgements.append(_weigh(text, written, page))
    return judgements


def _without_addresses(text: str) -> str:
    """`text` with its e-mail addresses blanked (see `_ADDRESS`)."""
    return _ADDRESS.sub(" ", text) if "@" in text else text


def _written(text: str, page: str | None) -> tuple[bytes, str] | tuple[None, None]:
    """`text` lowered and written in a code page, `page` tried first, and that page; (None, None)
    when no page is tried or none can write the text."""
    if text.isascii():  # every page writes ASCII alike: the fastest encoder and lowering serve
        return text.encode("ascii").lower(), page or _CODE_PAGES[0]
    if page is None:
        return None, None
    lowered = text.lower()
    for candidate in (page, *(p for p in _CODE_PAGES if p != page)):
        written = lowered.encode(candidate, "replace")
        if written.count(b"?") == lowered.count("?"):  # no character replaced
            return written, candidate
    return None, None


def _weigh(text: str, written: bytes | None, page: str | None) -> Judgement:
    """The judgement of `text`, from its words as a code page wrote them (`page`) or else as
    `_LATIN_WORD` finds them, and its Han characters (none in a text a code page can write)."""
    if written is None:
        han, lowered = sum(map(len, _HAN_WORD.findall(text))), text.lower()
        if han and 2 * han >= len(lowered):  # too few other characters for as many Latin words
            return Judgement("zh", han)
        words, word_languages = _LATIN_WORD.findall(lowered), _word_languages()
    else:
        han, word_languages = 0, _page_word_languages(page)
        words = written.translate(_letters_only(page)).split()
    if not han and not words:
        return Judgement(None if _NO_LETTER.fullmatch(text) else _DEFAULT, 0)
    if han and han >= len(words):
        return Judgement("zh", han)
    # the numbers of the function words' languages, one byte each: counted by bytes.count,
    # C-level and without the object comparisons of list.count
    hits = bytes(filter(None, map(word_languages.get, words)))
    points = [_FUNCTION_WORD_POINTS * hits.count(number) for number in _LANGUAGE_NUMBERS]
    if not text.isascii():  # the letters of one language are all beyond ASCII
        for lang, count in _own_letters(text, written, page).items():
            points[LATIN_LANGUAGES.index(lang)] += count
    top = max(points)
    if not top:
        return Judgement(_DEFAULT, 0)
    runner_up = sorted(points)[-2]  # the best taken out, the largest left
    # a list indexed like LATIN_LANGUAGES, not a dict: fewer calls; ties go to the first
    return Judgement(LATIN_LANGUAGES[points.index(top)], top - runner_up)


def _own_letters(text: str, written: bytes | None, page: str | None) -> dict[str, int]:
    """Per Latin language, how many of its own letters the text has: in the bytes a code page
    wrote, one translation per language deletes all others and leaves them to count."""
    if written is None:
        lowered = text.lower()
        return {lang: sum(map(lowered.count, letters)) for lang, letters in _letters().items()}
    others = _other_bytes(page)
    return {lang: len(written.translate(None, others[lang])) for lang in others}


@cache
def _other_bytes(page: str) -> dict[str, bytes]:
    """Per Latin language, the bytes of `page` that do not write one of its own letters."""
    decoded = bytes(range(256)).decode(page, "replace")
    return {
        lang: bytes(b for b, ch in enumerate(decoded) if ch not in letters)
        for lang, letters in _letters().items()
    }


def detect_language(text: str) -> str | None:
    """The language of `text` ("en", "sv", "pl" or "zh"); None when it has no letters."""
    return judge(text).lang
