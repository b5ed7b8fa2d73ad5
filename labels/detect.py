"""Practice detection: what each sentence of a policy says, and whether it says it.

A privacy practice is more than a word: "we do not sell your data" names the
sale of data and denies it; "we will not share your information except in the
following cases:" denies sharing and then lists who does receive it. For every
sentence this module finds the vocabulary terms (labels.matching), drops the
terms that a longer term of another key hides (the negation of "no longer
necessary", the passwords of "wyszukiwane hasła": search terms), and decides
for each term whether it is affirmed or denied:

- an action cue (collect, use, share, sell, ...) is denied when a negation
  precedes it in its clause (or directly follows it: Swedish "säljer inte"),
  unless an exception cue stands between the negation and the action;
- any other term takes the stance of the nearest action of its clause, or,
  without one, of the negations before it in the clause; a term after an
  exception that follows the negation is excepted, affirmed ("we do not share
  your information with anyone except with couriers"), and the exception
  restates the denied action affirmed, so that the sentence shares with couriers.

A sentence may also be governed by context: a list item or table row by the
lead-in sentence that introduces its list ("we collect the following:"), and
every sentence by the headings above it. `Reading.context` holds the indexes of those
sentences, nearest first (`Detection.contexts` and `nearest_context` give the readings),
so that facts can inherit the practice of a lead-in.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cache, cached_property
from itertools import compress, islice
from operator import itemgetter
from typing import NamedTuple

from labels._matching import (
    NegationPlaces,
    TermStances,
    extended_all,
    hits_by_kind,
    sentence_layout,
    without_hidden_terms,
)
from labels.language import language_data
from labels.listed_rights import HEAD as RIGHTS_HEAD
from labels.listed_rights import LEAD as RIGHTS_LEAD
from labels.listed_rights import with_cell_right, with_listed_rights
from labels.matching import Hit, Tokens, matcher, tokenize
from labels.named_product import defined_names, with_named_product
from labels.reading import Document
from labels.spec import KEYS_OF_FIELD, VOCABULARIES
from labels.structure import Sentence, Structure, cell_column, parse
from labels.vocabulary import syntax, syntax_words

ACTIONS = ("collect", "use", "share", "sell", "retain", "delete")
"""The cues that state a practice; other terms take their stance from these."""

_NEGATION = "cues.negation"
_HYPOTHETICAL = "cues.hypothetical"
_BUSINESS_TRANSFER = "shared_with.business_transfer"
_EXCEPTION = "cues.exception"
_ACTION_KEYS = frozenset(f"cues.{action}" for action in ACTIONS)
CLAUSE_ENDS = frozenset(";；。!！?？")
"""The marks that end a clause (and a sentence, in any language)."""
_ZH_CLAUSE_ENDS = CLAUSE_ENDS | {"，", ","}
PART_ENDS = frozenset(";；。")
"""The marks that part a sentence into the clauses the field rules ask about (`part_of`):
semicolons, and the full stop of a Chinese sentence that runs on past it."""
PART_END = re.compile(f"[{''.join(sorted(PART_ENDS))}]")
_LEAD_IN_ENDS = (":", "：")
_PARENTHESES = {"(": 1, "（": 1, ")": -1, "）": -1}
_NEGATION_REACH = {"zh": 12}
_DEFAULT_REACH = 8
_ALTERNATIVE_VERB = 2
"""How many tokens the verb after an "or" may take before its negation ("hyr", "lämnar")."""
"""How many tokens before an action a negation still governs it."""
_MARKUP = frozenset("*_`~")
"""Markdown emphasis marks: "samlar **inte** in" has its negation right after the verb."""
OPENING_MARKS = " \t\n*_>-•–—+"
"""What may stand before a sentence's first word: white space, list marks, emphasis, quoting
(a word that opens the sentence after them opens it for the fields too)."""
_CELL_LENGTH = 40
_CELL_REACH = 12
"""How many sentences back a line of a flattened table looks for the cookies it describes."""
_COOKIES = "data_collected.cookies_tracking"
_NOWHERE = (-1,)
"""A context no sentence has."""
_KEY = itemgetter(0)
"""The key of a Hit or a Mention."""
_START = itemgetter(1)
"""Where a Hit or a Mention starts."""
_END = itemgetter(2)
"""Where a Hit or a Mention ends."""
_DENIED = itemgetter(3)
"""Whether a Mention is denied."""
_NO_KEYS: frozenset[str] = frozenset()
_NO_HITS: frozenset[Hit] = frozenset()
_CUES = "cues."
_FIELD_OF = {f"{field}.{id_}": f"{field}." for field, ids in VOCABULARIES.items() for id_ in ids}
"""The field ("data_collected.") of each concept's key; any other key is a cue's. A look-up
is several times faster than cutting a key at its dot, and exact: every language's
concepts are the spec's (tests/labels/test_vocabulary.py)."""
_FIELDS = frozenset({*_FIELD_OF.values(), _CUES})
"""The prefixes of whole fields, the first part of every key."""
_KEYS_OF_PREFIX = {f"{field}.": keys for field, keys in KEYS_OF_FIELD.items()}
"""The keys of each field, by the prefix they start with ("data_collected.")."""
_RECIPIENT_KEYS = KEYS_OF_FIELD["shared_with"]
_DATA_KEYS = KEYS_OF_FIELD["data_collected"]
_PURPOSE_KEYS = KEYS_OF_FIELD["purposes"]
_GRAMMAR = frozenset({_NEGATION, _EXCEPTION})
_LISTED = ("list_item", "table_row")
"""The segments that the lead-in sentence of their list governs."""
_AFFIRMED = (False, False, False)
"""The stance fields of a Mention that nothing denies."""


class Mention(NamedTuple):
    """One term in a sentence, and whether the sentence affirms or denies it (a tuple:
    a policy holds thousands of them)."""

    key: str
    start: int
    end: int
    denied: bool
    excepted: bool = False
    negated: bool = False
    """Denied by a negation right before the term itself ("no encryption"), whatever
    the verb of its clause says."""


