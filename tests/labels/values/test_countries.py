"""Countries: CLDR names in the text's language and in English, declined, plus places.toml.

Sentences are from the corpus (/work/shared/corpus) unless the id says "brief".
"""

from __future__ import annotations

import pytest

from labels import read_bytes
from labels.values import find_countries, home_countries
from labels.values.countries import _PARAGRAPH_BREAK, _index, _key, _longest, _names_in
from labels.vocabulary import LANGUAGES
from tests.conftest import corpus_files
from tests.labels.values import quoted

ENGLISH = [
    pytest.param(
        "you authorise us to transfer, store, and use your personal data in the United States, "
        "Mainland China and any other country where we operate.",
        [("United States", "US"), ("Mainland China", "CN")],
        id="cldr-name-and-short-form",
    ),
    pytest.param(
        "This synchronization on our servers located in France is necessary",
        [("France", "FR")],
        id="servers-located-in",
    ),
    pytest.param(
        "If you are a resident of the European Economic Area and Hong Kong, you have",
        [("Hong Kong", "HK")],
        id="region-is-not-a-country",
    ),
    pytest.param(
        "headquartered in Beijing, P.R. China, but with group companies all around the world.",
        [("Beijing", "CN"), ("China", "CN")],
        id="capital-city",
    ),
    pytest.param(
        "the EEA, United Kingdom (UK), or Switzerland, the U.S. and the U.S.A.",
        [
            ("United Kingdom", "GB"),
            ("UK", "GB"),
            ("Switzerland", "CH"),
            ("U.S.", "US"),
            ("U.S.A.", "US"),
        ],
        id="abbreviations",
    ),
    pytest.param(
        "Our servers are hosted in Frankfurt, Dublin and Northern Virginia.",
        [("Frankfurt", "DE"), ("Dublin", "IE"), ("Northern Virginia", "US")],
        id="brief-data-centre-cities",
    ),
    pytest.param(
        "In accordance with relevant Chinese laws, regulations, and standards",
        [],
        id="a-language-is-not-a-country",
    ),
    pytest.param(
        "Michael Jordan and Chad from Georgia bought a Jersey and a Turkey for New Mexico.",
        [],
        id="names-that-are-ordinary-words",
    ),
    pytest.param(
        "CONTACT US about the European Union, Europe or the world; bone china",
        [],
        id="regions-and-lower-case",
    ),
]

POLISH = [
    pytest.param(
        "Dane mogą być przetwarzane w Indiach, Rosji, Danii, Nowej Zelandii i RPA.",
        [
            ("Indiach", "IN"),
            ("Rosji", "RU"),
            ("Danii", "DK"),
            ("Nowej Zelandii", "NZ"),
            ("RPA", "ZA"),
        ],
        id="names-too-short-to-decline",
    ),  # fmt: skip
    pytest.param(
        "Serwery znajdują się w Hong Kongu i w Irlandii Północnej.",
        [("Hong Kongu", "HK"), ("Irlandii Północnej", "GB")],
        id="not-kongo-not-ireland",
    ),
    pytest.param(
        "Nasza siedziba główna znajduje się w Chinach i działamy na całym świecie.",
        [("Chinach", "CN")],
        id="locative-plural",
    ),
    pytest.param(
        "Użytkownicy w Stanach Zjednoczonych i niektórych innych regionach",
        [("Stanach Zjednoczonych", "US")],
        id="two-declined-words",
    ),
    pytest.param(
        "użytkownicy z niektórych regionów poza Stanami Zjednoczonymi oraz użytkownicy z USA,",
        [("Stanami Zjednoczonymi", "US"), ("USA", "US")],
        id="instrumental-and-abbreviation",
    ),
    pytest.param(
        "przechowujemy przez okres wymagany przepisami prawa (w Polsce m.in. 5 lat",
        [("Polsce", "PL")],
        id="consonant-alternation",
    ),
    pytest.param(
        "Jeśli użytkownik przebywa w Wielkiej Brytanii lub EOG, może również skontaktować się",
        [("Wielkiej Brytanii", "GB")],
        id="adjective-and-noun",
    ),
    pytest.param(
        "Jeśli użytkownik nie posiada adresu zamieszkania w Holandii, może wpisać kod pocztowy",
        [("Holandii", "NL")],
        id="genitive-ii",
    ),
    pytest.param(
        "Dane są przechowywane na serwerach w Singapurze, we Włoszech i w Niemczech.",
        [("Singapurze", "SG"), ("Włoszech", "IT"), ("Niemczech", "DE")],
        id="brief-locatives",
    ),
    pytest.param(
        "Prezesa Urzędu Ochrony Danych Osobowych (ul. Stawki 2, 00-193 Warszawa), uodo.gov.pl.",
        [("Warszawa", "PL")],
        id="capital-city",
    ),
    pytest.param(
        "Alibaba Cloud Computing Co., Ltd(Chiny), Azure (USA), 北京金山云网有限公司",
        [("Chiny", "CN"), ("USA", "US"), ("北京", "CN")],
        id="mixed-scripts",
    ),
    pytest.param(
        "Strona jest dostępna w języku polskim i chińskim; polska wersja, Kongres, Chinese",
        [],
        id="adjectives-and-look-alikes",
    ),
]

