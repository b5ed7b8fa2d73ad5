"""The evidence of a label: every claimed value with the sentence it rests on."""

from __future__ import annotations

from labels.detect import Reading


class Evidence:
    """Collects one quote per claimed (field, value), the first one in the text."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._entries: dict[tuple[str, str], dict] = {}

    def add(self, field: str, value: object, reading: Reading) -> None:
        """Record that `reading` supports `value` of `field` (the earliest quote wins)."""
        key = (field, repr(value))
        entry = self._entries.get(key)
        if entry is None or reading.start < entry["start"]:
            self._entries[key] = {
                "field": field,
                "value": value,
                "start": reading.start,
                "end": reading.end,
                "quote": self._text[reading.start : reading.end],
            }

    def copy(self, field: str, value: object, to_field: str, to_value: object) -> None:
        """Let the quote of one claimed value support another value it implies."""
        entry = self._entries[(field, repr(value))]
        self._entries.setdefault(
            (to_field, repr(to_value)), {**entry, "field": to_field, "value": to_value}
        )

    def entries(self) -> list[dict]:
        """All entries, sorted by field, then position, then value."""
        return sorted(
            self._entries.values(), key=lambda e: (e["field"], e["start"], repr(e["value"]))
        )
