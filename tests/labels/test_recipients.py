"""Named recipients: the third-party companies and services a policy shares data with."""

from __future__ import annotations

import re

import pytest

from labels import read_text
from labels.detect import detect
from labels.facts import extract
from labels.organization import service_kinds
from labels.recipients import _MARK_GAP, _marked


def _written_variants(name: str) -> list[str]:
    """A service's name as written, and (for a name of several words) with a compound part
    before its second word, which the term matcher skips ("Google Smart-Analytics")."""
    first, *rest = name.split(" ", 1)
    return [name] + [f"{first} Smart-{rest[0]}"] if rest else [name]


@pytest.mark.parametrize("name", sorted(service_kinds()))
def test_a_known_service_in_a_chinese_sharing_sentence_is_a_named_recipient(name: str) -> None:
    # Chinese sentences are only read for services where a quick scan finds a mark of one:
    # that scan must find every way the matcher finds a service
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


@pytest.mark.parametrize(
    "text",
    [
        "google analytics",
        "google smart-analytics",
        "google smart - analytics",
        "google -analytics",
        "google 的服务很长很长没有空格analytics-x analytics",
        "腾讯云的服务很长很长没有空格-bugly",
    ],
)
def test_the_mark_gap_matches_as_the_plain_skipped_part_would(text: str) -> None:
    # the lookahead only spares backtracking: each match is the plain pattern's
    plain = re.compile(r"google\s*(?:\S+\s*-\s*)?analytics|腾讯\s*(?:\S+\s*-\s*)?bugly")
    gapped = re.compile(rf"google{_MARK_GAP}analytics|腾讯{_MARK_GAP}bugly")
    assert [m.span() for m in gapped.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_only_the_chinese_sentences_naming_a_service_are_marked() -> None:
    # an English policy followed by a Chinese one (seed 004): the English is not scanned
    text = (
        "We share usage data with Google Analytics.\n\n"
        "我们会与友盟共享您的设备信息。\n\n"
        "我们会保护您的个人信息。\n\n"
        "我们使用Google Analytics分析服务。\n"
    )
    detection = detect(read_text(text))
    assert [r.lang for r in detection.readings] == ["en", "zh", "zh", "zh"]
    assert _marked(detection) == {1, 3}
