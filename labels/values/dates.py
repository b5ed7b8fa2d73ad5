"""Calendar dates in the shapes policies print them, read into `datetime.date`.

All digits ("2021-06-30", "2021.06.30", "30.06.2021", "06/30/2021"), a month name
from the language's [values.months] ("13 września 2021 roku", "June 30, 2021",
"den 1 juni 2020"), or the language's own CLDR long format when it writes every
field as a number followed by a character (y年M月d日: "2021年6月30日").
An all-digit date with the year last is read in the order of the language's CLDR
short format (en: month first; elsewhere day first, always with dots) and in the
other order only when that one is impossible. Impossible dates are not dates.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import cache

from babel import Locale
from babel.dates import tokenize_pattern

from labels.values.found import Found
from labels.values.numbers import number_source, numeral_openings, read_number
from labels.values.starts import Starts, openings, starts
from labels.vocabulary import compile_terms, vocabulary

# The value of a calendar span that names no complete date ("12月18日", "2021年6月").
_PARTIAL = "partial"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_NOT_AFTER_DIGITS = r"(?<![\d.,/-])"
_NOT_BEFORE_DIGITS = r"(?![\d]|[-./]\d)"
_ORDINAL = r"(?:\.|[^\W\d_]{1,2})?"  # 1. juni, 30th June, 1st
_YEAR_FIRST = re.compile(
    rf"{_NOT_AFTER_DIGITS}{_YEAR}(?P<sep>[-./])(?P<month>\d\d?)(?P=sep)(?P<day>\d\d?)"
    rf"{_NOT_BEFORE_DIGITS}"
)
_YEAR_LAST = re.compile(
    rf"{_NOT_AFTER_DIGITS}(?P<first>\d\d?)(?P<sep>[-./])(?P<second>\d\d?)(?P=sep){_YEAR}"
    rf"{_NOT_BEFORE_DIGITS}"
)


# A pattern and what its match means: a date, _PARTIAL, or None for no calendar span.
_Reader = tuple[re.Pattern[str], Callable[[re.Match[str], str], date | str | None]]


def find_dates(text: str, lang: str) -> list[Found]:
    """Every complete, possible calendar date in `text`, in text order."""
    return [found for found in _scan(text, lang) if isinstance(found.value, date)]


def calendar_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Where `text` names a point in the calendar, dates and also "12月18日" or
    "2021年6月" without a day or year: numbers there count days of a month, not days."""
    return [(found.start, found.end) for found in _scan(text, lang)]


def _scan(text: str, lang: str) -> list[Found]:
    """The longest reading at each place a date can open, without overlaps."""
    openings, readers = _openings(lang), _readers(lang)
    found: list[Found] = []
    for pos in openings.positions(text):
        if found and pos < found[-1].end:
            continue
        best = None
        for pattern, read in readers:
            match = pattern.match(text, pos)
            if match and (best is None or match.end() > best.end):
                value = read(match, lang)
                if value is not None:
                    best = Found(pos, match.end(), value)
        if best is not None:
            found.append(best)
    return found


@cache
def _openings(lang: str) -> Starts:
    return starts(numeral_openings(lang) | openings(vocabulary(lang)["values"]["months"]))


@cache
def _readers(lang: str) -> list[_Reader]:
    months = compile_terms(list(vocabulary(lang)["values"]["months"]), lang).pattern
    years = compile_terms(vocabulary(lang)["values"]["units"]["year"], lang).pattern
    readers = [
        (_YEAR_FIRST, _read_year_first),
        (_YEAR_LAST, _read_year_last),
        (
            re.compile(
                rf"(?<!\d)(?P<day>\d\d?){_ORDINAL}\s*(?P<month>{months})\.?,?\s+{_YEAR}(?!\d)"
                rf"(?:\s*(?:{years}))?",  # 13 września 2021 roku
                re.IGNORECASE,
            ),
            _read_named_month,
        ),
        (
            re.compile(
                rf"(?P<month>{months})\.?\s+(?P<day>\d\d?){_ORDINAL},?\s+{_YEAR}(?!\d)",
                re.IGNORECASE,
            ),
            _read_named_month,
        ),
    ]
    chain = _unit_chain(lang)
    if chain is not None:
        readers.append((chain, _read_unit_chain))
    return readers


def _read_year_first(match: re.Match[str], lang: str) -> date | None:
    return _date(match["year"], match["month"], match["day"])


def _read_year_last(match: re.Match[str], lang: str) -> date | None:
    first, second, year = match["first"], match["second"], match["year"]
    month_first = match["sep"] != "." and _month_first(lang)
    preferred = (second, first) if month_first else (first, second)
    day, month = preferred
    return _date(year, month, day) or _date(year, day, month)


def _read_named_month(match: re.Match[str], lang: str) -> date | None:
    return _date(match["year"], _month_number(match["month"], lang), match["day"])


def _read_unit_chain(match: re.Match[str], lang: str) -> date | str | None:
    """A date when year, month and day are all there; else the bare calendar span."""
    fields = {}
    for name in ("year", "month", "day"):
        number = read_number(match[name], lang) if match[name] else None
        fields[name] = int(number.value) if number else None
    if fields["year"] and fields["day"]:
        found = _date(fields["year"], fields["month"], fields["day"])
        if found is not None:
            return found
    if (fields["year"] or fields["day"]) and 1 <= (fields["month"] or 0) <= 12:
        return _PARTIAL
    return None


def _date(year: int | str, month: int | str | None, day: int | str) -> date | None:
    """The date, if it exists and its year is one a policy can name (1900-2099)."""
    try:
        found = date(int(year), int(month), int(day))
    except (TypeError, ValueError):
        return None
    return found if 1900 <= found.year <= 2099 else None


def _month_number(name: str, lang: str) -> int | None:
    return next((number for term, number in _month_terms(lang) if term.fullmatch(name)), None)


@cache
def _month_terms(lang: str) -> list[tuple[re.Pattern[str], int]]:
    months = vocabulary(lang)["values"]["months"]
    return [(compile_terms([term], lang), number) for term, number in months.items()]


@cache
def _month_first(lang: str) -> bool:
    """Whether the language's short date format puts the month before the day (M/d/yy)."""
    short = Locale.parse(lang).date_formats["short"].pattern
    fields = [f[0] for kind, f in tokenize_pattern(short) if kind == "field"]
    order = [f for f in fields if f in ("y", "M", "d")]
    return order[:2] == ["M", "d"]


@cache
def _unit_chain(lang: str) -> re.Pattern[str] | None:
    """The CLDR long date format as a pattern, if it writes year, month and day as numbers
    each followed by characters (y年M月d日); the year and the day may be left out."""
    tokens = tokenize_pattern(Locale.parse(lang).date_formats["long"].pattern)
    shape = [(kind, value[0] if kind == "field" else value) for kind, value in tokens]
    if [kind for kind, _ in shape] != ["field", "chars"] * 3:
        return None
    if [value for kind, value in shape if kind == "field"] != ["y", "M", "d"]:
        return None
    year_unit, month_unit, day_unit = (re.escape(v.strip()) for k, v in shape if k == "chars")
    number = number_source(lang)
    return re.compile(
        rf"(?:(?P<year>\d{{4}}|{number})\s*{year_unit}\s*)?"
        rf"(?P<month>\d\d?|{number})\s*{month_unit}"
        rf"(?:\s*(?P<day>\d\d?|{number})\s*{day_unit})?"
    )
