# cython: language_level=3, boundscheck=False, wraparound=False
"""The two loops of labels.matching that run once per character and once per token,
compiled with Cython: cutting a text into tokens, and walking the trie of terms.

In Python they were a third of an extraction of Chinese (every Han character is a
token: 46,000 in 50 KB) and a fifth of one of English; labels.matching says what
they do, and tests/labels/test_matching.py holds them to it.

Below them, the walk of labels.structure's sentence splitting over the marks that may
end a sentence (8,000 in 50 KB of English); its patterns and vocabulary come from there.
"""

from labels.script import HAN_BLOCKS


cdef extern from "Python.h":
    bint Py_UNICODE_ISALNUM(Py_UCS4 ch)
    bint Py_UNICODE_ISSPACE(Py_UCS4 ch)
    bint Py_UNICODE_ISUPPER(Py_UCS4 ch)
    bint Py_UNICODE_ISDIGIT(Py_UCS4 ch)
    bint Py_UNICODE_ISALPHA(Py_UCS4 ch)
    ctypedef struct PyTypeObject
    object PyType_GenericAlloc(PyTypeObject* type, Py_ssize_t items)
    void PyTuple_SET_ITEM(object tuple, Py_ssize_t at, object item)  # steals `item`
    void Py_INCREF(object o)

cdef Py_UCS4 _han_low[8]
cdef Py_UCS4 _han_high[8]
cdef int _han_blocks = 0

cdef list _one_character = [None] * 0x10000
"""One str per character of the Basic Multilingual Plane, made when first cut: a
one-character token (a Han character, a mark) reuses it instead of allocating."""

cdef object _UNSEEN = object()
"""A word no state has moved on yet (None is a move that leads nowhere)."""


def _take_han_blocks(str blocks):
    """Read labels.script's Han blocks, written "a-zb-y…" as inside a []."""
    global _han_blocks
    if len(blocks) % 3 or len(blocks) // 3 > 8:
        raise ValueError(f"not ranges of a []: {blocks!r}")
    _han_blocks = len(blocks) // 3
    for n in range(_han_blocks):
        _han_low[n] = blocks[3 * n]
        _han_high[n] = blocks[3 * n + 2]


_take_han_blocks(HAN_BLOCKS)


cdef inline bint _is_han(Py_UCS4 ch):
    cdef int n
    for n in range(_han_blocks):
        if _han_low[n] <= ch <= _han_high[n]:
            return True
    return False


cdef inline bint _in_word(Py_UCS4 ch):
    """A character that goes on a run of letters or digits: a word character of `re`
    that is neither Chinese (a token alone) nor the underscore (Markdown emphasis)."""
    return ch != u"_" and Py_UNICODE_ISALNUM(ch) and not _is_han(ch)


cdef inline object _slice(str source, Py_ssize_t start, Py_ssize_t end):
    cdef Py_ssize_t ch
    cdef object word
    if end - start == 1:
        ch = <Py_ssize_t>source[start]
        if ch < 0x10000:
            word = _one_character[ch]
            if word is None:
                word = _one_character[ch] = source[start:end]
            return word
    return source[start:end]


def cut(str text):
    """The tokens of `text` as (lower-cased words, starts, ends): a Chinese character, a
    run of other letters and digits, or one other mark; white space only separates."""
    cdef str lowered = text.lower()
    # a few letters lower-case to two characters: then cut the text, and lower each word
    cdef bint same = len(lowered) == len(text)
    cdef str source = lowered if same else text
    cdef Py_ssize_t n = len(source), i = 0, j
    cdef Py_UCS4 ch
    cdef list words = [], starts = [], ends = []
    while i < n:
        ch = source[i]
        if Py_UNICODE_ISSPACE(ch):
            i += 1
            continue
        j = i + 1
        if _in_word(ch):
            while j < n and _in_word(source[j]):
                j += 1
        word = _slice(source, i, j)
        words.append(word if same else word.lower())
        starts.append(i)
        ends.append(j)
        i = j
    return words, starts, ends


