"""Ages: numbers that the wording makes an age in years.

A number is an age when an age marker follows it ("16 years of age", "16 roku
życia", "14周岁") or when an age cue surrounds it ("under 16", "poniżej 16 lat",
"barn under 13 år", "13 or older"). Markers and cues are the language's
[cues] years_of_age, age_under and age_over. A cue alone is weaker evidence:
"at least two years", "minst två år" and "over 100 countries" are not ages, so
without a marker the number must be an age that policies set as a limit and no
other unit may follow it. Whether the age concerns children is for the caller.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from labels.values.found import Found
from labels.values.numbers import number_openings, number_source, read_number
from labels.values.starts import Starts, scan, starts
from labels.vocabulary import compile_terms, vocabulary

_AGE_LIMITS = range(12, 22)
"""Ages a cue without a marker can name: the limits of children's consent and of majority
(12 to 21). Outside them "under N" is far more often a period or a count."""
_AGES = range(1, 121)
_CUE_REACH = 60
"""How far before a number its cue may start, in characters ("under the age of")."""
_RANGE_REACH = 20
"""How far before a number the start of its range may stand ("6 to ", "od 6 do ", "6至")."""


@dataclass(frozen=True)
class _Grammar:
    """The patterns of one language's ages, compiled once."""

    openings: Starts  # where a number can open
    age: re.Pattern[str]  # a number and what may follow it: year unit, marker, cue
    cue_before: re.Pattern[str]  # a cue that ends where the number starts
    other_units: re.Pattern[str]  # what makes a number a period: "30 days", "2.5"
    range_start: re.Pattern[str]  # a number and a range's joiner before the age: "6至"


def find_ages(text: str, lang: str, limit_named: bool = False) -> list[Found]:
    """Every age in `text`, in text order; the value is the age in whole years. Where the
    caller has read the age limit named before `text` ("The minimum age … is 16"), that name
    is the cue of a number an age limit can be."""
    grammar = _grammar(lang)
    found = []
    for match in scan(grammar.openings, grammar.age, text):
        number = read_number(match["number"], lang)
        if number is None or not number.value.is_integer():
            continue
        age, start = int(number.value), match.start()
        if grammar.range_start.search(text, max(0, start - _RANGE_REACH), start):
            continue  # the top of an audience's range ("6至12岁儿童") is no limit
        if match["marker"]:
            if age not in _AGES:
                continue
        elif age not in _AGE_LIMITS or grammar.other_units.match(text, match.end()):
            continue
        cue = grammar.cue_before.search(text, max(0, start - _CUE_REACH), start)
        if cue or match["marker"] or match["after"] or limit_named:
            found.append(Found(cue.start() if cue else start, match.end(), age))
    return found


@cache
def _grammar(lang: str) -> _Grammar:
    values, cues = vocabulary(lang)["values"], vocabulary(lang).get("cues", {})
    year_terms = values["units"]["year"]
    year = _source(year_terms, lang)
    # A marker that is also a year unit ("år", "lat") marks an age only after a cue.
    marker = _source([t for t in cues.get("years_of_age", []) if t not in year_terms], lang)
    before = _source(cues.get("age_under", []) + cues.get("age_over", []), lang)
    after = _source(cues.get("age_over", []), lang)
    joint = r"(?:\s*-\s*|\s*)"
    age = (
        rf"(?P<number>{number_source(lang)})"
        rf"(?:(?:{joint}{year})?{joint}(?P<marker>{marker})|{joint}{year})?"
        rf"(?:\s*(?P<after>{after}))?"
    )
    periods = [t for unit, terms in values["units"].items() if unit != "year" for t in terms]
    other_units = rf"{joint}(?:{_source(periods, lang)})|[.,]?\d|\s*%"
    joiners = "|".join(map(re.escape, values.get("range_joiners", [])))
    return _Grammar(
        openings=starts(number_openings(lang)),
        age=re.compile(age, re.IGNORECASE),
        cue_before=re.compile(rf"(?:{before})\s*\Z", re.IGNORECASE),
        other_units=re.compile(other_units, re.IGNORECASE),
        range_start=re.compile(rf"(?:{number_source(lang)})\s*(?:{joiners})\s*\Z", re.IGNORECASE),
    )


def _source(terms: list[str], lang: str) -> str:
    return compile_terms(terms, lang).pattern
