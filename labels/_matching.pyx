# cython: language_level=3, boundscheck=False, wraparound=False
"""The two loops of labels.matching that run once per character and once per token,
compiled with Cython: cutting a text into tokens, and walking the trie of terms.

In Python they were a third of an extraction of Chinese (every Han character is a
token: 46,000 in 50 KB) and a fifth of one of English; labels.matching says what
they do, and tests/labels/test_matching.py holds them to it.

Below them, the walk of labels.structure's sentence splitting over the marks that may
end a sentence (each of the 50,000 characters of 50 KB of English is tested); its rules
come from there.
"""

from cpython.dict cimport PyDict_GetItemWithError
from cpython.list cimport PyList_New, PyList_SET_ITEM
from cpython.ref cimport PyObject
from cpython.tuple cimport PyTuple_New
from cpython.unicode cimport (
    Py_UNICODE_TOLOWER,
    PyUnicode_4BYTE_KIND,
    PyUnicode_DATA,
    PyUnicode_FromKindAndData,
    PyUnicode_GET_LENGTH,
    PyUnicode_KIND,
    PyUnicode_New,
    PyUnicode_READ,
    PyUnicode_WRITE,
)
from libc.stdlib cimport calloc, free, malloc, realloc

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
"""One lower-cased str per character of the Basic Multilingual Plane, made when first cut:
a one-character token (a Han character, a mark) reuses it instead of allocating."""

cdef list _offsets = [None] * 0x10000
"""One int per offset below 65,536, made when first cut: the 17,000 token offsets of a 50 KB
policy are then neither allocated nor freed (as CPython keeps the ints below 257)."""

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


cdef inline bint _is_han(Py_UCS4 ch) noexcept:
    cdef int n
    for n in range(_han_blocks):
        if _han_low[n] <= ch <= _han_high[n]:
            return True
    return False


cdef inline bint _in_word(Py_UCS4 ch) noexcept:
    """A character that goes on a run of letters or digits: a word character of `re`
    that is neither Chinese (a token alone) nor the underscore (Markdown emphasis)."""
    return ch != u"_" and Py_UNICODE_ISALNUM(ch) and not _is_han(ch)


cdef enum:
    _SPACE = 0  # only separates tokens
    _LETTER = 1  # goes on a run of letters or digits (`_in_word`)
    _MARK = 2  # a token alone: a mark, a Han character

cdef unsigned char _ascii_classes[128]
"""The class of each ASCII character, read from a table: most characters of most texts
are ASCII, and the Unicode database look-ups behind `_in_word` cost a dozen calls."""


cdef inline unsigned char _class_of(Py_UCS4 ch) noexcept:
    if ch < 128:
        return _ascii_classes[ch]
    if Py_UNICODE_ISSPACE(ch):
        return _SPACE
    return _LETTER if _in_word(ch) else _MARK


cdef void _take_ascii_tables():
    cdef Py_UCS4 ch
    for ch in range(128):
        _ascii_classes[ch] = _MARK  # the table is read by _class_of: fill it first
        if Py_UNICODE_ISSPACE(ch):
            _ascii_classes[ch] = _SPACE
        elif _in_word(ch):
            _ascii_classes[ch] = _LETTER


_take_ascii_tables()



# ---------------------------------------------------------------- lower case

cdef enum:
    _DOTTED_CAPITAL_I = 0x130  # İ: the one letter that lower-cases to two characters
    _CAPITAL_SIGMA = 0x3A3  # Σ: lower-cased by the letters around it (σ, or ς at a word's end)
    _BMP = 0x10000
    _NOT_ALONE = 0xFFFFFFFF  # no character: what the table gives for İ and Σ

cdef Py_UCS4 _bmp_lower[_BMP]
"""The simple lower case of each character of the Basic Multilingual Plane (İ and Σ:
_NOT_ALONE): a look-up, not a call, per character."""


cdef void _make_bmp_lower():
    cdef int ch
    for ch in range(_BMP):
        _bmp_lower[ch] = Py_UNICODE_TOLOWER(ch)
    _bmp_lower[_DOTTED_CAPITAL_I] = _bmp_lower[_CAPITAL_SIGMA] = _NOT_ALONE


_make_bmp_lower()


