"""The one result type of the value finders."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Found:
    """A value read at text[start:end]: days (float), an age (int), a date or a country code."""

    start: int
    end: int
    value: object
