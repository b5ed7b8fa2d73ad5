"""Countries a text names, as ISO 3166 alpha-2 codes.

The names are CLDR's (through Babel): the territory names of the text's language,
declined as that language declines them, and the English ones, since policies
mix languages; places.toml adds short forms and the cities data centres are
known by ("USA", "中国大陆", "Frankfurt"). Names in Latin script are proper
nouns and count only with a capital letter, so the adjective "polska" and the
word "china" in "bone china" are not countries; names that are ordinary words or
first names even with a capital, and phrases that only contain a name ("New
Mexico", "合法国家"), are data in places.toml.

There are hundreds of names, too many for one alternation of patterns, so each
name is tried only where a word starts with its first letters.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from babel import Locale

from labels.matching import line_end_hyphens
from labels.script import HAN
from labels.values.found import Found
from labels.values.starts import Starts, starts
from labels.vocabulary import term_pattern

_PLACES = Path(__file__).with_name("places.toml")
_PARENTHESIS = re.compile(r"\s*\([^)]*\)")
# Chinese names may have stray spaces inside, but no paragraph: "日\n\n本政策" is not 日本.
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class _Name:
    """One way to write a country (`code`), or a phrase that hides a name (`code` None)."""

    source: str
    code: str | None

    @property
    def pattern(self) -> re.Pattern[str]:
        return _compiled(self.source)


@cache
def _compiled(source: str) -> re.Pattern[str]:
    """A name's pattern, compiled when a text first needs it: compiling all of a language's
    hundreds of names took a fifth of a second before its first policy could be read."""
    return re.compile(source, re.IGNORECASE)


@dataclass(frozen=True)
class _Index:
    """The names of one language by their first letters, and where names can start."""

    starts: Starts
    names: dict[str, list[_Name]]


def find_countries(text: str, lang: str) -> list[Found]:
    """Every country named in `text`, in text order; the value is its alpha-2 code. A name
    hyphenated at a line end ("Holan-\\ndii") is read whole; its offsets span both halves."""
    joined = _Joined.of(text)
    return [
        Found(joined.original(start), joined.original(end, at_end=True), code)
        for start, end, code in _names_in(joined.text, lang)
    ]


def _names_in(text: str, lang: str) -> list[tuple[int, int, str]]:
    index = _index(lang)
    found, resume = [], 0
    for pos in index.starts.positions(text):
        if pos < resume:
            continue
        key = _key(text[pos : pos + 2])
        if not _any_name(lang, key).match(text, pos):
            continue  # most capitalised words: one match, not one for each name of the key
        best = _longest(index.names[key], text, pos)
        if best is None:
            continue
        end, code = best
        resume = end
        if code is not None and not _PARAGRAPH_BREAK.search(text, pos, end):
            found.append((pos, end, code))
    return found


@cache
def _any_name(lang: str, key: str) -> re.Pattern[str]:
    """Any of the names of `lang` indexed by `key`, as one pattern: it matches where one of
    them does (compiled when a text first needs it, as each name is)."""
    names = _index(lang).names.get(key, [])
    return re.compile("|".join(f"(?:{name.source})" for name in names) or "(?!)", re.IGNORECASE)


@dataclass(frozen=True)
class _Joined:
    """A text with its words hyphenated at line ends joined, since the names are matched on
    whole words; `cuts` are the joined text's offsets where a hyphen and line break were
    taken out, `shifts` how many characters had been taken out up to each."""

    text: str
    cuts: list[int]
    shifts: list[int]

    @classmethod
    def of(cls, text: str) -> _Joined:
        parts, cuts, shifts, taken, last = [], [], [], 0, 0
        for hyphen in line_end_hyphens(text):
            parts.append(text[last : hyphen.start()])
            cuts.append(hyphen.start() - taken)
            taken += hyphen.end() - hyphen.start()
            shifts.append(taken)
            last = hyphen.end()
        parts.append(text[last:])
        return cls("".join(parts), cuts, shifts)

    def original(self, pos: int, at_end: bool = False) -> int:
        """`pos` in the original text; an end at a cut stays before the hyphen."""
        count = (bisect_left if at_end else bisect_right)(self.cuts, pos)
        return pos + (self.shifts[count - 1] if count else 0)


@cache
def home_countries(lang: str) -> frozenset[str] | None:
    """The countries a reader of a policy in `lang` lives among (places.toml [home]), or
    None for a language read everywhere (English), whose policies have no home."""
    places = _places()
    entries = places["home"].get(lang)
    if entries is None:
        return None
    regions = places["regions"]
    return frozenset(code for entry in entries for code in regions.get(entry, [entry]))


def _longest(names: list[_Name], text: str, pos: int) -> tuple[int, str | None] | None:
    best = None
    for name in names:
        match = name.pattern.match(text, pos)
        if match and (best is None or match.end() > best[0]):
            best = (match.end(), name.code)
    return best


def _key(start: str) -> str:
    """Names are indexed by their first Chinese character or first two other letters."""
    return start[0] if HAN.match(start) else start.lower()


@cache
def _index(lang: str) -> _Index:
    places = _places()
    inflection = places["inflection"].get(lang)
    sources: dict[str, tuple[str, str | None]] = {}  # name -> (pattern source, code)
    for locale in dict.fromkeys(("en", *places["locales"].get(lang, [lang]))):
        for code, name in _territory_names(locale).items():
            declined = locale == lang and inflection and not HAN.match(name)
            sources[name] = (_declined(name, inflection) if declined else _term(name), code)
    for table in ("aliases", "cities"):
        for code, terms in places[table].items():
            sources.update((term, (_term(term), code)) for term in terms)
    sources.update((term, (_term(term), None)) for term in places["blockers"]["terms"])
    names: dict[str, list[_Name]] = {}
    for name, (source, code) in sources.items():
        names.setdefault(_key(name[:2]), []).append(_Name(source, code))
    # A Latin-script name opens with a capital; a Chinese one with two characters.
    openings = {name[:2] + "*" for name in sources}
    return _Index(starts(openings, capitalized=True), names)


def _term(term: str) -> str:
    """A term of places.toml or an undeclined name, in the vocabulary term syntax."""
    return term_pattern(term, "zh" if HAN.match(term) else "en")


def _territory_names(locale: str) -> dict[str, str]:
    """Country code -> its CLDR name in `locale`, lower-cased, parenthesised parts dropped
    ("Myanmar (Burma)"); region codes and ambiguous names left out (places.toml)."""
    places = _places()
    excluded = set(places["not_countries"]["codes"])
    not_names = set(places["not_names"]["terms"])
    names = {}
    for code, name in Locale.parse(locale).territories.items():
        name = _PARENTHESIS.sub("", name).strip().lower()
        if code.isalpha() and code not in excluded and name not in not_names:
            names[code] = name
    return names


def _declined(name: str, inflection: dict) -> str:
    """The pattern of `name` in every case of a language (places.toml [inflection])."""
    endings = "|".join(map(re.escape, sorted(inflection["endings"], key=len, reverse=True)))
    words = []
    for word in name.split():
        stems = _stems(word, inflection)
        if stems:
            words.append("(?:" + "|".join(map(re.escape, stems)) + f")(?:{endings})")
        else:
            words.append(re.escape(word))
    return r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)"


def _stems(word: str, inflection: dict) -> list[str]:
    """The stems a declined word starts with ("chiny" -> "chin"); none if too short."""
    strip = sorted(inflection["strip"], key=len, reverse=True)
    ending = next((e for e in strip if word.endswith(e)), "")
    stem = word[: len(word) - len(ending)]
    if len(stem) < inflection["min_stem"]:
        return []
    alternated = (
        stem[: len(stem) - len(before)] + after
        for before, after in inflection["alternations"].items()
        if stem.endswith(before)
    )
    return [stem, *alternated]


@cache
def _places() -> dict:
    with _PLACES.open("rb") as fh:
        return tomllib.load(fh)
