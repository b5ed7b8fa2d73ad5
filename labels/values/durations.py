"""Periods of time, in days: "7 dni", "sex månader", "6个月", "one (1) year", "90-day".

A period is a number (see numbers.py) followed by a unit of the language's
[values.units]; an hour is 1/24 day, a week 7, a month 30 and a year 365 days
(LABEL_SPEC.md). Numbers that are ages ("16 years of age") or parts of a date
("2021年6月30日", "13 września 2021 roku") are not periods, nor is a calendar
year with a year unit ("2021年") or a month name that looks like one ("十一月").
"""

from __future__ import annotations

import re
from functools import cache

from labels.values.ages import find_ages
from labels.values.dates import calendar_spans
from labels.values.found import Found
from labels.values.numbers import number_openings, number_source, read_number
from labels.values.starts import Starts, scan, starts
from labels.vocabulary import compile_terms, vocabulary

_CONTEXT = 80
"""Characters around a period within which an age or a date that contains it must lie."""
DAYS_PER_UNIT: dict[str, float] = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365}


def find_durations(text: str, lang: str) -> list[Found]:
    """Every period of time in `text`, in text order; the value is a number of days."""
    openings, pattern, units, month_names = _grammar(lang)
    found = []
    for match in scan(openings, pattern, text):
        number = read_number(match["number"], lang)
        unit = next((name for name, p in units.items() if p.fullmatch(match["unit"])), None)
        if number is None or number.value <= 0 or unit is None:
            continue
        start = match.start() + number.offset
        if unit == "year" and number.value >= 1000:
            continue  # 2021年, 2016 roku: a calendar year
        if month_names.fullmatch(match.group()):
            continue
        if _within_age_or_date(text, lang, start, match.end()):
            continue
        found.append(Found(start, match.end(), number.value * DAYS_PER_UNIT[unit]))
    return found


def _within_age_or_date(text: str, lang: str, start: int, end: int) -> bool:
    """Whether text[start:end] overlaps an age or a calendar span. Both are read around
    it only: periods are few, and reading the whole policy twice more is not."""
    low = max(0, start - _CONTEXT)
    window = text[low : end + _CONTEXT]
    spans = [(f.start, f.end) for f in find_ages(window, lang)] + calendar_spans(window, lang)
    return any(low + begin < end and start < low + finish for begin, finish in spans)


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
