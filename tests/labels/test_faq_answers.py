"""A question the policy asks itself is answered by what follows it (labels/detect.py,
`Detection.answered_no_after`).

A layered policy opens with an FAQ summary: "Do we sell your data?" alone states nothing,
a bare "No." right after it (the next line, or the next cell of a line that a tab parts)
denies it. Template wording, not in the corpus.
"""

from __future__ import annotations

import pytest

from tests.labels.extraction import facts_of


@pytest.mark.parametrize(
    ("text", "path", "expected"),
    [
        pytest.param("Do we sell your data?\tNo\n", "sells_data", False, id="en-a-tab-cell"),
        pytest.param(
            "我们会出售您的个人信息吗？\n不会。\n", "sells_data", False, id="zh-the-next-line"
        ),
        pytest.param(
            "Do we show you ads from other companies?\nNo, never.\n",
            "third_party_advertising",
            False,
            id="en-ads-on-the-next-line",
        ),
        pytest.param(
            "Do we sell your data?\nRead on to find out.\n\nNo.\n",
            "sells_data",
            None,
            id="en-a-no-that-answers-something-else",
        ),
        pytest.param(
            "Do we sell your data?\nWe explain this below.\n",
            "sells_data",
            None,
            id="en-a-question-left-open",
        ),
    ],
)
def test_a_question_answered_no_right_after_it(text: str, path: str, expected: object) -> None:
    assert facts_of(text)[path] is expected
