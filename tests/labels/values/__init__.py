"""Tests of labels.values: the finders of periods, ages, dates and countries."""

from __future__ import annotations

from labels.values import Found


def quoted(found: list[Found], text: str) -> list[tuple[str, object]]:
    """Each value with the text it was read from, so that a table states span and value."""
    return [(text[f.start : f.end], f.value) for f in found]