cdef inline Py_UCS4 _lower(Py_UCS4 ch):
    """The simple lower case of a character: one character, whatever its neighbours."""
    return _bmp_lower[ch] if ch < _BMP else Py_UNICODE_TOLOWER(ch)


def lower_case(str text):
    """text.lower(). For a text with a character past ASCII, str.lower() maps each character
    to its full lower case in a buffer of three times the text (54 instructions a character
    of 50 KB of English); this maps each to its simple lower case, the same for all but İ and
    Σ: a text with one of them is left to str.lower()."""
    if text.isascii():
        return text.lower()  # a fast loop of its own
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    cdef Py_ssize_t n = len(text), i
    cdef Py_UCS4 ch, widest = 0
    for i in range(n):
        ch = _lower(PyUnicode_READ(kind, data, i))
        if ch == _NOT_ALONE:
            return text.lower()
        widest = max(widest, ch)
    lowered = PyUnicode_New(n, widest)  # of the kind the widest lower-cased character needs
    cdef int lowered_kind = PyUnicode_KIND(lowered)
    cdef void* lowered_data = PyUnicode_DATA(lowered)
    for i in range(n):
        PyUnicode_WRITE(lowered_kind, lowered_data, i, _lower(PyUnicode_READ(kind, data, i)))
    return lowered


def cut(str text):
    """The tokens of `text` as (lower-cased words, starts, ends): a Chinese character, a
    run of other letters and digits, or one other mark; white space only separates.

    The characters are read from the string's buffer, the token bounds kept in a C array,
    and each word is written lower-cased from its characters: no lower() of the whole text,
    and lists made at their size (cutting 50 KB of English: 14.3 -> 6 M instructions)."""
    cdef Py_ssize_t n = len(text), count = 0, longest = 0, capacity = 1024, i = 0, j
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    cdef unsigned char of
    cdef Py_ssize_t* bounds = <Py_ssize_t*>malloc(2 * capacity * sizeof(Py_ssize_t))
    cdef Py_UCS4* letters = NULL
    if bounds == NULL:
        raise MemoryError()
    try:
        while i < n:
            of = _class_of(PyUnicode_READ(kind, data, i))
            if of == _SPACE:
                i += 1
                continue
            j = i + 1
            if of == _LETTER:
                while j < n and _class_of(PyUnicode_READ(kind, data, j)) == _LETTER:
                    j += 1
            if count == capacity:
                capacity *= 2
                bounds = _grown(bounds, 2 * capacity)
            bounds[2 * count] = i
            bounds[2 * count + 1] = j
            count += 1
            longest = max(longest, j - i)
            i = j
        letters = <Py_UCS4*>malloc(max(longest, 1) * sizeof(Py_UCS4))
        if letters == NULL:
            raise MemoryError()
        return _tokens(text, kind, data, bounds, count, letters)
    finally:
        free(bounds)
        free(letters)


cdef Py_ssize_t* _grown(Py_ssize_t* bounds, Py_ssize_t size) except NULL:
    cdef Py_ssize_t* grown = <Py_ssize_t*>realloc(bounds, size * sizeof(Py_ssize_t))
    if grown == NULL:
        raise MemoryError()
    return grown


cdef tuple _tokens(
    str text, int kind, void* data, Py_ssize_t* bounds, Py_ssize_t count, Py_UCS4* letters
):
    """The words, starts and ends of the `count` tokens at `bounds` (start, end pairs)."""
    cdef list words = PyList_New(count), starts = PyList_New(count), ends = PyList_New(count)
    cdef Py_ssize_t t, i, j
    cdef object lowered = None  # text.lower(), made if a word needs it
    for t in range(count):
        i = bounds[2 * t]
        j = bounds[2 * t + 1]
        word = _lowered(text, kind, data, i, j, letters)
        if word is None:  # a capital sigma, or a dotted capital I
            if lowered is None:
                lowered = text.lower()
            # lower() of the text keeps each letter's place unless a dotted I grew it
            word = lowered[i:j] if len(lowered) == len(text) else text[i:j].lower()
        _set_item(words, t, word)
        _set_item(starts, t, _offset(i))
        _set_item(ends, t, _offset(j))
    return words, starts, ends


cdef inline object _offset(Py_ssize_t at):
    """The int `at`, one of `_offsets` if it is below 65,536."""
    cdef object known
    if at >= 0x10000:
        return at
    known = _offsets[at]
    if known is None:
        known = _offsets[at] = at
    return known


