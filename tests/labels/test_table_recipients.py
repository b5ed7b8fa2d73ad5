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
