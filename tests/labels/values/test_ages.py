"""Ages: a number is an age when a marker follows it or an age cue surrounds it.

Sentences are from the corpus (/work/shared/corpus) unless the id says "brief".
"""

from __future__ import annotations

import pytest

from labels.values import find_ages
from tests.labels.values import quoted

ENGLISH = [
    pytest.param(
        "We do not knowingly allow children under 16 to set up Arlo or Arlo accounts.",
        [("under 16", 16)],
        id="under-n",
    ),
    pytest.param(
        "For the resident under the age of 16 in the EEA, without the consent of their parents",
        [("under the age of 16", 16)],
        id="under-the-age-of",
    ),
    pytest.param(
        "(according to the legal requirements of EU member states, the minimum age must not be "
        "less than 13 years old)",
        [("less than 13 years old", 13)],
        id="years-old",
    ),
    pytest.param(
        "Our Website are not intended for children under 18 years of age. No one under age 18 "
        "may provide any information to or on the website.",
        [("under 18 years of age", 18), ("under age 18", 18)],
        id="years-of-age-and-under-age",
    ),
    pytest.param("CHILDREN UNDER THE AGE OF 18", [("UNDER THE AGE OF 18", 18)], id="capitals"),
    pytest.param(
        'demographic information (such as "25-year-old male in France',
        [("25-year-old", 25)],
        id="hyphenated-year-old",
    ),
    pytest.param("You must be 13 or older to use the app.", [("13 or older", 13)], id="or-older"),
    pytest.param(
        "the Services are for users 16 years or older.",
        [("16 years or older", 16)],
        id="years-or-older",
    ),
    pytest.param(
        "Over the 12 months prior to the effective date of this Disclosure",
        [],
        id="over-a-period-is-not-an-age",
    ),
    pytest.param(
        "we will wait at least twelve (12) months before asking you",
        [],
        id="at-least-a-period",
    ),
    pytest.param(
        "Your data is deleted in less than 30 days, in over 100 countries.",
        [],
        id="cue-before-a-period-or-a-count",
    ),
    pytest.param(
        "under Article 16 of the GDPR, as described above under 8.1.",
        [],
        id="articles-and-sections",
    ),
    pytest.param(
        "provided to us by children under 18 U.S.C. § 2258A",
        [],
        id="statute-citation",
        marks=pytest.mark.xfail(
            strict=True, reason="a bare number after a cue is an age limit; citations look alike"
        ),
    ),
    pytest.param("designed for children 6 to 12 years old", [], id="brief-the-top-of-a-range"),
]

POLISH = [
    pytest.param(
        "2.      Dzieci poniżej 16 roku życia.", [("poniżej 16 roku życia", 16)], id="roku-zycia"
    ),
    pytest.param(
        "2. Dzieci poniżej wieku 16 lat", [("poniżej wieku 16 lat", 16)], id="ponizej-wieku"
    ),
    pytest.param(
        "Osoby poniżej 16 roku życia nie powinny przekazywać żadnych danych osobowych",
        [("poniżej 16 roku życia", 16)],
        id="osoby-ponizej",
    ),
    pytest.param(
        "osoby w wieku poniżej 13 lat",
        [("w wieku poniżej 13 lat", 13)],
        id="brief-w-wieku-ponizej",
    ),
    pytest.param(
        "do ukończenia szesnastego roku życia",
        [("do ukończenia szesnastego roku życia", 16)],
        id="ordinal-year-of-life",
    ),
    pytest.param(
        "Dzieci, które nie ukończyły 13 lat", [("nie ukończyły 13 lat", 13)], id="not-completed"
    ),
    pytest.param(
        "Użytkownik musi mieć co najmniej 18 lat.", [("co najmniej 18 lat", 18)], id="at-least"
    ),
    pytest.param("\xa018 lat\n", [], id="years-without-a-cue-are-a-period"),
    pytest.param(
        "przez okres wymagany przepisami prawa (w Polsce m.in. 5 lat od końca roku podatkowego)",
        [],
        id="a-period",
    ),
    pytest.param(
        "nie przechowujemy danych osobowych przez okres dłuższy niż 25 miesięcy",
        [],
        id="more-than-months",
    ),
    pytest.param("dla dzieci od 6 do 12 roku życia", [], id="brief-the-top-of-a-range"),
]

