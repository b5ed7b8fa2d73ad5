"""Periods of time, in days: "7 dni", "sex månader", "6个月", "one (1) year", "90-day".

A period is a number (see numbers.py) followed by a unit of the language's
[values.units]; a minute is 1/1440 day, an hour 1/24, a week 7, a month 30 and a year 365 days
(LABEL_SPEC.md). Numbers that are ages ("16 years of age") or parts of a date
("2021年6月30日", "13 września 2021 roku") are not periods, nor is a calendar
year with a year unit ("2021年") or a month name that looks like one ("十一月").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache

from labels.values.ages import find_ages
from labels.values.dates import calendar_spans
from labels.values.found import Found
from labels.values.numbers import number_openings, number_source, read_number
from labels.values.starts import Starts, scan, starts
from labels.vocabulary import compile_terms, vocabulary

_CONTEXT = 80
"""Characters around a period within which an age or a date that contains it must lie."""
DAYS_PER_UNIT: dict[str, float] = {
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1,
    "week": 7,
    "month": 30,
    "year": 365,
}


def find_durations(text: str, lang: str) -> list[Found]:
    """Every period of time in `text`, in text order; the value is a number of days."""
    periods = list(_periods(text, lang))
    taken = _union(_ages_and_calendar_spans(text, lang, periods))
    starts_taken = [start for start, _ in taken]
    kept = []
    for period in periods:
        # The last taken span that starts before the period ends is the only one that can
        # overlap it: the spans are disjoint and sorted.
        before = bisect_left(starts_taken, period.end) - 1
        if before < 0 or taken[before][1] <= period.start:
            kept.append(period)
    return kept


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` merged into disjoint spans, in text order."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _periods(text: str, lang: str) -> Iterator[Found]:
    """Every number followed by a unit, but calendar years and month names."""
    openings, pattern, units, month_names = _grammar(lang)
    for match in scan(openings, pattern, text):
        number = read_number(match["number"], lang)
        unit = next((name for name, p in units.items() if p.fullmatch(match["unit"])), None)
        if number is None or number.value <= 0 or unit is None:
            continue
        if unit == "year" and number.value >= 1000:
            continue  # 2021年, 2016 roku: a calendar year
        if month_names.fullmatch(match.group()):
            continue  # 十一月 is November
        start = match.start() + number.offset
        for listed in _listed_before(text, start, lang):
            yield Found(listed.start, listed.end, listed.value * DAYS_PER_UNIT[unit])
        yield Found(start, match.end(), number.value * DAYS_PER_UNIT[unit])


_LIST_REACH = 60
"""How many characters before a period's number a list of numbers sharing its unit may take."""


def _listed_before(text: str, start: int, lang: str) -> list[Found]:
    """The numbers listed before a period's number, which share its unit: "7, 14 eller 30
    dagar", "30, 60 or 90 days", "7、14或30天". A list needs a word of alternatives
    ([values] list_joiners): in "section 3, 14 days" the comma parts two things, and "between
    1 and 2 years" is a range."""
    item = _list_item(lang)
    low = max(0, start - _LIST_REACH)
    found: list[Found] = []
    joined = False
    end = start
    while (match := item.search(text, low, end)) is not None:
        number = read_number(match["number"], lang)
        if number is None:
            break
        joined = joined or match["joiner"] not in _COMMAS
        found.append(Found(match.start(), match.end("number"), number.value))
        end = match.start()
    return found[::-1] if joined else []


_COMMAS = frozenset(",、，")


@cache
def _list_item(lang: str) -> re.Pattern[str]:
    """A number and the comma or joining word after it, at the end of the searched text."""
    joiners = "|".join(map(re.escape, vocabulary(lang)["values"].get("list_joiners", [])))
    commas = "".join(sorted(_COMMAS))
    if lang == "zh":  # no spaces: a number follows any character, a joiner any number
        before, word = r"(?<![\d.,])", rf"(?:{joiners})"
    else:
        before, word = r"(?<![\w.,])", rf"(?<=\s)(?:{joiners})"
    return re.compile(
        rf"{before}(?P<number>{number_source(lang)})\s*(?P<joiner>[{commas}]|{word})\s*\Z",
        re.IGNORECASE,
    )


def _ages_and_calendar_spans(text: str, lang: str, periods: list[Found]) -> list[tuple[int, int]]:
    """The ages and calendar spans that may overlap `periods`. They are read in the text
    around the periods only: periods are few, and reading the whole policy twice more is
    not; windows that touch are read as one, so that no text is read twice."""
    windows: list[list[int]] = []
    for period in periods:
        low, high = max(0, period.start - _CONTEXT), period.end + _CONTEXT
        if windows and low <= windows[-1][1]:
            windows[-1][1] = high
        else:
            windows.append([low, high])
    spans = []
    for low, high in windows:
        window = text[low:high]
        found = [(f.start, f.end) for f in find_ages(window, lang)] + calendar_spans(window, lang)
        spans += [(low + begin, low + end) for begin, end in found]
    return spans


@cache
def _grammar(
    lang: str,
) -> tuple[Starts, re.Pattern[str], dict[str, re.Pattern[str]], re.Pattern[str]]:
    values = vocabulary(lang)["values"]
    units = {unit: compile_terms(values["units"].get(unit, []), lang) for unit in DAYS_PER_UNIT}
    every_unit = compile_terms([t for unit in DAYS_PER_UNIT for t in values["units"][unit]], lang)
    pattern = re.compile(
        rf"(?P<number>{number_source(lang)})(?:\s*-\s*|\s*)(?P<unit>{every_unit.pattern})",
        re.IGNORECASE,
    )
    month_names = compile_terms(list(values["months"]), lang)
    return starts(number_openings(lang)), pattern, units, month_names
