"""defined_terms: each name a policy defines, with the terms its parenthesis quotes."""

from __future__ import annotations

import re

from labels.defined_terms import NameBefore, defined_terms

_PARENTHESIS = re.compile(r"[(（][^()（）\n]*[)）]")
_QUOTED = re.compile(r"[“\"]([^”\"]+)[”\"]")
_FOSSIL = (
    "At Fossil Group, Inc. (“Fossil Group” or “Fossil”), owner, manufacturer, and distributor"
    " of the Misfit Brand (“Misfit”, “we” or “us”) we value and protect your privacy rights"
)
_TMALL = "天猫精灵产品和服务提供者（以下简称“我们”）制定本隐私权政策（以下简称“本政策”）并"


def _two_words_before(term: re.Match[str], previous: re.Match[str] | None) -> str | None:
    """The last two words between the previous parenthesis and this one, if any."""
    words = term.string[previous.end() if previous else 0 : term.start()].split()
    return " ".join(words[-2:]) or None


def _read(text: str, name_before: NameBefore = _two_words_before) -> list[tuple[str, list[str]]]:
    return list(defined_terms(_PARENTHESIS.finditer(text), _QUOTED, name_before))


def test_each_parenthesis_defines_the_name_before_it_by_its_quoted_terms() -> None:
    assert _read(_FOSSIL) == [
        ("Group, Inc.", ["Fossil Group", "Fossil"]),
        ("Misfit Brand", ["Misfit", "we", "us"]),
    ]


def test_the_name_is_sought_after_the_previous_parenthesis() -> None:
    seen: list[str] = []

    def record(term: re.Match[str], previous: re.Match[str] | None) -> str | None:
        seen.append(term.string[previous.end() if previous else 0 : term.start()])
        return None

    _read(_FOSSIL, record)
    assert seen == [
        "At Fossil Group, Inc. ",
        ", owner, manufacturer, and distributor of the Misfit Brand ",
    ]


def test_a_parenthesis_without_a_name_before_it_defines_nothing() -> None:
    def only_a_han_name(term: re.Match[str], previous: re.Match[str] | None) -> str | None:
        return None if previous else term.string[: term.start()]

    assert _read(_TMALL, only_a_han_name) == [("天猫精灵产品和服务提供者", ["我们"])]


def test_a_text_without_a_parenthesis_defines_nothing() -> None:
    assert _read("This Privacy Notice describes:") == []
