"""The company's product by its name, opening a sentence: "The Hopcount app has no
third-party ads".

A small app's policy speaks through its product as it does through "we" or "the app"
([cues] first_party). A name is no vocabulary term, but its shape is plain: capitalised
words that an article opens ("The IONIQ 5 Companion app"), then a product noun ([syntax]
`product_articles`, `product_nouns`). A known service's own app ("The Google Fit app") is
another party's. Swedish needs no rule: "appen" of "Hopcount-appen" is a word of its own.
"""

from __future__ import annotations

from functools import cache

from labels.matching import Hit, Tokens
from labels.organization import service_kinds
from labels.vocabulary import syntax_words

_FIRST_PARTY = "cues.first_party"
_NAME_WORDS = 4
"""At most this many words of a product's name ("IONIQ 5 Companion")."""


def with_named_product(
    hits: list[Hit], tokens: Tokens, span: range, lang: str, text: str
) -> list[Hit]:
    """`hits` with the company speaking (`cues.first_party`) where the sentence opens with a
    product named by its shape (see the module's docstring)."""
    articles = syntax_words(lang, "product_articles")
    if not articles:
        return hits
    opening = _opening(tokens, span, text)
    if opening is None or tokens.words[opening] not in articles:
        return hits
    noun = _product_noun(tokens, opening + 1, span.stop, lang, text)
    if noun is None:
        return hits
    named = Hit(_FIRST_PARTY, tokens.starts[opening], tokens.ends[noun])
    return sorted([*hits, named], key=lambda hit: hit.start)


def _opening(tokens: Tokens, span: range, text: str) -> int | None:
    """The first word of the sentence, past emphasis and enumerators ("**", "1.")."""
    return next((i for i in span if text[tokens.starts[i]].isalpha()), None)


def _product_noun(tokens: Tokens, first: int, stop: int, lang: str, text: str) -> int | None:
    """The index of the product noun after a name that starts at `first`, or None: the name
    opens with a capital, its words are capitalised or numbers, and it is no known service."""
    if first >= stop or not text[tokens.starts[first]].isupper():
        return None
    nouns = syntax_words(lang, "product_nouns")
    for i in range(first + 1, min(stop, first + _NAME_WORDS + 1)):
        if tokens.words[i] in nouns:
            name = text[tokens.starts[first] : tokens.ends[i - 1]]
            return None if _is_known_service(name) else i
        if not _name_word(text, tokens.starts[i]):
            return None
    return None


def _name_word(text: str, start: int) -> bool:
    """Whether the word at `start` may be part of a name: capitalised, or a number."""
    return text[start].isupper() or text[start].isdigit()


def _is_known_service(name: str) -> bool:
    return " ".join(name.lower().split()) in _known_services()


@cache
def _known_services() -> frozenset[str]:
    return frozenset(name.lower() for name in service_kinds())