SWEDISH = [
    pytest.param(
        "Appen samlar inte medvetet in några data från barn under 13 år.",
        [("under 13 år", 13)],
        id="barn-under",
    ),
    pytest.param(
        "Om du är under 13 år, vill vi inte ha din personliga information",
        [("under 13 år", 13)],
        id="om-du-ar-under",
    ),
    pytest.param(
        "Tjänsten är för personer under 18 år.", [("under 18 år", 18)], id="brief-under-18"
    ),
    pytest.param("Du måste vara 13 år eller äldre.", [("13 år eller äldre", 13)], id="or-older"),
    pytest.param("Barn som inte fyllt 16 år", [("som inte fyllt 16 år", 16)], id="not-yet-turned"),
    pytest.param("Du måste vara 16 år gammal.", [("16 år gammal", 16)], id="years-old"),
    pytest.param(
        "Vi lagrar informationen i minst två år enligt kraven från betrodda rotprogram.",
        [],
        id="at-least-two-years-is-a-period",
    ),
    pytest.param("kommer att sparas 1 år i alla fall", [], id="a-period"),
    pytest.param(
        "Vi kan behålla en delmängd av serverloggar under längre perioder",
        [],
        id="under-without-a-number",
    ),
    pytest.param("under 6 månader", [], id="under-a-period"),
    pytest.param("för barn i åldern 6–12 år gamla", [], id="brief-the-top-of-a-range"),
]

CHINESE = [
    pytest.param(
        "如果您的孩子是未满14周岁的未成年人",
        [("未满14周岁", 14)],
        id="not-yet-full-years",
    ),
    pytest.param(
        "但我们将不满 14 周岁的任何人均视为儿童。",
        [("不满 14 周岁", 14)],
        id="spaces-inside",
    ),
    pytest.param("不满十四周岁", [("不满十四周岁", 14)], id="brief-chinese-numerals"),
    pytest.param(
        "若您是18周岁以下的未成年人，在使用我们的服务前",
        [("18周岁", 18)],
        id="years-marker-alone",
    ),
    pytest.param(
        "我们的服务仅面向年满 14岁的用户。我们不允许 14岁以下的用户使用我们的平台",
        [("年满 14岁", 14), ("14岁", 14)],
        id="full-years-and-sui",
    ),
    pytest.param("交易信息、14岁以下（含）儿童信息等的个人信息", [("14岁", 14)], id="sui"),
    pytest.param(
        "如您为未满18周岁的未成年人,请在法定监护人陪同下阅读本协议",
        [("未满18周岁", 18)],
        id="comma",
    ),
    pytest.param("您的这些信息将被保存6个月", [], id="a-period"),
    pytest.param("我们将在15天内回复您的访问请求。", [], id="days"),
    pytest.param("最近更新日期：2016 年 9 月。", [], id="a-date"),
    pytest.param("专为6至12岁儿童设计", [], id="brief-the-top-of-a-range"),
    pytest.param("适合六到十二周岁的儿童", [], id="brief-the-top-of-a-range-in-numerals"),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_ages(text, expected):
    assert quoted(find_ages(text, "en"), text) == expected


@pytest.mark.parametrize(("text", "expected"), POLISH)
def test_polish_ages(text, expected):
    assert quoted(find_ages(text, "pl"), text) == expected


@pytest.mark.parametrize(("text", "expected"), SWEDISH)
def test_swedish_ages(text, expected):
    assert quoted(find_ages(text, "sv"), text) == expected


@pytest.mark.parametrize(("text", "expected"), CHINESE)
def test_chinese_ages(text, expected):
    assert quoted(find_ages(text, "zh"), text) == expected


def test_an_age_is_a_whole_number():
    (found,) = find_ages("children under 16", "en")
    assert found.value == 16 and isinstance(found.value, int)
