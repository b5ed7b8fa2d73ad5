"""Rights named by bare words in a list after a lead ("the rights of access, rectification,
erasure …") are each a right; a lone word after a lead, or a list the company's own reserve
opens, names none. Template wording in each language (not in the corpus)."""

from __future__ import annotations

import pytest

from tests.labels.extraction import facts_of

ALL_SIX = ["access", "correction", "deletion", "objection", "portability", "restriction"]

LISTS = [
    pytest.param(
        "Under the GDPR you have the rights of access, rectification, erasure, restriction,"
        " portability and objection.",
        ALL_SIX,
        id="en-rights-of-nouns",
    ),
    pytest.param(
        "You have the right to access, rectify, erase, restrict or object to the processing of"
        " your personal data and the right to data portability.",
        ALL_SIX,
        id="en-right-to-verbs",
    ),
    pytest.param(
        "You have the following rights: access, rectification, erasure, restriction of"
        " processing, objection and data portability.",
        ALL_SIX,
        id="en-after-a-colon-with-a-tail",
    ),
    pytest.param(
        "Your rights include access, correction, deletion and portability.",
        ["access", "correction", "deletion", "portability"],
        id="en-rights-include",
    ),
    pytest.param(
        "Du har rätt till tillgång, rättelse och radering.",
        ["access", "correction", "deletion"],
        id="sv-ratt-till",
    ),
    pytest.param(
        "Przysługuje Pani/Panu prawo dostępu do danych, sprostowania, usunięcia lub ograniczenia"
        " przetwarzania.",
        ["access", "correction", "deletion", "restriction"],
        id="pl-prawo-dostepu",
    ),
    pytest.param(
        "Masz prawo dostępu do danych, ich poprawiania, usuwania oraz przenoszenia.",
        ["access", "correction", "deletion", "portability"],
        id="pl-their-correction-after-the-data",
    ),
    pytest.param(
        "您有权访问、更正、删除、转移您的个人信息。",
        ["access", "correction", "deletion", "portability"],
        id="zh-you-may",
    ),
    pytest.param(
        "You have the rights of access (Article 15 GDPR), rectification (Article 16 GDPR) and"
        " objection (Article 21 GDPR).",
        ["access", "correction", "objection"],
        id="en-articles-in-brackets",
    ),
]


@pytest.mark.parametrize(("text", "rights"), LISTS)
def test_a_list_of_bare_words_after_a_lead_names_rights(text: str, rights: list[str]) -> None:
    assert facts_of(text)["rights"] == rights


NO_LIST = [
    pytest.param("You have the right to access the app.", id="en-one-word"),
    pytest.param(
        "We reserve the right to delete or restrict access to your account.", id="en-reserve"
    ),
    pytest.param("Access, deletion and restriction are logged.", id="en-no-lead"),
]


@pytest.mark.parametrize("text", NO_LIST)
def test_bare_words_without_a_list_after_a_lead_name_no_right(text: str) -> None:
    assert facts_of(text)["rights"] == []
