"""Cut a policy into headings, paragraphs, list items, table rows and sentences.

Everything downstream quotes spans of `Document.text`, so nothing here edits the
text: every Segment and Sentence is a pair of offsets, and `text[start:end]` is
the block or sentence itself, stripped of white space and of the markup around
it ("# ", "- ", "**", "|"). Enumerators ("3.1", "(a)", "一、") are part of the
span: they are words of the document, not markup.

How a list is tied to its lead-in: a lead-in ("We collect the following:")
and each of its items are separate segments and separate sentences. The items
follow their lead-in in `Structure.segments` and fall under the same heading
(`Segment.section`), so the lead-in of a list item is the nearest earlier
paragraph of the same section whose text ends in ":" or "：", with only list
items between the two.

Heading levels: a Markdown heading, a numbered heading ("3.", "3.1", "III.",
"第三章", "（二）", "Article 5", "§ 3"), an all-caps, bold or short title line
each have a style; levels are the order in which styles first appear in the
document (the usual way numbering is nested), so "3." then "3.1" are levels 1
and 2, and "## Title" under "# Title" is level 2. Plain title lines rank last.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NamedTuple

from labels._matching import SentenceRules, is_abbreviation, sentence_spans
from labels.language import judge, judge_all, language_data
from labels.matching import joins_a_term
from labels.reading import Document
from labels.script import HAN_BLOCKS, SPACES_IN_LINE
from labels.vocabulary import LANGUAGES, syntax, vocabulary

KINDS: tuple[str, ...] = ("heading", "paragraph", "list_item", "table_row")

_ABBREVIATIONS = Path(__file__).with_name("vocabularies") / "abbreviations.toml"


class Segment(NamedTuple):
    """A block of the document: `text[start:end]` without surrounding markup (a tuple, like
    Sentence: a policy has thousands, built faster than frozen dataclasses)."""

    start: int
    end: int
    kind: str
    level: int
    section: int
    lang: str


class Sentence(NamedTuple):
    """One sentence of one segment; `text[start:end]` is the sentence, stripped."""

    start: int
    end: int
    segment: int
    lang: str


@dataclass(frozen=True)
class Structure:
    """The segments and sentences of a document, with its main language."""

    text: str
    language: str
    segments: tuple[Segment, ...]
    sentences: tuple[Sentence, ...]
    page_marks: tuple[tuple[int, int], ...] = ()
    """The spans of the lines that number a printed page: a sentence runs across one, whose
    words are none of its own."""

    def heading_path(self, segment: int) -> tuple[int, ...]:
        """Indexes of the headings enclosing `segment`, outermost first (not itself)."""
        path = []
        index = self.segments[segment].section
        while index >= 0:
            path.append(index)
            index = self.segments[index].section
        return tuple(reversed(path))


# ---------------------------------------------------------------- vocabulary data


@cache
def abbreviations(lang: str) -> frozenset[str]:
    """Lower-case abbreviations (with their periods) that do not end a sentence in `lang`."""
    with _ABBREVIATIONS.open("rb") as fh:
        data = tomllib.load(fh)
    own = data["en"] if lang == "zh" else data[lang]
    return frozenset(term.lower() for term in data["common"] + own)


@cache
def _enumerators() -> re.Pattern[str]:
    """Every numbering style as one alternation with a group per style, tried in the order of
    preference: one C-level match per line instead of one call per style."""
    styles = _numbering_styles()
    return re.compile("|".join(f"(?P<{style}>{pattern})" for style, pattern in styles.items()))


@cache
def _numbering_styles() -> dict[str, str]:
    """The pattern of each numbering style, in the order of preference. The words of the
    numbered headings come from language.toml."""
    data = language_data()["numbering"]
    words = sorted(
        {word for lang in ("en", "sv", "pl") for word in data[lang]}, key=lambda w: (-len(w), w)
    )
    numerals = re.escape(data["zh_numerals"])
    counters = "|".join(re.escape(c) for c in data["zh_counters"])
    ordinal = re.escape(data["zh_ordinal"])
    styles = {
        "section_sign": r"§\s*\d{1,3}[a-z]?\.?",
        "decimal": r"(?P<number>0*\d{1,3}[a-z]?)(?P<subnumbers>(?:[.．]\d{1,3}){0,4})"
        r"(?P<closer>\\?[.．]|[)）、])?",
        "paren_number": r"[（(](?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})[)）]|[ivx]{1,5}\)",
        "zh_chapter": ordinal + r"[" + numerals + r"\d]{1,4}(?:" + counters + ")",
        "zh_paren": r"[（(][" + numerals + r"]{1,3}[)）]",
        "zh_num": r"[" + numerals + r"]{1,3}[、.．]",
        "word": r"(?i:(?:"
        + "|".join(map(re.escape, words))
        + r")\s+(?:\d{1,3}|[IVXLC]{1,6})\b[.:]?)",
        "roman": r"[IVXLC]{1,6}[.)](?=\s)",
        "letter": r"[a-zA-Z][.)、](?=\s|[^\x00-\x7f])",
        "circled": r"[\u2460-\u2473\u2776-\u277f]",
    }
    return styles


@cache
def _han_number_starts() -> frozenset[str]:
    """The Han characters that can open a numbered heading ("第三章", "三、")."""
    data = language_data()["numbering"]
    return frozenset(data["zh_numerals"] + data["zh_ordinal"])


# ---------------------------------------------------------------- lines to blocks

_SPACE = " \t\r\f\v\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff"
_SPACES = re.compile(f"[{_SPACE}][{_SPACE}]*")
_STRIPPED_FIRST = frozenset(_SPACE + "\n<")
_STRIPPED_LAST = frozenset(_SPACE + "\n>\\")
_HAS_WORD = re.compile(r"[^\W_]")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_ATX = re.compile(r"(#{1,6})(?=[\s]|$)")
_ATTRIBUTES = re.compile(r"\{:[^{}\n]{0,80}\}")
# "*" straight before a Han character or bold is a bullet too: "*推送信息", "***极光**"
_BULLET = re.compile(r"(?:[-*+](?=[ \t\u00a0])|\*(?=[\u3400-\u9fff]|\*\*)|[•·●▪◦‣○■□◆◇►▶➢✓√✔➤])")
_RULE = re.compile(r"(=+|-+)")
_BRACKETED = re.compile(r"【[^【】\n]{1,40}】")
_TERMINAL = frozenset(".!?。！？:：;；")
_CLAUSE_MARKS = frozenset(";:")
_NO_TITLE_END = frozenset(".;:,。；：，、!！…")
_HAN_CLAUSE = re.compile(r"[，,。]")  # a Chinese heading has no clause break
_NOT_IN_TITLE = re.compile(r"[:：;；@<>]")
_EMPHASIS = ("**", "__", "*", "_")
_EMPHASIS_MARKS = frozenset("".join(_EMPHASIS))
_MAX_TITLE_LATIN = 100
_MAX_TITLE_HAN = 40
_MAX_ITEM_LATIN = 160
_MAX_ITEM_HAN = 60
_LONG_LINE = 60
_MIN_WRAPPED_LINES = 8
_WRAP_BAND = 20
"""How far short of the width a cut line may end: about the length of a long word."""
_WRAPPED_SHARE = 0.4
_WORD_RUN = re.compile(r"(?:[^\s]|[\u00a0\u202f])+")
"""What a line is not cut inside: a word, no-break spaces (U+00A0, U+202F) included."""
_LONG_BLOCK = 800


@dataclass(slots=True)
class _Block:
    """A block while it is being assembled; becomes a Segment at the end (slots and no
    default factory: one is built per line of the policy)."""

    start: int
    end: int
    kind: str
    style: str = ""
    title: bool = False  # a short plain line: a heading if body text follows it
    strong: bool = False  # bold or all caps: a heading even when another heading follows
    joined: bool = False  # no blank line before it: an address or a table, not a title
    numbered_title: bool = False  # a numbered short line: a heading unless in a run (a TOC)
    bare: bool = False  # a number on its own ("§1.", "**1.1**"): names the next line
    parts: Sequence[tuple[int, int]] = ()  # table cells
    piped: bool = False  # a line parted by pipes: a table row in a run of them


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    """Move s and e inwards past white space, HTML line breaks and trailing escapes."""
    if s < e and text[s] not in _STRIPPED_FIRST and text[e - 1] not in _STRIPPED_LAST:
        return s, e  # most spans: nothing to strip, decided by two set look-ups
    while True:
        while s < e and (text[s] in _SPACE or text[s] == "\n"):
            s += 1
        while e > s and (text[e - 1] in _SPACE or text[e - 1] == "\n"):
            e -= 1
        if s < e and text[s] == "<" and (m := _BR.match(text, s, e)):
            s = m.end()
            continue
        if e > s and text[e - 1] == ">":
            lt = text.rfind("<", s, e)
            if lt >= 0 and _BR.fullmatch(text, lt, e):
                e = lt
                continue
        if e > s and text[e - 1] == "\\":
            e -= 1
            continue
        return s, e


def _strip_emphasis(text: str, s: int, e: int) -> tuple[int, int, bool]:
    """Strip one emphasis pair wrapping the whole span; True when it was bold."""
    if s >= e or text[s] not in "*_":  # most spans: no mark to try
        return s, e, False
    for mark in _EMPHASIS:
        n = len(mark)
        if (
            e - s > 2 * n
            and text.startswith(mark, s)
            and text.endswith(mark, s, e)
            and text[s + n] not in _SPACE + "*_"
        ):
            s, e = _strip(text, s + n, e - n)
            return s, e, n == 2
    return s, e, False


_HAN_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _is_short(text: str, s: int, e: int) -> bool:
    if e - s <= _MAX_TITLE_HAN:
        return True
    return e - s <= _MAX_TITLE_LATIN and not _HAN_CHAR.search(text, s, min(e, s + 8))


def _looks_like_title(text: str, s: int, e: int) -> bool:
    """Short, capitalised, and not ending like a clause: a heading if body text follows."""
    if s >= e or not _is_short(text, s, e) or text[e - 1] in _NO_TITLE_END:
        return False
    first = text[s]
    if _is_han(first) and _HAN_CLAUSE.search(text, s, e):
        return False
    if first.islower() or first.isdigit() or first in "([{-–,;":  # "4th Floor", "(zaszyfrowane)"
        return False
    return not _NOT_IN_TITLE.search(text, s, e)


def _is_caps(text: str, s: int, e: int) -> bool:
    letters = list(filter(str.isalpha, text[s:e]))  # C-level passes, no Python loop
    return len(letters) >= 3 and all(map(str.isupper, letters))


def _enumerator(text: str, s: int, e: int) -> tuple[str, int] | None:
    """The numbering style at text[s:] and where the number ends, or None."""
    if _is_han(text[s]) and text[s] not in _han_number_starts():
        return None  # most Chinese lines, without trying every style
    m = _enumerators().match(text, s, e)
    if not m:
        return None
    style, after = m.lastgroup, m.end()
    if style != "decimal":
        return style, after
    ok_after = after == e or not (text[after].isascii() and text[after] not in _SPACE)
    closer, subnumbers = m.group("closer"), m.group("subnumbers")
    if closer in (")", "）"):
        return ("paren_number", after) if ok_after else None
    if closer == "、":
        return "number_comma", after
    if ok_after and (subnumbers or closer):
        return f"decimal{1 + subnumbers.count('.') + subnumbers.count('．')}", after
    if _opens_han_title(text, after, e):
        return "decimal1", after
    return None


_HAN_TITLE_AFTER_NUMBER = re.compile(rf"[{SPACES_IN_LINE}]+(?=[{HAN_BLOCKS}])")


@cache
def _han_quantity_words() -> tuple[str, ...]:
    """The units and age words a number counts ("2 个月", "18 周岁"): a line that opens with
    one is a quantity, not a numbered heading."""
    zh = vocabulary("zh")
    units = [word for words in zh["values"]["units"].values() for word in words]
    return tuple(units + zh["cues"]["years_of_age"])


def _opens_han_title(text: str, after: int, e: int) -> bool:
    """A bare number, a space and a Chinese title ("2 我们如何共享您的个人信息"): the GB/T 35273
    section heading of a PDF, numbered without "、" or "."; a number that counts a unit is
    no heading."""
    space = _HAN_TITLE_AFTER_NUMBER.match(text, after, e)
    if not space:
        return False
    title = space.end()
    return not text.startswith(_han_quantity_words(), title) and _looks_like_title(text, title, e)


def _lines(text: str):
    """(start, end) of every line, without its newline."""
    pos, n = 0, len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        yield pos, nl
        pos = nl + 1


def _read_blocks(text: str, page_marks: list[tuple[int, int]]) -> list[_Block]:
    """First pass: one block per line, hard-wrapped lines joined, markup peeled; the lines
    that number a page are added to `page_marks`."""
    blocks: list[_Block] = []
    previous_blank = True  # was the previous line blank (a block boundary)?
    page_break = False  # was a page mark passed since the last block?
    width = _wrap_width(text)
    for line_start, line_end in _lines(text):
        s, e = _strip(text, line_start, line_end)
        if s >= e or not (text[s].isalnum() or _HAS_WORD.search(text, s, e)):
            rule = _RULE.fullmatch(text, s, e) if s < e else None
            if rule and not previous_blank and blocks and blocks[-1].kind == "paragraph":
                blocks[-1].kind, blocks[-1].title = "heading", False
                blocks[-1].style = "setext" + text[s]
            previous_blank = True
            continue
        if text[e - 1] in _PAGE_MARK_ENDS and _page_mark().fullmatch(text, line_start, e):
            page_break = True  # read as if it were not there: a sentence may go on across it
            page_marks.append((s, e))
            continue
        indented = text[line_start] in " \t"
        block = _classify(text, s, e)
        if block is None:
            continue
        if block.kind == "paragraph" and (cells := _cells(text, s, e)):
            block.kind, block.parts, block.piped = "table_row", cells, True
        block.joined = not previous_blank
        if _continues(text, blocks, block, previous_blank, indented, width) or (
            page_break and _runs_over_the_page(text, blocks, block)
        ):
            blocks[-1].end = block.end
            blocks[-1].title = blocks[-1].numbered_title = False
        else:
            blocks.append(block)
        previous_blank = page_break = False
    return _unpiped(blocks)


_CELL_BORDERS = "|｜"
_PIPE = re.compile(r"[ \t]+\|[ \t]+|[ \t]*｜[ \t]*")
"""A cell border of a table flattened into lines ("_ga | Google Analytics | 2 år",
"qh_lang｜功能Cookie｜1年")."""
_COLUMN_GAP = re.compile(r" {4,}| *\t[ \t]*")
"""The gap between the columns of a table that a PDF's text lays out with spaces ("Logi
diagnostyczne      wykrywanie i usuwanie usterek      90 dni"; words of a sentence, even
justified, stand closer), or a tab, as a table copied from a web page parts its cells
("_ga\tGoogle Analytics\tStatistik\t13 månader")."""


def _cells(text: str, s: int, e: int) -> list[tuple[int, int]] | None:
    """The cells of a line of a flattened table, parted by pipes, wide gaps or tabs, if
    there are two or more; else None."""
    if _is_piped(text, s, e):
        return _parted(text, s, e, _PIPE)
    if text.find("    ", s, e) >= 0 or text.find("\t", s, e) >= 0:
        return _parted(text, s, e, _COLUMN_GAP)
    return None


def _is_piped(text: str, s: int, e: int) -> bool:
    return text.find("|", s, e) >= 0 or text.find("｜", s, e) >= 0


def _parted(text: str, s: int, e: int, border: re.Pattern[str]) -> list[tuple[int, int]] | None:
    """The cells of text[s:e] between the `border`s, if there are two or more; else None."""
    bounds = [s]
    for gap in border.finditer(text, s, e):
        bounds += [gap.start(), gap.end()]
    bounds.append(e)
    cells = []
    for start, end in zip(bounds[::2], bounds[1::2], strict=True):
        cs, ce = _strip(text, start, end)
        cs, ce, _ = _strip_emphasis(text, cs, ce)
        if cs < ce and _HAS_WORD.search(text, cs, ce):
            cells.append((cs, ce))
    return cells if len(cells) >= 2 else None


def cell_column(text: str, row: Segment, offset: int) -> int:
    """Which cell of a table row holds `offset`: the cell borders before it (a Markdown row,
    a line parted by pipes, or by wide gaps or tabs)."""
    if not _is_piped(text, row.start, row.end):
        return len(_COLUMN_GAP.findall(text, row.start, offset))
    return sum(text.count(border, row.start, offset) for border in _CELL_BORDERS)


def _unpiped(blocks: list[_Block]) -> list[_Block]:
    """A line parted by pipes is a table row only next to a row of as many cells (a
    flattened table); alone ("Home | About") it is a line of text again."""
    for i, block in enumerate(blocks):
        if not block.piped:
            continue
        width = len(block.parts)
        if not any(
            0 <= j < len(blocks) and blocks[j].kind == "table_row" and len(blocks[j].parts) == width
            for j in (i - 1, i + 1)
        ):
            block.kind, block.parts = "paragraph", ()
    return blocks


def _continues(
    text: str,
    blocks: list[_Block],
    block: _Block,
    previous_blank: bool,
    indented: bool,
    width: int | None,
) -> bool:
    """Is this plain line the rest of a sentence that a hard line break cut?

    A capitalised short line after a long one may be a title or an item of a list without
    marks; in a text cut at a `width`, it goes on the sentence when its first word would
    not have fit on the line before ("… betalningspartners inklusive" / "DonorBox, The
    Giving Block, Stripe, Shopify och PayPal, beroende på vald"). So does a line of capitals
    after a cut line of capitals: a paragraph written in capitals, as disclaimers are."""
    if not blocks or block.kind != "paragraph" or block.bare:
        return False
    previous = blocks[-1]
    if block.style:  # a numbered, bold or capitals line opens a block of its own
        return (
            block.style == previous.style == "caps"
            and not previous_blank
            and text[previous.end - 1] not in _TERMINAL
            and _cut_off(text, previous.end, block.start, width)
        )
    if previous.kind not in ("paragraph", "list_item") or previous.bare:
        return False
    last, first = text[previous.end - 1], text[block.start]
    if last in _TERMINAL and not (
        not previous_blank and _abbreviation_before(text, previous.start, previous.end)
    ):
        # a clause goes on after ";" or ":" where the line was cut ("… przetwarza Stripe;" /
        # "nie przechowujemy tych danych."), not where a list's items stand a line each
        return (
            last in _CLAUSE_MARKS
            and first.islower()
            and not previous_blank
            and _cut_off(text, previous.end, block.start, width)
        )
    if first.islower():
        return True
    if previous_blank:
        return False
    if indented and previous.kind == "list_item":
        return True
    wrapped = (
        previous.end - previous.start >= _LONG_LINE
        or last in ",，、-("
        or _ends_on_a_function_word(text, previous)
    )
    # Chinese runs on across a PDF's line break, also after a number or a Latin word of a
    # Chinese line ("…在服务器上保存30" / "天，之后自动删除。")
    if _is_han(first) and (
        _is_han(last) or (last.isalnum() and _HAN_CHAR.search(text, previous.start, previous.end))
    ):
        return not (previous.title or previous.numbered_title) or _cuts_a_term(
            text, previous.end, block.start
        )
    return wrapped and (not block.title or _cut_off(text, previous.end, block.start, width))


def _ends_on_a_function_word(text: str, line: _Block) -> bool:
    """Whether a line ends on a preposition or an article (`governing_words` of any
    language), which cannot end a sentence: a hard line break cut it before the word it
    governs ("Vi lagrar uppgifter i" / "Irland."). A pronoun may end a title ("… provide
    to us")."""
    space = max(text.rfind(" ", line.start, line.end), text.rfind("\t", line.start, line.end))
    return space > line.start and text[space + 1 : line.end] in _governing_words()


@cache
def _governing_words() -> frozenset[str]:
    return frozenset(w for lang in LANGUAGES for w in syntax(lang, "governing_words"))


_TERM_REACH = 8
"""Han characters on either side of a line break that a cut term may span."""


def _cuts_a_term(text: str, previous_end: int, start: int) -> bool:
    """Whether the line break before `start` cuts a Chinese term: a short line that looks
    like a title goes on when it ends inside a word ("我们会收集您的位置信" / "息。")."""
    left = text[max(0, previous_end - _TERM_REACH) : previous_end]
    return joins_a_term("zh", left, text[start : start + _TERM_REACH])


def _runs_over_the_page(text: str, blocks: list[_Block], block: _Block) -> bool:
    """Does a plain line after a page mark go on with the paragraph before it, which a page
    break cut without a full stop ("… przez okres" / "Strona 2 z 4" / "24 miesięcy od …")?"""
    previous = blocks[-1] if blocks else None
    if previous is None or previous.kind != "paragraph" or block.kind != "paragraph":
        return False
    first = text[block.start]
    return text[previous.end - 1] not in _TERMINAL and (first.islower() or first.isdigit())


def _cut_off(text: str, previous_end: int, start: int, width: int | None) -> bool:
    """Whether the word at `start` would have made the line that ends at `previous_end`
    longer than the `width` the text was cut at."""
    if width is None:
        return False
    line = previous_end - (text.rfind("\n", 0, previous_end) + 1)
    word = _WORD_RUN.match(text, start)
    return line + 1 + (word.end() - start if word else 0) > width


def _wrap_width(text: str) -> int | None:
    """The width at which a hard-wrapped text was cut (a PDF's text, a plain-text mail), or
    None. The lines of such a text end within a word's length of the width, so its long
    lines crowd below one length; a text with a paragraph per line has long lines of every
    length. Lines that were never cut (list items, table rows) may be longer."""
    lengths = sorted(n for n in map(len, text.split("\n")) if n >= _LONG_LINE)
    if len(lengths) < _MIN_WRAPPED_LINES:
        return None
    crowd, width = max(
        (i + 1 - bisect_left(lengths, n - _WRAP_BAND), n) for i, n in enumerate(lengths)
    )
    return width if crowd >= _WRAPPED_SHARE * len(lengths) else None


def _abbreviation_before(text: str, start: int, end: int) -> bool:
    """Does text[start:end] end in an abbreviation ("the EU-U.S.") rather than a full stop?"""
    if not text.endswith(".", start, end):  # every abbreviation ends in one (a tested rule)
        return False
    known = _latin_abbreviations()
    return is_abbreviation(text, start, end - 1, known, _longest(known))


@cache
def _company_forms() -> frozenset[str]:
    with _ABBREVIATIONS.open("rb") as fh:
        return frozenset(tomllib.load(fh)["company_forms"])


@cache
def _latin_abbreviations() -> frozenset[str]:
    return abbreviations("en") | abbreviations("sv") | abbreviations("pl")


@cache
def _longest(abbreviations: frozenset[str]) -> int:
    return max(map(len, abbreviations))


def _classify(text: str, s: int, e: int) -> _Block | None:
    """Read one stripped line: its kind, numbering style and the span without markup."""
    if text[s].isalnum():  # most lines: markup never opens with a letter or a digit
        return _classify_unmarked(text, s, e, "paragraph", bold=False)
    while text[s] == ">":
        s, e = _strip(text, s + 1, e)
        if s >= e:
            return None
    if m := _ATX.match(text, s, e):
        level = len(m.group(1))
        s, e = _strip(text, m.end(), e)
        if attrs := _ATTRIBUTES.search(text, s, e):
            e = attrs.start() if attrs.end() >= e - 1 else e
        while e > s and text[e - 1] == "#":
            e -= 1
        s, e = _strip(text, s, e)
        s, e, _ = _strip_emphasis(text, s, e)
        return _Block(s, e, "heading", style=f"#{level}") if s < e else None
    if text[s] == "|":
        return _table_row(text, s, e)
    kind = "paragraph"
    if m := _BULLET.match(text, s, e):
        s, e = _strip(text, m.end(), e)
        kind = "list_item"
    if s < e and text[s] == "*" and (stars := len(text[s:e]) - len(text[s:e].lstrip("*"))) >= 3:
        s, e = _strip(text, s + stars, e)  # a decoration, "************ 更新日期"
    s, e, bold = _strip_emphasis(text, s, e)
    if s >= e or not _HAS_WORD.search(text, s, e):
        return None
    return _classify_unmarked(text, s, e, kind, bold)


_PAGE_MARK_ENDS = frozenset("0123456789页頁-–—")


@cache
def _page_mark() -> re.Pattern[str]:
    """A line that only numbers a page of a printed policy ("Page 2 of 7", "Strona 2 z 4",
    "第 2 页 共 6 页"), maybe after a running title set apart by a wide gap or a bar ("Termio ·
    Polityka prywatności      Strona 1 z 4"): no heading, and nothing to read (language.toml
    [page_marks])."""
    data = language_data()["page_marks"]
    words = "|".join(map(re.escape, data["words"]))
    of = "|".join(map(re.escape, data["of"]))
    latin = rf"(?i:(?:{words})\s*\d{{1,4}}(?:\s*(?:{of})\s*\d{{1,4}})?)"
    han = r"第\s*\d{1,4}\s*[页頁](?:\s*[,，/／]?\s*共\s*\d{1,4}\s*[页頁])?"
    # a running title before it, far to the left or set apart by a bar or dot ("Norrsol AB |
    # Integritetspolicy | Sida 2 av 5")
    running = r"(?:[^\n]*?(?: {3,}|\t|\s[|｜·•]\s))?"
    return re.compile(rf"{running}[-–—\s]*(?:{latin}|{han})[-–—\s]*")


def _classify_unmarked(text: str, s: int, e: int, kind: str, bold: bool) -> _Block:
    """Read a line without its markup: numbered, a list item, a title or body text."""
    if numbered := _enumerator(text, s, e):
        style, marker_end = numbered
        rest, rest_end = _strip(text, marker_end, e)
        while rest < rest_end and text[rest] in ":：-–":  # "第一章:我们如何…"
            rest, rest_end = _strip(text, rest + 1, rest_end)
        rest, rest_end, _ = _strip_emphasis(text, rest, rest_end)
        if rest >= rest_end:
            return _Block(s, e, "paragraph", style=style, bare=True)
        titled = _looks_like_title(text, rest, rest_end) or (
            text[rest_end - 1] in "?？" and _is_short(text, rest, rest_end)
        )
        if titled and _numbers_again(text, rest, rest_end, style):
            return _Block(s, e, "paragraph")  # a table of contents heads no section
        if titled and style not in ("paren_number", "letter", "circled"):
            return _Block(s, e, "list_item", style=style, numbered_title=True)
        return _Block(s, e, "list_item", style=style if titled else "", title=titled)
    if kind == "list_item":
        return _Block(s, e, kind)
    if e - s > _MAX_TITLE_LATIN:  # most lines: too long for any title or bracketed heading
        return _Block(s, e, "paragraph")
    if _BRACKETED.fullmatch(text, s, e):
        return _Block(s, e, "heading", style="bracketed")
    titled = _looks_like_title(text, s, e)
    if titled and (bold or _is_caps(text, s, e)):
        return _Block(s, e, "paragraph", style="bold" if bold else "caps", title=True, strong=True)
    # a plain line ending in a digit is a date, a version or an address ("25 maj, 2018")
    title = titled and not text[e - 1].isdigit()
    title = title or (text[e - 1] in "?？" and _is_short(text, s, e))
    return _Block(s, e, "paragraph", title=title)


@cache
def _spaces_before_number(style: str) -> re.Pattern[str]:
    """A run of spaces followed by what the numbering pattern of `style` matches (or the
    decimal one, which several styles are read off): only there may `_enumerator` find a
    number of `style`. One scan of a title in C instead of a try at every space, which
    was 80% of reading a numbered title. No number opens with a space: the runs are those
    of `_SPACES`."""
    styles = _numbering_styles()
    patterns = [styles[style]] if style in styles else []
    if style not in styles or style == "paren_number":  # read off a decimal number too
        patterns.append(styles["decimal"])
    return re.compile(f"{_SPACES.pattern}(?={'|'.join(patterns)})")


def _numbers_again(text: str, start: int, end: int, style: str) -> bool:
    """Whether text[start:end] goes on with another number of `style` after a space: the
    line lists several section titles ("七、…如何储存… 八、本政策如何更新 九、如何联系我们")."""
    for space in _spaces_before_number(style).finditer(text, start, end):
        numbered = _enumerator(text, space.end(), end)
        if numbered and numbered[0] == style:
            return True
    return False


def _table_row(text: str, s: int, e: int) -> _Block | None:
    """A Markdown table row: the span between the outer pipes, and its cells."""
    inner_start, inner_end = s + 1, e - 1 if e - 1 > s and text[e - 1] == "|" else e
    parts: list[tuple[int, int]] = []
    cell_start = inner_start
    while cell_start <= inner_end:
        bar = text.find("|", cell_start, inner_end)
        cell_end = inner_end if bar < 0 else bar
        cs, ce = _strip(text, cell_start, cell_end)
        cs, ce, _ = _strip_emphasis(text, cs, ce)
        if cs < ce and _HAS_WORD.search(text, cs, ce):
            parts.append((cs, ce))
        cell_start = cell_end + 1
    if not parts:
        return None
    return _Block(parts[0][0], parts[-1][1], "table_row", parts=parts)


# ---------------------------------------------------------------- second pass


def _settle(text: str, blocks: list[_Block]) -> list[_Block]:
    """Second pass: decide titles, join bare numbers to their line, split long blocks."""
    settled: list[_Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        if block.bare:
            if (
                following
                and following.kind in ("paragraph", "heading")
                and (following.title or following.kind == "heading")
            ):
                settled.append(_Block(block.start, following.end, "heading", style=block.style))
                i += 2
                continue
            settled.append(_Block(block.start, block.end, "heading", style=block.style))
        elif block.numbered_title:
            in_run = any(
                neighbour is not None
                and neighbour.numbered_title
                and neighbour.style == block.style
                for neighbour in (following, blocks[i - 1] if i else None)
            )
            block.kind = "list_item" if in_run else "heading"
            settled.append(block)
        elif (
            block.title
            and block.kind != "table_row"  # a short row of cells is a table's head row
            and (block.strong or _is_body(following) or _asks(text, block, following))
            and not (block.joined and _is_title(settled))
            and not _introduced(text, settled)
        ):
            block.kind = "heading"
            block.style = block.style or "title"
            settled.append(block)
        elif block.kind == "paragraph" and block.end - block.start > _LONG_BLOCK:
            settled.extend(_split_inline_list(text, block))
        else:
            settled.append(block)
        i += 1
    _mark_unbulleted_items(text, settled)
    return settled


def _mark_unbulleted_items(text: str, blocks: list[_Block]) -> None:
    """Short lines right after a lead-in are its items even when their bullets were lost."""
    lead_in: _Block | None = None  # set while every block since the lead-in was an item
    for block in blocks:
        if block.kind == "paragraph" and lead_in and _is_item_of(text, block, lead_in):
            block.kind = "list_item"
        elif block.kind == "paragraph" and text[block.end - 1] in ":：":
            lead_in = block
        else:
            lead_in = None


def _is_item_of(text: str, block: _Block, lead_in: _Block) -> bool:
    """Short, not a lead-in itself, and in the script of the lead-in."""
    han = _HAN_CHAR.search(text, block.start, block.end) is not None
    if han != (_HAN_CHAR.search(text, lead_in.start, lead_in.end) is not None):
        return False
    limit = _MAX_ITEM_HAN if han else _MAX_ITEM_LATIN
    return block.end - block.start <= limit and text[block.end - 1] not in ":："


def _asks(text: str, block: _Block, following: _Block | None) -> bool:
    """A question over a title line: the question heads a section, the title a part of it."""
    return text[block.end - 1] in "?？" and following is not None and following.title


def _introduced(text: str, settled: list[_Block]) -> bool:
    """Do short lines follow a lead-in ("contact us at:")? Then they are its content."""
    for block in reversed(settled):
        if block.kind != "paragraph":
            return False
        if block.end - block.start > _MAX_TITLE_LATIN or text[block.end - 1] in _TERMINAL:
            return text[block.end - 1] in ":："
    return False


def _is_title(settled: list[_Block]) -> bool:
    """Did the block before end in a short line that was left a paragraph?"""
    return bool(settled) and settled[-1].title and settled[-1].kind != "heading"


def _is_body(block: _Block | None) -> bool:
    return (
        block is not None
        and block.kind in ("paragraph", "list_item", "table_row")
        and (block.kind == "table_row" or not (block.title or block.numbered_title or block.bare))
    )


# opens with the mark itself, not a look-behind: a class first lets the search skip ahead
_INLINE_ITEM = re.compile(r"[.?!:;。；：？！]\s+(?=(?:\d{1,2}[.)]|\(\d{1,2}\))\s*[A-Z\"“])")


def _split_inline_list(text: str, block: _Block) -> list[_Block]:
    """A flattened list ("... as follows: 1. When you ... 2. In addition ...") as items."""
    cuts = [m.end() for m in _INLINE_ITEM.finditer(text, block.start, block.end)]
    if len(cuts) < 2:
        return [block]
    pieces = []
    for start, end in zip([block.start, *cuts], [*cuts, block.end], strict=True):
        s, e = _strip(text, start, end)
        if s < e:
            pieces.append(_Block(s, e, "paragraph" if start == block.start else "list_item"))
    return pieces


# ---------------------------------------------------------------- sentences

_SENTENCE_MARKS = ".!?。！？；;…"
"""The marks that may end a sentence; the closing quotes, brackets and emphasis after them."""
_CLOSERS = "\"'”’»)]）」』】*_"
_OPENERS = frozenset("\"'“‘„«([（「『【*_¿¡")
_FULL_WIDTH_END = frozenset("。！？；")
_ZH_HALF_WIDTH_END = frozenset("!?;")
_ENUMERATION = re.compile(r"[*_(\s]*(?:\d{1,5}(?:\.\d{1,3})*|[IVXLC]{1,6}|[A-Za-z]|\d{1,3}[a-z])")


@cache
def _sentence_rules(lang: str) -> SentenceRules:
    """How `sentence_spans` (compiled: labels._matching) cuts a block or table cell of `lang`
    into sentences, stripped. A mark ends a sentence that has a word unless it is a lone
    ";", is not followed by a space and a capital, digit, opener or Han character, or (a
    ".") ends an abbreviation or an enumeration; in Chinese, a full-width mark always ends
    one, and a half-width one unless an ASCII word or URL goes on."""
    return SentenceRules(
        marks=_SENTENCE_MARKS,
        closers=_CLOSERS,
        enumeration=_ENUMERATION,
        spaces=_SPACE,
        openers=_OPENERS,
        full_width_ends=_FULL_WIDTH_END,
        zh_half_width_ends=_ZH_HALF_WIDTH_END,
        zh=lang == "zh",
        abbreviations=abbreviations(lang),
        longest=_longest(abbreviations(lang)),
        is_han=_is_han,
        company_forms=_company_forms(),
        has_letter=_HAS_LETTER,
        trimmed_first=_STRIPPED_FIRST | _EMPHASIS_MARKS,
        trimmed_last=_STRIPPED_LAST | _EMPHASIS_MARKS,
        trim=_trim_sentence,
    )


def _trim_sentence(text: str, s: int, e: int) -> tuple[int, int] | None:
    """Strip white space, and emphasis marks whose partner is in another sentence."""
    s, e = _strip(text, s, e)
    span = None
    while (
        span != (s, e) and s < e and (text[s] in _EMPHASIS_MARKS or text[e - 1] in _EMPHASIS_MARKS)
    ):
        span = s, e
        for mark in _EMPHASIS:
            n = len(mark)
            if text.startswith(mark, s) and text.endswith(mark, s + n, e):
                if text.count(mark, s, e) == 2:
                    s, e = _strip(text, s + n, e - n)
            elif text.count(mark, s, e) % 2:
                if text.startswith(mark, s):
                    s, e = _strip(text, s + n, e)
                elif text.endswith(mark, s, e):
                    s, e = _strip(text, s, e - n)
    if s < e and (text[s].isalpha() or _HAS_LETTER.search(text, s, e)):
        return s, e
    return None


# ---------------------------------------------------------------- languages

_SAMPLE = 600
"""Characters of a block read to judge its language: enough evidence, bounded cost."""
_JUDGED = 2
"""Evidence (points, or Han characters) needed before a block's own language counts."""
_HAN_WEIGHT = 3
"""A Han character carries about as much text as three Latin letters."""
_FIRST_PART = 0.3
"""Share of the letters a first run of one language needs to be the main part."""


def _languages(text: str, blocks: list[_Block]) -> list[str]:
    """Each block's language; blocks too short to judge take their neighbours'."""
    judgements = judge_all(text[b.start : min(b.end, b.start + _SAMPLE)] for b in blocks)
    own = [j.lang if j.lang and j.evidence >= _JUDGED else None for j in judgements]
    following = _next_known(own)
    langs: list[str] = []
    previous = None
    whole = None
    for i, lang in enumerate(own):
        if lang is None:
            nxt = following[i]
            # a heading announces what follows it; other blocks continue what precedes
            lang = (nxt or previous) if blocks[i].kind == "heading" else (previous or nxt)
        weak = judgements[i].lang if judgements[i].evidence else None  # no letter told it
        if not (lang or weak or whole):
            whole = _whole(text)
        langs.append(lang or weak or whole)
        previous = lang or previous
    return langs


def _next_known(own: list[str | None]) -> list[str | None]:
    """For each block, the first own language after it, all found in one pass from the end:
    a search forward from every unjudged block is quadratic in a long run of short lines."""
    following: list[str | None] = []
    nxt = None
    for lang in reversed(own):
        following.append(nxt)
        nxt = lang or nxt
    following.reverse()
    return following


def _whole(text: str) -> str:
    """The language of the whole text, for blocks that give no evidence at all."""
    return judge(text).lang or "en"


def _main_language(text: str, blocks: list[_Block], langs: list[str]) -> str:
    """The language of the first substantial part, else of most of the letters."""
    runs: list[list] = []
    for block, lang in zip(blocks, langs, strict=True):
        weight = (block.end - block.start) * (_HAN_WEIGHT if lang == "zh" else 1)
        if runs and runs[-1][0] == lang:
            runs[-1][1] += weight
        else:
            runs.append([lang, weight])
    total = sum(weight for _, weight in runs)
    if not total:
        return _whole(text)
    for lang, weight in runs:
        if weight >= _FIRST_PART * total:
            return lang
    totals: dict[str, int] = {}
    for lang, weight in runs:
        totals[lang] = totals.get(lang, 0) + weight
    return max(totals, key=totals.__getitem__)


# ---------------------------------------------------------------- assembly


_new = tuple.__new__
"""Makes a Segment or Sentence of its fields without the Python frame of a NamedTuple's
__new__: a policy has hundreds of each."""


def parse(document: Document) -> Structure:
    """The structure of a document: segments, sentences, languages."""
    text = document.text
    page_marks: list[tuple[int, int]] = []
    blocks = _settle(text, _read_blocks(text, page_marks))
    langs = _languages(text, blocks)
    levels = _levels(blocks)
    segments: list[Segment] = []
    sentences: list[Sentence] = []
    stack: list[tuple[int, int]] = []  # (level, segment index) of open headings
    for index, (block, lang) in enumerate(zip(blocks, langs, strict=True)):
        if block.kind == "heading":
            level = levels[block.style]
            while stack and stack[-1][0] >= level:
                stack.pop()
            section = stack[-1][1] if stack else -1
            stack.append((level, index))
        else:
            level, section = 0, stack[-1][1] if stack else -1
        segments.append(_new(Segment, (block.start, block.end, block.kind, level, section, lang)))
        rules = _sentence_rules(lang)
        for part_start, part_end in block.parts or [(block.start, block.end)]:
            for s, e in sentence_spans(text, part_start, part_end, rules):
                sentences.append(_new(Sentence, (s, e, index, lang)))
    return Structure(
        text=text,
        language=_main_language(text, blocks, langs),
        segments=tuple(segments),
        sentences=tuple(sentences),
        page_marks=tuple(page_marks),
    )


_DEPTH = re.compile(r"(#|decimal|setext)(.+)")


def _levels(blocks: list[_Block]) -> dict[str, int]:
    """Heading level of each style: the order styles first appear in, at most 6.

    Within one family the deeper style always ranks lower ("##" under "#", "3.1"
    under "3."), and a bare title line, the weakest sign of a heading, ranks
    below every marked or numbered style.
    """
    order = list(dict.fromkeys(b.style for b in blocks if b.kind == "heading" and b.style))
    titles = [style for style in order if style == "title"]
    order = [style for style in order if style != "title"]
    for family in ("#", "decimal", "setext"):
        places = [i for i, style in enumerate(order) if _family(style) == family]
        for i, style in zip(places, sorted((order[i] for i in places), key=_depth), strict=True):
            order[i] = style
    return {style: min(rank + 1, 6) for rank, style in enumerate(order + titles)}


def _family(style: str) -> str:
    m = _DEPTH.fullmatch(style)
    return m.group(1) if m else style


def _depth(style: str) -> str:
    m = _DEPTH.fullmatch(style)
    depth = m.group(2) if m else ""
    return {"=": "1", "-": "2"}.get(depth, depth)  # setext: "===" over "---"
