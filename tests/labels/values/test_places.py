"""places.toml, the data of country names CLDR does not give, is consistent with CLDR."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from babel import Locale

import labels.values
from labels.vocabulary import term_pattern

PLACES = tomllib.loads(
    (Path(labels.values.__file__).with_name("places.toml")).read_text(encoding="utf-8")
)
TERRITORIES = {code for code in Locale("en").territories if code.isalpha()}
NAMES = {
    name.lower() for lang in ("en", "sv", "pl", "zh") for name in Locale(lang).territories.values()
}
TERMS = [
    (table, code, term)
    for table in ("aliases", "cities")
    for code, terms in PLACES[table].items()
    for term in terms
]


@pytest.mark.parametrize("table", ["aliases", "cities"])
def test_every_place_is_a_country_of_cldr(table):
    codes = set(PLACES[table])
    assert codes <= TERRITORIES - set(PLACES["not_countries"]["codes"])


def test_codes_that_are_not_countries_are_cldr_regions():
    assert set(PLACES["not_countries"]["codes"]) <= TERRITORIES


def test_names_left_out_are_cldr_names():
    assert set(PLACES["not_names"]["terms"]) <= NAMES


@pytest.mark.parametrize(("table", "code", "term"), TERMS, ids=lambda v: str(v))
def test_a_place_term_is_lower_case_and_a_valid_pattern(table, code, term):
    assert term == term.strip().lower()
    re.compile(term_pattern(term, "zh" if re.match(r"[\u4e00-\u9fff]", term) else "en"))


def test_no_term_names_two_countries():
    codes_of: dict[str, set[str]] = {}
    for _, code, term in TERMS:
        codes_of.setdefault(term, set()).add(code)
    assert {term: codes for term, codes in codes_of.items() if len(codes) > 1} == {}


@pytest.mark.parametrize("lang", sorted(PLACES["inflection"]))
def test_an_inflection_table_has_every_key(lang):
    assert set(PLACES["inflection"][lang]) == {"strip", "min_stem", "alternations", "endings"}