SWEDISH = [
    pytest.param(
        "Uppgifterna kan överföras till Förenade kungariket.",
        [("Förenade kungariket", "GB")],
        id="the-united-kingdom",
    ),
    pytest.param(
        "För närvarande har PROCOTsmart datacenter i Peking och Singapore.",
        [("Peking", "CN"), ("Singapore", "SG")],
        id="city-and-country",
    ),
    pytest.param(
        "mika:timing använder ett datacenter i Tyskland och därför kommer dina personuppgifter",
        [("Tyskland", "DE")],
        id="datacenter",
    ),
    pytest.param(
        "PrinsensMinne använder ett webbhotell i Nederländerna och därför kommer personuppgifter",
        [("Nederländerna", "NL")],
        id="definite-name",
    ),
    pytest.param(
        "Plattformen förvaltas av Malmö Universitet, i Sverige.",
        [("Sverige", "SE")],
        id="sweden",
    ),
    pytest.param(
        "oavsett om du bor i Sverige, Storbritannien eller USA",
        [("Sverige", "SE"), ("Storbritannien", "GB"), ("USA", "US")],
        id="list",
    ),
    pytest.param(
        "Data lagras enligt Kinas lagar och Sveriges dataskyddslag.",
        [("Kinas", "CN"), ("Sveriges", "SE")],
        id="brief-genitive",
    ),
    pytest.param(
        "För användare inom EU, EES och Schweiz", [("Schweiz", "CH")], id="eu-is-no-country"
    ),
    pytest.param(
        "Appen finns på svenska och engelska i hela Europa.", [], id="languages-and-regions"
    ),
]

