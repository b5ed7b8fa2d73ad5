# What the compiled passes share: the Han blocks of labels.script, the classes of the ASCII
# characters, each character's simple lower case, a step of the FNV-1a hash, and C arrays of
# offsets with their bisections.

cdef Py_UCS4 _han_low[8]
cdef Py_UCS4 _han_high[8]
cdef int _han_blocks = 0


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


cdef size_t _HASH_START = 14695981039346656037


cdef inline size_t _hashed(size_t hash, Py_UCS4 ch) noexcept:
    """One more character into a word's hash (FNV-1a)."""
    return (hash ^ <size_t>ch) * <size_t>1099511628211


cdef enum:
    _ASCII_LETTER = 1  # A-Z a-z: what a word begins with
    _ALNUM = 2  # A-Z a-z 0-9: what a word goes on with
    _WORD_CHARACTER = 4  # `re`'s \w among ASCII characters: A-Z a-z 0-9 _
    _NO_WORD_AFTER = 8  # . @ / -: a word does not begin right after one (a.b, x@y, a/b, a-b)
    _IN_DOMAIN = 16  # a-z 0-9 -: what a domain keeps of a lower-cased name

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
    for ch in b"abcdefghijklmnopqrstuvwxyz0123456789-":
        _ascii[ch] |= _IN_DOMAIN


_classify_ascii()


cdef inline bint _is_ascii(Py_UCS4 ch, unsigned char classes):
    return ch < 128 and _ascii[ch] & classes


cdef Py_ssize_t* _array_of(object values, Py_ssize_t size) except NULL:
    """`values` (ints) as a C array of `size` (at least one slot: malloc(0) may be NULL)."""
    cdef Py_ssize_t* made = <Py_ssize_t*>PyMem_Malloc((size if size else 1) * sizeof(Py_ssize_t))
    if made == NULL:
        raise MemoryError()
    cdef Py_ssize_t k = 0
    for value in values:
        made[k] = value
        k += 1
    return made


cdef inline Py_ssize_t _first_above(
    const Py_ssize_t* values, Py_ssize_t low, Py_ssize_t high, Py_ssize_t offset
) noexcept:
    """bisect_right over values[low:high] (sorted): the first position holding more than
    `offset`."""
    cdef Py_ssize_t middle
    while low < high:
        middle = (low + high) // 2
        if offset < values[middle]:
            high = middle
        else:
            low = middle + 1
    return low


cdef inline Py_ssize_t _first_from(
    const Py_ssize_t* values, Py_ssize_t low, Py_ssize_t high, Py_ssize_t offset
) noexcept:
    """bisect_left over values[low:high] (sorted): the first position holding `offset` or
    more."""
    cdef Py_ssize_t middle
    while low < high:
        middle = (low + high) // 2
        if values[middle] < offset:
            low = middle + 1
        else:
            high = middle
    return low
