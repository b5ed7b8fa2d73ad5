"""Periods of time: number and unit read into days (minute 1/1440, hour 1/24, week 7, month 30,
year 365).

Sentences are from the corpus (/work/shared/corpus) unless the id says "brief".
"""

from __future__ import annotations

import pytest

from labels.values import find_durations
from tests.labels.values import quoted

HOUR = 1 / 24
MINUTE = 1 / 1440

ENGLISH = [
    pytest.param(
        "Recordings are kept for 30, 60 or 90 days",
        [("30", 30), ("60", 60), ("90 days", 90)],
        id="brief-numbers-sharing-a-unit",
    ),
    pytest.param("see section 3, 14 days", [("14 days", 14)], id="brief-a-comma-lists-nothing"),
    pytest.param("between 1 and 2 years", [("2 years", 730)], id="brief-a-range-lists-nothing"),
    pytest.param(
        "This cookie expires after 30 minutes.",
        [("30 minutes", 30 * MINUTE)],
        id="brief-minutes",
    ),
    pytest.param(
        "All such information is retained 14 days.",
        [("14 days", 14)],
        id="digits-days",
    ),
    pytest.param(
        "we will reply your access request without undue delay and in any event within one "
        "month of receipt of the request.",
        [("one month", 30)],
        id="number-word-month",
    ),
    pytest.param(
        "to notify the supervisory authority without undue delay (normally within 72 hours)",
        [("72 hours", 3)],
        id="hours",
    ),
    pytest.param(
        "such as when you use our community features like the forums, 7-day leaderboard, and",
        [("7-day", 7)],
        id="hyphenated-adjective",
    ),
    pytest.param(
        "Once you make an opt-out request, we will wait at least twelve (12) months before "
        "asking you to reauthorize personal information sales.",
        [("twelve (12) months", 360)],
        id="word-and-digits-in-parentheses",
    ),
    pytest.param(
        "We will process these requests within forty-five (45) days of its receipt. If we "
        "require more time (up to 45 days), we will inform you",
        [("forty-five (45) days", 45), ("45 days", 45)],
        id="compound-number-word",
    ),
    pytest.param(
        "we will continue to save your information within 6 months after you cancel your account",
        [("6 months", 180)],
        id="months",
    ),
    pytest.param(
        "In general, we will respond within thirty days.",
        [("thirty days", 30)],
        id="tens-word",
    ),
    pytest.param(
        "twice within a 12-month period.",
        [("12-month", 360)],
        id="article-before-digits-is-not-a-number",
    ),
    pytest.param(
        "Cookies expire after a year; logs after two years; sessions after 24 hours; "
        "backups after one (1) year; a 90-day trial; twenty-four hours",
        [
            ("a year", 365),
            ("two years", 730),
            ("24 hours", 1),
            ("one (1) year", 365),
            ("90-day", 90),
            ("twenty-four hours", 1),
        ],
        id="brief-examples",
    ),
    pytest.param(
        'demographic information (such as "25-year-old male in France with software',
        [],
        id="an-age-is-not-a-period",
    ),
    pytest.param(
        "Our Website are not intended for children under 18 years of age.",
        [],
        id="years-of-age-are-not-a-period",
    ),
    pytest.param(
        "We adopt this notice to comply with the California Consumer Privacy Act of 2018",
        [],
        id="a-year-alone",
    ),
    pytest.param(
        "Effective Date: December 19, 2019. Version 2.0 under Article 6 and section 3; "
        "call +1 (888) 123-4567.",
        [],
        id="dates-versions-articles-phone-numbers",
    ),
    pytest.param("We keep 1,000 days of logs.", [], id="thousands-separator-is-not-a-decimal"),
]