@dataclass(slots=True, eq=False)
class Reading:
    """What one sentence says: its terms with their stance, and its context.

    `defines`: the sentence is a definition ("个人信息：指…", '"Personal Data" means'), or an
    item of a list of what would change the policy ("Material changes include: …"): it
    names data and parties but states no practice.

    Slots, not a frozen dataclass: a policy has a thousand readings, and the indexes below
    are filled in later. Its keys come with it (detect() has them); its keys by stance and
    its indexes of terms (by key, affirmed by key, by field or prefix) are built on the
    first question that needs them, so a sentence nobody asks about costs no index.
    Readings are read-only: the indexes' lists are shared with every caller.
    """

    index: int
    start: int
    end: int
    lang: str
    kind: str
    mentions: tuple[Mention, ...]
    context: tuple[int, ...]
    in_table: bool
    defines: bool
    keys: frozenset[str]
    """Every key that occurs in the sentence, affirmed or not: those of `mentions`."""
    _stance_keys: tuple[frozenset[str], frozenset[str]] | None = field(
        default=None, init=False, repr=False
    )
    _by_key: dict[str, list[Mention]] | None = field(default=None, init=False, repr=False)
    _affirmed_by_key: dict[str, list[Mention]] | None = field(default=None, init=False, repr=False)
    _by_prefix: dict[str, Sequence[Mention]] | None = field(default=None, init=False, repr=False)
    _starts: tuple[list[int], int] | None = field(default=None, init=False, repr=False)
    _marks: dict[re.Pattern[str], list[int]] | None = field(default=None, init=False, repr=False)

    def has(self, key: str) -> bool:
        """Whether a term of `key` occurs in the sentence at all."""
        return key in self.keys

    def terms(self, key: str) -> Sequence[Mention]:
        """The terms of `key`, affirmed or denied: a sentence without the key answers at
        once, where `with_prefix` would scan its terms for the prefix."""
        if key not in self.keys:
            return ()
        return self._terms_by_key()[key]

    @property
    def affirmed_keys(self) -> frozenset[str]:
        """Every key of which the sentence affirms a term: a question about several keys
        is one set operation, and builds no index of the terms themselves."""
        return self._keys_by_stance()[0]

    def affirms(self, key: str) -> bool:
        """Whether the sentence affirms a term of `key` (`affirmed` as a yes or no)."""
        return key in self.keys and key in self._keys_by_stance()[0]

    def affirmed(self, key: str) -> Sequence[Mention]:
        """The terms of `key` that the sentence does not deny."""
        if key not in self.keys:
            return ()
        affirmed = self._affirmed_by_key
        if affirmed is None:
            affirmed = self._affirmed_by_key = self._index_affirmed()
        return affirmed.get(key, ())

    def denied(self, key: str) -> list[Mention]:
        """The terms of `key` that the sentence denies."""
        if key not in self.keys or key not in self._keys_by_stance()[1]:
            return []
        return [m for m in self._terms_by_key()[key] if m.denied]

    def with_prefix(self, prefix: str) -> Sequence[Mention]:
        """The terms whose key starts with `prefix` ("data_collected.")."""
        by_prefix = self._by_prefix
        if by_prefix is None:
            by_prefix = self._by_prefix = {}
        found = by_prefix.get(prefix)
        if found is None:
            field_keys = _KEYS_OF_PREFIX.get(prefix)
            if field_keys is None:
                found = tuple(m for m in self.mentions if m.key.startswith(prefix))
            elif field_keys.isdisjoint(self.keys):
                found = ()  # most sentences: none of the field, one set operation
            else:  # a field's terms picked out in C, for the few fields a sentence is asked
                chosen = map(field_keys.__contains__, map(_KEY, self.mentions))
                found = tuple(compress(self.mentions, chosen))
            by_prefix[prefix] = found
        return found

    def overlapping(self, start: int, end: int) -> Sequence[Mention]:
        """The terms that overlap text[start:end]. The terms are in the order of their starts
        and none is longer than the longest, so a bisection finds the few to test: a question
        per term of a sentence as long as a policy stays linear."""
        if self._starts is None:
            self._starts = (
                [m.start for m in self.mentions],
                max((m.end - m.start for m in self.mentions), default=0),
            )
        starts, longest = self._starts
        near = self.mentions[bisect_left(starts, start - longest) : bisect_left(starts, end)]
        return [m for m in near if start < m.end]

    def part_of(self, text: str, marks: re.Pattern[str], offset: int) -> int:
        """The number of the part of the sentence that holds `offset`, the sentence parted by
        `marks` (clause ends, phrase openers) in `text`, the document's text. The marks are
        found on the first question, then each question is a bisection: whether two terms
        share a clause costs no scan of the text between them, in a sentence as long as a
        policy too."""
        marks_at = self._marks
        if marks_at is None:
            marks_at = self._marks = {}
        ends = marks_at.get(marks)
        if ends is None:
            ends = marks_at[marks] = [m.start() for m in marks.finditer(text, self.start, self.end)]
        return bisect_left(ends, offset)

    def _keys_by_stance(self) -> tuple[frozenset[str], frozenset[str]]:
        """The keys affirmed and the keys denied (a key may be both)."""
        found = self._stance_keys
        if found is None:
            mentions = self.mentions
            if not any(map(_DENIED, mentions)):  # most sentences: all affirmed, none denied
                found = (self.keys, _NO_KEYS)
            else:
                found = (
                    frozenset([m.key for m in mentions if not m.denied]),
                    frozenset([m.key for m in mentions if m.denied]),
                )
            self._stance_keys = found
        return found

    def _terms_by_key(self) -> dict[str, list[Mention]]:
        by_key = self._by_key
        if by_key is None:
            by_key = self._by_key = {}
            for m in self.mentions:
                by_key.setdefault(m.key, []).append(m)
        return by_key

    def _index_affirmed(self) -> dict[str, list[Mention]]:
        # most sentences deny nothing: then every term is affirmed and the index is shared
        if not any(map(_DENIED, self.mentions)):
            return self._terms_by_key()
        affirmed: dict[str, list[Mention]] = {}
        for m in self.mentions:
            if not m.denied:
                affirmed.setdefault(m.key, []).append(m)
        return affirmed