cdef inline void _set_item(list items, Py_ssize_t at, object item):
    Py_INCREF(item)
    PyList_SET_ITEM(items, at, item)  # steals the reference


cdef inline object _lowered(
    str text, int kind, void* data, Py_ssize_t i, Py_ssize_t j, Py_UCS4* letters
):
    """text[i:j].lower(), or None for the two letters whose lower case is no simple mapping
    (`_CAPITAL_SIGMA`, `_DOTTED_CAPITAL_I`). A word of one character is made once; a longer
    one is lower-cased into `letters` and found among the words already made (`_word_of`)."""
    cdef Py_UCS4 ch
    cdef Py_ssize_t k, code
    cdef size_t hash = _HASH_START
    cdef object word
    if j - i == 1:
        code = PyUnicode_READ(kind, data, i)
        if code < 0x10000 and code != _CAPITAL_SIGMA:
            word = _one_character[code]
            if word is None:
                word = _one_character[code] = text[i:j].lower()
            return word
    for k in range(i, j):
        ch = _lower(PyUnicode_READ(kind, data, k))
        if ch == _NOT_ALONE:
            return None
        letters[k - i] = ch
        hash = _hashed(hash, ch)
    return _word_of(letters, j - i, hash)


# The words cut so far, each one str, found again by their letters: a text repeats its
# words (9,400 tokens of 50 KB of English are 1,500 distinct words), and a str made per
# token cost its making, a hash of its letters by every dict it was looked up in, a
# comparison of letters with the dict's own key, and its freeing with the detection.
# Like the trie's moves (State), the table grows with the words seen.

cdef struct _Known:
    size_t hash
    PyObject* word  # a reference the table holds

cdef _Known* _known = NULL
cdef size_t _known_slots = 0  # open addressing: a power of two, at most half full
cdef size_t _known_words = 0
cdef size_t _HASH_START = 14695981039346656037


cdef inline size_t _hashed(size_t hash, Py_UCS4 ch) noexcept:
    """One more character into a word's hash (FNV-1a)."""
    return (hash ^ <size_t>ch) * <size_t>1099511628211


cdef object _word_of(Py_UCS4* letters, Py_ssize_t length, size_t hash):
    """The str of `letters`, whose hash is `hash`: the one made before, or a new one."""
    global _known_words
    cdef size_t slot
    if 2 * (_known_words + 1) > _known_slots:
        _grow_known()
    slot = hash & (_known_slots - 1)
    while _known[slot].word is not NULL:
        if _known[slot].hash == hash and _spells(<str>_known[slot].word, letters, length):
            return <object>_known[slot].word
        slot = (slot + 1) & (_known_slots - 1)
    word = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, letters, length)
    Py_INCREF(word)
    _known[slot].hash = hash
    _known[slot].word = <PyObject*>word
    _known_words += 1
    return word


cdef bint _spells(str word, Py_UCS4* letters, Py_ssize_t length) noexcept:
    cdef Py_ssize_t k
    cdef int kind
    cdef void* data
    if PyUnicode_GET_LENGTH(word) != length:
        return False
    kind = PyUnicode_KIND(word)
    data = PyUnicode_DATA(word)
    for k in range(length):
        if PyUnicode_READ(kind, data, k) != letters[k]:
            return False
    return True


cdef void _grow_known() except *:
    """Twice the slots (1,024 at first), each word moved to its place among them."""
    global _known, _known_slots
    cdef size_t slots = 2 * _known_slots if _known_slots else 1024, old, slot
    cdef _Known* grown = <_Known*>calloc(slots, sizeof(_Known))
    if grown is NULL:
        raise MemoryError()
    for old in range(_known_slots):
        if _known[old].word is not NULL:
            slot = _known[old].hash & (slots - 1)
            while grown[slot].word is not NULL:
                slot = (slot + 1) & (slots - 1)
            grown[slot] = _known[old]
    free(_known)
    _known = grown
    _known_slots = slots


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


cdef inline void _set_tuple_item(object made, Py_ssize_t at, object item):
    Py_INCREF(item)
    PyTuple_SET_ITEM(made, at, item)  # steals the reference


