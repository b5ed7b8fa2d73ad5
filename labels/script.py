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


def spaced(name: str) -> str:
    """`name` with each run of white space written as one plain space, as a label shows it."""
    return " ".join(name.split())