POLISH = [
    pytest.param(
        "Nagrania są przechowywane przez 7, 14 lub 30 dni",
        [("7", 7), ("14", 14), ("30 dni", 30)],
        id="brief-numbers-sharing-a-unit",
    ),
    pytest.param(
        "Plik cookie wygasa po 30 minutach.",
        [("30 minutach", 30 * MINUTE)],
        id="brief-minutes",
    ),
    pytest.param(
        "Okres przechowywania komunikatów alarmowych, alarmowych zrzutów ekranu i adresów IP "
        "w Log API wynosi jedynie 7 dni.",
        [("7 dni", 7)],
        id="days",
    ),
    pytest.param("\xa02 godziny\n", [("2 godziny", 2 * HOUR)], id="cookie-table-hours"),
    pytest.param("\xa02 lata\n", [("2 lata", 730)], id="cookie-table-years"),
    pytest.param("\xa018 lat\n", [("18 lat", 18 * 365)], id="cookie-table-years-genitive"),
    pytest.param(
        "skasujemy Twoje dane osobowe i powiadomimy cię na 3 miesiące przed usunięciem",
        [("3 miesiące", 90)],
        id="months",
    ),
    pytest.param(
        "Wszystkie zmienione warunki będą automatycznie obowiązywać po upływie trzydziestu "
        "(30) dni od ich pierwotnego zamieszczenia w witrynie.",
        [("trzydziestu (30) dni", 30)],
        id="genitive-word-and-digits",
    ),
    pytest.param(
        "przechowywane na Serwerze STOP COVID - ProteGO Safe w postaci zaszyfrowanej przez "
        "14 (czternaście) dni;",
        [("14 (czternaście) dni", 14)],
        id="digits-and-word",
    ),
    pytest.param(
        "dane te zostaną automatycznie usunięte ze smartfona po maksymalnie czternastu dniach.",
        [("czternastu dniach", 14)],
        id="locative",
    ),
    pytest.param(
        "rozumie się przez to generowane losowo i aktywne przez pół godziny od momentu",
        [("pół godziny", 0.5 * HOUR)],
        id="half",
    ),
    pytest.param(
        "nie przechowujemy danych osobowych przez okres dłuższy niż 25 miesięcy, ale",
        [("25 miesięcy", 750)],
        id="months-genitive",
    ),
    pytest.param(
        "przez okres wymagany przepisami prawa (w Polsce m.in. 5 lat od końca roku podatkowego)",
        [("5 lat", 1825)],
        id="years",
    ),
    pytest.param("Dane usuwamy po 1,5 roku.", [("1,5 roku", 547.5)], id="decimal-comma"),
    pytest.param(
        "Rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia "
        "2016 r. w sprawie ochrony osób fizycznych",
        [],
        id="a-date-is-not-a-period",
    ),
    pytest.param("Ostatnia modyfikacja: 13 września 2021 roku.", [], id="year-of-a-date"),
    pytest.param("2.      Dzieci poniżej 16 roku życia.", [], id="an-age-is-not-a-period"),
    pytest.param(
        "Prawnie uzasadniony interes (art. 6 ust. 1 lit. f RODO) – Prezesa Urzędu Ochrony "
        "Danych Osobowych (ul. Stawki 2, 00-193 Warszawa)",
        [],
        id="articles-and-addresses",
    ),
]

SWEDISH = [
    pytest.param(
        "Videoklipp sparas i 7, 14 eller 30 dagar",
        [("7", 7), ("14", 14), ("30 dagar", 30)],
        id="brief-numbers-sharing-a-unit",
    ),
    pytest.param(
        "Cookien sparas i 30 minuter.",
        [("30 minuter", 30 * MINUTE)],
        id="brief-minutes",
    ),
    pytest.param(
        "Tillfälliga serverloggar används endast för operativa ändamål och raderas normalt "
        "inom sju dagar.",
        [("sju dagar", 7)],
        id="number-word-days",
    ),
    pytest.param(
        "Vi lagrar informationen i minst två år enligt kraven från betrodda rotprogram.",
        [("två år", 730)],
        id="at-least-two-years-is-a-period",
    ),
    pytest.param(
        "kommer att sparas 1 år i alla fall, även om du tar bort ditt konto.",
        [("1 år", 365)],
        id="digits-year",
    ),
    pytest.param(
        "Vi kommer att behålla dina kontaktuppgifter i sex år efter din sista kommunikation",
        [("sex år", 6 * 365)],
        id="six-is-a-number-word",
    ),
    pytest.param(
        "Uppgifterna raderas tre år från din senaste inloggning hos Agronod",
        [("tre år", 3 * 365)],
        id="years",
    ),
    pytest.param("Vi sparar uppgifterna i sex månader.", [("sex månader", 180)], id="brief-months"),
    pytest.param(
        "Loggar sparas i 24 timmar, kopior i en vecka och fakturor i ett år.",
        [("24 timmar", 1), ("en vecka", 7), ("ett år", 365)],
        id="article-as-one",
    ),
    pytest.param(
        "Appen samlar inte medvetet in några data från barn under 13 år.",
        [],
        id="an-age-is-not-a-period",
    ),
    pytest.param("# Mozillas sekretesspolicy  25 maj, 2018", [], id="a-date-is-not-a-period"),
    pytest.param("Version 2022-02-24", [], id="an-iso-date-is-not-a-period"),
]

