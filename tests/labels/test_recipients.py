"""Named recipients: the third-party companies and services a policy shares data with."""

from __future__ import annotations

import pytest

from labels import read_bytes, read_text
from labels.detect import OPENING_MARKS, detect
from labels.facts import extract
from labels.organization import legal_names, organization, organization_data, service_kinds
from labels.recipients import (
    _AFTER_TITLE,
    _ALIAS_REACH,
    _about_recipients,
    _asked,
    _companies_in,
    _may_open_with,
    _opened_by,
    _recipient_contexts,
    _service_hits,
    _services,
    _shaped_sentences,
    _tools_used,
)
from labels.script import spaced
from tests.conftest import corpus_files


def _written_variants(name: str) -> list[str]:
    """A service's name as written, and (for a name of several words) with a compound part
    before its second word, which the term matcher skips ("Google Smart-Analytics")."""
    first, *rest = name.split(" ", 1)
    return [name] + [f"{first} Smart-{rest[0]}"] if rest else [name]


@pytest.mark.parametrize("name", sorted(service_kinds()))
def test_a_known_service_in_a_chinese_sharing_sentence_is_a_named_recipient(name: str) -> None:
    # Chinese sentences are only read where they name a service or a company: every way
    # the matcher finds a service must be found
    for written in _written_variants(name):
        text = f"我们会与{written}共享您的设备信息，以便提供统计分析服务。\n"
        assert extract(read_text(text))["named_recipients"], written


def test_a_service_named_again_in_another_script_is_one_recipient() -> None:
    # seed 001: each cloud provider in Chinese and then in English, in a Polish sentence
    text = (
        "W odniesieniu do danych osobowych gromadzonych podczas Twojego użytkowania aplikacji"
        " lub chmury Imou, korzystamy z usług dostawców usług w chmurze, w tym Amazon Web"
        " Services. Inc. (USA), 阿里云算有限公司Alibaba Cloud Computing Co., Ltd(Chiny), Azure"
        " (USA), 北京金山云网有限公司Beijing Kingsoft Cloud Internet Technology Co., Ltd(Chiny).\n"
    )
    names = extract(read_text(text))["named_recipients"]
    assert "Alibaba Cloud Computing Co., Ltd" in names and "阿里云" not in names
    assert "Beijing Kingsoft Cloud Internet Technology Co., Ltd" in names and "金山云" not in names


def test_a_service_named_in_an_inflected_case_is_reported_by_its_name() -> None:
    # Polish declines a service's name ("Asystenta Google", genitive): one recipient, its name
    text = "Przekazujemy dane o temperaturze do Asystenta Google, jeśli połączysz z nim konto.\n"
    assert extract(read_text(text))["named_recipients"] == ["Asystent Google"]


def test_a_service_name_without_inflected_forms_is_reported_as_written() -> None:
    text = "We share your voice commands with Google Assistant when you link your account.\n"
    assert extract(read_text(text))["named_recipients"] == ["Google Assistant"]


def test_a_service_named_only_in_chinese_stays_a_recipient() -> None:
    text = "我们会与阿里云共享您的设备信息，以便提供云存储服务。\n"
    assert extract(read_text(text))["named_recipients"] == ["阿里云"]


def test_a_company_name_cut_by_a_hard_wrap_is_one_name() -> None:
    # seed 001's sentence as a PDF's text layer gives it: the line ends inside the name
    text = (
        "Korzystamy z usług dostawców usług w chmurze, w tym Amazon Web Services. Inc. (USA),"
        " Azure (USA), Beijing Kingsoft\nCloud Internet Technology Co., Ltd (Chiny).\n"
    )
    assert (
        "Beijing Kingsoft Cloud Internet Technology Co., Ltd"
        in (extract(read_text(text))["named_recipients"])
    )


def test_companies_on_lines_of_their_own_stay_apart() -> None:
    text = "Udostępniamy dane następującym podmiotom:\n\nAmazon Web Services\nGoogle LLC\n"
    assert "Amazon Web Services Google LLC" not in extract(read_text(text))["named_recipients"]


def test_a_chinese_name_is_shown_without_the_spaces_a_pdf_put_between_its_characters() -> None:
    text = "我们会与支 付 宝共享您的订单信息，以便完成支付。\n"
    assert extract(read_text(text))["named_recipients"] == ["支付宝"]


