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

LATIN_LANGUAGES: tuple[str, ...] = ("en", "sv", "pl")

_DATA = Path(__file__).with_name("vocabularies") / "language.toml"
# A run of letters that does not start with a Han character ("Cookie", "App", "użytkownik").
_LATIN_WORD = re.compile(r"(?![\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])[^\W\d_]+")
_FUNCTION_WORD_POINTS = 2
_DEFAULT = "en"
"""The guess for Latin text without any evidence ("Privacy Policy", a name)."""


_HAN_WORD = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


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
def _evidence_patterns() -> dict[str, tuple[re.Pattern[str], re.Pattern[str] | None]]:
    """Per Latin language: a pattern of its function words and one of its own letters."""
    data = language_data()
    patterns = {}
    for lang in LATIN_LANGUAGES:
        words = sorted(data["function_words"][lang], key=lambda w: (-len(w), w))
        letters = data["letters"].get(lang, "")
        patterns[lang] = (
            re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", re.I),
            re.compile("[" + re.escape(letters) + "]", re.I) if letters else None,
        )
    return patterns


def judge(text: str) -> Judgement:
    """The language of `text` and the weight of evidence for it (0: a mere guess)."""
    latin_words = len(_LATIN_WORD.findall(text))
    han = sum(map(len, _HAN_WORD.findall(text)))
    if not han and not latin_words:
        return Judgement(None, 0)
    if han and han >= latin_words:
        return Judgement("zh", han)
    points = {}
    for lang, (words, letters) in _evidence_patterns().items():
        points[lang] = _FUNCTION_WORD_POINTS * len(words.findall(text)) + (
            len(letters.findall(text)) if letters else 0
        )
    best = max(LATIN_LANGUAGES, key=lambda lang: points[lang])
    if not points[best]:
        return Judgement(_DEFAULT, 0)
    runner_up = max(points[lang] for lang in LATIN_LANGUAGES if lang != best)
    return Judgement(best, points[best] - runner_up)


def detect_language(text: str) -> str | None:
    """The language of `text` ("en", "sv", "pl" or "zh"); None when it has no letters."""
    return judge(text).lang