@dataclass(frozen=True)
class Detection:
    """The readings of every sentence of a document, in document order."""

    structure: Structure
    readings: tuple[Reading, ...]
    tokens: Tokens
    by_key: dict[str, Sequence[Reading]]
    """The readings that hold a term of each key, in document order (see `readings_with`):
    gathered by detect() from each sentence's keys as it reads them, not in a second pass."""

    @property
    def text(self) -> str:
        """The document text all offsets point into."""
        return self.structure.text

    def contexts(self, reading: Reading) -> list[Reading]:
        """The sentences that govern the reading: its lead-in and headings, nearest first."""
        return [self.readings[i] for i in reading.context]

    def asks(self, reading: Reading) -> bool:
        """Whether the sentence is a question, which states nothing: an FAQ heading or table
        cell ("Do we sell your data?", "Czy sprzedajemy Twoje dane?", "Säljer vi dina
        uppgifter? | Nej, aldrig") is answered by what follows it."""
        return self.text.endswith(_QUESTION_MARKS, reading.start, reading.end) or _question_cell(
            reading
        )

    def supposes(self, reading: Reading) -> bool:
        """Whether the sentence supposes a future the policy does not state: the condition
        that opens it looks ahead ("If we ever introduce advertising, we will ask for your
        consent first", "Jeżeli kiedyś zdecydujemy się wyświetlać reklamy, …", "如未来确需向
        境外提供，我们将…"). Without a comma the condition may reach anywhere ("Skulle vi i
        framtiden vilja … kommer vi …"). A sale or merger of the business is said so, and
        stays a practice."""
        if not reading.has(_HYPOTHETICAL) or reading.has(_BUSINESS_TRANSFER):
            return False
        span = self.tokens.span(reading.start, reading.end)
        words = self.tokens.words[span.start : span.stop]
        opening = _opening_conjunction_end(words, reading.lang)
        if opening is None:
            return False
        comma = _first_comma(words, opening)
        end = reading.end if comma is None else self.tokens.starts[span.start + comma]
        return any(m.start < end for m in reading.terms(_HYPOTHETICAL))

    def states_nothing(self, reading: Reading) -> bool:
        """Whether the sentence asks (`asks`) or supposes (`supposes`): it states no practice."""
        return self.asks(reading) or self.supposes(reading)

    def answered_no(self, reading: Reading, action: str) -> bool:
        """Whether the sentence is a cell of a table row that another cell answers no, under
        a column head that names `action`: "Geolocation data | Precise GPS location | No"
        under "Category | Examples | Collected?" collects no location."""
        if not reading.in_table:
            return False
        for cell in self._row(reading):
            if cell is reading or not self._says_no(cell):
                continue
            head = self.column_head(cell)
            if head is not None and head.has(action):
                return True
        return False

    def answered_no_after(self, question: Reading) -> bool:
        """Whether a sentence that `asks` is answered no right after it: in the cell after it
        ("Säljer vi dina uppgifter? | Nej, aldrig"), or by the sentence that follows with
        nothing but white space between, on the same line (cells a tab parts: "Do we sell
        data?\tNo") or the next ("Do we sell your data?\nNo.", "我们会出售您的信息吗？\n不会。")."""
        answer = self._answer_after(question)
        return answer is not None and self._says_no(answer)

    def answered_yes_after(self, question: Reading) -> bool:
        """Whether a sentence that `asks` is answered yes, or yes within a limit, right after
        it ("Delas uppgifter med myndigheter?\tEndast om lagen kräver det"): the question then
        states its practice."""
        answer = self._answer_after(question)
        return answer is not None and _first_word_in(self.text, answer, _yes_answers())

    def _answer_after(self, question: Reading) -> Reading | None:
        """The answer right after a sentence that `asks` (see `answered_no_after`), if any."""
        if not self.asks(question):
            return None
        if question.in_table:
            cells = self._row(question)
            after = question.index - cells[0].index + 1
            return cells[after] if after < len(cells) else None
        if question.index + 1 == len(self.readings):
            return None
        answer = self.readings[question.index + 1]
        return answer if self.question_answered(answer) is question else None

    def question_answered(self, answer: Reading) -> Reading | None:
        """The question that `answer` answers on the line right after it, if any: an FAQ
        answer leaves out what the question names ("我们会用您的信息投放广告吗？\n不会向第三方
        广告商提供。": the company gives no data to advertisers)."""
        if not answer.index:
            return None
        question = self.readings[answer.index - 1]
        if self.asks(question) and not self.text[question.end : answer.start].strip():
            return question
        return None

    def _row(self, cell: Reading) -> Sequence[Reading]:
        """The readings of the table row that holds `cell`: the sentences of its segment."""
        sentences = self.structure.sentences
        segment = sentences[cell.index].segment
        first = last = cell.index
        while first and sentences[first - 1].segment == segment:
            first -= 1
        while last + 1 < len(sentences) and sentences[last + 1].segment == segment:
            last += 1
        return self.readings[first : last + 1]

    def _says_no(self, cell: Reading) -> bool:
        """Whether the cell's first word answers no ("No", "Nej, aldrig", "否")."""
        return _first_word_in(self.text, cell, _no_answers())

    def sentence_before(self, reading: Reading) -> Reading | None:
        """The sentence before `reading` in its paragraph or list item, if any."""
        sentences = self.structure.sentences
        index = reading.index
        if index and sentences[index - 1].segment == sentences[index].segment:
            return self.readings[index - 1]
        return None

    def nearest_context(self, reading: Reading) -> Reading | None:
        """The first of `contexts`: a list item's lead-in, else the heading right above it
        (None for a sentence under no heading)."""
        return self.readings[reading.context[0]] if reading.context else None

    def column_head(self, reading: Reading) -> Reading | None:
        """The header cell of a table cell's column (its first context: see `detect`), which
        says what the column holds ("Recipient", "Land"); None outside a table's body."""
        if reading.kind != "table_row" or not reading.context:
            return None
        head = self.readings[reading.context[0]]
        return head if head.kind == "table_row" else None

    def table_heads(self, head: Reading) -> list[Reading]:
        """The header cells of the table of header cell `head`: the table rows around it that
        no column head stands above."""
        start, end = head.index, head.index + 1
        while start > 0 and self.is_column_head(self.readings[start - 1]):
            start -= 1
        while end < len(self.readings) and self.is_column_head(self.readings[end]):
            end += 1
        return list(self.readings[start:end])

    def column_cells(self, head: Reading) -> list[Reading]:
        """The cells under header cell `head`: the table's rows follow its header row."""
        cells = []
        for reading in self.readings[head.index + 1 :]:
            if reading.kind != "table_row":
                break
            if reading.context[:1] == (head.index,):
                cells.append(reading)
        return cells

    def is_column_head(self, reading: Reading) -> bool:
        """Whether the sentence is a header cell: a table cell no column head stands above."""
        return reading.kind == "table_row" and self.column_head(reading) is None

    def processing_column(self, reading: Reading) -> str | None:
        """What a body cell of a processing table holds: "data" under a data head, "purpose"
        under a purpose head, where the header row has both ("Ändamål | Personuppgifter |
        Rättslig grund", "Data | Why we use it"): each row states that the data of its data
        cell are processed for its purpose cell. None for any other cell (a header, a cookie
        or recipients table)."""
        head = self.column_head(reading)
        if head is None:
            return None
        column = _PROCESSING_HEADS.get(_head_kind(head))
        if column is None:
            return None
        kinds = {_head_kind(other) for other in self.table_heads(head)}
        return column if {_DATA_HEAD, _PURPOSE_HEAD} <= kinds else None

    def in_cookie_table(self, reading: Reading) -> bool:
        """Whether the sentence is a table cell (or a short line of a flattened table) in a
        part of the policy about cookies: the name, purpose or lifetime of a cookie."""
        return reading.index in self._cookie_cell_indexes

    @cached_property
    def cookie_cells(self) -> list[Reading]:
        """The sentences `in_cookie_table`, in document order: found once, around the
        sentences about cookies, so that no field need ask it of every sentence.

        A cell is a table row or a short line that is about cookies itself, or whose lead-in
        or heading is, or that follows a sentence about cookies within `_CELL_REACH`."""
        about = self.by_key.get(_COOKIES)
        if not about:
            return []
        indexes = frozenset(reading.index for reading in about)
        near = {reading.index: reading.context for reading in about}
        for reading in about:
            for index in range(reading.index + 1, reading.index + 1 + _CELL_REACH):
                near.setdefault(index, reading.context)
        # one pass from the first sentence about cookies (a context holds earlier sentences
        # only); the shape of a cell is asked first, most sentences fail it. A line within
        # reach is a cell under the same lead-in and headings only: "Facebook." under "c.
        # Personal Information We Obtain From Other Sources" is no cookie's name
        return [
            r
            for r in self.readings[about[0].index :]
            if (r.in_table or r.end - r.start <= _CELL_LENGTH)
            and (near.get(r.index, _NOWHERE) == r.context or not indexes.isdisjoint(r.context))
        ]

    @cached_property
    def _cookie_cell_indexes(self) -> frozenset[int]:
        return frozenset(reading.index for reading in self.cookie_cells)

    def governed_by(self, readings: Sequence[Reading]) -> Sequence[Reading]:
        """`readings` (in document order) and the sentences whose lead-in or heading is one
        of them, in document order (see `contexts`).

        A context holds earlier sentences only, so only the sentences from the first of
        `readings` on are asked, each with set operations."""
        if not readings:
            return []
        indexes = frozenset(reading.index for reading in readings)
        return [
            r
            for r in self.readings[readings[0].index :]
            if r.index in indexes or not indexes.isdisjoint(r.context)
        ]

    def readings_with(self, *keys: str) -> Sequence[Reading]:
        """The readings, in document order, that hold a term of any of `keys` ("cues.sell")
        or of a whole field ("data_collected."), denied or not: a field need not visit the
        sentences that never name it."""
        return in_document_order(*map(self._readings_of, keys))

    def _readings_of(self, key: str) -> Sequence[Reading]:
        if key not in _FIELDS:
            return self.by_key.get(key, ())
        found = self._by_field.get(key)
        if found is None:
            # a field is the merge of its keys' readings, made once on the first question: a
            # policy asks for a handful of fields, and merging those few lists costs less
            # than filing every sentence under its fields as well
            keys = [k for k in self.by_key if _FIELD_OF.get(k, _CUES) == key]
            found = self._by_field[key] = in_document_order(*map(self.by_key.__getitem__, keys))
        return found

    @cached_property
    def _by_field(self) -> dict[str, Sequence[Reading]]:
        return {}


def _question_cell(reading: Reading) -> bool:
    """Whether a table cell opens with a yes-or-no question word: cells drop the "?" ("Czy
    sprzedajemy dane\tNie"), and the cell after it answers."""
    return reading.in_table and any(
        m.start == reading.start for m in reading.terms("cues.yes_no_question")
    )


def in_document_order(*groups: Sequence[Reading]) -> Sequence[Reading]:
    """The readings of all `groups` (each in document order), each once, in document order.

    Read-only: a single group is returned itself, not copied."""
    nonempty = [group for group in groups if group]
    if len(nonempty) <= 1:
        return nonempty[0] if nonempty else ()
    by_index = {reading.index: reading for group in nonempty for reading in group}
    return [by_index[index] for index in sorted(by_index)]


def _terms_of_sentences(
    sentences: Sequence[Sentence], tokens: Tokens
) -> list[tuple[range, list[Hit]]]:
    """Each sentence's token span and term hits, found per language in one batch."""
    by_lang: defaultdict[str, list[int]] = defaultdict(list)
    for index, sentence in enumerate(sentences):
        by_lang[sentence.lang].append(index)
    terms: list[tuple[range, list[Hit]]] = [(range(0), [])] * len(sentences)
    for lang, indexes in by_lang.items():
        bounds = [(sentences[i].start, sentences[i].end) for i in indexes]
        for i, found in zip(indexes, matcher(lang).find_all(tokens, bounds), strict=True):
            terms[i] = found
    return terms