CHINESE = [
    pytest.param(
        "目前，华米在北京、美国、新加坡、德国、印度和俄罗斯设有数据中心。",
        [
            ("北京", "CN"),
            ("美国", "US"),
            ("新加坡", "SG"),
            ("德国", "DE"),
            ("印度", "IN"),
            ("俄罗斯", "RU"),
        ],
        id="data-centres",
    ),
    pytest.param(
        "我们会按照法律法规规定,将境内收集的用户个人信息存储于中国境内。",
        [("中国", "CN")],
        id="china",
    ),
    pytest.param(
        "我们在中华人民共和国境内收集和产生的个人信息，将存储在中华人民共和国境内。",
        [("中华人民共和国", "CN"), ("中华人民共和国", "CN")],
        id="official-name",
    ),
    pytest.param(
        "您所在国家或地区的信息（例如中国大陆或台湾）。",
        [("中国大陆", "CN"), ("台湾", "TW")],
        id="mainland",
    ),
    pytest.param("按照中国相关的法律、法规、标准", [("中国", "CN")], id="chinese-law-is-china"),
    pytest.param("地址：中国广东省深圳市南山区", [("中国", "CN"), ("深圳", "CN")], id="address"),
    pytest.param(
        "Huawei Device USA, Inc收集和处理个人数据。中国香港",
        [("USA", "US"), ("中国香港", "HK")],
        id="english-inside-chinese-and-hong-kong",
    ),
    pytest.param("我们将依据合法国家标准处理。", [], id="lawful-is-not-france"),
    pytest.param(
        "最近更新日期：2020年6月30日\n\n本政策将帮助您了解以下内容",
        [],
        id="no-name-across-a-paragraph",
    ),
    pytest.param("欧盟和欧洲经济区的用户", [], id="eu-and-eea"),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_countries(text, expected):
    assert quoted(find_countries(text, "en"), text) == expected


@pytest.mark.parametrize(("text", "expected"), POLISH)
def test_polish_countries(text, expected):
    assert quoted(find_countries(text, "pl"), text) == expected


@pytest.mark.parametrize(("text", "expected"), SWEDISH)
def test_swedish_countries(text, expected):
    assert quoted(find_countries(text, "sv"), text) == expected


@pytest.mark.parametrize(("text", "expected"), CHINESE)
def test_chinese_countries(text, expected):
    assert quoted(find_countries(text, "zh"), text) == expected


@pytest.mark.parametrize(
    ("lang", "home", "abroad"),
    [
        ("sv", {"SE", "IE", "NO"}, {"US", "GB", "CH", "CN"}),
        ("pl", {"PL", "DE", "IS"}, {"US", "UA", "SG"}),
        ("zh", {"CN", "HK", "MO", "TW"}, {"US", "SG", "JP"}),
    ],
)
def test_home_countries_of_a_language_s_readers(lang, home, abroad):
    assert home <= home_countries(lang)
    assert not abroad & home_countries(lang)


def test_english_has_no_home():
    assert home_countries("en") is None


def test_a_polish_name_hyphenated_at_a_line_end_is_read_whole_over_both_halves():
    # pdftotext cuts a word at a line end with a hyphen; the span is the exact slice
    text = "centrum danych w Holan-\ndii oraz w Niem-\nczech"
    assert quoted(find_countries(text, "pl"), text) == [
        ("Holan-\ndii", "NL"),
        ("Niem-\nczech", "DE"),
    ]


def test_a_swedish_name_hyphenated_at_a_line_end_is_read_whole():
    text = "servrar i Neder-\nländerna och Irland"
    assert quoted(find_countries(text, "sv"), text) == [
        ("Neder-\nländerna", "NL"),
        ("Irland", "IE"),
    ]


def test_a_name_before_a_hyphen_with_a_capital_after_it_is_not_joined():
    # "Polska-\nNiemcy" is two names, not one word cut in two
    text = "granica Polska-\nNiemcy"
    assert quoted(find_countries(text, "pl"), text) == [("Polska", "PL"), ("Niemcy", "DE")]


def _names_tried_one_by_one(text: str, lang: str) -> list[tuple[int, int, str]]:
    """`_names_in` without the one pattern of a key's names: each name tried in turn."""
    index = _index(lang)
    found, resume = [], 0
    for pos in index.starts.positions(text):
        if pos < resume:
            continue
        best = _longest(index.names.get(_key(text[pos : pos + 2]), []), text, pos)
        if best is None:
            continue
        end, code = best
        resume = end
        if code is not None and not _PARAGRAPH_BREAK.search(text, pos, end):
            found.append((pos, end, code))
    return found


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_a_keys_names_as_one_pattern_find_what_each_name_finds(path) -> None:
    text = read_bytes(path.read_bytes(), path.name).text
    for lang in LANGUAGES:
        assert _names_in(text, lang) == _names_tried_one_by_one(text, lang), lang
