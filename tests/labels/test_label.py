"""The label model: one locale-neutral summary of the facts for every outlet."""

import json
from datetime import date

from labels.label import NO, NOT_STATED, YES, build_label
from tests.conftest import SHARED


def _gold(name: str) -> dict:
    return json.loads((SHARED / "gold/seeds" / name).read_text(encoding="utf-8"))


def test_silence_is_not_stated_never_no():
    label = build_label({"spec": 1})
    assert label.sells_data.state == NOT_STATED
    assert label.targeted_ads.state == NOT_STATED
    assert {line.state for line in label.data} == {NOT_STATED}
    assert not label.retention.stated


def test_an_explicit_false_flag_is_no():
    assert build_label({"sells_data": False}).sells_data.state == NO


def test_camera_microphone_and_location_lead_the_data_grid():
    label = build_label({"data_collected": ["contact", "audio"]})
    assert [line.id for line in label.data[:3]] == ["photos_videos", "audio", "location"]
    assert [line.id for line in label.data if line.state == YES] == ["audio", "contact"]


def test_retention_summary_is_the_shortest_and_longest_stated_period():
    label = build_label(_gold("001_e6c674c7cd0d9176.json"))
    assert (label.retention.shortest_days, label.retention.longest_days) == (0.0833, 6570)


def test_policy_date_and_minimum_age_come_through():
    label = build_label(_gold("004_dae2942fc8e56b33.json"))
    assert label.last_updated == date(2021, 6, 30)
    assert label.min_age == 18


def test_lines_point_at_their_evidence():
    facts = {
        "shared_with": ["authorities"],
        "evidence": [
            {"field": "contact_emails", "value": "a@b.se", "start": 0, "end": 6, "quote": "a@b.se"},
            {"field": "shared_with", "value": "authorities", "start": 7, "end": 20, "quote": "x"},
        ],
    }
    label = build_label(facts)
    line = next(line for line in label.recipients if line.id == "authorities")
    assert label.quotes(line.evidence) == [facts["evidence"][1]]


def test_unparseable_date_reads_as_not_stated():
    assert build_label({"last_updated": "sometime in 2021"}).last_updated is None


def test_the_label_shows_every_spec_id_exactly_once():
    from labels.label import DATA_CATEGORIES, RECIPIENTS, RIGHTS, SECURITY
    from labels.spec import VOCABULARIES

    shown = {"data_collected": DATA_CATEGORIES, "shared_with": RECIPIENTS,
             "security": SECURITY, "rights": RIGHTS}  # fmt: skip
    for field, ids in shown.items():
        assert sorted(ids) == sorted(VOCABULARIES[field]), field
