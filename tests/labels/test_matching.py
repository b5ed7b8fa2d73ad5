"""The token matcher: every vocabulary term found in one pass, as the term syntax says."""

import pytest
from labels._matching import cut

from labels import read_bytes
from labels.matching import Hit, Matcher, Tokens, matcher, tokenize
from labels.structure import parse
from labels.vocabulary import LANGUAGES, vocabulary
from tests.conftest import corpus_files

TERMS = {
    "contact": ["adres* e-mail*", "e-mail address*"],
    "closure": ["delete your account"],
    "deletion": ["delete"],
    "account": ["skapa ett konto"],
    "personal": ["个人信息"],
    "postal": ["din adress*"],
    "ip": ["ip-adress*"],
}


def _found(text: str) -> list[tuple[str, str]]:
    tokens = tokenize(text)
    hits = Matcher(TERMS).find(tokens, range(len(tokens.words)))
    return sorted((hit.key, text[hit.start : hit.end]) for hit in hits)


def test_hits_are_named_tuples_made_in_the_compiled_walk() -> None:
    tokens = tokenize("Delete your account")
    hits = Matcher(TERMS).find(tokens, range(len(tokens.words)))
    assert sorted(hits) == [Hit("closure", 0, 19), Hit("deletion", 0, 6)]
    assert all(type(hit) is Hit for hit in hits)
    assert hits[0]._replace(start=1).start == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("adresy e-mail znajomych", [("contact", "adresy e-mail")]),
        ("E-mail addresses", [("contact", "E-mail addresses")]),
        ("the address is e-mail", []),
        ("收集您的个人 信息", [("personal", "个人 信息")]),
        ("skapa ett PROCOTsmart-konto", [("account", "skapa ett PROCOTsmart-konto")]),
        ("din IP-adress", [("ip", "IP-adress")]),
    ],
    ids=["polish-stems", "english-case-and-plural", "order-matters", "chinese-stray-space",
         "compound-first-part", "a-compound-that-is-a-term-is-kept-whole"],
)  # fmt: skip
def test_terms_match_as_the_syntax_says(text, expected):
    assert _found(text) == expected


def test_overlapping_terms_of_different_keys_are_all_reported():
    assert _found("You may delete your account.") == [
        ("closure", "delete your account"),
        ("deletion", "delete"),
    ]


def test_a_term_ending_outside_the_range_is_not_reported():
    text = "delete your account"
    tokens = tokenize(text)
    hits = Matcher(TERMS).find(tokens, range(0, 2))
    assert [(h.key, text[h.start : h.end]) for h in hits] == [("deletion", "delete")]


def test_token_offsets_point_into_the_text():
    text = "  Adres\te-mail:  个人信息 "
    tokens = tokenize(text)
    assert [text[s:e] for s, e in zip(tokens.starts, tokens.ends, strict=True)] == [
        "Adres", "e", "-", "mail", ":", "个", "人", "信", "息",
    ]  # fmt: skip
    assert tokens.words[0] == "adres"


def test_a_term_runs_across_a_hidden_span():
    text = "delete your\n\nPage 2 of 4\n\naccount"
    hidden = [(text.index("Page"), text.index("4") + 1)]
    hits = Matcher(TERMS).find(tokenize(text, hidden), range(3))
    assert sorted((h.key, text[h.start : h.end]) for h in hits) == [
        ("closure", text),
        ("deletion", "delete"),
    ]


def test_an_underscore_is_emphasis_not_part_of_a_word():
    assert tokenize("_om personuppgifterna_").words == ["_", "om", "personuppgifterna", "_"]


def _finds_itself(lang: str, key: str, term: str) -> bool:
    text = term.replace("*", "")
    tokens = tokenize(text)
    return (key, 0, len(text)) in matcher(lang).find(tokens, range(len(tokens.words)))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_term_of_a_vocabulary_is_found_in_its_own_words(lang):
    """Terms are cut by a regular expression and texts by the compiled cutter: they agree."""
    groups = {**vocabulary(lang)["concepts"], "cues": vocabulary(lang)["cues"]}
    missed = [
        (f"{group}.{name}", term)
        for group, entries in groups.items()
        for name, terms in entries.items()
        for term in terms
        if not _finds_itself(lang, f"{group}.{name}", term)
    ]
    assert missed == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        pytest.param("When you clo-\nse your", ["when", "you", "close", "your"], id="en-joined"),
        pytest.param(
            "dina betalnings-\r\nuppgifter", ["dina", "betalningsuppgifter"], id="sv-stem"
        ),
        pytest.param("third-\nparty", ["third", "-", "party"], id="a-compound-stays"),
        pytest.param("INFORMATION-\nAccess", ["information", "-", "access"], id="a-capital-stays"),
    ],
)
def test_a_word_hyphenated_at_a_line_end_is_one_token_where_a_term_knows_it(text, words):
    assert tokenize(text).words == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        pytest.param(
            "köp- och betalningsuppgifter",
            ["köpuppgifter", "och", "betalningsuppgifter"],
            id="sv-one-half",
        ),
        pytest.param(
            "köp-, adress- eller betalningsuppgifter",
            ["köpuppgifter", ",", "adressuppgifter", "eller", "betalningsuppgifter"],
            id="sv-a-list-of-halves",
        ),
        pytest.param(
            "sol- och betalningsuppgifter",
            ["sol", "-", "och", "betalningsuppgifter"],
            id="an-unknown-whole-stays",
        ),
        pytest.param("e-post och e-mail", ["e", "-", "post", "och", "e", "-", "mail"], id="joined"),
    ],
)
def test_a_compound_half_before_a_conjunction_takes_the_common_end(text, words):
    assert tokenize(text).words == words


