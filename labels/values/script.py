"""Chinese characters: the script written without spaces between words.

Its terms match as substrings and its numerals combine by position, so several
modules need to tell it apart from Latin letters.
"""

from __future__ import annotations

import re

HAN = re.compile(r"[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
"""One Chinese character, 〇 (the Chinese zero, outside the Han blocks) included."""