CHINESE = [
    pytest.param(
        "录像保存7、14或30天",
        [("7", 7), ("14", 14), ("30天", 30)],
        id="brief-numbers-sharing-a-unit",
    ),
    pytest.param(
        "本Cookie的有效期为30分钟。",
        [("30分钟", 30 * MINUTE)],
        id="brief-minutes",
    ),
    pytest.param(
        "我们将在15天内回复您的访问请求。",
        [("15天", 15)],
        id="days",
    ),
    pytest.param(
        "我们将按照法律法规的要求并最迟不迟于30个工作日内向您告知",
        [("30个工作日", 30)],
        id="working-days",
    ),
    pytest.param(
        "您的这些信息将被保存6个月：您反馈的问题和反馈的日志信息。",
        [("6个月", 180)],
        id="months-with-measure-word",
    ),
    pytest.param("日志保存三十天。", [("三十天", 30)], id="brief-numeral-tens"),
    pytest.param("数据保存二年，备份保存两年。", [("二年", 730), ("两年", 730)], id="brief-two"),
    pytest.param("我们将在24小时内通知您。", [("24小时", 1)], id="hours"),
    pytest.param("在两周内删除。", [("两周", 14)], id="weeks"),
    pytest.param(
        "保存一百八十天或十五日。", [("一百八十天", 180), ("十五日", 15)], id="numerals-by-rule"
    ),
    pytest.param("保存６个月。", [("６个月", 180)], id="full-width-digits"),
    pytest.param(
        "我们的隐私政策已于 2020 年 8 月 21 日更新。",
        [],
        id="a-date-is-not-a-period",
    ),
    pytest.param("我们的隐私政策已于2019 年12月18日更新。", [], id="a-date-across-spaces"),
    pytest.param("最近更新日期：2016 年 9 月。", [], id="a-year-and-month"),
    pytest.param("若您是18周岁以下的未成年人", [], id="an-age-is-not-a-period"),
    pytest.param("本政策自十一月起生效。", [], id="a-month-name"),
    pytest.param("电话：0755-3394 2655", [], id="a-phone-number"),
    pytest.param(
        "日志保存15年以上。",
        [("15年", 15 * 365)],
        id="years-or-more",
    ),
    pytest.param(
        "日志保存半年。",
        [("半年", 182.5)],
        id="brief-half-year",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_periods(text, expected):
    assert quoted(find_durations(text, "en"), text) == expected


@pytest.mark.parametrize(("text", "expected"), POLISH)
def test_polish_periods(text, expected):
    assert quoted(find_durations(text, "pl"), text) == expected


@pytest.mark.parametrize(("text", "expected"), SWEDISH)
def test_swedish_periods(text, expected):
    assert quoted(find_durations(text, "sv"), text) == expected


@pytest.mark.parametrize(("text", "expected"), CHINESE)
def test_chinese_periods(text, expected):
    assert quoted(find_durations(text, "zh"), text) == expected


def test_half_a_year_is_half_of_365_days():
    text = "We keep the logs for half a year."
    assert quoted(find_durations(text, "en"), text) == [("half a year", 182.5)]


def test_offsets_point_into_the_text_passed_in():
    text = "Logs: 7 dni. Kopie: 7 dni."
    assert [(f.start, f.end) for f in find_durations(text, "pl")] == [(6, 11), (20, 25)]


def test_a_value_is_a_number_of_days_as_a_float():
    (found,) = find_durations("sparas 1 år", "sv")
    assert isinstance(found.value, float)
