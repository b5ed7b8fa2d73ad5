"""The publisher of a policy: brand of its own domain, camel-case brand, or none."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from labels._matching import count_words, lower_case, matches_at_spaces, spelled_by

from labels import read_bytes
from labels.language import detect_language
from labels.organization import (
    _PHRASE,
    _apostrophes,
    _controller_cue_patterns,
    _controller_cues,
    _form_after_space,
    _forms_after_space,
    _halves,
    _leftmost_matches,
    _legal_form,
    _possessive_names,
    _search_for,
    _spelled_by_labels,
    _squeezed,
    declined_stem,
    defined_aliases,
    legal_names,
    organization,
    short_names,
)
from tests.conftest import corpus_files

LETS_ENCRYPT = (
    "# Let’s Encrypt Integritetspolicy\n\n"
    "Let’s Encrypt Integritetspolicy beskriver hur vi samlar in, använder och lämnar ut din"
    " information i tre olika sammanhang:\n\n"
    "- När du är en Prenumerant, dvs. när du begär och använder certifikat från Let’s Encrypt,\n"
    "Se https://letsencrypt.org/repository/ för mer information.\n"
)
EUFY = (
    "If you have any questions, please contact us at support@eufylife.com.\n"
    "You can control your eufy device from the eufy app.\n"
    "Your eufy account is yours.\n"
)
CAMEL_CASE = (
    "iSmartHomeQ takes the privacy of its users very seriously. To protect iSmartHomeQt and"
    " its affiliates, iSmartHomeQ may disclose information. We will continue to store your"
    " personal information for you while you use the iSmartHomeQ product.\n"
)
CHINESE_COMPANY = "本政策仅适用于珠海格力电器股份有限公司的格力+App提供的产品。\n"
# pl/latwa-forma-fitness: the controller sentence names a sole trader in capitals.
CONTROLLER = (
    "1. Administrator danych\n\nAdministratorem danych jest VENTAS NORBERT WRÓBLEWSKI,"
    " ul. Szczytowa 27/10, 41-608 Świętochłowice, Polska. Kontakt: contact@latwaforma.pl.\n"
)
# pl/mozilla-firefox: the product's domain and name are more frequent than the company's.
CALLED_US = (
    "Firefox przetwarza różne dane. Zobacz https://www.firefox.com/pl/ i https://www.firefox.com"
    "/privacy/. Przeglądarka Firefox jest szybka.\nW sprawie wniosków dotyczących danych"
    " osobowych należy skontaktować się z nami (Mozilla Corporation) za pośrednictwem portalu.\n"
)
# sv/zoe-covid-symptom-study: the EU representative has its own domain and many mentions.
SHORT_NAME_GIVEN = (
    "Denna app har skapats och drivs av Zoe Limited (”Zoe”), som är ett hälsoteknikföretag.\n"
    "Zoe har utsett DataRep som sin representant för dataskyddsfrågor i den Europeiska"
    " unionen.\n- skicka ett e-postmeddelande till DataRep på zoe@datarep.com\n- kontakta"
    " DataRep via deras webbformulär online på www.datarep.com/zoe\n"
)
# seeds/001: the brand of the domain is one of the names the declaration gives.
BRAND_AMONG_SHORT_NAMES = (
    "Usługi są świadczone przez Hangzhou Huacheng Network Technology Co., Ltd („Huacheng”,"
    " „Imou”, „my”, „nas” lub „nasz”).\nImou dba o prywatność. Aplikacja Imou Life."
    " Kontakt: privacy@imoulife.com\n"
)
# zh/huami-mi-fit: the company called 我们, without its affiliates.
CHINESE_CALLED_US = (
    "本隐私政策规定了华米科技及关联公司（下文简称“华米”或“我们”）如何收集、使用、披露、处理和保护"
    "您在使用我们的产品和服务时提供给我们的信息。\n"
)
# zh/snail-sleep-seblong: the push SDK's vendor is the only other legal name.
CHINESE_NAME_WITH_PLACE = (
    "欢迎您使用赛博龙科技（北京）有限公司（以下称“蜗牛睡眠”或称“我们”）的产品和服务！\n"
    "第三方SDK名称：极光推送SDK\n第三方公司名称：深圳市和讯华谷信息技术有限公司\n"
)
# zh/tmall-genie-alibaba: 我们 is a role, not a company; the legal name is used.
CHINESE_ROLE_CALLED_US = (
    "天猫精灵产品和服务提供者（以下简称“我们”）制定本隐私权政策。\n"
    "提供天猫精灵产品和服务的浙江天猫网络有限公司。\n"
)
UNNAMED = "(以下也称 “我们”)非常重视用户隐私。我们深知个人信息对您的重要性。\n"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(LETS_ENCRYPT, "sv", "Let’s Encrypt", id="two-words-of-the-domain"),
        pytest.param(EUFY, "en", "eufy", id="lower-case-brand-of-the-mail-domain"),
        pytest.param(CAMEL_CASE, "en", "iSmartHomeQ", id="camel-case-brand"),
        pytest.param(CHINESE_COMPANY, "zh", "珠海格力电器股份有限公司", id="chinese-legal-name"),
        pytest.param(UNNAMED, "zh", None, id="never-named"),
        pytest.param(CONTROLLER, "pl", "VENTAS NORBERT WRÓBLEWSKI", id="controller-sentence"),
        pytest.param(CALLED_US, "pl", "Mozilla", id="company-called-us-not-the-product"),
        pytest.param(SHORT_NAME_GIVEN, "sv", "Zoe", id="company-given-a-short-name"),
        pytest.param(BRAND_AMONG_SHORT_NAMES, "pl", "Imou", id="brand-among-the-short-names"),
        pytest.param(CHINESE_CALLED_US, "zh", "华米科技", id="chinese-company-called-us"),
        pytest.param(
            CHINESE_NAME_WITH_PLACE,
            "zh",
            "赛博龙科技（北京）有限公司",
            id="chinese-name-with-place",
        ),
        pytest.param(
            CHINESE_ROLE_CALLED_US, "zh", "浙江天猫网络有限公司", id="chinese-role-called-us"
        ),
        pytest.param(
            CHINESE_CALLED_US.replace("（", "(").replace("）", ")"),
            "zh",
            "华米科技",
            id="chinese-company-called-us-in-half-width-parentheses",
        ),
        pytest.param(
            "INTEGRITETSPOLICY FÖR EXEMPELBOLAGET AB\n\nVi behandlar dina personuppgifter.\n",
            "sv",
            "EXEMPELBOLAGET",
            id="a-title-in-capitals-runs-into-the-name",
        ),
        pytest.param(
            "POLITYKA PRYWATNOŚCI SPÓŁKI KOWALSKI SP. Z O.O.\n\nPrzetwarzamy dane.\n",
            "pl",
            "KOWALSKI",
            id="a-polish-title-in-capitals-runs-into-the-name",
        ),
        pytest.param(
            " ".join(CHINESE_COMPANY),
            "zh",
            "珠海格力电器股份有限公司",
            id="chinese-legal-name-with-spaces-between-characters",
        ),
        pytest.param(
            CHINESE_NAME_WITH_PLACE.replace("（", "(").replace("）", ")"),
            "zh",
            "赛博龙科技(北京)有限公司",
            id="chinese-name-with-place-in-half-width-parentheses",
        ),
        pytest.param(
            "Coffee Review rates coffees. Coffee Review is read by roasters. Coffee lovers"
            " read it. Coffee is our life. Write to editor@coffeereview.com.\n",
            "en",
            "Coffee Review",
            id="a-domain-that-spells-two-words-names-both",
        ),
        pytest.param(
            "Acme ships cameras. Acme keeps data in the EU. Acme joined the Privacy Shield;"
            " the Privacy Shield list is at www.privacyshield.gov. Privacy Shield rules apply."
            " Write to privacy@acme.com.\n",
            "en",
            "Acme",
            id="two-words-of-the-language-that-a-domain-spells-are-no-brand",
        ),
    ],
)
def test_organization(text: str, lang: str, expected: str | None) -> None:
    assert organization(text, lang) == expected


def test_short_name_at_the_head_of_a_chinese_name() -> None:
    text = (
        "华为终端有限公司及其全球的企业附属公司（下文简称“华为”“我们”和“我们的”）深知隐私对您的"
        "重要性。\n华为不会将您的个人数据出售给第三方。但是，华为会在以下情况下披露您的个人数据：\n"
    )
    assert short_names("华为终端有限公司", text) == ("华为",)


@pytest.mark.parametrize(
    "path", [p for p in corpus_files() if p.parent.name != "zh"], ids=lambda p: p.stem
)
def test_legal_names_finds_what_the_plain_pattern_finds(path: Path) -> None:
    # legal_names tries the pattern only near a legal form; it must miss none, add none
    text = read_bytes(path.read_bytes(), path.name).text
    lang = detect_language(text)
    expected = [m.span() for m in _legal_form(lang).finditer(text)]
    assert [m.span() for m in legal_names(text, lang)] == expected
    assert [m.span() for m in legal_names(text, lang, lowered=text.lower())] == expected


def test_an_english_as_is_no_company_form() -> None:
    # template wording (not in the corpus): "as" ends no company's name (Norwegian "AS" would)
    text = "We share Personal Information as described below with our service providers."
    assert [m.group(0) for m in legal_names(text, "en")] == []


@pytest.mark.parametrize(
    ("text", "lang", "aliases"),
    [
        pytest.param(
            "Sklep prowadzi Gniazdko24 S.A. z siedzibą w Warszawie, KRS 0000123456 (dalej:"
            " „Sprzedawca”).",
            "pl",
            ("Sprzedawca",),
            id="pl-after-a-registration-tail",
        ),
        pytest.param(
            'Acme Widgets Ltd, a company registered in England (hereinafter "Seller" or "we").',
            "en",
            ("Seller",),
            id="en-hereinafter-without-we",
        ),
        pytest.param(
            'Exempelbolaget AB, org.nr 556000-0000 (nedan "Bolaget") ansvarar för dina uppgifter.',
            "sv",
            ("Bolaget",),
            id="sv-nedan",
        ),
        pytest.param(
            "北京星辰科技有限公司（以下简称“星辰”或“我们”）非常重视您的隐私。",
            "zh",
            ("星辰",),
            id="zh-short-name-without-we",
        ),
    ],
)
def test_a_defined_term_right_after_a_company_is_its_alias(
    text: str, lang: str, aliases: tuple[str, ...]
) -> None:
    assert defined_aliases(text, lang) == aliases


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "Umowę sprzedaży zawiera Gniazdko24 S.A. (dalej: „Klient”).",
            "pl",
            id="pl-a-term-naming-the-user",
        ),
        pytest.param(
            "Sklep prowadzi Gniazdko24 S.A. Umowę zawiera osoba fizyczna (dalej: „Nabywca”).",
            "pl",
            id="pl-a-term-of-someone-named-after-the-company",
        ),
        pytest.param(
            'You agree with Acme Ltd (hereinafter "User") that you are 18.',
            "en",
            id="en-a-term-naming-the-user",
        ),
    ],
)
def test_a_defined_term_of_anyone_else_is_no_alias(text: str, lang: str) -> None:
    assert defined_aliases(text, lang) == ()


@pytest.mark.parametrize(
    ("term", "lang", "stem"),
    [
        pytest.param("Sprzedawca", "pl", "Sprzedawc", id="pl-drops-the-nominative-ending"),
        pytest.param("Administrator", "pl", "Administrator", id="pl-a-consonant-ending-stays"),
        pytest.param("Bolaget", "sv", "Bolaget", id="sv-no-nominative-ending"),
        pytest.param("Seller", "en", "Seller", id="en-no-nominative-ending"),
    ],
)
def test_a_defined_term_is_read_in_every_case_by_its_stem(term: str, lang: str, stem: str) -> None:
    assert declined_stem(term, lang) == stem


def test_names_are_squeezed_as_a_domain_writes_them() -> None:
    names = ["Let’s Encrypt", "Wi-Fi", "eufy", "Ärlig Kelvin\u212a", "İnci", "", "a\x00b"]
    squeezed = ["letsencrypt", "wi-fi", "eufy", "rligkelvink", "inci", "", "ab"]
    assert [_squeezed(name) for name in names] == squeezed


def test_only_words_that_spell_a_part_of_a_label_are_picked() -> None:
    words = Counter({"Let’s": 2, "privacy": 5, "Eufy": 3, "eufy": 1})
    picked = list(_spelled_by_labels(words, {"lets", "eufy"}))
    assert picked == [(("Let’s", 2), "lets"), (("Eufy", 3), "eufy"), (("eufy", 1), "eufy")]


def _assert_spelled_by_gives_each_word_its_squeezed_key(words: Counter[str]) -> None:
    keys = [_squeezed(word) for word in words]
    expected = list(zip(words.items(), keys, strict=True))
    assert spelled_by(words, set(keys), _squeezed) == expected  # every word: every key


def test_spelled_by_gives_each_word_its_squeezed_key() -> None:
    names = ["Let’s Encrypt", "Wi-Fi", "eufy", "Ärlig Kelvin\u212a", "İnci", "", "A-1_b c'D\x00"]
    _assert_spelled_by_gives_each_word_its_squeezed_key(Counter(names + ["eufy", "eufy"]))
    assert spelled_by(Counter(["Eufy", "eufy"]), {"eufy"}, _squeezed) == [
        (("Eufy", 1), "eufy"),
        (("eufy", 1), "eufy"),
    ]
    with pytest.raises(TypeError):
        spelled_by([("eufy", 1)], {"eufy"}, _squeezed)


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_spelled_by_gives_the_words_of_a_policy_their_squeezed_keys(path: Path) -> None:
    text = read_bytes(path.read_bytes(), path.name).text
    words = count_words(text)
    words.update(_possessive_names(text))
    _assert_spelled_by_gives_each_word_its_squeezed_key(words)


def test_a_label_is_cut_in_two_parts_of_two_letters_at_least() -> None:
    assert _halves({"abcde"}) == {"ab", "cde", "abc", "de"}
    assert _halves({"abc"}) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Let’s Encrypt’s service",  # a name may not begin inside the last one
        "Ab’cd Ef’gh Ij",
        "xLet’s Go, _Let’s Go, 'Let's Go, ’s Go",
        "Let's Go and Let’s  Go2 or Let’s Go.",
        "A’b C",
    ],
)
def test_possessive_names_are_what_the_phrase_pattern_finds(text: str) -> None:
    assert _possessive_names(text) == _PHRASE.findall(text)


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_possessive_names_of_a_policy_are_what_the_phrase_pattern_finds(path: Path) -> None:
    text = read_bytes(path.read_bytes(), path.name).text
    assert _possessive_names(text) == _PHRASE.findall(text)


def test_apostrophes_of_both_kinds_are_found_in_order() -> None:
    assert _apostrophes("it’s 'quoted' ’") == [2, 5, 12, 14]
    assert _apostrophes("none") == []


def test_leftmost_matches_of_patterns_are_what_their_alternation_finds() -> None:
    patterns = (re.compile(r"the\s+controller\s+is\s+"), re.compile(r"controller\s+\w+\s+"))
    text = "the controller is ACME; controller of data and the  controller is Zoe Ltd"
    alternation = re.compile("|".join(pattern.pattern for pattern in patterns))
    found = [m.group() for m in _leftmost_matches([p.search for p in patterns], text)]
    assert found == alternation.findall(text)
    assert found == ["the controller is ", "controller of ", "the  controller is "]


@pytest.mark.parametrize("word", ["controller", "the"])  # found by str.find, scanned for
def test_a_search_from_its_first_word_is_the_pattern_search(word: str) -> None:
    pattern = re.compile(rf"{word}(?:\s+is)?\s+")
    text = f"{word}s, the {word}\tis: {word} is ACME, {word}"
    search = _search_for(pattern, word)
    for pos in range(len(text) + 1):
        found, expected = search(text, pos), pattern.search(text, pos)
        assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_controller_cues_of_a_policy_are_what_a_case_blind_scan_finds(path: Path) -> None:
    text = read_bytes(path.read_bytes(), path.name).text
    blind = [pattern.search for pattern in _controller_cue_patterns(case_blind=True).values()]
    expected = [m.span() for m in _leftmost_matches(blind, text)]
    assert [m.span() for m in _controller_cues(text, text.lower())] == expected


WORD = re.compile(r"[A-Za-z](?<![\w.@/-].)[A-Za-z0-9]*+(?:-[A-Za-z0-9]++)*+(?![\w@-]|\.\w)")
"""What count_words counts, as the regular expression it replaced: the specification."""


def _assert_counts_what_the_word_pattern_finds(text: str) -> None:
    counted = count_words(text)
    expected = Counter(WORD.findall(text))
    assert isinstance(counted, Counter)
    assert counted == expected
    assert list(counted) == list(expected)  # the order of first occurrence


@pytest.mark.parametrize(
    "text",
    [
        "",
        "a",
        "e-mail, e--mail, -mail, mail-, mail- and ab-cd-ef-",
        "x@y.com, support@eufy.com, @x, x@, www.eufy.com, a.b, foo. bar.",
        "a/b /c d/ e.f. e.g. https://getpocket.com/privacy?x=1",
        "_x x_ __x__ x1 1x 2fa a2b3 a-1 1-a",
        "Ünicode ü-mail mailé éa Straße naïve",
        "飞书Feishu 使用Lark服务 Lark。Lark，",
        "Cafe\u0301 a\u0301 \u0301a x\u200bdone",
        "𝐀lpha a𝐀 𝐀 Gothic 𐌰a a𐌰 😀ok ok😀 ok.😀",
        "Imou Imou imou IMOU Imou-app Imou.",
        "飞书 Imou Imou imou Im Imo Imou",  # words repeated in a text of two-byte characters
        "😀 Imou Imou imou Im Imo Imou",  # and of four-byte ones
        "ab\nc d\n.e f.\ng",
    ],
)
def test_count_words_counts_what_the_word_pattern_finds(text: str) -> None:
    _assert_counts_what_the_word_pattern_finds(text)


def _letters(code: int) -> str:
    """A word of ASCII letters of its own for each code point, to tell each apart."""
    letters = ""
    while True:
        code, digit = divmod(code, 26)
        letters += chr(ord("a") + digit)
        if not code:
            return letters


def test_count_words_reads_every_character_as_the_pattern_does() -> None:
    # before a word, after it and after its period: \w is str.isalnum() and the underscore
    astral = [*range(0x10000, 0x110000, 97), 0x1D400, 0x10330, 0x20000, 0x1F600, 0x1D7CE]
    for codes in (range(0x10000), astral):
        text = "".join(
            f"w{word}{c} {c}w{word} w{word}.{c} "
            for code in codes
            for word, c in [(_letters(code), chr(code))]
        )
        _assert_counts_what_the_word_pattern_finds(text)


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_count_words_of_a_policy_are_what_the_word_pattern_finds(path: Path) -> None:
    _assert_counts_what_the_word_pattern_finds(read_bytes(path.read_bytes(), path.name).text)


@pytest.mark.parametrize(
    "path", [p for p in corpus_files() if p.parent.name != "zh"], ids=lambda p: p.stem
)
def test_forms_after_space_are_what_the_plain_scan_finds(path: Path) -> None:
    lowered = read_bytes(path.read_bytes(), path.name).text.lower()
    scan = _form_after_space(case_blind=False)
    for start, end in [(0, len(lowered)), (len(lowered) // 3, 2 * len(lowered) // 3)]:
        expected = [m.span() for m in scan.finditer(lowered, start, end)]
        assert [m.span() for m in _forms_after_space(lowered, start, end)] == expected


def _starts(*starts: str) -> tuple[bytes, bytes]:
    """Marks for matches_at_spaces of the three characters given, "*" for any character:
    each pair of first characters its own row of third characters."""
    pairs, thirds = bytearray(128 * 128), bytearray(128)  # row 0 marks nothing
    for row, (first, second, third) in enumerate(starts, 1):
        for code in range(128) if second == "*" else [ord(second)]:
            pairs[128 * ord(first) + code] = row
        thirds += bytes(128)
        for code in range(128) if third == "*" else [ord(third)]:
            thirds[128 * row + code] = 1
    return bytes(pairs), bytes(thirds)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("x aby y\taby\nc  d ac\nac e acy", 0, None),
        ("x abx abyz", 0, None),  # the third character matters
        ("x aby aby", 0, 8),  # the pattern sees no further than the end: "ab" alone
        ("x aby e", 2, None),  # nor before the start
        ("aby\u3000aby\u00a0aby ü aby", 0, None),  # white space past ASCII
        (" e", 0, None),  # one character after the space
        (" ac", 0, None),  # two
    ],
)
def test_matches_at_spaces_are_what_finditer_finds(text: str, start: int, end: int | None) -> None:
    pattern = re.compile(r"\s(?=aby|ac(?!\w)|c\s*d|e)")
    end = len(text) if end is None else end
    pairs, thirds = _starts("aby", "ac*", "c**", "e**")
    found = matches_at_spaces(pattern.match, text, start, end, pairs, thirds)
    assert [m.span() for m in found] == [m.span() for m in pattern.finditer(text, start, end)]
    assert found


def test_matches_at_spaces_wants_marks_for_each_ascii_character() -> None:
    match = re.compile(r"\s").match
    with pytest.raises(ValueError, match="128 marks"):
        matches_at_spaces(match, " abc", 0, 4, b"\x01", bytes(128))
    pairs = bytearray(128 * 128)
    pairs[128 * ord("a") + ord("b")] = 2
    with pytest.raises(ValueError, match="row 2 of 1"):
        matches_at_spaces(match, " abc", 0, 4, bytes(pairs), bytes(128))


@pytest.mark.parametrize(
    "codes",
    [range(128), range(256), range(0x10000), range(0x110000)],  # each width of a str
    ids=["ascii", "latin-1", "bmp", "all"],
)
def test_lower_case_lowers_every_character_as_str_lower(codes: range) -> None:
    text = "".join(chr(code) for code in codes if code not in (0x130, 0x3A3))
    assert lower_case(text) == text.lower()


@pytest.mark.parametrize(
    "text",
    [
        "",
        "İstanbul’s Ünicode",  # İ lower-cases to two characters
        "ΟΔΥΣΣΕΥΣ Σ ΑΣ.",  # Σ by its place in a word
        "\u212a",  # the Kelvin sign lower-cases to an ASCII k
        "Å\U0001d400 ÄÖ Ω",
    ],
)
def test_lower_case_is_str_lower(text: str) -> None:
    lowered = lower_case(text)
    assert lowered == text.lower()
    assert lowered.isascii() == text.lower().isascii()  # of the narrowest width


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_lower_case_of_a_policy_is_str_lower(path: Path) -> None:
    text = read_bytes(path.read_bytes(), path.name).text
    assert lower_case(text) == text.lower()
