"""Line breaking for the PNG label: Latin breaks at spaces and hyphens, Chinese between characters.

Pillow draws one line at a time, so the layout needs the lines first. A word
wider than the whole line (a URL, a hostile name) is cut between characters
rather than let out of its box.
"""

from __future__ import annotations

import re
from typing import Protocol


class Measure(Protocol):
    """Anything that knows how wide a string is drawn: a Pillow font, a `Typeface`."""

    def getlength(self, text: str) -> float: ...


ELLIPSIS = "…"
_WIDE = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"  # CJK scripts, symbols and full-width forms
_OPENING = "（［｛〈《「『【〔“‘"  # never left at the end of a line
_CLOSING = "，。、；：！？）］｝〉》」』】〕”’…・"  # never put at the start of a line
_TOKEN = re.compile(
    rf"\s+"
    rf"|[{_OPENING}]*[{_WIDE}][{_CLOSING}]*"
    rf"|[^\s{_WIDE}]+?(?:[-/.‐_]|(?=[\s{_WIDE}])|$)"
)


def tokens(text: str) -> list[str]:
    """Pieces between which a line may break: spaces, one CJK character, a word up to a - / . or _."""
    return _TOKEN.findall(text)


def _cut(word: str, font: Measure, width: float) -> list[str]:
    """A word too wide for a line, cut into pieces that fit; a cut between letters gets a hyphen."""
    pieces: list[str] = []
    piece = ""
    for i, char in enumerate(word):
        if piece:
            mid_word = piece[-1].isalpha() and char.isalpha() and i + 1 < len(word)
            if font.getlength(piece + char + ("-" if mid_word else "")) > width:
                hyphen = "-" if mid_word and font.getlength(piece + "-") <= width else ""
                pieces.append(piece + hyphen)
                piece = ""
        piece += char
    return [*pieces, piece] if piece else pieces


def _ellipsize(line: str, font: Measure, width: float) -> str:
    """The line shortened until it fits with a trailing ellipsis: the cut is shown, not hidden."""
    line = line.rstrip()
    while line and font.getlength(line + ELLIPSIS) > width:
        line = line[:-1].rstrip()
    return line + ELLIPSIS


def wrap(text: str, font: Measure, width: float, max_lines: int | None = None) -> list[str]:
    """The lines of `text` in `font`, each at most `width` pixels long.

    With `max_lines`, text beyond the last line is dropped and the last line
    ends with an ellipsis.
    """
    lines: list[str] = []
    line = ""
    for token in tokens(" ".join(text.split())):
        if token.isspace():
            line += " " if line else ""
            continue
        if font.getlength(line + token) <= width:
            line += token
            continue
        if line.strip():
            lines.append(line.rstrip())
        *whole, line = _cut(token, font, width)
        lines.extend(whole)
    if line.strip():
        lines.append(line.rstrip())
    if max_lines is not None and len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], _ellipsize(lines[max_lines - 1], font, width)]
    return lines
