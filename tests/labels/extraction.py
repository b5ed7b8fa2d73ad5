"""Helpers of the per-language extraction tests: facts of one sentence, a field by path."""

from __future__ import annotations

from labels import extract, read_text


def facts_of(text: str) -> dict:
    """The facts the extractor reads from `text` alone."""
    return extract(read_text(text))


def field(facts: dict, path: str) -> object:
    """The value at a dotted path of the facts: "retention.deleted_on_account_closure"."""
    value: object = facts
    for part in path.split("."):
        value = value[part]  # type: ignore[index]
    return value