cdef inline object _triple(type of, object first, object second, object third):
    """of(first, second, third) for a NamedTuple `of`, made as a tuple is: no call of
    __new__ and no tuple of its arguments to copy (a hit is made 3,000 times in 50 KB)."""
    made = PyType_GenericAlloc(<PyTypeObject*>of, 3)
    _set_tuple_item(made, 0, first)
    _set_tuple_item(made, 1, second)
    _set_tuple_item(made, 2, third)
    return made


def extended_all(type of, list items, tuple tail):
    """Each of `items` (tuples) followed by `tail`, as an `of` (a NamedTuple of their fields
    together), made as a tuple is: no tuple of the two to copy, no call of __new__ (a 50 KB
    policy turns 3,000 term hits into mentions so)."""
    cdef Py_ssize_t n = len(items), k, extra = len(tail)
    cdef tuple made = PyTuple_New(n)
    for k in range(n):
        _set_tuple_item(made, k, _extended(of, <tuple>items[k], tail, extra))
    return made


cdef inline object _extended(type of, tuple item, tuple tail, Py_ssize_t extra):
    cdef Py_ssize_t size = len(item), k
    made = PyType_GenericAlloc(<PyTypeObject*>of, size + extra)
    for k in range(size):
        _set_tuple_item(made, k, item[k])
    for k in range(extra):
        _set_tuple_item(made, size + k, tail[k])
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


cdef inline Py_ssize_t _first_at(list starts, Py_ssize_t n, Py_ssize_t i, Py_ssize_t offset):
    """bisect_left(starts, offset), searched from i: bounds in text order move it forward.
    The offsets compare as C integers, not as Python objects."""
    while i > 0 and <Py_ssize_t>starts[i - 1] >= offset:
        i -= 1
    while i < n and <Py_ssize_t>starts[i] < offset:
        i += 1
    return i


cdef inline State _moved(State state, object word):
    """state.move(word), a move made before read straight from the state's dict (nearly
    every move, once a text's words are seen): no method call."""
    cdef PyObject* known = PyDict_GetItemWithError(state.moves, word)
    if known is NULL:
        return state.move(word)
    return <State>known


cdef void _walk_into(
    list hits, State start, list words, list starts, list ends, Py_ssize_t first,
    Py_ssize_t stop, type hit, object is_term,
) except *:
    """Append to `hits` what walk() returns."""
    cdef Py_ssize_t i, j
    cdef State state
    cdef object following
    for i in range(first, stop):
        state = _moved(start, words[i])
        j = i
        while state is not None:
            for key in state.keys:
                hits.append(_triple(hit, key, starts[i], ends[j]))
            j += 1
            if j >= stop:
                break
            following = _moved(state, words[j])
            if (
                following is None
                and j + 2 < stop
                and words[j + 1] == "-"
                and not is_term(words[j : j + 3])
            ):
                # a compound's first part inside a term: "skapa ett PROCOTsmart-konto";
                # not a compound that is a term itself ("din IP-adress" is no "din adress")
                following = _moved(state, words[j + 2])
                j += 2
            state = following


cdef class SentenceRules:
    """What `sentence_spans` needs of labels.structure to end and trim sentences, held in
    C fields: a walk reads them at every mark. Sets of characters are kept as str, which
    Cython tests a character against without making an object of it."""

    cdef readonly str marks  # may end a sentence
    cdef unsigned char ascii_marks[128]  # the ASCII ones, a table for the scan of a text
    cdef readonly str closers  # closing quotes, brackets, emphasis after the marks
    cdef readonly object enumeration
    cdef readonly str spaces
    cdef readonly str openers
    cdef readonly str full_width_ends
    cdef readonly str zh_half_width_ends
    cdef readonly bint zh
    cdef readonly frozenset abbreviations
    cdef readonly Py_ssize_t longest
    cdef readonly object is_han
    cdef readonly frozenset company_forms  # lower case: "inc.", "ltd"; no sentence opens with one
    cdef readonly object has_letter
    cdef readonly str trimmed_first  # a sentence opening with none of these needs no trim
    cdef readonly str trimmed_last  # nor one ending with none of these
    cdef readonly object trim

    def __init__(
        self, *, marks, closers, enumeration, spaces, openers, full_width_ends,
        zh_half_width_ends, zh, abbreviations, longest, is_han, company_forms, has_letter,
        trimmed_first, trimmed_last, trim,
    ):
        self.marks = _characters(marks)
        for ch in range(128):
            self.ascii_marks[ch] = chr(ch) in self.marks
        self.closers = _characters(closers)
        self.enumeration = enumeration
        self.spaces = _characters(spaces)
        self.openers = _characters(openers)
        self.full_width_ends = _characters(full_width_ends)
        self.zh_half_width_ends = _characters(zh_half_width_ends)
        self.zh = zh
        self.abbreviations = frozenset(abbreviations)
        self.longest = longest
        self.is_han = is_han
        self.company_forms = frozenset(company_forms)
        self.has_letter = has_letter
        self.trimmed_first = _characters(trimmed_first)
        self.trimmed_last = _characters(trimmed_last)
        self.trim = trim

    cdef inline bint is_mark(self, Py_UCS4 ch) noexcept:
        if ch < 128:
            return self.ascii_marks[ch]
        return ch in self.marks


