# labels.matching's cut of a text into tokens: a Chinese character, a run of other letters
# and digits, or one other mark; each word lower-cased, and made once per distinct word.

cdef list _one_character = [None] * 0x10000
"""One lower-cased str per character of the Basic Multilingual Plane, made when first cut:
a one-character token (a Han character, a mark) reuses it instead of allocating."""

cdef list _offsets = [None] * 0x10000
"""One int per offset below 65,536, made when first cut: the 17,000 token offsets of a 50 KB
policy are then neither allocated nor freed (as CPython keeps the ints below 257)."""


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


cdef void _take_ascii_classes():
    cdef Py_UCS4 ch
    for ch in range(128):
        _ascii_classes[ch] = _MARK  # the table is read by _class_of: fill it first
        if Py_UNICODE_ISSPACE(ch):
            _ascii_classes[ch] = _SPACE
        elif _in_word(ch):
            _ascii_classes[ch] = _LETTER


_take_ascii_classes()


def cut(str text):
    """The tokens of `text` as (lower-cased words, starts, ends): a Chinese character, a
    run of other letters and digits, or one other mark; white space only separates.

    The characters are read from the string's buffer, the token bounds kept in a C array,
    and each word is written lower-cased from its characters: no lower() of the whole text,
    and lists made at their size (cutting 50 KB of English: 14.3 -> 4.8 M instructions)."""
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
