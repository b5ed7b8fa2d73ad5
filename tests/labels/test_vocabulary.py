"""Vocabularies: the data files and the term syntax of labels/vocabularies/README.md."""

import pytest

from labels.spec import VOCABULARIES
from labels.vocabulary import LANGUAGES, compile_terms, vocabulary


@pytest.mark.parametrize(
    ("terms", "lang", "text", "found"),
    [
        (["adres* e-mail*"], "pl", "podać adresy e-mail znajomych", "adresy e-mail"),
        (["adres* e-mail*"], "pl", "adresu\ne-mail", "adresu\ne-mail"),
        (["name"], "en", "your username", None),
        (["personuppgift*"], "sv", "Personuppgifterna raderas", "Personuppgifterna"),
        (["ssl"], "zh", "the address listed below", None),
        (["ssl"], "zh", "采用SSL加密", "SSL"),
        (["ip地址"], "zh", "您的IP 地址", "IP 地址"),
        (["个人信息"], "zh", "个人 信息", "个人 信息"),
    ],
    ids=["pl-stem-plural", "pl-stem-newline", "en-whole-word", "sv-stem-definite",
         "zh-latin-run-keeps-boundaries", "zh-latin-run-inside-han", "zh-mixed-term", "zh-stray-space"],
)  # fmt: skip
def test_term_syntax(terms, lang, text, found):
    match = compile_terms(terms, lang).search(text)
    assert (match.group() if match else None) == found


# The data files: every concept of the spec, and every cue, in every language.


CONCEPTS = [
    (lang, field, id_) for lang in LANGUAGES for field, ids in VOCABULARIES.items() for id_ in ids
]


@pytest.mark.parametrize(("lang", "field", "id_"), CONCEPTS, ids=["-".join(c) for c in CONCEPTS])
def test_every_spec_concept_has_terms_in_every_language(lang, field, id_):
    assert vocabulary(lang)["concepts"][field].get(id_), f"{lang}.toml: no terms for {field}.{id_}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_concept_outside_the_spec(lang):
    concepts = vocabulary(lang)["concepts"]
    assert {f: set(ids) for f, ids in concepts.items()} == {
        f: set(i) for f, i in VOCABULARIES.items()
    }


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_the_same_cue_keys_with_terms(lang):
    keys = set(vocabulary("en")["cues"])
    cues = vocabulary(lang)["cues"]
    assert set(cues) == keys
    assert [k for k in sorted(keys) if not cues[k]] == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_names_every_time_unit(lang):
    units = vocabulary(lang)["values"]["units"]
    assert {"hour", "day", "week", "month", "year"} <= {k for k, v in units.items() if v}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_term_list_compiles(lang):
    vocab = vocabulary(lang)
    for table in (*vocab["concepts"].values(), vocab["cues"]):
        for terms in table.values():
            compile_terms(terms, lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_term_is_listed_twice_for_one_key(lang):
    vocab = vocabulary(lang)
    for table in (*vocab["concepts"].values(), vocab["cues"]):
        for key, terms in table.items():
            assert len(terms) == len(set(terms)), (
                key,
                sorted({t for t in terms if terms.count(t) > 1}),
            )