cdef class State:
    """The trie nodes a walk has reached together, and the keys of the terms ending there.

    A state remembers where each word led it, so a walk costs one dict look-up per
    token instead of a step of every node (the trie read as an automaton, built
    as texts need it; it grows with the words seen, like any per-word cache).
    """

    cdef readonly tuple keys
    cdef readonly tuple nodes
    cdef dict moves
    cdef dict states

    def __init__(self, tuple nodes, dict states):
        self.nodes = nodes
        # two stems of one key can match the same word: one hit each is enough
        self.keys = tuple(dict.fromkeys(key for node in nodes for key in node.keys))
        self.moves = {}
        self.states = states  # every state of the matcher, by its nodes

    cpdef State move(self, str word):
        """The state `word` leads to, or None where no term goes on."""
        cdef object known = self.moves.get(word, _UNSEEN)
        if known is not _UNSEEN:
            return known
        nodes = tuple([n for node in self.nodes for n in node.step(word)])
        cdef State state = None
        if nodes:
            state = self.states.get(nodes)
            if state is None:
                state = self.states[nodes] = State(nodes, self.states)
        self.moves[word] = state
        return state


cdef inline object _triple(type of, object first, object second, object third):
    """of(first, second, third) for a NamedTuple `of`, made as a tuple is: no call of
    __new__ and no tuple of its arguments to copy (a hit is made 3,000 times in 50 KB)."""
    made = PyType_GenericAlloc(<PyTypeObject*>of, 3)
    Py_INCREF(first)
    Py_INCREF(second)
    Py_INCREF(third)
    PyTuple_SET_ITEM(made, 0, first)
    PyTuple_SET_ITEM(made, 1, second)
    PyTuple_SET_ITEM(made, 2, third)
    return made


def walk(
    State start, list words, list starts, list ends, Py_ssize_t first, Py_ssize_t stop,
    type hit, object is_term,
):
    """Every term starting at a token of first..stop-1 and ending before `stop`, as
    `hit`(key, start, end); `is_term(words)` tells whether words are a whole term."""
    cdef list hits = []
    _walk_into(hits, start, words, starts, ends, first, stop, hit, is_term)
    return hits


def walk_all(
    State start, list words, list starts, list ends, list bounds, type hit, object is_term,
):
    """For each (start, end) of `bounds`, the range of the tokens inside text[start:end]
    and the hits of a walk over it: one call for all sentences, where a call per sentence
    cost a Python call and two bisects each (callgrind, 50 KB en: 215 -> 213 M)."""
    cdef list found = []
    cdef list hits
    cdef Py_ssize_t first = 0, stop = 0, n = len(starts)
    for bound_start, bound_end in bounds:
        first = _first_at(starts, n, first, bound_start)
        stop = _first_at(starts, n, first, bound_end)
        hits = []
        _walk_into(hits, start, words, starts, ends, first, stop, hit, is_term)
        found.append((range(first, stop), hits))
    return found


cdef inline Py_ssize_t _first_at(list starts, Py_ssize_t n, Py_ssize_t i, object offset):
    """bisect_left(starts, offset), searched from i: bounds in text order move it forward."""
    while i > 0 and starts[i - 1] >= offset:
        i -= 1
    while i < n and starts[i] < offset:
        i += 1
    return i


cdef void _walk_into(
    list hits, State start, list words, list starts, list ends, Py_ssize_t first,
    Py_ssize_t stop, type hit, object is_term,
) except *:
    """Append to `hits` what walk() returns."""
    cdef Py_ssize_t i, j
    cdef State state
    cdef object following
    for i in range(first, stop):
        state = start.move(words[i])
        j = i
        while state is not None:
            for key in state.keys:
                hits.append(_triple(hit, key, starts[i], ends[j]))
            j += 1
            if j >= stop:
                break
            following = state.move(words[j])
            if (
                following is None
                and j + 2 < stop
                and words[j + 1] == "-"
                and not is_term(words[j : j + 3])
            ):
                # a compound's first part inside a term: "skapa ett PROCOTsmart-konto";
                # not a compound that is a term itself ("din IP-adress" is no "din adress")
                following = state.move(words[j + 2])
                j += 2
            state = following