def detect(document: Document) -> Detection:
    """Read every sentence of `document` for terms, stance and context."""
    structure = parse(document)
    text = structure.text
    tokens = tokenize(text, structure.page_marks)
    defined = defined_names(text)
    terms = _terms_of_sentences(structure.sentences, tokens)
    readings: list[Reading] = []
    by_key: defaultdict[str, list[Reading]] = defaultdict(list)
    lead_in = -1
    lead_in_segment = -1
    item_lead_in = -1  # a list item that ends with ':' leads the items after it
    first_sentence_of: dict[int, int] = {}
    headings_of: dict[int, tuple[int, ...]] = {}  # the heading context under each section
    segment = -1
    defines = False
    column_heads: dict[int, int] = {}  # the first sentence of each header cell of a table
    in_header = False
    for index, sentence in enumerate(structure.sentences):
        if sentence.segment != segment:
            # the sentences of a segment follow each other: what they share is found once
            in_header = structure.segments[sentence.segment].kind == "table_row" and (
                segment < 0 or structure.segments[segment].kind != "table_row"
            )
            if in_header:
                column_heads = {}
            segment = sentence.segment
            kind, section = structure.segments[segment].kind, structure.segments[segment].section
            first = first_sentence_of.setdefault(segment, index)
            headings = headings_of.get(section)
            if headings is None:
                headings = headings_of[section] = _heading_context(
                    structure, segment, first_sentence_of
                )
        span, found = terms[index]
        hits = with_named_product(found, tokens, span, sentence.lang, text, defined)
        column = -1
        if kind == "table_row":
            column = cell_column(text, structure.segments[segment], sentence.start)
            if not in_header and RIGHTS_HEAD in _head_keys(readings, column_heads, column):
                hits = with_cell_right(hits, tokens, span, sentence.lang)
        mentions, keys, defines = _read(hits, tokens, span, sentence.lang, text, defines)
        context = headings
        changes = False  # an item of what would change the policy, no practice
        if kind in _LISTED:
            leads = []
            if item_lead_in >= 0 and item_lead_in != first:
                leads.append(item_lead_in)
            if lead_in >= 0 and lead_in_segment != segment:
                leads.append(lead_in)
            if leads:
                context = tuple(dict.fromkeys([*leads, *headings]))
                changes = index - first < _CHANGE_SENTENCES and any(
                    _POLICY_CHANGE in readings[lead].keys for lead in leads
                )
        if kind == "table_row":
            if in_header:
                column_heads.setdefault(column, index)
            elif column in column_heads:
                context = (column_heads[column], *context)
        reading = Reading(
            index,
            sentence.start,
            sentence.end,
            sentence.lang,
            kind,
            mentions,
            context,
            kind == "table_row",
            defines or changes,
            keys,
        )  # by position: keywords cost a thousand readings 0.3 ms
        readings.append(reading)
        for key in keys:
            by_key[key].append(reading)
        ends_lead_in = text[sentence.start : sentence.end].rstrip().endswith(_LEAD_IN_ENDS)
        if kind in ("paragraph", "heading"):
            item_lead_in = -1
            if ends_lead_in:
                lead_in, lead_in_segment = index, segment
            else:  # a new paragraph or section ends the list of the last lead-in
                lead_in = -1
        elif kind == "list_item" and ends_lead_in:
            item_lead_in = index
    return Detection(structure, tuple(readings), tokens, dict(by_key))


_DATA_HEAD = "cues.data_head"
_PURPOSE_HEAD = "cues.purpose_head"
_PROCESSING_HEADS = {_DATA_HEAD: "data", _PURPOSE_HEAD: "purpose"}


def _head_kind(head: Reading) -> str | None:
    """The processing head a header cell names: purpose first ("Purpose of the data" names
    the purpose), else data; None for any other head."""
    if head.has(_PURPOSE_HEAD):
        return _PURPOSE_HEAD
    return _DATA_HEAD if head.has(_DATA_HEAD) else None


def _head_keys(
    readings: list[Reading], column_heads: dict[int, int], column: int
) -> frozenset[str]:
    """The keys of the header cell of `column` (none where the column has no head)."""
    head = column_heads.get(column)
    return readings[head].keys if head is not None else _NO_KEYS


def _all_affirmed(hits: list[Hit]) -> tuple[Mention, ...]:
    """Every hit as a Mention that nothing denies, made in one compiled call from the Hit's
    fields (a Mention's first fields are a Hit's), as most sentences deny nothing."""
    return extended_all(Mention, hits, _AFFIRMED)


def _heading_context(
    structure: Structure, segment: int, first_sentence_of: dict[int, int]
) -> tuple[int, ...]:
    """The first sentences of the headings above `segment`, nearest first: the same for
    every segment of its section (the headings come before it)."""
    path = structure.heading_path(segment)
    return tuple(first_sentence_of[h] for h in reversed(path) if h in first_sentence_of)


def _read(
    hits: list[Hit], tokens: Tokens, span: range, lang: str, text: str, after_definition: bool
) -> tuple[tuple[Mention, ...], frozenset[str], bool]:
    """The terms of a sentence with their stance, their keys, and whether the sentence is a
    definition (or, `after_definition`, the next entry of a list of definitions).

    The keys of its terms are gathered once: each step below is for a few sentences only
    (those with a negation, advice, "locally", a definition), and a set look-up skips it
    for the others."""
    keys = frozenset(map(_KEY, hits)) if hits else _NO_KEYS
    if not keys.isdisjoint(_FRAMED_KEYS) and _recipient_frames(lang):
        hits = _framed_shares(hits, tokens, span, lang)
        keys = frozenset(map(_KEY, hits))
    if _POINTER in keys:
        hits = _without_pointed_data(hits, tokens)
        keys = frozenset(map(_KEY, hits))
    if _USE in keys and _user_relative_subjects(lang):
        hits = _without_users_relative_uses(hits, text, lang)
        keys = frozenset(map(_KEY, hits))
    if RIGHTS_LEAD in keys:
        hits = with_listed_rights(hits, tokens, span, lang)
        keys = frozenset(map(_KEY, hits))
    kept = _without_nested_terms(hits, keys) if not keys.isdisjoint(_NESTABLE) else hits
    if len(kept) < len(hits):  # a nested term was dropped: maybe a negation
        hits, keys = kept, frozenset(map(_KEY, kept))
    users = (
        _NO_HITS if keys.isdisjoint(_USERS_CLAUSES) else _users_actions(hits, tokens, span, lang)
    )
    if _LOCAL in keys:
        users = users | _local_actions(hits, tokens)
    if users or _NEGATION in keys:
        mentions = _stances(hits, tokens, span, lang, users)
    else:  # nothing denied
        mentions = _all_affirmed(hits)
    defines = (_DEFINITION in keys and _defines(hits, tokens, span, lang, text)) or (
        _PERSONAL_DATA in keys and _opens_with_a_defined_subject(tokens, span, lang)
    )
    if not defines and after_definition:
        defines = _headed(hits, tokens, span, lang)
    return mentions, keys, defines


_QUESTION_MARKS = ("?", "？")
_FIRST_WORD = re.compile(r"[\s*_]*([^\W\d_]+?)(?=[\W\d_]|\Z)")
"""The first word of a cell, past its emphasis (in Chinese, the characters before the first
mark: "否，不会")."""


@cache
def _no_answers() -> frozenset[str]:
    """What a table cell says to answer no (language.toml [answers])."""
    return frozenset(language_data()["answers"]["no"])


@cache
def _yes_answers() -> frozenset[str]:
    """What an answer opens with to say yes, or yes only within a limit (language.toml
    [answers])."""
    return frozenset(language_data()["answers"]["yes"])


def _first_word_in(text: str, reading: Reading, words: frozenset[str]) -> bool:
    """Whether the sentence's first word is one of `words` ("Nej, aldrig", "Endast om …")."""
    first = _FIRST_WORD.match(text, reading.start, reading.end)
    return first is not None and first.group(1).lower() in words


_POINTER = "cues.pointer"
_POINTER_REACH = 1
"""How many words may part data from the "below" that points to it ("the contact details
provided below", "danych kontaktowych podanych poniżej")."""


def _without_pointed_data(hits: list[Hit], tokens: Tokens) -> list[Hit]:
    """Drop the data that "below" or "above" right after it points to in the policy's own
    text: "contact us using the contact information below", "kontaktuppgifterna nedan",
    "联系方式如下" name the company's details, not data it handles."""
    starts = tokens.starts
    pointers = {bisect_left(starts, hit.start) for hit in hits if hit.key == _POINTER}

    def pointed(hit: Hit) -> bool:
        last = bisect_left(starts, hit.end) - 1
        return any(last + reach in pointers for reach in range(1, _POINTER_REACH + 2))

    return [hit for hit in hits if hit.key not in _DATA_KEYS or not pointed(hit)]


