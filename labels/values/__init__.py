"""Values inside policy sentences: periods, ages, dates and countries.

Each finder takes a text and its language and returns every value it reads
there, with its span, in text order. The words come from the language's
vocabulary ([values] and [cues] of vocabularies/<lang>.toml), country names
from CLDR (Babel) and places.toml; the code only knows the shapes values take.
"""

from labels.values.ages import find_ages
from labels.values.countries import find_countries, home_countries
from labels.values.dates import find_dates
from labels.values.durations import find_durations
from labels.values.found import Found

__all__ = [
    "Found",
    "find_ages",
    "find_countries",
    "find_dates",
    "find_durations",
    "home_countries",
]