def sentence_spans(
    str text,
    Py_ssize_t s,
    Py_ssize_t e,
    object rules,
):
    """The sentences of text[s:e], trimmed, by labels.structure's rules (`rules` holds
    its patterns, marks and vocabulary): compiled, as it tests thousands of marks a text."""
    cdef list spans = []
    cdef Py_ssize_t start = s
    cdef Py_UCS4 first
    has_word = rules.has_word.search
    for m in rules.end.finditer(text, s, e):
        first = text[start]
        if Py_UNICODE_ISALNUM(first) or has_word(text, start, m.start()):
            if _ends_sentence(text, m.start(), m.end(1), m.end(), e, start, rules):
                _add_trimmed(spans, text, start, m.end(), rules)
                start = m.end()
    if start < e:  # a block that ends in a mark has no rest
        _add_trimmed(spans, text, start, e, rules)
    return spans


cdef inline void _add_trimmed(
    list spans, str text, Py_ssize_t s, Py_ssize_t e, object rules
):
    """Append text[s:e] trimmed, if a letter is left. Most sentences have only the
    spaces after the previous one to trim, skipped here; the others go to rules.trim."""
    cdef Py_UCS4 first, last
    cdef str spaces = rules.spaces
    while s < e and (text[s] in spaces or text[s] == u"\n"):
        s += 1
    if s == e:
        return
    first = text[s]
    last = text[e - 1]
    if not (first in rules.trimmed_first or last in rules.trimmed_last):
        if Py_UNICODE_ISALPHA(first) or rules.has_letter.search(text, s, e):
            spans.append((s, e))
        return
    span = rules.trim(text, s, e)
    if span is not None:
        spans.append(span)


cdef bint _ends_sentence(
    str text,
    Py_ssize_t at,
    Py_ssize_t marks_end,
    Py_ssize_t stop,
    Py_ssize_t e,
    Py_ssize_t start,
    object rules,
):
    """Does the run of marks text[at:marks_end], closed at stop, end the sentence opened
    at start? (labels.structure._sentences says when.)"""
    cdef Py_ssize_t k, nxt
    cdef Py_UCS4 ch
    cdef bint only_semicolons = True
    cdef str spaces = rules.spaces
    for k in range(at, marks_end):
        ch = text[k]
        if ch in rules.full_width_ends:
            return True
        if ch != u";":
            only_semicolons = False
    if rules.zh:
        for k in range(at, marks_end):
            if text[k] in rules.zh_half_width_ends:
                if stop == e:
                    return True
                ch = text[stop]
                return not (ch < 128 and (Py_UNICODE_ISALNUM(ch) or ch in u"=&/%."))
    if only_semicolons:
        return False
    if stop < e:
        ch = text[stop]
        if ch not in spaces and ch != u"\n":
            return False
        nxt = stop
        while nxt < e and (text[nxt] in spaces or text[nxt] == u"\n"):
            nxt += 1
        if nxt < e:
            ch = text[nxt]
            if not (
                Py_UNICODE_ISUPPER(ch)
                or Py_UNICODE_ISDIGIT(ch)
                or ch in rules.openers
                or rules.is_han(ch)
            ):
                return False
            if Py_UNICODE_ISUPPER(ch) and rules.opens_with_company_form(text, nxt, e):
                return False
    if text[at] == u".":
        if is_abbreviation(text, start, at, rules.abbreviations, rules.longest):
            return False
        if rules.enumeration.fullmatch(text, start, at):
            return False
    return True


cpdef bint is_abbreviation(
    str text, Py_ssize_t start, Py_ssize_t stop, frozenset known, Py_ssize_t longest
):
    """Is text[k:stop + 1] in `known`, k opening the run of letters, digits and periods
    before `stop` (not before `start`)? The walk back stops after `longest` characters: a
    longer run is none, and a Chinese clause (Han characters are letters too) need not be
    walked to its start."""
    cdef Py_ssize_t k = stop
    cdef Py_ssize_t floor = max(start, stop - longest)
    cdef Py_UCS4 ch
    while k > floor:
        ch = text[k - 1]
        if not (Py_UNICODE_ISALNUM(ch) or ch == u"."):
            break
        k -= 1
    return text[k : stop + 1].lower() in known


# ---------------------------------------------------------------- labels.language
# The evidence of a block's language, counted in one pass over its characters, lowered as
# they are read, where Python lowered, encoded, translated and split each block and looked
# up each word: a dozen calls a block, over hundreds of blocks.

from cpython.unicode cimport PyUnicode_DATA, PyUnicode_KIND, PyUnicode_READ, Py_UNICODE_TOLOWER

