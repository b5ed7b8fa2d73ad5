"""Rights named by bare words in a list after a lead: "you have the rights of access,
rectification, erasure, restriction, portability and objection", "the right to access,
rectify, erase, restrict or object to the processing".

Alone, "access", "restriction" or "object" name no right ("access to the app", "restrictions
on use"); in a list that a lead opens ("rights of", "have the right to", [cues] rights_lead)
each is one, by the words of [listed_rights]. A list is its words joined by commas,
coordinations and alternatives; an item may carry a short tail before the next joiner
("restriction of processing, objection") and a bracket ("访问权（第15条）、更正权"). It needs
two items, a bare word or a right's own term each, so that a lone word after a lead ("the
right to access the app") stays a word.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from operator import attrgetter

from labels.matching import Hit, Matcher, Tokens
from labels.vocabulary import vocabulary

LEAD = "cues.rights_lead"
HEAD = "cues.rights_head"
"""The header cell of a table column whose cells each name a right ("Prawo", "Your right")."""
_JOINER_KEYS = frozenset({"cues.coordination", "cues.alternative"})
_JOINER_WORDS = frozenset({",", "、", "，", "/"})
_OPENERS = frozenset({":", "：", "-", "–", "—"})
"""What may stand between a lead and its list ("the following rights: access, …")."""
_TAIL = 3
"""How many words an item may carry before the next joiner ("restriction of processing")."""
_BRACKETS = {"(": ")", "（": "）"}
_BRACKETED = 12
"""How many words a bracket after an item may hold and be passed over ("访问权（第15条）、",
"access (Article 15), …")."""
_MIN_ITEMS = 2


@cache
def _listed(lang: str) -> Matcher:
    """The bare words of each right in `lang`, as terms of "rights.<id>"."""
    table = vocabulary(lang).get("listed_rights", {})
    return Matcher({f"rights.{id_}": terms for id_, terms in table.items()})


def with_listed_rights(hits: list[Hit], tokens: Tokens, span: range, lang: str) -> list[Hit]:
    """`hits` with the rights that bare words in a list after a lead name, in the order of
    their starts."""
    bare: dict[int, Hit] = {}
    for hit in _listed(lang).find(tokens, span):
        at = _token(tokens, hit.start)
        if at not in bare or hit.end > bare[at].end:  # the longest word at a token
            bare[at] = hit
    if not bare:
        return hits
    rights = {_token(tokens, h.start): h for h in hits if h.key.startswith("rights.")}
    known = set(rights.values())
    joiners = {_token(tokens, h.start) for h in hits if h.key in _JOINER_KEYS}
    added: list[Hit] = []
    for lead in (h for h in hits if h.key == LEAD):
        items = _list_after(_token(tokens, lead.end), span.stop, tokens, bare, rights, joiners)
        if len(items) >= _MIN_ITEMS:
            added += [hit for hit in items if hit not in known]
    if not added:
        return hits
    # a stable sort: the new terms follow the terms that start where they start
    return sorted([*hits, *dict.fromkeys(added)], key=attrgetter("start"))


def with_cell_right(hits: list[Hit], tokens: Tokens, span: range, lang: str) -> list[Hit]:
    """`hits` with the right that a table cell under a `HEAD` names by the bare word that
    opens it ("Prawo" above "Dostęp do danych"): a column of rights is their list."""
    if any(hit.key.startswith("rights.") for hit in hits):
        return hits
    opening = [h for h in _listed(lang).find(tokens, span) if _token(tokens, h.start) == span.start]
    if not opening:
        return hits
    return sorted([*hits, max(opening, key=attrgetter("end"))], key=attrgetter("start"))


def _list_after(
    at: int,
    stop: int,
    tokens: Tokens,
    bare: dict[int, Hit],
    rights: dict[int, Hit],
    joiners: set[int],
) -> list[Hit]:
    """The items of the list that starts at token `at`: bare words and rights' terms."""

    def joiner(i: int) -> bool:
        return i < stop and (i in joiners or tokens.words[i] in _JOINER_WORDS)

    def item(i: int) -> Hit | None:
        return (rights.get(i) or bare.get(i)) if i < stop else None

    while at < stop and tokens.words[at] in _OPENERS:
        at += 1
    items: list[Hit] = []
    while (found := item(at)) is not None:
        items.append(found)
        tail = _next_joiner(_token(tokens, found.end), stop, tokens, joiner)
        if tail is None:
            break
        while joiner(tail):  # ", and", ", or"
            tail += 1
        if item(tail) is None:
            break
        at = tail
    return items


def _next_joiner(at: int, stop: int, tokens: Tokens, joiner: Callable[[int], bool]) -> int | None:
    """The first joiner from token `at` on within an item's tail of `_TAIL` words, a
    bracket passed over as no word; None if there is none."""
    words = 0
    while at < stop and words <= _TAIL:
        if joiner(at):
            return at
        at = _after_bracket(at, stop, tokens) if tokens.words[at] in _BRACKETS else at + 1
        words += 1
    return None


def _after_bracket(at: int, stop: int, tokens: Tokens) -> int:
    """The token after the bracket that opens at token `at` and closes within `_BRACKETED`
    words; else the token after `at`."""
    close = _BRACKETS[tokens.words[at]]
    for i in range(at + 1, min(at + _BRACKETED + 1, stop)):
        if tokens.words[i] == close:
            return i + 1
    return at + 1


def _token(tokens: Tokens, offset: int) -> int:
    """The index of the first token that starts at or after `offset`."""
    return tokens.span(offset, offset).start
