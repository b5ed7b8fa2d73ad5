"""Language: which of en, sv, pl, zh a piece of a policy is written in."""

from __future__ import annotations

import re

import pytest
from labels._matching import LanguageEvidence

from labels.language import (
    _FUNCTION_WORD_POINTS,
    LATIN_LANGUAGES,
    LATIN_LETTERS,
    _evidence,
    _letters,
    _without_addresses,
    _word_languages,
    detect_language,
    judge,
    judge_all,
    language_data,
)
from labels.script import HAN_BLOCKS
from tests.conftest import corpus_files


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We do not knowingly collect personal information from children under 18.", "en"),
        ("If you do not agree, please discontinue your use of our website.", "en"),
        ("Vi samlar in både personliga och icke-personliga data.", "sv"),
        ("Du har kontroll över din information!", "sv"),
        ("Proszę uważnie przeczytać tę politykę.", "pl"),
        ("Mogą to być dane osobowe.", "pl"),
        ("我们不会将任何个人信息出售给第三方。", "zh"),
        ("Cookie 及其他技术 (浏览 http://www.huami.com时)", "zh"),
        ("2、我们如何使用Cookie和同类技术", "zh"),
        ("Privacy Policy", "en"),
    ],
    ids=[
        "en-seed004",
        "en-seed004-second",
        "sv-seed000",
        "sv-seed000-exclamation",
        "pl-seed001",
        "pl-coronamelder",
        "zh-huami",
        "zh-with-a-url-huami",
        "zh-with-an-english-word-seed003",
        "latin-without-evidence-is-a-guess-of-english",
    ],
)
def test_detect_language(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", ["", "   ", "12.09.2021", "| --- | --- |"],
                         ids=["empty", "blank", "date", "table-rule"])  # fmt: skip
def test_text_without_letters_has_no_language(text):
    assert detect_language(text) is None


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Quick links", 0),
        ("Integritetspolicy", 0),
        ("Polityka prywatności", 1),
        ("Om cookies", 2),
        ("Vilken information samlas in och hur använder vi den?", 11),
        ("Annan information", 0),
        ("隐私政策", 4),
    ],
    ids=["no-evidence-en-mobvoi", "no-evidence-sv", "one-polish-letter", "one-swedish-word",
         "swedish-question-seed000", "borrowed-word-is-no-evidence-seed000", "han-characters"],
)  # fmt: skip
def test_evidence_counts_words_and_letters_only_one_language_has(text, evidence):
    assert judge(text).evidence == evidence


def test_an_e_mail_address_alone_is_no_evidence_of_a_language():
    # a contact section's bare address line: its mailbox "privacy" is a name, no English
    assert judge("privacy@example.se").evidence == 0


@pytest.mark.parametrize(
    "text",
    ["a@b", "a@b@c", "x@y_z@w", "@", "@@", "a@", "@b", "mail: a.b@c.d, e+f@g.h och",
     "[x@y.se](mailto:x@y.se) \\| 08", "ü@ü", "privacy.policy@arlo.com. We"],
)  # fmt: skip
def test_an_e_mail_address_is_blanked_as_the_pattern_of_one_finds_it(text):
    assert _without_addresses(text) == _ADDRESS.sub(" ", text)


def test_e_mail_addresses_are_blanked_as_the_pattern_finds_them_in_every_corpus_block():
    for block in _corpus_blocks():
        assert _without_addresses(block) == _ADDRESS.sub(" ", block), block


def test_the_words_around_an_e_mail_address_still_tell_the_language():
    # guard: only the address is blanked, the sentence that gives it is read as before
    assert detect_language("Kontakta oss på privacy@example.se om du har frågor.") == "sv"


def test_a_word_that_two_languages_share_is_evidence_for_neither():
    words = language_data()["function_words"]
    for i, lang in enumerate(LATIN_LANGUAGES):
        for other in LATIN_LANGUAGES[i + 1 :]:
            assert not set(words[lang]) & set(words[other]), (lang, other)


def test_a_letter_that_two_languages_share_is_evidence_for_neither():
    letters = language_data()["letters"]
    assert not set(letters["sv"]) & set(letters["pl"])


def test_the_language_data_is_lower_case_and_covers_every_latin_language():
    data = language_data()
    for lang in LATIN_LANGUAGES:
        assert data["function_words"][lang]
        assert all(word == word.lower().strip() for word in data["function_words"][lang])
    for lang in ("en", "sv", "pl"):
        assert data["numbering"][lang]