def test_a_completed_half_spans_its_hyphen():
    tokens = tokenize("köp- och betalningsuppgifter")
    assert (tokens.starts[0], tokens.ends[0]) == (0, 4)


def test_a_joined_word_spans_both_halves():
    tokens = tokenize("clo-\nse")
    assert (tokens.starts, tokens.ends) == ([0], [7])


@pytest.mark.parametrize("folder", ["en", "sv", "pl", "zh"])
def test_find_all_gives_each_sentence_its_span_and_the_hits_of_find(folder: str) -> None:
    path = corpus_files(folder)[0]
    structure = parse(read_bytes(path.read_bytes(), path.name))
    tokens = tokenize(structure.text, structure.page_marks)
    sentences = [s for s in structure.sentences if s.lang == folder]
    found = matcher(folder).find_all(tokens, [(s.start, s.end) for s in sentences])
    expected = []
    for sentence in sentences:
        span = tokens.span(sentence.start, sentence.end)
        expected.append((span, matcher(folder).find(tokens, span)))
    assert found == expected
    assert sum(len(hits) for _, hits in found) > 0


@pytest.mark.parametrize("folder", ["en", "sv", "pl", "zh"])
def test_words_made_again_with_the_same_letters_find_the_same_terms(folder: str) -> None:
    """A state finds the words it has seen by their address, and a word of the same letters
    made anew (a hyphenated word joined) by its letters: both find the same terms."""
    path = corpus_files(folder)[0]
    structure = parse(read_bytes(path.read_bytes(), path.name))
    tokens = tokenize(structure.text, structure.page_marks)
    bounds = [(s.start, s.end) for s in structure.sentences if s.lang == folder]
    anew = Tokens([(word + " ")[:-1] for word in tokens.words], tokens.starts, tokens.ends)
    assert any(a is not word for a, word in zip(anew.words, tokens.words, strict=True))
    seen = matcher(folder).find_all(tokens, bounds)
    assert matcher(folder).find_all(anew, bounds) == seen
    assert matcher(folder).find_all(tokens, bounds) == seen


def test_find_all_takes_bounds_in_any_order() -> None:
    tokens = tokenize("We share your email address. We sell your IP address.")
    bounds = [(29, 54), (0, 28), (29, 54)]
    found = matcher("en").find_all(tokens, bounds)
    assert found == [
        (tokens.span(s, e), matcher("en").find(tokens, tokens.span(s, e))) for s, e in bounds
    ]


@pytest.mark.parametrize("path", corpus_files(), ids=lambda path: path.name)
def test_each_word_cut_is_the_lower_cased_text_at_its_offsets(path) -> None:
    text = read_bytes(path.read_bytes(), path.name).text
    words, starts, ends = cut(text)
    lowered = text.lower()
    assert len(lowered) == len(text)
    assert words == [lowered[s:e] for s, e in zip(starts, ends, strict=True)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        pytest.param("ΟΔΟΣ ΟΔΟΣ.Α", ["οδος", "οδοσ", ".", "α"], id="sigma-by-its-neighbours"),
        pytest.param("İzmir ΟΔΟΣ.Α", ["i̇zmir", "οδος", ".", "α"], id="dotted-i-lowers-each-word"),
        pytest.param("ŻÓŁW Straße ǅ", ["żółw", "straße", "ǆ"], id="simple-mappings"),
    ],
)
def test_a_word_is_lower_cased_as_str_lower_does(text: str, words: list[str]) -> None:
    assert cut(text)[0] == words


def test_a_word_cut_again_is_the_same_str() -> None:
    """A text repeats its words: each is made once, and looked up by identity after."""
    words = cut("Data, data and DATA; more data.")[0]
    assert words[0] is words[2] is words[4] is words[7]