cdef enum:
    _TABLE_END = 0x250  # the Latin letters, and so each language's own letters, are below
    _MAX_LANGUAGES = 8
    _WORD_SLOTS = 1024  # the function words' hash table: a power of two, at most half full
    _LATIN = 1  # a character's flags in the table: a letter of a Latin word,
    _OWN = 2  # one of some language's own letters
    _DOTTED_I = 0x130  # "İ", which str.lower() writes as "i" and a combining dot:
    _COMBINING_DOT = 0x307  # the one character it lowers to two


cdef struct _Tally:
    Py_ssize_t start  # the open word's first character; -1 when no word is open
    size_t hash  # the open word's hash
    Py_ssize_t han
    Py_ssize_t words
    Py_ssize_t hits[_MAX_LANGUAGES]  # function words, by language
    Py_ssize_t own[_MAX_LANGUAGES]  # own letters, by language


cdef inline Py_UCS4 _lowered(Py_UCS4 ch) noexcept:
    """`ch` as str.lower() writes it, "İ" as its first character "i". str.lower() maps every
    other character to its simple lower case (tests/labels/test_language.py checks it)."""
    if ch < 128:
        return <Py_UCS4>(<int>ch + 32) if 65 <= ch <= 90 else ch  # ASCII without a call
    return u"i" if ch == _DOTTED_I else Py_UNICODE_TOLOWER(ch)


cdef inline size_t _hashed(size_t h, Py_UCS4 ch) noexcept:
    """One more character of a word into its hash (FNV-1a)."""
    return (h ^ <size_t>ch) * <size_t>1099511628211


cdef inline tuple _lead(Py_ssize_t* points, Py_ssize_t languages):
    """(leader, lead) of `points`, by language: see LanguageEvidence.count."""
    cdef Py_ssize_t k, best = 0, runner_up = 0
    for k in range(1, languages):
        if points[k] > points[best]:
            best = k
    if not points[best]:
        return 0, 0
    for k in range(languages):
        if k != best and points[k] > runner_up:
            runner_up = points[k]
    return best + 1, points[best] - runner_up