def _characters(characters) -> str:
    """A set of characters as one str, in order."""
    return "".join(sorted(set(characters)))


def sentence_spans(str text, Py_ssize_t s, Py_ssize_t e, SentenceRules rules):
    """The sentences of text[s:e], trimmed, by labels.structure's rules: compiled, as it
    tests every character for a mark and each mark for an end. A run of marks and the
    closers after it are read straight from the string (a regular expression's scan cost
    two thirds of the walk)."""
    cdef list spans = []
    cdef Py_ssize_t start = s, at = s, marks_end, stop
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    while True:
        while at < e and not rules.is_mark(PyUnicode_READ(kind, data, at)):
            at += 1
        if at == e:
            break
        marks_end = at + 1
        while marks_end < e and rules.is_mark(PyUnicode_READ(kind, data, marks_end)):
            marks_end += 1
        stop = marks_end
        while stop < e and PyUnicode_READ(kind, data, stop) in rules.closers:
            stop += 1
        if _has_word(kind, data, start, at):
            if _ends_sentence(text, at, marks_end, stop, e, start, rules):
                _add_trimmed(spans, text, start, stop, rules)
                start = stop
        at = stop
    if start < e:  # a block that ends in a mark has no rest
        _add_trimmed(spans, text, start, e, rules)
    return spans


cdef inline bint _has_word(int kind, void* data, Py_ssize_t s, Py_ssize_t e) noexcept:
    """Whether a letter or digit stands in text[s:e] (`re`'s [^\\W_])."""
    cdef Py_ssize_t k
    for k in range(s, e):
        if Py_UNICODE_ISALNUM(PyUnicode_READ(kind, data, k)):
            return True
    return False


cdef inline void _add_trimmed(
    list spans, str text, Py_ssize_t s, Py_ssize_t e, SentenceRules rules
) except *:
    """Append text[s:e] trimmed, if a letter is left. Most sentences have only the
    spaces after the previous one to trim, skipped here; the others go to rules.trim."""
    cdef Py_UCS4 first, last
    while s < e and (text[s] in rules.spaces or text[s] == u"\n"):
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
    SentenceRules rules,
) except -1:
    """Does the run of marks text[at:marks_end], closed at stop, end the sentence opened
    at start? (labels.structure._sentences says when.)"""
    cdef Py_ssize_t k, nxt
    cdef Py_UCS4 ch
    cdef bint only_semicolons = True
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
        if ch not in rules.spaces and ch != u"\n":
            return False
        nxt = stop
        while nxt < e and (text[nxt] in rules.spaces or text[nxt] == u"\n"):
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
            if Py_UNICODE_ISUPPER(ch) and _opens_with_company_form(text, nxt, e, rules):
                return False
    if text[at] == u".":
        if is_abbreviation(text, start, at, rules.abbreviations, rules.longest):
            return False
        if rules.enumeration.fullmatch(text, start, at):
            return False
    return True


cdef bint _opens_with_company_form(
    str text, Py_ssize_t start, Py_ssize_t end, SentenceRules rules
) except -1:
    """Does text[start:end] open with a company form ("Inc.", "Ltd")? Its word is a run of
    ASCII letters, with the period after it unless a letter follows the period."""
    cdef Py_ssize_t k = start
    while k < end and _is_ascii_letter(text[k]):
        k += 1
    if k == start:
        return False
    if k < end and text[k] == u"." and not (k + 1 < end and _is_ascii_letter(text[k + 1])):
        k += 1
    return text[start:k].lower() in rules.company_forms