_DEFINITION = "cues.definition"
_POLICY_CHANGE = "cues.policy_change"
_CONTRAST = "cues.contrast"
_FRONTED = 2
"""Tokens (an enumerator, "1.") that may stand before the conjunction that opens a sentence."""
_CHANGE_SENTENCES = 2
"""How many sentences an item of a list of what would change the policy takes: a change and
its example ("2、我们在控制权等方面发生重大变化。如并购重组等引起的所有者变更等；"); the sentences after
them are text that a flattened page ran into the last item."""
_DEFINED_TERM_ENDS = frozenset(':：-–—"”」’')
"""What closes the defined term before the word that defines it."""
_DEFINED_TERM_LENGTH = {"zh": 16}
_DEFAULT_TERM_LENGTH = 8
"""How many tokens (markup aside) a defined term may take."""
_SPEAKER_KEYS = _ACTION_KEYS | {"cues.first_party"}


def _head(tokens: Tokens, span: range, lang: str) -> list[int]:
    """The first tokens of a sentence, markup aside: where a defined term stands."""
    length = _DEFINED_TERM_LENGTH.get(lang, _DEFAULT_TERM_LENGTH)
    return list(islice((i for i in span if tokens.words[i] not in _MARKUP), length + 1))


def _defines(hits: list[Hit], tokens: Tokens, span: range, lang: str, text: str) -> bool:
    """Whether the sentence, or a line of it, opens with a defined term and a word that
    defines it, no action or "we" before it: "个人信息：指…", "**Kluczu** - rozumie się
    przez to …".

    A line (a wrapped list of definitions may run into one sentence) counts when the
    defining word lies among the first tokens of its head; so the lines are sought
    backwards from each defining word, not over the whole sentence."""
    words, starts = tokens.words, tokens.starts
    length = _DEFINED_TERM_LENGTH.get(lang, _DEFAULT_TERM_LENGTH)
    for hit in hits:
        if hit.key != _DEFINITION:
            continue
        at = bisect_left(starts, hit.start)
        before = _previous_word(words, at, span.start)
        if words[at] in _MARKUP or before is None or words[before] not in _DEFINED_TERM_ENDS:
            continue
        counted = 0  # the tokens, markup aside, from a line's first token up to the hit
        for first in range(at - 1, span.start - 1, -1):
            counted += words[first] not in _MARKUP
            if counted > length:
                break
            if (
                counted
                and _opens_line(text, tokens, first, span)
                and not _spoken(hits, starts[first], hit.start)
            ):
                return True
    return False


@cache
def _defined_subjects(lang: str) -> dict[str, tuple[frozenset[int], frozenset[tuple[str, ...]]]]:
    """The tokens of each defined name followed by a defining verb ("敏感个人信息是",
    "个人敏感信息包括"), with their lengths, by their first token, from the syntax data."""
    verbs = syntax(lang, "defining_verbs")
    subjects = [
        tuple(tokenize(subject + verb).words)
        for subject in syntax(lang, "defined_subjects")
        for verb in verbs
    ]
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for subject in subjects:
        by_first[subject[0]].append(subject)
    return {
        first: (frozenset(map(len, group)), frozenset(group)) for first, group in by_first.items()
    }


def _opens_with_a_defined_subject(tokens: Tokens, span: range, lang: str) -> bool:
    """Whether the sentence opens, markup aside, with a name the law defines and a verb that
    defines it, no colon between: "敏感个人信息是一旦泄露或者非法使用…的个人信息" quotes the law."""
    words = tokens.words
    first = span.start
    while first < span.stop and words[first] in _MARKUP:
        first += 1
    found = _defined_subjects(lang).get(words[first]) if first < span.stop else None
    if found is None:
        return False
    lengths, subjects = found
    return any(tuple(words[first : first + length]) in subjects for length in lengths)


def _previous_word(words: list[str], at: int, first: int) -> int | None:
    """The token before `at`, markup aside, from token `first` on."""
    before = at - 1
    while before >= first and words[before] in _MARKUP:
        before -= 1
    return before if before >= first else None


def _opens_line(text: str, tokens: Tokens, i: int, span: range) -> bool:
    """Whether token `i` opens the sentence or a line inside it."""
    return i == span.start or "\n" in text[tokens.ends[i - 1] : tokens.starts[i]]


def _spoken(hits: list[Hit], start: int, end: int) -> bool:
    """Whether an action or "we" stands in text[start:end]."""
    return any(h.key in _SPEAKER_KEYS and start <= h.start < end for h in hits)


def _headed(hits: list[Hit], tokens: Tokens, span: range, lang: str) -> bool:
    """Whether the sentence opens with a short term and a colon, no action or "we"
    before it: the shape of the next entry of a list of definitions
    ("个人敏感信息：包括身份证件号码…" after "个人信息：指…")."""
    colons = [i for i in _head(tokens, span, lang) if tokens.words[i] in _LEAD_IN_ENDS]
    if not colons:
        return False
    colon = tokens.starts[colons[0]]
    return not any(h.key in _SPEAKER_KEYS and h.start < colon for h in hits)


_ADVICE = "cues.advice"
_USERS_ACTIONS = frozenset({"cues.use", "cues.retain", "cues.delete"})
"""What advice tells the user to do with data: use a password, keep it safe, delete it."""
_USERS_CLAUSES = {_ADVICE: _USERS_ACTIONS, "cues.user_subject": frozenset({"cues.share"})}
"""The cues that open a clause of the user's doing, with the actions that are then the
user's: advice, and the user as subject of a disclosure ("您可以通过不向任何人披露您的登录密码")."""


def _users_actions(hits: list[Hit], tokens: Tokens, span: range, lang: str) -> set[Hit]:
    """The actions of a clause that opens with advice to the user or with the user as
    subject, up to a "we": "请妥善保管您的账号及密码、使用复杂密码" is the user using a
    password, which the company does not ("Please note that we use ..." still is the
    company's); "您可以通过不向任何人…披露您的登录密码" is the user's disclosure."""
    clause_ends = _ZH_CLAUSE_ENDS if lang == "zh" else CLAUSE_ENDS
    users = set()
    for cue in hits:
        actions = _USERS_CLAUSES.get(cue.key)
        if actions is None or not _opens_clause(cue, tokens, span, clause_ends):
            continue
        end = _clause_end(cue, tokens, span, clause_ends)
        we = min(
            (h.start for h in hits if h.key == "cues.first_party" and cue.start < h.start < end),
            default=end,
        )
        users.update(h for h in hits if h.key in actions and cue.start <= h.start < we)
    return users


# The two below look outward from a cue, token by token, instead of a pass over every
# token of the sentence: advice stands in many sentences, mostly amid a clause.


def _opens_clause(cue: Hit, tokens: Tokens, span: range, clause_ends: set[str]) -> bool:
    """Whether `cue` opens the sentence or a clause of it (markup aside)."""
    words = tokens.words
    at = bisect_left(tokens.starts, cue.start, span.start, span.stop)
    if at == span.stop or tokens.starts[at] != cue.start or words[at] in _MARKUP:
        return False
    before = _previous_word(words, at, span.start)
    return before is None or words[before] in clause_ends


def _clause_end(cue: Hit, tokens: Tokens, span: range, clause_ends: set[str]) -> int:
    """Where the clause of `cue` ends: its next clause end, else the end of the sentence.

    Markup tokens need no skipping here: no clause end is a markup mark."""
    words = tokens.words
    for i in range(bisect_left(tokens.starts, cue.end, span.start, span.stop), span.stop):
        if words[i] in clause_ends:
            return tokens.starts[i]
    return tokens.ends[span.stop - 1]


_LOCAL = "cues.local"
_LOCAL_REACH = 2
"""How many tokens (markup aside) from "locally" an action of keeping or using data lies."""


def _local_actions(hits: list[Hit], tokens: Tokens) -> set[Hit]:
    """Keeping or using data "locally" is the user's device doing it, no collection:
    "Identifieraren … lagras lokalt", "zostają zapisane lokalnie", "仅在本地处理"."""
    local = _of_keys(hits, {_LOCAL})
    if not local:
        return set()
    starts = tokens.starts

    def distance(a: Hit, b: Hit) -> int:
        first, second = sorted((a, b), key=lambda h: h.start)
        between = range(bisect_left(starts, first.end), bisect_left(starts, second.start))
        return sum(tokens.words[i] not in _MARKUP for i in between)

    return {
        h
        for h in hits
        if h.key in ("cues.use", "cues.retain")
        and any(distance(h, cue) <= _LOCAL_REACH for cue in local)
    }


_USE = "cues.use"