def test_judging_blocks_in_a_row_gives_each_block_its_own_judgement():
    # judge_all carries the code page of one block to the next; the order must not matter
    blocks = [
        "We do not knowingly collect personal information from children under 18.",
        "Vi samlar in både personliga och icke-personliga data.",
        "Proszę uważnie przeczytać tę politykę.",
        "我们不会将任何个人信息出售给第三方。",
        "Du har kontroll över din information!",
        "Privacy Policy",
        "Mogą to być dane osobowe.",
        "“Personal Data” means any information — e.g. your name → account.",
        "个人信息：指以电子或者其他方式记录的信息",
        "Identifieraren lagras lokalt på din enhet.",
    ]
    assert judge_all(blocks) == [judge(block) for block in blocks]
    assert judge_all(reversed(blocks)) == [judge(block) for block in reversed(blocks)]


# ---------------------------------------------------------------- the compiled count

_LATIN_WORD = re.compile(f"[{LATIN_LETTERS}]+")
_ADDRESS = re.compile(r"[A-Za-z0-9._%+-]*@[A-Za-z0-9.-]*")  # the specification
_HAN = re.compile(f"[{HAN_BLOCKS}]")


def _evidence_by_patterns(text: str, own_letters_count: bool) -> tuple[int, ...]:
    """The specification of `LanguageEvidence.count`, in Python as judge_all once counted."""
    lowered = text.lower()
    words = _LATIN_WORD.findall(lowered)
    numbers = [_word_languages().get(word) for word in words]
    letters = _letters()
    points = [
        _FUNCTION_WORD_POINTS * numbers.count(number)
        + own_letters_count * sum(map(lowered.count, letters.get(lang, "")))
        for number, lang in enumerate(LATIN_LANGUAGES, 1)
    ]
    top = max(points)
    leader, lead = (points.index(top) + 1, top - sorted(points)[-2]) if top else (0, 0)
    return len(lowered), len(_HAN.findall(text)), len(words), leader, lead


EDGES = [
    "", "   ", "12.09.2021", "²³", "我们使用Cookie和the App", "İstanbul och İ", "İs İ", "straße ß the",
    "ŁÓDŹ, żółć się", "Åtkomst på vårt", "privacy@example.se om", "K is Kelvin", "ſ the",
    "w z o u", "personuppgifterna personuppgifter", "the\u0307 and", "\ufeffthe", "ĳ ﬁ the",
    "ΟΔΟΣ ΣΑΣ the", "THE And OCH Się",
]  # fmt: skip


def _corpus_blocks() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in corpus_files()]
    return [block for text in texts for block in text.split("\n\n") + text.splitlines()]


def _assert_counted_as_specified(texts: list[str]) -> None:
    count = _evidence().count
    for text in texts:
        for own_letters_count in (False, True):
            expected = _evidence_by_patterns(text, own_letters_count)
            assert count(text, own_letters_count) == expected, text


def test_the_compiled_count_finds_what_the_patterns_find_in_every_corpus_block():
    _assert_counted_as_specified([*EDGES, *_corpus_blocks()])


def _cased() -> list[str]:
    """Every character that str.lower() changes."""
    return [ch for ch in map(chr, range(0x110000)) if ch.lower() != ch]


def test_the_compiled_count_lowers_every_character_as_str_lower_does():
    _assert_counted_as_specified(_cased())


def test_a_function_word_is_found_with_any_character_that_lowers_to_one_of_its_letters():
    variants: dict[str, list[str]] = {}
    for ch in _cased():
        variants.setdefault(ch.lower(), []).append(ch)  # "k": "K" and the Kelvin sign
    _assert_counted_as_specified(
        [
            f"{word[:at]}{variant}{word[at + 1 :]} x"
            for word in _word_languages()
            for at, letter in enumerate(word)
            for variant in variants.get(letter, [])
        ]
    )


def test_a_word_of_more_letters_than_any_function_word_is_still_one_word():
    counter = LanguageEvidence("a-z", {"ab": 1, "c": 2}, ("", ""), 2)
    assert counter.count("ab abab AB c", True) == (12, 0, 4, 1, 2)


def test_an_own_letter_beyond_the_latin_table_is_refused():
    with pytest.raises(ValueError, match="beyond"):
        LanguageEvidence("a-z", {}, ("ж",), 2)
