"""Tables read by their column heads: a cell under a recipients head names a recipient, a
cell under its country head where the data goes, a cell under a rights head a right
(template wording, not in the corpus)."""

from __future__ import annotations

from tests.labels.extraction import facts_of


def test_a_cell_under_a_recipient_head_names_a_recipient_en() -> None:
    text = "| Recipient | Purpose |\n|---|---|\n| Zendesk | Customer support |\n"
    assert facts_of(text)["named_recipients"] == ["Zendesk"]


def test_a_cell_under_a_recipient_head_names_a_recipient_pl() -> None:
    text = "Odbiorca\tCel\nZendesk\tobsługa klienta\n"
    assert facts_of(text)["named_recipients"] == ["Zendesk"]


def test_a_country_cell_of_a_recipients_table_abroad_is_a_transfer_pl() -> None:
    text = (
        "Tabela poniżej pokazuje, gdzie znajdują się nasi dostawcy usług.\n\n"
        "Odbiorca\tKraj\tZabezpieczenie\nZendesk\tUSA\tstandardowe klauzule umowne\n"
    )
    assert facts_of(text)["international_transfer"] is True


def test_a_country_cell_at_home_is_no_transfer_sv() -> None:
    # guard: the recipient sits in the reader's own country
    text = "Mottagare\tLand\nFortnox\tSverige\n"
    assert facts_of(text)["international_transfer"] is None


def test_an_english_recipients_table_with_two_countries_is_a_transfer() -> None:
    text = "Recipient\tCountry\nZendesk\tUnited States\nMailjet\tFrance\n"
    assert facts_of(text)["international_transfer"] is True


def test_a_country_column_without_a_recipient_head_moves_nothing_en() -> None:
    # guard: a table of offices, not of recipients
    text = "Office\tCountry\nHead office\tUnited States\nSales\tFrance\n"
    assert facts_of(text)["international_transfer"] is None


def test_a_cell_under_a_rights_head_names_a_right_sv() -> None:
    text = "Rättighet\tHur\nTillgång\tMejla oss\nRadering\tI appen\n"
    assert facts_of(text)["rights"] == ["access", "deletion"]


def test_a_bare_word_under_another_head_names_no_right_en() -> None:
    # guard: "Access" under a data head is no right
    text = "Data\tWhy\nAccess logs\tSecurity\n"
    assert facts_of(text)["rights"] == []


def test_a_value_after_a_recipient_label_names_a_recipient_zh() -> None:
    # an SDK list as blocks, one "label：value" a line, the registered place in brackets
    text = (
        "本政策由杭州星耀运动科技有限公司（以下简称“我们”）制定。\n三、第三方SDK目录\n"
        "SDK名称：友盟+统计SDK\n第三方主体：友盟同欣（北京）科技有限公司\n"
        "使用目的：统计App使用情况\n"
    )
    assert facts_of(text)["named_recipients"] == ["友盟同欣（北京）科技有限公司"]


def test_a_value_after_a_recipient_label_names_a_recipient_sv() -> None:
    text = "Exempel AB är personuppgiftsansvarig.\n\nMottagare: Fortnox AB\nÄndamål: bokföring\n"
    assert facts_of(text)["named_recipients"] == ["Fortnox AB"]


def test_a_recipient_label_inside_a_line_labels_nothing_en() -> None:
    # guard: "vendor" in the middle of a line is no label of it
    text = "Acme Ltd is the controller.\n\nAsk the vendor: Zendesk, Inc. answers support mail.\n"
    assert facts_of(text)["named_recipients"] == []