@cache
def _user_relative_subjects(lang: str) -> tuple[str, ...]:
    """The words that open a relative clause with the user as subject ([syntax]
    user_relative_subjects), longest first."""
    return tuple(sorted(syntax(lang, "user_relative_subjects"), key=len, reverse=True))


def _without_users_relative_uses(hits: list[Hit], text: str, lang: str) -> list[Hit]:
    """Without the use verbs of a relative clause whose subject is the user: "取决于您所使用的
    产品或服务" is the product the user uses, no use of data by anyone; the verb of the clause
    around it ("我们会收集您使用的设备型号") governs its data as before."""
    subjects = _user_relative_subjects(lang)
    marker = str(syntax(lang, "relative_marker", ""))
    return [
        h
        for h in hits
        if h.key != _USE
        or not (text.startswith(marker, h.end) and text.endswith(subjects, 0, h.start))
    ]


_SHARE = "cues.share"
_FRAMED_KEYS = _RECIPIENT_KEYS | {"cues.third_party"}
"""The keys of what a frame's preposition and verb may hold: only a sentence that names a
recipient is framed."""
_PERSONAL_DATA = "cues.personal_data"
_FRAME_REACH = 16
"""How many tokens a recipient framed by a preposition and its verb may take."""


class _Frame(NamedTuple):
    """A recipient framed by a preposition and a verb, unless the preposition follows one
    of the words `not_after` (the user as giver)."""

    preposition: str
    verb: tuple[str, ...]
    not_after: frozenset[str]


@cache
def _recipient_frames(lang: str) -> tuple[_Frame, ...]:
    """The frames that name a recipient between a preposition and a verb, from the syntax
    data."""
    return tuple(
        _Frame(
            frame["preposition"],
            tuple(tokenize(frame["verb"]).words),
            frozenset(frame["not_after"]),
        )
        for frame in syntax(lang, "recipient_frames")
    )


def _framed_shares(hits: list[Hit], tokens: Tokens, span: range, lang: str) -> list[Hit]:
    """`hits` and a sharing for each recipient framed by a preposition and a verb that alone
    gives nothing: "向公安机关提供您的个人信息" gives to the police; "向我们提供" is the company
    receiving, "向您提供服务" serves the user (no recipient between), and "您向内容提供方提供"
    is the user giving."""
    words = tokens.words
    framed = []
    for frame in _recipient_frames(lang):
        for at in compress(span, map(frame.preposition.__eq__, words[span.start : span.stop])):
            if at > span.start and words[at - 1] in frame.not_after:
                continue
            end = _frame_end(hits, tokens, range(at + 1, span.stop), frame.verb, lang)
            if end is not None and not any(h.key == _SHARE and h.end == end for h in hits):
                framed.append(Hit(_SHARE, tokens.starts[at], end))
    if not framed:
        return hits
    return sorted([*hits, *framed], key=lambda hit: (hit.start, hit.end))


def _frame_end(
    hits: list[Hit], tokens: Tokens, after: range, verb: tuple[str, ...], lang: str
) -> int | None:
    """Where the `verb` that closes the frame ends, if a recipient and no "we" stand between
    the preposition and it: the first in the clause of `after` outside every term between
    ("向内容提供方提供": the first 提供 is a word of the recipient's name)."""
    words, starts = tokens.words, tokens.starts
    clause_ends = _ZH_CLAUSE_ENDS if lang == "zh" else CLAUSE_ENDS
    start = starts[after.start] if after else 0
    for i in after[:_FRAME_REACH]:
        if words[i] in clause_ends:
            return None
        if tuple(words[i : i + len(verb)]) != verb:
            continue
        between = [hit for hit in hits if start <= hit.start < starts[i]]
        if any(hit.end > starts[i] for hit in between):
            continue
        keys = {hit.key for hit in between}
        named = "cues.third_party" in keys or not keys.isdisjoint(_RECIPIENT_KEYS)
        return tokens.ends[i + len(verb) - 1] if named and "cues.first_party" not in keys else None
    return None


_SPEAKS_OF_NESTED_DATA = frozenset({*_ACTION_KEYS, "cues.personal_data"})
"""The cues that are about the data named inside them: "stosuje cookies" uses cookies, "din
gps-data" is the GPS data."""
_FIRST_PARTY = "cues.first_party"
_NESTABLE = _GRAMMAR | _RECIPIENT_KEYS | _PURPOSE_KEYS | _DATA_KEYS
"""The keys of the terms that a longer term may hide."""
_NESTABLE_BESIDE_RECIPIENTS = _NESTABLE | {_FIRST_PARTY}
"""The same where a recipient is named, whose term may hold a name of the company: "we" is in
nearly every sentence, and only a recipient term hides it (`_hides`)."""


def _hides(outer: str, inner: str) -> bool:
    """Whether a longer term of key `outer` takes the words of a term of key `inner` nested in
    it for itself:

    - a cue hides negations and exceptions: "no longer necessary" denies nothing, "såvida
      inte" is an exception; a concept keeps its negation inside ("do not sell" as the name
      of an opt-out still lets "we do not sell" deny the sale);
    - data hides a recipient: the "Internet Service Provider" a visitor uses is device data;
    - a recipient hides a recipient of another kind: "advertising partners" and "广告合作伙伴"
      are advertisers, no business partners; and a name of the company: a "zewnętrzny
      usługodawca" is some other provider, not the "Usługodawca" who speaks;
    - data hides a purpose: "advertising identifiers" are identifiers, no advertising; a
      purpose hides a purpose of another kind: "personalized ads" are advertising, no
      personalisation;
    - data of another concept, or a cue that is neither an action nor a name of personal
      data, hides data: "wyszukiwane hasła" are search terms, no passwords, "lokalizacja
      serwerów" is where servers stand. A recipient, purpose or measure acts on the data it
      names ("analityczne pliki cookies" are cookies, "hasła są szyfrowane" passwords).
    """
    if inner in _GRAMMAR:
        return outer.startswith(_CUES)
    if inner in _RECIPIENT_KEYS:
        return outer in _DATA_KEYS or outer in _RECIPIENT_KEYS
    if inner == _FIRST_PARTY:
        return outer in _RECIPIENT_KEYS
    if inner in _PURPOSE_KEYS:
        return outer in _DATA_KEYS or outer in _PURPOSE_KEYS
    return outer in _DATA_KEYS or (outer.startswith(_CUES) and outer not in _SPEAKS_OF_NESTED_DATA)


def _without_nested_terms(hits: list[Hit], keys: frozenset[str]) -> list[Hit]:
    """Drop the terms that a longer term of another key around them hides (`_hides`); `keys`
    are the hits' keys. The hits are in the order of their starts: a term around one starts
    at most the longest term's length before it, so only those are weighed, in C, and
    `_hides` is asked only of a pair whose offsets fit (a long sentence of many terms stays
    linear; most sentences drop none and keep their list as it is)."""
    nestable_keys = _NESTABLE if keys.isdisjoint(_RECIPIENT_KEYS) else _NESTABLE_BESIDE_RECIPIENTS
    return without_hidden_terms(hits, nestable_keys, _hides)


_CONTRAST_REACH = 3
"""How many tokens after a contrasting conjunction its clause's "we" or verb stands."""


def _contrast_opens_clause(
    contrast: Hit, hits: list[Hit], starts: list[int], tokens: Tokens
) -> bool:
    """Whether a contrasting conjunction opens a clause: "we" or an action follows within
    `_CONTRAST_REACH` tokens ("but we may share", "ale możemy udostępniać"); "include but are
    not limited to: name, …" goes on with the clause it is in. `starts` are the hits'
    starts, in order: only the hits within reach are read, in a sentence of any length."""
    at = bisect_left(tokens.starts, contrast.start)
    for i in range(bisect_left(starts, contrast.end), len(hits)):
        h = hits[i]
        if bisect_left(tokens.starts, h.start) - at > _CONTRAST_REACH:
            return False
        if h.key in _SPEAKER_KEYS:
            return True
    return False


_RELATIVE_REACH = 3
"""How many tokens a relative pronoun stands before its clause's negation, and the verbs after
it: "som du inte", "that you have not"; "inte har sparat", "sparat skrivs"."""


