"""A Chinese policy in traditional characters (Taiwan, Hong Kong, Macao) states the facts
of the same policy in simplified ones.

OpenCC writes each corpus policy with Chinese in it in traditional characters, character
for character (s2tw: the same words in the other script). The vocabularies, legal forms
and place names must know both scripts; a term added in one script only fails here.
"""

from __future__ import annotations

import json

import opencc
import pytest

from labels import read_text
from labels.facts import extract
from labels.script import HAN
from tests.conftest import corpus_files

CHINESE = [path for path in corpus_files() if HAN.search(path.read_text(encoding="utf-8"))]
TO_TRADITIONAL = opencc.OpenCC("s2tw")
TO_SIMPLIFIED = opencc.OpenCC("t2s")


def in_simplified(facts: dict) -> dict:
    """The facts without their evidence, every name and quote in simplified characters and
    every list sorted again (a name sorts by its characters)."""
    stated = {field: value for field, value in facts.items() if field != "evidence"}
    simplified = json.loads(TO_SIMPLIFIED.convert(json.dumps(stated, ensure_ascii=False)))
    for field, value in simplified.items():
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            simplified[field] = sorted(value)
    return simplified


@pytest.mark.parametrize("path", CHINESE, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_traditional_characters_state_the_same_facts(path) -> None:
    text = path.read_text(encoding="utf-8")
    simplified = extract(read_text(text, path.name))
    traditional = extract(read_text(TO_TRADITIONAL.convert(text), path.name))
    assert in_simplified(traditional) == in_simplified(simplified)
