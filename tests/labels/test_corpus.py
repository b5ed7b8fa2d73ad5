"""Every policy of the shared corpus extracts, with evidence that quotes the text exactly."""

from __future__ import annotations

import json

import pytest

from labels import read_bytes
from labels.facts import extract
from tests.conftest import corpus_files

POLICIES = corpus_files()
SORTED_LISTS = ("data_collected", "purposes", "shared_with", "named_recipients", "security",
                "rights", "storage_countries", "contact_emails")  # fmt: skip


@pytest.fixture(scope="module")
def extracted() -> dict[str, tuple[str, dict]]:
    out = {}
    for path in POLICIES:
        document = read_bytes(path.read_bytes(), path.name)
        out[path.name] = (document.text, extract(document))
    return out


@pytest.mark.parametrize("path", POLICIES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_evidence_quote_is_its_text_slice(path, extracted) -> None:
    text, facts = extracted[path.name]
    assert facts["evidence"], "a policy with no claimed fact at all"
    for entry in facts["evidence"]:
        assert entry["quote"] == text[entry["start"] : entry["end"]]


@pytest.mark.parametrize("path", POLICIES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_list_is_sorted_and_every_value_has_evidence(path, extracted) -> None:
    _, facts = extracted[path.name]
    quoted = {(e["field"], e["value"]) for e in facts["evidence"]}
    for field in SORTED_LISTS:
        assert facts[field] == sorted(set(facts[field]))
        assert all((field, value) in quoted for value in facts[field])


def test_two_runs_give_identical_output() -> None:
    path = POLICIES[0]
    runs = [
        json.dumps(extract(read_bytes(path.read_bytes(), path.name)), ensure_ascii=False)
        for _ in range(2)
    ]
    assert runs[0] == runs[1]
