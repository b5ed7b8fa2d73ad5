"""Tables of processing read by their column heads: a cell under a head gives what the head
names (template wording, not in the corpus)."""

from tests.labels.extraction import facts_of


def periods_of(text: str) -> list[float]:
    return [period["days"] for period in facts_of(text)["retention"]["periods"]]


def test_the_cells_under_an_expiry_head_are_lifetimes() -> None:
    text = "Name\tPurpose\tExpiry\nsid\tKeeps you signed in\t30 days\nlang\tYour language\t1 year\n"
    assert periods_of(text) == [30, 365]


def test_an_expiry_head_of_a_piped_table_governs_its_column() -> None:
    text = "名称｜用途｜有效期\nsid｜保持登录状态｜7天\nlang｜记住语言｜1年\n"
    assert periods_of(text) == [7, 365]


def test_an_expiry_outside_a_table_keeps_nothing() -> None:
    # the validity of a consent, in a sentence, is no period of keeping data
    assert periods_of("您的授权有效期为一年。\n\n名称｜用途\nsid｜保持登录状态\n") == []


def test_the_data_cells_of_a_processing_table_are_collected() -> None:
    # a header row with a data head and a purpose head: each row states a processing
    text = (
        "| Data | Purpose | Legal basis |\n|---|---|---|\n"
        "| Email address, phone number | Create your account | Contract |\n"
    )
    assert facts_of(text)["data_collected"] == ["contact"]


def test_the_purpose_cells_of_a_processing_table_are_purposes() -> None:
    text = (
        "| Cel przetwarzania | Dane | Podstawa prawna |\n|---|---|---|\n"
        "| Wysyłka newslettera | Adres e-mail | Zgoda |\n"
    )
    assert facts_of(text)["purposes"] == ["marketing"]


def test_a_header_row_alone_collects_nothing() -> None:
    facts = facts_of("| Personuppgifter | Ändamål | Rättslig grund |\n|---|---|---|\n")
    assert (facts["data_collected"], facts["purposes"]) == ([], [])


def test_a_data_head_without_a_purpose_head_states_no_processing() -> None:
    # a list of data beside their recipients is no statement that the company collects them
    text = "| Data | Recipient |\n|---|---|\n| Email address | Mailchimp |\n"
    assert facts_of(text)["data_collected"] == []


def test_a_data_term_in_prose_under_a_data_head_word_is_unchanged() -> None:
    # the head cues are read in table headers only: prose still needs its verb
    assert facts_of("Data\n\nYour email address is important to us.")["data_collected"] == []
