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