def _action_within(
    actions: list[Hit], action_starts: list[int], tokens: Tokens, offset: int, reach: int
) -> Hit | None:
    """The first action that starts within `reach` tokens after text[offset]. The actions are
    in text order (`action_starts`): the first one at or after `offset` is found by
    bisection, so a sentence as long as a policy costs no scan of its actions per negation."""
    at = bisect_left(action_starts, offset)
    if at == len(actions):
        return None
    action = actions[at]
    first = bisect_left(tokens.starts, offset)
    return action if bisect_left(tokens.starts, action.start) - first < reach else None


def _of_keys(
    hits: list[Hit], keys: AbstractSet[str], hit_keys: list[str] | None = None
) -> list[Hit]:
    """The hits whose key is one of `keys`, in order; picked out in C (compress over the
    keys' look-ups), not by a Python step per hit: a sentence asks for several kinds.
    `hit_keys`, the hits' keys read once, spares a caller that asks often reading them again."""
    read = map(_KEY, hits) if hit_keys is None else hit_keys
    return list(compress(hits, map(keys.__contains__, read)))


_KINDS: tuple[AbstractSet[str], ...] = (
    {_NEGATION},
    _ACTION_KEYS,
    {_EXCEPTION},
    {_CONTRAST},
    {"cues.coordination"},
    {"cues.alternative"},
)
"""The kinds of terms a sentence's clauses and stances are worked out from."""
_KIND_OF = {key: kind for kind, keys in enumerate(_KINDS) for key in keys}
_CLAUSE_MARKS = "".join(sorted(CLAUSE_ENDS))
_ZH_CLAUSE_MARKS = "".join(sorted(_ZH_CLAUSE_ENDS))
_OPENING_PARENTHESES = "".join(mark for mark, depth in _PARENTHESES.items() if depth > 0)
_CLOSING_PARENTHESES = "".join(mark for mark, depth in _PARENTHESES.items() if depth < 0)
_MARKUP_MARKS = "".join(sorted(_MARKUP))
"""The marks of `sentence_layout` as str, which compiled code tests a character against."""


class _Sentence:
    """The clauses and tokens of one sentence, to place negations relative to terms."""

    def __init__(self, hits: list[Hit], tokens: Tokens, span: range, lang: str) -> None:
        words = tokens.words[span.start : span.stop]
        starts = tokens.starts[span.start : span.stop]
        # one compiled pass over the tokens; a parenthesis ("（…例如姓名或电子邮箱，…）") is
        # part of its clause
        clause_marks = _ZH_CLAUSE_MARKS if lang == "zh" else _CLAUSE_MARKS
        boundaries, words_before = sentence_layout(
            words, starts, clause_marks, _OPENING_PARENTHESES, _CLOSING_PARENTHESES, _MARKUP_MARKS
        )
        self.boundaries: list[int] = boundaries
        self.words_before: Sequence[int] = words_before
        """How many tokens of the sentence, markup aside, precede each token."""
        # in the order of `_KINDS`
        negations, actions, exceptions, contrasts, coordinations, alternatives = hits_by_kind(
            hits, _KIND_OF, len(_KINDS)
        )
        if contrasts:  # "…, but we may share …" opens a clause of its own
            hit_starts = [h.start for h in hits]
            opening = [
                h.start for h in contrasts if _contrast_opens_clause(h, hits, hit_starts, tokens)
            ]
            self.boundaries = sorted({*self.boundaries, *opening})
        self.tokens = tokens
        self.first = span.start
        self.starts = starts
        """Where each token of the sentence starts: `token_at` bisects these few, not the
        document's thousands."""
        self.reach = _NEGATION_REACH.get(lang, _DEFAULT_REACH)
        self.negations = negations
        self.actions = actions
        if self.negations:
            self._close_fronted_clause(words, starts, lang)
            self._open_coordinated_clauses(coordinations, tokens, lang)
            self._close_relative_clauses(words, tokens, lang)
            if "(" in words:
                speakers = [h.start for h in hits if h.key == "cues.first_party"]
                self._close_parentheses(words, starts, speakers)
        postposed = _postposed_exceptions(lang)
        self.postposed = [e for e in exceptions if postposed and self.words_of(e) in postposed]
        """The exceptions that follow what they except ("与关联公司以外的…")."""
        self.exceptions = [e for e in exceptions if e not in self.postposed]
        """The exceptions that precede what they except ("except with couriers")."""
        self.object_markers = syntax_words(lang, "object_markers")
        """The words that put the object before the verb (将/把)."""
        self.negation_places = NegationPlaces(
            self.boundaries,
            starts,
            self.words_before,
            self.negations,
            list(map(self.disposes, self.negations)),
            self.reach,
        )
        """The negations by clause, with their token positions: a term asks only its own
        clause, in compiled code."""
        self.term_stances = TermStances(
            self.negation_places,
            self.exceptions,
            self.postposed,
            self.actions,
            coordinations,
            alternatives,
            _ALTERNATIVE_VERB,
            len(tokens.words),
            _ACTION_KEYS,
            _GRAMMAR,
        )
        """How each term is weighed against the negations, exceptions and actions, in
        compiled code: a negated sentence asks it of every term of its negated clauses."""
        self.actions_in: dict[int, list[Hit]] = self.term_stances.actions_in
        """The actions of each clause, in text order."""

    def _close_fronted_clause(self, words: list[str], starts: list[int], lang: str) -> None:
        """A subordinate clause that opens the sentence ends at its first comma, or before
        the main clause's verb (`_inverted_verb`), when it holds a negation: "Where a
        recipient is not located in the UK, the transfer is made under the Standard
        Contractual Clauses", "Jeżeli nie korzystasz z aplikacji …, usuwamy …", "Om kontot
        inte har använts på 24 månader raderar vi det". The "not" is the clause's; the main
        clause states the practice."""
        opening = _opening_conjunction_end(words, lang)
        if opening is None:
            return
        comma, verb = _first_comma(words, opening), _inverted_verb(words, opening, lang)
        # a clause ends where its last character stands: the comma, the space before the verb
        ends = [starts[comma]] if comma is not None else []
        ends += [starts[verb] - 1] if verb is not None else []
        end = min(ends, default=None)
        if end is not None and any(n.start < end for n in self.negations):
            self.boundaries = sorted({*self.boundaries, end})

    def _open_coordinated_clauses(
        self, coordinations: list[Hit], tokens: Tokens, lang: str
    ) -> None:
        """A coordinating conjunction right before the company as a subject (`clause_subjects`:
        "och vi", "and we") opens a clause with a verb of its own: "Betalningen hanteras av
        Payson och vi tar aldrig del av dina kortuppgifter" denies the card details though
        the split "tar … del av" is no verb the vocabulary knows, and the first clause's verb
        does not affirm them; nor does a negation of the first clause reach into the second."""
        subjects = syntax_words(lang, "clause_subjects")
        if not subjects:
            return
        opening = [
            h.start
            for h in coordinations
            if (after := bisect_right(tokens.starts, h.end - 1)) < len(tokens.words)
            and tokens.words[after] in subjects
        ]
        if opening:
            self.boundaries = sorted({*self.boundaries, *opening})

    def _close_relative_clauses(self, sentence_words: list[str], tokens: Tokens, lang: str) -> None:
        """A relative clause whose subject is a person (`relative_pronouns` then
        `relative_subjects`: "som du inte har sparat", "that you have not saved") keeps its
        negation to its own verb when the main clause's verb follows right after it:
        "Inspelningar som du inte har sparat skrivs över efter 72 timmar" deletes them."""
        pronouns = syntax_words(lang, "relative_pronouns")
        subjects = syntax_words(lang, "relative_subjects")
        if pronouns.isdisjoint(sentence_words):  # most sentences: no relative clause to close
            return
        words = tokens.words
        actions = sorted(self.actions, key=_START)
        action_starts = [h.start for h in actions]
        for negation in self.negations:
            at = bisect_left(tokens.starts, negation.start)
            pronoun = next(
                (
                    i
                    for i in range(max(at - _RELATIVE_REACH, self.first), at - 1)
                    if words[i] in pronouns and words[i + 1] in subjects
                ),
                None,
            )
            if pronoun is None:
                continue
            verb = _action_within(actions, action_starts, tokens, negation.end, _RELATIVE_REACH)
            main = verb and _action_within(
                actions, action_starts, tokens, verb.end, _RELATIVE_REACH
            )
            if verb is not None and main is not None:
                ends = {tokens.starts[pronoun], verb.end}
                self.boundaries = sorted({*self.boundaries, *ends})

    def _close_parentheses(self, words: list[str], starts: list[int], speakers: list[int]) -> None:
        """A parenthesis in which the company denies something (a negation and "we"), after a
        part of the sentence without a negation, is a clause of its own: "the avatar picture
        the child chooses (we do not ask for real photos)" denies the photos, not the avatar.
        A bare "without limitation" in brackets is no statement of the company's."""
        first = self.negations[0].start
        for opening in (i for i, word in enumerate(words) if word == "("):
            if first < starts[opening]:
                return  # a negation before it may govern what the parenthesis holds
            closing = next((i for i in range(opening + 1, len(words)) if words[i] == ")"), None)
            end = starts[closing] if closing is not None else starts[-1] + 1
            inside = range(starts[opening] + 1, end)
            if any(n.start in inside for n in self.negations) and any(
                speaker in inside for speaker in speakers
            ):
                self.boundaries = sorted({*self.boundaries, starts[opening], end})

    def clause_of(self, offset: int) -> int:
        return bisect_left(self.boundaries, offset)

    def token_at(self, offset: int) -> int:
        """The position of the token that holds text[offset] (an offset in the sentence),
        counted in words (markup aside)."""
        return self.words_before[bisect_right(self.starts, offset) - 1]

    def words_of(self, hit: Hit) -> tuple[str, ...]:
        """The tokens of a term."""
        span = self.tokens.span(hit.start, hit.end)
        return tuple(self.tokens.words[span.start : span.stop])

    def disposes(self, negation: Hit) -> bool:
        """Whether a negation before an object marker ("不会将您的个人身份信息…分享", "不将")
        governs the action at the end of its clause, however long the object (when the
        negation's reach is that of an action)."""
        if not self.object_markers:
            return False
        words = self.tokens.words
        last = bisect_right(self.tokens.starts, negation.end - 1) - 1
        return words[last] in self.object_markers or (
            last + 1 < len(words) and words[last + 1] in self.object_markers
        )