cdef inline bint _is_ascii_letter(Py_UCS4 ch) noexcept:
    return u"A" <= ch <= u"Z" or u"a" <= ch <= u"z"


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


# --- labels.organization: the words of a text, counted in one pass -------------------------
#
# organization() counts the words a brand may be among: what the pattern
#   [A-Za-z](?<![\w.@/-].)[A-Za-z0-9]*+(?:-[A-Za-z0-9]++)*+(?![\w@-]|\.\w)
# finds ("e-mail", "PROCOTsmart"; not "x@y.com" or "a.b"). The regular expression's findall
# and a Counter of its list were half of organization(); this pass reads each character once
# and makes a str once per distinct word.

from collections import Counter

from cpython.dict cimport PyDict_SetItem
from cpython.mem cimport PyMem_Calloc, PyMem_Free, PyMem_Malloc, PyMem_Realloc
from cpython.unicode cimport (
    PyUnicode_DATA,
    PyUnicode_KIND,
    PyUnicode_READ,
    PyUnicode_Substring,
)
from libc.string cimport memcmp

cdef enum:
    _ASCII_LETTER = 1  # A-Z a-z: what a word begins with
    _ALNUM = 2  # A-Z a-z 0-9: what a word goes on with
    _WORD_CHARACTER = 4  # `re`'s \w among ASCII characters: A-Z a-z 0-9 _
    _NO_WORD_AFTER = 8  # . @ / -: a word does not begin right after one (a.b, x@y, a/b, a-b)

cdef unsigned char _ascii[128]
"""The classes above of each ASCII character, as bits: a look-up instead of comparisons."""


cdef void _classify_ascii():
    cdef int ch
    for ch in range(128):
        _ascii[ch] = 0
    for ch in range(ord("a"), ord("z") + 1):
        _ascii[ch] = _ascii[ch - 32] = _ASCII_LETTER | _ALNUM | _WORD_CHARACTER
    for ch in range(ord("0"), ord("9") + 1):
        _ascii[ch] = _ALNUM | _WORD_CHARACTER
    _ascii[ord("_")] = _WORD_CHARACTER
    for ch in b".@/-":
        _ascii[ch] = _NO_WORD_AFTER


_classify_ascii()


cdef inline bint _is_ascii(Py_UCS4 ch, unsigned char classes):
    return ch < 128 and _ascii[ch] & classes


cdef inline bint _is_word_character(Py_UCS4 ch):
    """`re`'s \\w for a str pattern: what str.isalnum() takes, and the underscore."""
    if ch < 128:
        return _ascii[ch] & _WORD_CHARACTER
    return Py_UNICODE_ISALNUM(ch)


cdef inline Py_ssize_t _word_end(int kind, void* data, Py_ssize_t n, Py_ssize_t i):
    """The end of the letters and digits from i on, each hyphen between two of them taken."""
    while True:
        while i < n and _is_ascii(PyUnicode_READ(kind, data, i), _ALNUM):
            i += 1
        if (
            i + 1 < n
            and PyUnicode_READ(kind, data, i) == u"-"
            and _is_ascii(PyUnicode_READ(kind, data, i + 1), _ALNUM)
        ):
            i += 2
        else:
            return i


cdef inline bint _may_open_word(int kind, void* data, Py_ssize_t i):
    """May a word begin at i, after what comes before it?"""
    if i == 0:
        return True
    cdef Py_UCS4 before = PyUnicode_READ(kind, data, i - 1)
    return not (_is_word_character(before) or _is_ascii(before, _NO_WORD_AFTER))


cdef inline bint _may_close_word(int kind, void* data, Py_ssize_t n, Py_ssize_t end):
    """May a word end at `end`, before what comes after it? Not before a letter, digit, _, @
    or hyphen, nor before a period followed by one of the first three (a.b)."""
    if end == n:
        return True
    cdef Py_UCS4 after = PyUnicode_READ(kind, data, end)
    if after == u"@" or after == u"-" or _is_word_character(after):
        return False
    return not (
        after == u"." and end + 1 < n and _is_word_character(PyUnicode_READ(kind, data, end + 1))
    )


