"""The law explained: a clause that tells what a law requires or allows states no practice of
the company ("Under the GDPR, a transfer to a third country is allowed only with appropriate
safeguards", "Enligt dataskyddsförordningen krävs vårdnadshavares samtycke för att barn under
13 år …"). Rights are not judged here: "the GDPR gives you the right to …" grants them."""

from __future__ import annotations

from labels.detect import PART_END, Reading
from labels.matching import tokenize

_LAW, _RULE, _FIRST_PARTY = "cues.law", "cues.law_rule", "cues.first_party"
_OPENING = 3
"""How many words may stand before the law that opens the clause ("According to the GDPR",
"Zgodnie z RODO", "根据法律")."""


def explains_law(text: str, reading: Reading, offset: int) -> bool:
    """Whether the clause of `reading` that holds `offset` explains the law: it opens with a
    law (`cues.law`), a rule of it follows (`cues.law_rule`: requires, is allowed only,
    krävs, wymaga, 要求), and the company does not speak in it (`cues.first_party`)."""
    if not (reading.has(_LAW) and reading.has(_RULE)):
        return False
    clause = reading.part_of(text, PART_END, offset)

    def in_clause(key: str) -> list[int]:
        return [
            m.start
            for m in reading.terms(key)
            if reading.part_of(text, PART_END, m.start) == clause
        ]

    laws, rules = in_clause(_LAW), in_clause(_RULE)
    if not laws or in_clause(_FIRST_PARTY):
        return False
    law = laws[0]
    opening = _clause_start(text, reading, law)
    if sum(word.isalnum() for word in tokenize(text[opening:law]).words) > _OPENING:
        return False
    return any(law < rule for rule in rules)


def _clause_start(text: str, reading: Reading, offset: int) -> int:
    """Where the clause that holds `offset` begins: after the last clause end before it."""
    ends = [m.end() for m in PART_END.finditer(text, reading.start, offset)]
    return ends[-1] if ends else reading.start
