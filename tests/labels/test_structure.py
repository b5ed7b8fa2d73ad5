"""Structure: a policy cut into headings, paragraphs, list items, table rows and sentences."""

from __future__ import annotations

import pytest

from labels.reading import Document
from labels.structure import KINDS, parse
from tests.conftest import SHARED

CORPUS = sorted((SHARED / "corpus").glob("*/*.txt"))


def _parse(text: str):
    return parse(Document(text=text, format="text"))


@pytest.mark.parametrize("path", CORPUS, ids=[f"{p.parent.name}/{p.stem}" for p in CORPUS])
def test_every_span_of_a_corpus_policy_is_in_bounds_non_empty_and_in_order(path):
    structure = _parse(path.read_text(encoding="utf-8"))
    text = structure.text
    for spans in (structure.segments, structure.sentences):
        previous_end = 0
        for span in spans:
            assert previous_end <= span.start < span.end <= len(text)
            assert text[span.start : span.end] == text[span.start : span.end].strip()
            previous_end = span.end
    for sentence in structure.sentences:
        segment = structure.segments[sentence.segment]
        assert segment.start <= sentence.start and sentence.end <= segment.end
    assert {segment.kind for segment in structure.segments} <= set(KINDS)