# The words are counted in a table of their own, keyed by their characters in the text:
# a str made and hashed per occurrence, looked up and stored again, cost half of the pass
# (a text repeats its words: 7,800 words of 50 KB of English are 1,500 distinct ones).

cdef struct _Word:
    Py_ssize_t start  # of its first occurrence
    Py_ssize_t length
    Py_ssize_t count
    size_t hash

cdef struct _Words:
    _Word* words  # in order of first occurrence
    Py_ssize_t size
    Py_ssize_t capacity  # of `words`; `slots` has twice as many, a power of two
    Py_ssize_t* slots  # open addressing by hash: 1 + the index of a word, or 0 for none

cdef enum:
    _FIRST_CAPACITY = 512


cdef inline size_t _hash(int kind, void* data, Py_ssize_t start, Py_ssize_t end):
    """FNV-1a of the characters text[start:end]."""
    cdef size_t hash = _HASH_START
    cdef Py_ssize_t i
    for i in range(start, end):
        hash = _hashed(hash, PyUnicode_READ(kind, data, i))
    return hash


cdef Py_ssize_t* _free_slot(_Words* words, size_t hash):
    """The first empty slot from where `hash` leads on."""
    cdef size_t mask = 2 * words.capacity - 1
    cdef size_t at = hash & mask
    while words.slots[at]:
        at = (at + 1) & mask
    return &words.slots[at]


cdef int _grow(_Words* words) except -1:
    """Make room for as many words again, hashing the known ones into new slots."""
    cdef Py_ssize_t capacity = 2 * words.capacity if words.capacity else _FIRST_CAPACITY
    cdef _Word* grown = <_Word*>PyMem_Realloc(words.words, capacity * sizeof(_Word))
    if grown is NULL:
        raise MemoryError()
    words.words = grown
    PyMem_Free(words.slots)
    words.slots = <Py_ssize_t*>PyMem_Calloc(2 * capacity, sizeof(Py_ssize_t))
    if words.slots is NULL:
        raise MemoryError()
    words.capacity = capacity
    cdef Py_ssize_t n
    for n in range(words.size):
        _free_slot(words, words.words[n].hash)[0] = n + 1
    return 0


cdef int _count(_Words* words, int kind, void* data, Py_ssize_t start, Py_ssize_t end) except -1:
    """Count the word text[start:end]."""
    cdef Py_ssize_t length = end - start
    cdef size_t hash = _hash(kind, data, start, end)
    cdef size_t mask = 2 * words.capacity - 1
    cdef size_t at = hash & mask
    cdef _Word* word
    while words.slots[at]:
        word = &words.words[words.slots[at] - 1]
        if word.hash == hash and word.length == length and not memcmp(
            <char*>data + word.start * kind, <char*>data + start * kind, length * kind
        ):
            word.count += 1
            return 0
        at = (at + 1) & mask
    if words.size == words.capacity:
        _grow(words)
        return _count(words, kind, data, start, end)
    words.words[words.size] = _Word(start, length, 1, hash)
    words.size += 1
    words.slots[at] = words.size
    return 0


cdef object _counter(str text, _Words* words):
    """The words as a Counter, each made a str once."""
    counts = Counter()
    cdef Py_ssize_t n
    cdef _Word* word
    for n in range(words.size):
        word = &words.words[n]
        spelled = PyUnicode_Substring(text, word.start, word.start + word.length)
        PyDict_SetItem(counts, spelled, word.count)
    return counts


def count_words(str text):
    """Counter(re.findall(the pattern above, text)): the same words and counts, in the same
    order (of first occurrence). The pattern's runs are possessive, so a word refused by what
    comes before or after it is refused whole, and the scan goes on after its run: every
    position inside one follows a letter, digit or hyphen, where no word begins."""
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    cdef Py_ssize_t n = len(text), i = 0, end
    cdef _Words words = _Words(NULL, 0, 0, NULL)
    try:
        _grow(&words)
        while i < n:
            if not _is_ascii(PyUnicode_READ(kind, data, i), _ASCII_LETTER):
                i += 1
                continue
            end = _word_end(kind, data, n, i + 1)
            if _may_open_word(kind, data, i) and _may_close_word(kind, data, n, end):
                _count(&words, kind, data, i, end)
            i = end
        return _counter(text, &words)
    finally:
        PyMem_Free(words.words)
        PyMem_Free(words.slots)


# --- labels.organization: the white spaces a legal form follows ----------------------------