cdef class LanguageEvidence:
    """Counts what labels.language judges a text's language by, in the text lower-cased:
    its Han characters, its words of Latin letters, and each Latin language's points for
    the function words and own letters it has. Languages are numbered from 1."""

    cdef unsigned char flags[_TABLE_END]
    cdef unsigned char owned[_TABLE_END][_MAX_LANGUAGES]  # a letter's count per language
    cdef Py_ssize_t languages
    cdef Py_ssize_t word_points
    cdef str spelled  # the function words, one after another
    cdef int spelled_kind
    cdef void* spelled_data
    cdef Py_ssize_t longest
    cdef size_t slot_hash[_WORD_SLOTS]
    cdef Py_ssize_t slot_start[_WORD_SLOTS]
    cdef Py_ssize_t slot_length[_WORD_SLOTS]
    cdef unsigned char slot_language[_WORD_SLOTS]  # 0: an empty slot

    def __init__(
        self, str latin_letters, dict word_languages, tuple own_letters, Py_ssize_t word_points
    ):
        """`latin_letters`: the ranges of a [] ("A-Za-z…"); `word_languages`: each function
        word's language number; `own_letters`: each language's own letters, by its number,
        a point each; `word_points`: the points of a function word."""
        self.languages = len(own_letters)
        self.word_points = word_points
        if not 0 < self.languages <= _MAX_LANGUAGES or len(word_languages) > _WORD_SLOTS // 2:
            raise ValueError("too many languages or function words")
        self._take_latin_letters(latin_letters)
        for number, letters in enumerate(own_letters):
            for letter in letters:
                if ord(letter) >= _TABLE_END:
                    raise ValueError(f"an own letter beyond Latin: {letter!r}")
                self.flags[ord(letter)] |= _OWN
                self.owned[ord(letter)][number] += 1
        self.spelled = "".join(word_languages)
        self.spelled_kind = PyUnicode_KIND(self.spelled)
        self.spelled_data = PyUnicode_DATA(self.spelled)
        start = 0
        for word, number in word_languages.items():
            if not 1 <= number <= self.languages:
                raise ValueError(f"no language numbered {number}: {word!r}")
            self._add_word(start, len(word), number)
            start += len(word)

    cdef void _take_latin_letters(self, str ranges) except *:
        if len(ranges) % 3 or any(ranges[k + 1] != "-" for k in range(0, len(ranges), 3)):
            raise ValueError(f"not ranges of a []: {ranges!r}")
        for k in range(0, len(ranges), 3):
            if ord(ranges[k + 2]) >= _TABLE_END:
                raise ValueError(f"a Latin letter beyond the table: {ranges[k + 2]!r}")
            for ch in range(ord(ranges[k]), ord(ranges[k + 2]) + 1):
                self.flags[ch] |= _LATIN

    cdef void _add_word(
        self, Py_ssize_t start, Py_ssize_t length, unsigned char number
    ) noexcept:
        cdef size_t h = 0
        cdef Py_ssize_t k, slot
        for k in range(start, start + length):
            h = _hashed(h, PyUnicode_READ(self.spelled_kind, self.spelled_data, k))
        slot = h & (_WORD_SLOTS - 1)
        while self.slot_language[slot]:
            slot = (slot + 1) & (_WORD_SLOTS - 1)
        self.slot_hash[slot] = h
        self.slot_start[slot] = start
        self.slot_length[slot] = length
        self.slot_language[slot] = number
        self.longest = max(self.longest, length)

    def count(self, str text, bint own_letters_count):
        """(characters, Han characters, Latin words, leader, lead) of `text` lower-cased:
        the number of the language with the most points (the first of a tie; 0 when none
        has any) and its points less the runner-up's. Own letters give points if
        `own_letters_count`."""
        cdef int kind = PyUnicode_KIND(text)
        cdef void* data = PyUnicode_DATA(text)
        cdef Py_ssize_t n = len(text), i, k, dotted = 0
        cdef Py_ssize_t points[_MAX_LANGUAGES]
        cdef Py_UCS4 ch
        cdef _Tally tally
        tally.start, tally.hash, tally.han, tally.words = -1, 0, 0, 0
        for k in range(self.languages):
            tally.hits[k] = tally.own[k] = 0
        for i in range(n):
            ch = PyUnicode_READ(kind, data, i)
            if ch == _DOTTED_I:  # its "i" may close a word, and its dot closes it
                dotted += 1
                self._take(&tally, kind, data, i, u"i")
                self._take(&tally, kind, data, i + 1, _COMBINING_DOT)
            else:
                self._take(&tally, kind, data, i, _lowered(ch))
        self._close_word(&tally, kind, data, n)
        for k in range(self.languages):
            points[k] = self.word_points * tally.hits[k]
            if own_letters_count:
                points[k] += tally.own[k]
        return (n + dotted, tally.han, tally.words, *_lead(points, self.languages))

    cdef inline void _take(
        self, _Tally* tally, int kind, void* data, Py_ssize_t i, Py_UCS4 lowered
    ) noexcept:
        """Count the text's character at `i`, lower-cased `lowered`."""
        cdef unsigned char flags = self.flags[lowered] if lowered < _TABLE_END else 0
        cdef Py_ssize_t k
        if flags & _OWN:
            for k in range(self.languages):
                tally.own[k] += self.owned[lowered][k]
        if flags & _LATIN:
            if tally.start < 0:
                tally.start, tally.hash = i, 0
            tally.hash = _hashed(tally.hash, lowered)
            return
        if lowered >= _TABLE_END and _is_han(lowered):
            tally.han += 1
        self._close_word(tally, kind, data, i)

    cdef inline void _close_word(
        self, _Tally* tally, int kind, void* data, Py_ssize_t end
    ) noexcept:
        """Count the open word, text[tally.start:end], and in its language if it is a
        function word."""
        cdef Py_ssize_t start = tally.start, length = end - start, slot, k, at
        if start < 0:
            return
        tally.start = -1
        tally.words += 1
        if length > self.longest:
            return
        slot = tally.hash & (_WORD_SLOTS - 1)
        while self.slot_language[slot]:
            if self.slot_hash[slot] == tally.hash and self.slot_length[slot] == length:
                at = self.slot_start[slot]
                for k in range(length):
                    if _lowered(PyUnicode_READ(kind, data, start + k)) != PyUnicode_READ(
                        self.spelled_kind, self.spelled_data, at + k
                    ):
                        break
                else:
                    tally.hits[self.slot_language[slot] - 1] += 1
                    return
            slot = (slot + 1) & (_WORD_SLOTS - 1)
