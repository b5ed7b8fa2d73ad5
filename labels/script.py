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
