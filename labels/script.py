"""Chinese characters: the script written without spaces between words.

Its terms match as substrings, its numerals combine by position and every
character is a token, so several modules need to tell it apart from Latin
letters; they share these blocks rather than each writing its own range.
"""

from __future__ import annotations

import re

HAN_BLOCKS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
"""The Unicode blocks of Chinese characters (extension A, unified, compatibility), for a []."""

HAN = re.compile(rf"[\u3007{HAN_BLOCKS}]")
"""One Chinese character, 〇 (the Chinese zero, outside the Han blocks) included."""

SPACES_IN_LINE = " \t\u00a0\u2000-\u200a\u202f\u205f\u3000"
"""The spaces that stand between words in a line, for a []: the space and the tab, and the
no-break, typographic and ideographic spaces that web pages and PDFs put there ("Google&nbsp;
Analytics"). A name's words may be parted by any of them."""


_SPACE_IN_HAN = re.compile(rf"[{SPACES_IN_LINE}](?<=[{HAN_BLOCKS}].)(?=[{HAN_BLOCKS}])")
"""A space between two Chinese characters; the space comes first, so that a scan skips to
the spaces (a look-behind first is tried at every character: eight times slower)."""


def without_spaces_in_han(text: str) -> str:
    """`text` without the single spaces that a PDF's text layer may put between Chinese
    characters ("珠 海 格 力 电 器 股 份 有 限 公 司"): Chinese is written without them."""
    return _SPACE_IN_HAN.sub("", text)


def spaced(name: str) -> str:
    """`name` with each run of white space written as one plain space, as a label shows it,
    and none between two Chinese characters ("支 付 宝")."""
    return without_spaces_in_han(" ".join(name.split()))
