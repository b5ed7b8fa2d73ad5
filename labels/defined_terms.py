"""The terms a policy defines: a name, then a parenthesis that quotes a word for it
('Acme Ltd ("we", "us")', 'Gniazdko24 S.A. (dalej: „Sprzedawca”)', '（以下简称"我们"）').

Most policies have few such parentheses and many capitalised words, so the parenthesis is
found first and its name looked for only in the text right before it. Each caller says
which parentheses define (all in the text, or those near its names), how their quotes are
written, and what a name before one is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

NameBefore = Callable[[re.Match[str], re.Match[str] | None], str | None]
"""The name a defining parenthesis follows, given the parenthesis and the one before it
(`None` for the first): the name is sought between them, as one before the previous
parenthesis is that one's."""


def defined_terms(
    parentheses: Iterable[re.Match[str]], quoted: re.Pattern[str], name_before: NameBefore
) -> Iterator[tuple[str, list[str]]]:
    """Each name defined by one of `parentheses` (in the order of the text), with the terms
    (`quoted`'s first group, stripped) it quotes; a parenthesis without a name before it
    defines nothing."""
    previous = None
    for m in parentheses:
        name = name_before(m, previous)
        previous = m
        if name is not None:
            yield name, [term.strip() for term in quoted.findall(m.group()) if term.strip()]