def test_a_company_with_its_country_in_parentheses_is_one_name() -> None:
    # template wording (not in the corpus): Asian cloud hosts name their country so
    text = (
        'This privacy policy is provided by Acme Robotics AB ("Acme", "we").\n\n'
        "We share your data with our hosting providers Tuya (Singapore) Pte. Ltd. and"
        " Alibaba Cloud (Singapore) Private Limited.\n"
    )
    assert extract(read_text(text))["named_recipients"] == [
        "Alibaba Cloud (Singapore) Private Limited",
        "Tuya (Singapore) Pte. Ltd",
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Data from Garmin Connect is shared with us when you link your account.", id="en"
        ),
        pytest.param(
            "Uppgifter från Garmin Connect delas med oss när du kopplar ditt konto.", id="sv"
        ),
    ],
)
def test_a_service_that_shares_data_with_the_company_is_its_source(text: str) -> None:
    # template wording (not in the corpus): the company receives; the service gives
    assert extract(read_text(text))["named_recipients"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Servrarna finns hos Google Cloud i datacentret i Hamina, Finland.",
            ["Google Cloud"],
            id="sv-the-servers-at-a-cloud",
        ),
        pytest.param(
            "Our servers are hosted by Google Cloud in Finland.",
            ["Google Cloud"],
            id="en-hosted-by",
        ),
        pytest.param(
            "Dane przechowujemy na serwerach OVHcloud we Francji.",
            ["OVHcloud"],
            id="pl-kept-on-the-servers-of",
        ),
        pytest.param("我们的服务器托管在阿里云。", ["阿里云"], id="zh-hosted-at"),
        pytest.param(
            "We do not store your data with Google Cloud.", [], id="en-a-denied-host-is-none"
        ),
    ],
)
def test_a_known_provider_where_data_is_stored_is_a_named_recipient(
    text: str, expected: list[str]
) -> None:
    # template wording (not in the corpus): a cloud named where the data is kept hosts it for
    # the company, whether or not "we" speaks
    assert extract(read_text(text))["named_recipients"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "When you buy an upgrade, you pay directly with PayPal, which is an independent"
            " controller; we never see your card details.",
            [],
            id="en-the-user-pays-an-independent-controller-directly",
        ),
        pytest.param(
            "We share your payment details directly with Stripe, which uses them as an"
            " independent controller.",
            ["Stripe"],
            id="en-the-company-shares-directly-with-a-controller",
        ),
    ],
)
def test_a_party_the_user_deals_with_directly_is_no_recipient(
    text: str, expected: list[str]
) -> None:
    # template wording (not in the corpus): LABEL_SPEC, paying through PayPal on its own page
    assert extract(read_text(text))["named_recipients"] == expected


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_the_services_of_each_sentence_are_those_a_walk_of_it_finds(path) -> None:
    # one walk over all sentences finds what a walk over each found
    detection = detect(read_bytes(path.read_bytes(), path.name))
    tokens = detection.tokens
    assert _service_hits(detection, detection.readings) == [
        _services().find(tokens, tokens.span(reading.start, reading.end))
        for reading in detection.readings
    ]


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_the_sentences_holding_a_shape_word_are_those_a_search_of_each_finds(path) -> None:
    # one search of the whole text finds what a search of each sentence found
    detection = detect(read_bytes(path.read_bytes(), path.name))
    words = organization_data()["service_shapes"]
    text = detection.text
    assert _shaped_sentences(detection) == {
        reading.index
        for reading in detection.readings
        if any(text.find(word, reading.start, reading.end) >= 0 for word in words)
    }


