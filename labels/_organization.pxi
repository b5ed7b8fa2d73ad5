# --- labels.organization: the words of a text, counted in one pass -------------------------
#
# organization() counts the words a brand may be among: what the pattern
#   [A-Za-z](?<![\w.@/-].)[A-Za-z0-9]*+(?:-[A-Za-z0-9]++)*+(?![\w@-]|\.\w)
# finds ("e-mail", "PROCOTsmart"; not "x@y.com" or "a.b"). The regular expression's findall
# and a Counter of its list were half of organization(); this pass reads each character once
# and makes a str once per distinct word.


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
        whole = whole and _is_ascii(ch, _IN_DOMAIN)
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
            if _is_ascii(ch, _IN_DOMAIN):
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
