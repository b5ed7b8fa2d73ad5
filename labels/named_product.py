"""The company's product by its name, opening a sentence: "The Hopcount app has no
third-party ads".

A small app's policy speaks through its product as it does through "we" or "the app"
([cues] first_party). A name is no vocabulary term, but its shape is plain: capitalised
words that an article opens ("The IONIQ 5 Companion app"), then a product noun ([syntax]
`product_articles`, `product_nouns`). A known service's own app ("The Google Fit app") is
another party's. Swedish needs no rule: "appen" of "Hopcount-appen" is a word of its own.

A policy may also define the name once, with the company's own word in quotes after it
('IONIQ 5 Companion ("appen")', 'Misfit Brand ("Misfit", "we" or "us")'): a sentence that
opens with that name, or with another name quoted beside the word, speaks as the company.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from labels.defined_terms import defined_terms
from labels.matching import Hit, Tokens
from labels.organization import service_kinds
from labels.vocabulary import LANGUAGES, syntax_words, vocabulary

_FIRST_PARTY = "cues.first_party"
_NAME_WORDS = 4
"""At most this many words of a product's name ("IONIQ 5 Companion")."""
_DEFINING_PARENTHESIS = re.compile(r"\((?=[^()\n]{0,79}[\"“”„«»])([^()\n]{1,80})\)")
"""A parenthesis that quotes a word ('("appen")'): found first, as most policies have few."""
_NAME_BEFORE = re.compile(
    rf"(?<![\w.])(?:[A-ZÀ-ÞĄĆĘŁŃŚŹŻ0-9][\w&.-]*[^\S\n]+){{0,{_NAME_WORDS - 1}}}"
    r"[A-ZÀ-ÞĄĆĘŁŃŚŹŻ][\w&.-]*[^\S\n]*\Z"
)
"""A capitalised name right before a defining parenthesis ('IONIQ 5 Companion')."""
_NAME_REACH = 160
"""How many characters before its parenthesis a name may start."""
_QUOTED = re.compile(r"[\"“”„«»]([^\"“”„«»]{1,30})[\"“”»]")

Definitions = Mapping[str, frozenset[str]]
"""Each name a policy defines as the company's, with the words quoted in its defining
parenthesis."""


def defined_names(text: str) -> Definitions:
    """The names that `text` defines by a company's or product's own word quoted in a
    parenthesis right after them, with the quoted words (lower case); the quoted words that
    are names (capitalised) are defined by the same words."""
    found: dict[str, set[str]] = {}
    for name, quoted in defined_terms(_DEFINING_PARENTHESIS.finditer(text), _QUOTED, _name_before):
        aliases = {q.lower() for q in quoted}
        if not aliases & _any_own_words():
            continue
        for defined in [name, *(q for q in quoted if q[0].isupper())]:
            found.setdefault(defined, set()).update(aliases)
    return {name: frozenset(aliases) for name, aliases in found.items()}


def _name_before(parenthesis: re.Match[str], previous: re.Match[str] | None) -> str | None:
    """The capitalised name right before a defining parenthesis, after the one before it."""
    start = max(previous.end() if previous else 0, parenthesis.start() - _NAME_REACH)
    name = _NAME_BEFORE.search(parenthesis.string, start, parenthesis.start())
    return name.group().rstrip() if name else None


def with_named_product(
    hits: list[Hit], tokens: Tokens, span: range, lang: str, text: str, defined: Definitions
) -> list[Hit]:
    """`hits` with the company speaking (`cues.first_party`) where the sentence opens with a
    product named by its shape, or with a name defined as the company's (see the module's
    docstring)."""
    opening = _opening(tokens, span, text)
    if opening is None:
        return hits
    start = tokens.starts[opening]
    end = _company_name_end(text, start, lang, defined) if defined else None
    if end is not None and not _acts_right_after(hits, text, end):
        end = None  # "JibJab users may …": the name only qualifies the subject
    if end is None:
        noun = _product_noun_after_article(tokens, opening, span.stop, lang, text)
        if noun is None:
            return hits
        end = tokens.ends[noun]
    named = Hit(_FIRST_PARTY, start, end)
    return sorted([*hits, named], key=lambda hit: hit.start)


_VERB_CUES = frozenset(
    f"cues.{key}" for key in ("collect", "use", "share", "sell", "retain", "delete", "negation")
)
_VERB_REACH = 16
"""How many characters may part a subject name from its verb or negation ("does not")."""


def _acts_right_after(hits: list[Hit], text: str, end: int) -> bool:
    """Whether a handling verb or a negation follows the name at once: the name is the
    subject ("IONIQ 5 Companion samlar inte in", "Lumen does not sell")."""
    return any(hit.key in _VERB_CUES and end <= hit.start <= end + _VERB_REACH for hit in hits)


def _product_noun_after_article(
    tokens: Tokens, opening: int, stop: int, lang: str, text: str
) -> int | None:
    """The index of the product noun of "The IONIQ 5 Companion app" that opens at `opening`."""
    if tokens.words[opening] not in syntax_words(lang, "product_articles"):
        return None
    return _product_noun(tokens, opening + 1, stop, lang, text)


def _company_name_end(text: str, start: int, lang: str, defined: Definitions) -> int | None:
    """The end of a name defined as the company's that opens the text at `start`, or None."""
    own = _own_words(lang)
    for name, aliases in defined.items():
        end = start + len(name)
        if not text.startswith(name, start) or text[end : end + 1].isalnum():
            continue
        if aliases & own and name.lower() not in own:  # "App" ("App") is the word itself
            return end
    return None


@cache
def _own_words(lang: str) -> frozenset[str]:
    """The words by which the company or its product speaks ([cues] first_party, [syntax]
    product_nouns), as a defining parenthesis quotes them."""
    first_party = vocabulary(lang).get("cues", {}).get("first_party", [])
    return frozenset(first_party) | syntax_words(lang, "product_nouns")


@cache
def _any_own_words() -> frozenset[str]:
    """The own words of every language: a definition may quote another language's."""
    return frozenset().union(*(_own_words(lang) for lang in LANGUAGES))


def _opening(tokens: Tokens, span: range, text: str) -> int | None:
    """The first word of the sentence, past emphasis and enumerators ("**", "1.")."""
    for i in span:  # a loop, not a generator: this runs for every sentence
        if text[tokens.starts[i]].isalpha():
            return i
    return None


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
