"""Per-language vocabularies, loaded from the TOML data files beside this module.

The words of a language live in `vocabularies/<lang>.toml` (see the README
there); this module only loads them and turns terms into regular expressions,
so that no code names a word of a policy language.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

LANGUAGES: tuple[str, ...] = ("en", "sv", "pl", "zh")
"""The policy languages the extractor reads."""

_DIR = Path(__file__).with_name("vocabularies")
_HAN = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
_RUNS = re.compile(
    r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+|[^\s\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+"
)


def _latin_word(word: str) -> str:
    return r"(?<![a-z0-9])" + re.escape(word) + r"(?![a-z0-9])"


@cache
def vocabulary(lang: str) -> dict:
    """The parsed vocabulary file of `lang` (cached; treat it as read-only)."""
    if lang not in LANGUAGES:
        raise ValueError(f"no vocabulary for language {lang!r}")
    with (_DIR / f"{lang}.toml").open("rb") as fh:
        return tomllib.load(fh)


def syntax(lang: str, key: str, default: object = ()) -> object:
    """A word-order setting of `lang` ([syntax] of its vocabulary: postposed exceptions and
    conditions, object markers, places before verbs), or `default` for a language without."""
    return vocabulary(lang).get("syntax", {}).get(key, default)


@cache
def syntax_words(lang: str, key: str) -> frozenset[str]:
    """The words of a word-order setting (`key` of [syntax]) of `lang`, as a set to test
    tokens against."""
    return frozenset(syntax(lang, key))


def _core(term: str, lang: str) -> str:
    """A term's pattern without the word boundaries that Latin-script terms need."""
    term = term.strip().lower()
    if lang == "zh":
        # Han characters may be separated by stray spaces in extracted text; a Latin run
        # inside a Chinese term ("ssl", "ip地址") is a word and keeps its boundaries.
        parts = [
            r"\s*".join(map(re.escape, run)) if _HAN.match(run) else _latin_word(run)
            for run in _RUNS.findall(term)
        ]
        return r"\s*".join(parts)
    words = []
    for word in term.split():
        if word.endswith("*"):
            words.append(re.escape(word[:-1]) + r"\w*")
        else:
            words.append(re.escape(word))
    return r"\s+".join(words)


def term_pattern(term: str, lang: str) -> str:
    """The regular expression source of one term (syntax: vocabularies/README.md)."""
    return _core(term, lang) if lang == "zh" else rf"(?<!\w){_core(term, lang)}(?!\w)"


def compile_terms(terms: list[str] | tuple[str, ...], lang: str) -> re.Pattern[str]:
    """One case-insensitive pattern matching any of `terms`, longest first."""
    ordered = sorted(set(terms), key=lambda t: (-len(t), t))
    if not ordered:
        return re.compile(r"(?!)")
    alternatives = "|".join(_core(t, lang) for t in ordered)
    if lang != "zh":
        # One pair of boundaries around the alternation, not one per term: the same
        # matches, several times faster on long term lists.
        alternatives = rf"(?<!\w)(?:{alternatives})(?!\w)"
    return re.compile(alternatives, re.IGNORECASE)
