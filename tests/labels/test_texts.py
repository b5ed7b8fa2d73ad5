"""The label's words: catalog messages per locale, and CLDR formatting through Babel."""

from __future__ import annotations

import json
from datetime import date

import pytest

from labels.i18n import LOCALES, translations
from labels.label import (
    DATA_CATEGORIES,
    NO,
    NOT_STATED,
    RECIPIENTS,
    RIGHTS,
    SECURITY,
    YES,
    Flag,
    Retention,
    build_label,
)
from labels.texts import HEADINGS, ITEMS, LabelTexts
from tests.conftest import SHARED

GOLD = SHARED / "gold" / "seeds"


def gold_label(prefix: str):
    """The label of a seed policy's hand-checked facts."""
    path = next(GOLD.glob(f"{prefix}_*.json"))
    return build_label(json.loads(path.read_text(encoding="utf-8")))


def retention(shortest=None, longest=None, until_needed=NOT_STATED) -> Retention:
    return Retention(shortest, longest, Flag(until_needed), Flag(NOT_STATED))


@pytest.mark.parametrize(
    ("locale", "days", "expected"),
    [
        ("en", 7, "7 days"),
        ("en", 45, "45 days"),
        ("en", 365, "1 year"),
        ("en", 0.0833, "2 hours"),
        ("pl", 1, "1 dzień"),
        ("pl", 2, "2 dni"),
        ("pl", 5, "5 dni"),
        ("pl", 730, "2 lata"),
        ("pl", 6570, "18 lat"),
        ("sv", 180, "6 månader"),
        ("sv", 7, "7 dygn"),
        ("zh", 7, "7天"),
        ("zh", 180, "6个月"),
    ],
    ids=lambda v: str(v),
)
def test_duration_uses_the_largest_unit_that_is_exact(locale, days, expected):
    assert LabelTexts(locale).duration(days) == expected


@pytest.mark.parametrize(
    ("locale", "years", "expected"),
    [
        ("en", 1, "1 year"),
        ("en", 16, "16 years"),
        ("pl", 1, "1 rok"),
        ("pl", 2, "2 lata"),
        ("pl", 16, "16 lat"),
        ("pl", 22, "22 lata"),
        ("sv", 13, "13 år"),
        ("zh", 16, "16岁"),
    ],
    ids=lambda v: str(v),
)
def test_age_takes_the_plural_form_of_the_locale(locale, years, expected):
    assert LabelTexts(locale).age(years) == expected


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en", "2 hours to 18 years, otherwise as long as needed"),
        ("pl", "2 godziny – 18 lat, poza tym tak długo, jak to konieczne"),
        ("zh", "2小时至18年，其余保留至不再需要"),
    ],
)
def test_retention_of_imou_spans_shortest_to_longest_period(locale, expected):
    assert LabelTexts(locale).retention(gold_label("001").retention) == expected


@pytest.mark.parametrize(
    ("locale", "value", "expected"),
    [
        ("en", retention(180, 180), "6 months"),
        ("en", retention(until_needed=YES), "As long as needed"),
        ("sv", retention(until_needed=YES), "Så länge det behövs"),
        ("en", retention(), "Not stated"),
        ("pl", retention(until_needed=NO), "Nie podano"),
    ],
    ids=["one-period", "until-needed", "until-needed-sv", "silent", "silent-pl"],
)
def test_retention_says_what_is_stated_and_nothing_more(locale, value, expected):
    assert LabelTexts(locale).retention(value) == expected


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("en", "China and Singapore"), ("sv", "Kina och Singapore"), ("zh", "中国和新加坡")],
)
def test_storage_names_countries_as_a_cldr_list(locale, expected):
    label = gold_label("000")
    texts = LabelTexts(locale)
    assert texts.storage(label.storage_countries, label.international_transfer) == expected


def test_storage_abroad_without_countries_says_so():
    texts = LabelTexts("en")
    assert texts.storage([], Flag(YES)) == "Also abroad; countries not named"
    assert texts.storage([], Flag(NOT_STATED)) == "Not stated"


@pytest.mark.parametrize(
    ("locale", "code", "expected"),
    [("en", "US", "United States"), ("pl", "US", "Stany Zjednoczone"), ("zh", "sg", "新加坡")],
)
def test_country_names_come_from_cldr(locale, code, expected):
    assert LabelTexts(locale).country(code) == expected


def test_unknown_country_code_is_shown_as_given():
    assert LabelTexts("en").country("XX") == "XX"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en", "September 13, 2021"),
        ("sv", "13 september 2021"),
        ("pl", "13 września 2021"),
        ("zh", "2021年9月13日"),
    ],
)
def test_policy_date_is_written_out_in_the_locale(locale, expected):
    assert LabelTexts(locale).date(date(2021, 9, 13)) == expected


@pytest.mark.parametrize(
    ("locale", "code", "expected"),
    [
        ("en", "sv", "Swedish"),
        ("pl", "sv", "szwedzki"),
        ("zh", "zh", "中文"),
        ("sv", "pl", "polska"),
    ],
)
def test_language_names_come_from_cldr(locale, code, expected):
    assert LabelTexts(locale).language_name(code) == expected


@pytest.mark.parametrize("locale", LOCALES)
def test_not_stated_is_never_worded_as_no(locale):
    texts = LabelTexts(locale)
    assert len({texts.state(YES), texts.state(NO), texts.state(NOT_STATED)}) == 3


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("en", "Privacy label"), ("sv", "Integritetsetikett"), ("pl", "Etykieta prywatności"),
     ("zh", "隐私标签")],
)  # fmt: skip
def test_title_is_translated(locale, expected):
    assert LabelTexts(locale).title() == expected


@pytest.mark.parametrize(
    ("group", "ids"),
    [("data", DATA_CATEGORIES), ("recipients", RECIPIENTS), ("security", SECURITY),
     ("rights", RIGHTS)],
)  # fmt: skip
def test_every_label_entry_has_a_name_of_its_own(group, ids):
    assert set(ITEMS[group]) == set(ids)
    for locale in LOCALES:
        names = [LabelTexts(locale).item(group, i) for i in ids]
        assert len(set(names)) == len(names), locale


def test_headings_cover_every_part_of_the_label():
    parts = {"data", "recipients", "sells_data", "targeted_ads", "retention", "storage",
             "security", "rights", "min_age", "policy_date", "contact", "evidence", "full_label"}  # fmt: skip
    assert parts <= set(HEADINGS)


def test_chinese_words_have_no_spaces():
    texts = LabelTexts("zh")
    words = [texts.heading(k) for k in HEADINGS] + [
        texts.item(group, i) for group, items in ITEMS.items() for i in items
    ]
    assert [w for w in words if " " in w] == []


def test_unsupported_locale_is_refused():
    with pytest.raises(ValueError, match="unsupported locale 'de'"):
        translations("de")
