"""Vocabularies: the data files and the term syntax of labels/vocabularies/README.md."""

import pytest

from labels.vocabulary import compile_terms


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