@cache
def _postposed_exceptions(lang: str) -> frozenset[tuple[str, ...]]:
    """The tokens of the exception cues that follow what they except (以外), from the syntax
    data."""
    terms = syntax(lang, "postposed_exceptions")
    return frozenset(tuple(tokenize(term).words) for term in terms)


_COMMAS = frozenset(",，")


def _opening_conjunction_end(words: Sequence[str], lang: str) -> int | None:
    """The position after a conjunction (`_subordinators_by_first_word`) that opens the
    sentence of `words` ("If …, we …", "Jeżeli …, …", "如未来…，我们将…"), or None. Only an
    enumerator ("1.", "(a)") may stand before it: after a word ("Vi skulle aldrig sälja …")
    it opens nothing."""
    opening = _subordinators_by_first_word(lang)
    for at in range(min(_FRONTED + 1, len(words))):
        for conjunction in opening.get(words[at], ()):
            if tuple(words[at : at + len(conjunction)]) == conjunction:
                return at + len(conjunction)
        if len(words[at]) > 1 and words[at].isalpha():
            return None
    return None


def _inverted_verb(words: Sequence[str], start: int, lang: str) -> int | None:
    """The position of the main clause's verb that a subordinate clause opening the sentence
    comes before, shown by the subject after it (`inverted_subjects`: "Om kontot inte har
    använts på 24 månader raderar vi det"), or None. A subject after a conjunction
    (`clause_conjunctions`: "om du inte vill att vi …") is its own clause's."""
    subjects = syntax_words(lang, "inverted_subjects")
    if not subjects:
        return None
    conjunctions = syntax_words(lang, "clause_conjunctions")
    return next(
        (
            at
            for at in range(start + 1, len(words) - 1)
            if words[at + 1] in subjects and words[at].isalpha() and words[at] not in conjunctions
        ),
        None,
    )


def _first_comma(words: Sequence[str], start: int) -> int | None:
    """The position of the first comma at or after `start`: where an opening clause ends."""
    return next((i for i in range(start, len(words)) if words[i] in _COMMAS), None)


@cache
def _subordinators_by_first_word(lang: str) -> dict[str, list[tuple[str, ...]]]:
    """The tokens of the conjunctions that open a subordinate clause, from the syntax data,
    by their first token (in their order): a sentence's first words look up only the ones
    they may begin."""
    by_first_word: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for term in syntax(lang, "subordinators"):
        conjunction = tuple(tokenize(term).words)
        by_first_word[conjunction[0]].append(conjunction)
    return dict(by_first_word)


_CLOSE_NEGATION = 3
"""A negation this close before a term denies the term itself ("without your consent")."""


def _stances(
    hits: list[Hit], tokens: Tokens, span: range, lang: str, users: AbstractSet[Hit]
) -> tuple[Mention, ...]:
    """Each hit as a Mention, denied or not by the negations of its clause; the user's
    actions (`users`) are no practice of the company, as if denied."""
    sentence = _Sentence(hits, tokens, span, lang)
    # A term's stance comes from its own clause only: in a clause without a negation or
    # a user's action, every term is affirmed, no placing needed.
    weighed = sentence.negation_places.clauses.union(sentence.clause_of(a.start) for a in users)
    # placed once per action of those clauses: its terms ask for it again, to see whether
    # it reaches them; in text order (the first denial of a key is the one an exception
    # restates, `_restated_actions`)
    actions = [a for clause in sorted(weighed) for a in sentence.actions_in.get(clause, ())]
    negation_of, of_action = sentence.term_stances.of_actions(actions, users)
    mentions = sentence.term_stances.mentions(
        Mention, hits, weighed, of_action, negation_of, _CLOSE_NEGATION
    )
    if sentence.exceptions or sentence.postposed:
        restated = _restated_actions(sentence, mentions, of_action, negation_of)
        if restated:
            return tuple(sorted([*mentions, *restated], key=_START))
    return tuple(mentions)


def _restated_actions(
    sentence: _Sentence,
    mentions: list[Mention],
    of_action: dict[Hit, tuple[bool, bool]],
    negation_of: dict[Hit, Hit | None],
) -> list[Mention]:
    """The denied actions that an exception after them affirms for the terms it names, each
    once, as affirmed and excepted at the exception: "Nie udostępniamy danych nikomu, z
    wyjątkiem firm kurierskich" shares data with couriers. An exception that names no term
    of a concept ("except in the following cases:") leaves the practice to its list."""
    restated: dict[str, Mention] = {}
    for action, negation in negation_of.items():
        if negation is None or not of_action[action][0] or action.key in restated:
            continue
        clause = sentence.clause_of(action.start)
        for exception in [*sentence.exceptions, *sentence.postposed]:
            if exception.start >= negation.end and (
                (
                    sentence.clause_of(exception.start) == clause
                    and _names_excepted_term(sentence, mentions, exception)
                )
                or _excepting_clause_after(sentence, mentions, exception, clause)
            ):
                restated[action.key] = Mention(
                    action.key, exception.start, exception.end, False, True, False
                )
                break
    return list(restated.values())


def _excepting_clause_after(
    sentence: _Sentence, mentions: list[Mention], exception: Hit, clause: int
) -> bool:
    """Whether a postposed `exception` closes the clause right after `clause`, one of no
    action or negation of its own, and a term of a concept stands before it there: the
    clause names what the denial of `clause` excepts ("我们不会向第三方提供您的个人信息，但
    司法机关依法要求提供的除外")."""
    after = clause + 1
    if (
        exception not in sentence.postposed
        or sentence.clause_of(exception.start) != after
        or after in sentence.actions_in
        or after in sentence.negation_places.clauses
    ):
        return False
    return any(
        m.key in _FIELD_OF and not m.denied and sentence.term_stances.excepts_before(exception, m)
        for m in mentions
    )


def _names_excepted_term(sentence: _Sentence, mentions: list[Mention], exception: Hit) -> bool:
    """Whether a term of a concept that `exception` excepts is excepted: one after it in its
    clause, or, for a postposed exception, one before it."""
    if exception in sentence.postposed:
        return any(
            m.excepted and m.key in _FIELD_OF and sentence.term_stances.excepts_before(exception, m)
            for m in mentions
        )
    clause = sentence.clause_of(exception.start)
    return any(
        m.excepted
        and m.key in _FIELD_OF
        and m.start >= exception.end
        and sentence.clause_of(m.start) == clause
        for m in mentions
    )