cdef inline Py_ssize_t _ascii_or_nul(Py_UCS4 ch):
    return ch if ch < 128 else 0


def matches_at_spaces(
    object match, str text, Py_ssize_t start, Py_ssize_t end, bytes pairs, bytes thirds
):
    """The matches `match(text, p, end)` at each p of start..end-1, for a `match` of a pattern
    that matches only at a white space followed by three characters `pairs` and `thirds`
    mark (a character past ASCII read as NUL): pairs[128 * first + second] is the row of
    `thirds` whose 128 bytes mark the third characters that may follow. Where fewer than
    three follow, `match` is asked. A scan of the pattern tries it at every white space; in
    50 KB of English 40 of 8,000 are followed by such characters."""
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    cdef const unsigned char* marked_pairs = pairs
    cdef const unsigned char* marked_thirds = thirds
    cdef Py_ssize_t rows = len(thirds) // 128, p, row
    cdef list found = []
    if len(pairs) != 128 * 128 or len(thirds) % 128:
        raise ValueError("pairs and thirds must have 128 marks for each ASCII character")
    for p in range(start, end):
        if not Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, p)):
            continue
        if p + 3 < end:
            row = marked_pairs[
                128 * _ascii_or_nul(PyUnicode_READ(kind, data, p + 1))
                + _ascii_or_nul(PyUnicode_READ(kind, data, p + 2))
            ]
            if row >= rows:
                raise ValueError(f"pairs name row {row} of {rows} of thirds")
            if not marked_thirds[128 * row + _ascii_or_nul(PyUnicode_READ(kind, data, p + 3))]:
                continue
        m = match(text, p, end)
        if m is not None:
            found.append(m)
    return found


# --- labels.organization: the words a domain spells -----------------------------------------

from cpython.dict cimport PyDict_Next
from cpython.object cimport PyObject
from cpython.unicode cimport PyUnicode_FromKindAndData

cdef unsigned char _kept[128]
"""1 for what a domain keeps of a lower-cased ASCII name: a-z, 0-9 and the hyphen."""


cdef void _mark_kept():
    cdef int ch
    for ch in range(128):
        _kept[ch] = u"a" <= ch <= u"z" or u"0" <= ch <= u"9" or ch == u"-"


_mark_kept()


cdef object _squeezed_ascii(str word):
    """An ASCII word lower-cased, without what a domain leaves out (' and spaces): the word
    itself where that is all of it, as for most words (no str to make); None for a word past
    ASCII."""
    cdef int kind = PyUnicode_KIND(word)
    cdef void* data = PyUnicode_DATA(word)
    cdef Py_ssize_t n = len(word), i, kept = 0
    cdef unsigned int ch
    cdef bint whole = True
    for i in range(n):
        ch = PyUnicode_READ(kind, data, i)
        if ch >= 128:
            return None
        whole = whole and _kept[ch]
    if whole:
        return word
    cdef unsigned char* squeezed = <unsigned char*>PyMem_Malloc(n)
    if squeezed is NULL:
        raise MemoryError()
    try:
        for i in range(n):
            ch = PyUnicode_READ(kind, data, i)
            if u"A" <= ch <= u"Z":
                ch += 32
            if _kept[ch]:
                squeezed[kept] = <unsigned char>ch
                kept += 1
        return PyUnicode_FromKindAndData(1, squeezed, kept)
    finally:
        PyMem_Free(squeezed)


def spelled_by(object words, object parts, object squeeze):
    """((word, count), key) for each word and count of the dict `words` whose key
    squeeze(word) is in `parts`, in order. A key of an ASCII word is worked out here, as
    `squeeze` would (lower-cased, only a-z, 0-9 and - kept): one in thousands of the
    words of a policy spells a part of a domain, and joining, lower-casing, substituting and
    splitting all of them cost more than the rest of organization()'s look at domains."""
    cdef Py_ssize_t at = 0
    cdef PyObject* word
    cdef PyObject* count
    cdef list spelled = []
    if not isinstance(words, dict):
        raise TypeError("words must be a dict")
    while PyDict_Next(words, &at, &word, &count):
        text = <object>word
        key = _squeezed_ascii(text)
        if key is None:
            key = squeeze(text)
        if key in parts:
            spelled.append(((text, <object>count), key))
    return spelled