def test_the_sentences_holding_a_shape_word_are_found_by_index() -> None:
    text = "We use the Acme SDK.\n\nWe share nothing.\n\nWe use Acme Cloud and Beta Cloud.\n"
    assert _shaped_sentences(detect(read_text(text))) == {0, 2}


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_a_sentence_without_a_recipient_key_or_context_is_read_as_in_full(path) -> None:
    # the quick answer for a sentence that holds no recipient key, and whose first context
    # is not one that can make it give data away, is the full reading's
    detection = detect(read_bytes(path.read_bytes(), path.name))
    publisher = organization(detection.text, detection.structure.language)
    contexts = _recipient_contexts(detection)
    every = frozenset(range(len(detection.readings)))  # the quick answer only without context
    for reading in detection.readings:
        quick = _about_recipients(detection, reading, publisher, contexts)
        assert quick == _about_recipients(detection, reading, publisher, every), reading.index


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_the_companies_of_a_sentence_read_alone_are_those_of_the_whole_text(path) -> None:
    # a sentence read alone and in lower case gives the legal names the whole text gave
    detection = detect(read_bytes(path.read_bytes(), path.name))
    publisher = organization(detection.text, detection.structure.language)
    text = detection.text
    for reading in detection.readings:
        if reading.lang == "zh":
            continue
        whole = legal_names(text, reading.lang, reading.start, reading.end, across_lines=True)
        expected = [
            (m.group(0).rstrip("."), m.start())
            for m in whole
            if not (publisher and publisher in text[m.end() : m.end() + _ALIAS_REACH])
        ]
        assert _companies_in(text, reading, publisher) == expected, reading.index


@pytest.mark.parametrize(
    "text",
    [
        "We share data with Acme Inc.",
        "We share data with Acme Inc",
        'We share data with Acme Inc. ("Acme", "we").',
        "We share data with Straße Holding GmbH and İstanbul Co., Ltd.",
        "Data goes to Beijing Kingsoft\nCloud Internet Technology Co., Ltd and to Zendesk, Inc.",
    ],
)
def test_the_companies_of_a_sentence_read_alone_at_the_edges(text: str) -> None:
    detection = detect(read_text(text))
    for publisher in (None, "Acme"):
        for reading in detection.readings:
            whole = legal_names(text, reading.lang, reading.start, reading.end, across_lines=True)
            expected = [
                (m.group(0).rstrip("."), m.start())
                for m in whole
                if not (publisher and publisher in text[m.end() : m.end() + _ALIAS_REACH])
            ]
            assert _companies_in(text, reading, publisher) == expected


def _opens_with(detection, reading, name: str) -> bool:
    """Whether `_opened_by` finds `name` where the sentence or its part after a title opens,
    possessive or not: what its quick look (`_may_open_with`) must let through."""
    text = spaced(detection.text[reading.start : reading.end].lstrip(OPENING_MARKS)).lower()
    title = _AFTER_TITLE.match(text)
    return any(text.startswith(name.lower(), at) for at in ((0, title.end()) if title else (0,)))


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_every_sentence_that_opens_with_the_name_passes_the_quick_look(path) -> None:
    detection = detect(read_bytes(path.read_bytes(), path.name))
    publisher = organization(detection.text, detection.structure.language)
    for name in filter(None, (publisher, "we", "Google", "İnc")):
        for reading in detection.readings:
            if _opens_with(detection, reading, name):
                assert _may_open_with(detection.text, reading, name), (name, reading.index)


@pytest.mark.parametrize(
    ("text", "opened"),
    [
        ("Acme shares data with partners.\n", True),
        ("- * Acme shares data with partners.\n", True),
        ("Analytics services: Acme uses Google Analytics.\n", True),
        ("分析服务：Acme uses Google Analytics.\n", True),
        ("Acme’s partners share data.\n", False),
        ("We share data with Acme.\n", False),
    ],
)
def test_the_quick_look_leaves_the_sentences_the_publisher_opens(text: str, opened: bool) -> None:
    detection = detect(read_text(text))
    [reading] = detection.readings
    assert _may_open_with(detection.text, reading, "Acme") or not opened
    assert _opened_by(detection, reading, "Acme") == opened


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_a_sentence_left_unasked_names_no_recipient(path) -> None:
    # a sentence outside _asked is not about recipients, and uses no tool it names
    detection = detect(read_bytes(path.read_bytes(), path.name))
    publisher = organization(detection.text, detection.structure.language)
    contexts = _recipient_contexts(detection)
    asked = {reading.index for reading in _asked(detection, contexts)}
    every = frozenset(range(len(detection.readings)))
    hits = _service_hits(detection, detection.readings)
    for reading in detection.readings:
        if reading.index in asked:
            continue
        assert not _about_recipients(detection, reading, publisher, every), reading.index
        assert not _tools_used(detection, reading, publisher, hits[reading.index])
