"""Encryption named for the connection carries over "and" to a place that holds data: the
reading of what stands between, by matches at each join, is the slicing it replaced."""

from __future__ import annotations

from pathlib import Path

import pytest

from labels import read_bytes, read_text
from labels.detect import Detection, Reading, detect
from labels.practices import _TRANSIT, _encrypted_in_a_coordinated_place
from tests.conftest import corpus_files


def encrypted_as_specified(detection: Detection, reading: Reading) -> bool:
    """The slicing that `_encrypted_in_a_coordinated_place` replaced: the specification."""
    text = detection.text
    places = [m for m in reading.terms("cues.storage") if not m.denied]
    joins = reading.terms("cues.coordination")
    return any(
        not transit.denied
        and join.start >= transit.end
        and not text[transit.end : join.start].strip()
        and any(
            place.start > join.end and len(text[join.end : place.start].split()) == 1
            for place in places
        )
        for transit in reading.terms(_TRANSIT)
        for join in joins
    )


def _readings_with_a_join(detection: Detection) -> list[Reading]:
    return [r for r in detection.readings if r.has("cues.coordination")]


@pytest.mark.parametrize(
    ("text", "encrypted"),
    [
        pytest.param("Dane są szyfrowane w trakcie przesyłania i w bazie danych.", True, id="pl"),
        pytest.param(
            "Dane są szyfrowane w trakcie przesyłania  i\tw  bazie danych.", True, id="spaces"
        ),
        pytest.param("Dane są szyfrowane w trakcie przesyłania i w bazie.", False, id="no-place"),
        pytest.param("Data is encrypted in transit and stored on servers.", False, id="verb"),
        pytest.param("Data is encrypted in transit and on our servers.", False, id="no-word"),
    ],
)
def test_encryption_in_transit_carries_over_and_to_a_place(text: str, encrypted: bool) -> None:
    detection = detect(read_text(text))
    [reading] = _readings_with_a_join(detection)
    assert _encrypted_in_a_coordinated_place(detection, reading) is encrypted
    assert encrypted_as_specified(detection, reading) is encrypted


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_the_sentences_of_a_policy_are_read_as_the_slicing_read_them(path: Path) -> None:
    detection = detect(read_bytes(path.read_bytes(), path.name))
    for reading in _readings_with_a_join(detection):
        expected = encrypted_as_specified(detection, reading)
        assert _encrypted_in_a_coordinated_place(detection, reading) is expected
