# labels.language's evidence of a block's language, counted in one pass over its characters,
# lowered as they are read, where Python lowered, encoded, translated and split each block
# and looked up each word: a dozen calls a block, over hundreds of blocks.

cdef enum:
    _TABLE_END = 0x250  # the Latin letters, and so each language's own letters, are below
    _MAX_LANGUAGES = 8
    _WORD_SLOTS = 1024  # the function words' hash table: a power of two, at most half full
    _LATIN = 1  # a character's flags in the table: a letter of a Latin word,
    _OWN = 2  # one of some language's own letters
    _COMBINING_DOT = 0x307  # "İ" lowers to "i" and this


cdef struct _Tally:
    Py_ssize_t start  # the open word's first character; -1 when no word is open
    size_t hash  # the open word's hash
    Py_ssize_t han
    Py_ssize_t words
    Py_ssize_t hits[_MAX_LANGUAGES]  # function words, by language
    Py_ssize_t own[_MAX_LANGUAGES]  # own letters, by language


cdef inline Py_UCS4 _lowered_alone(Py_UCS4 ch) noexcept:
    """`ch` as str.lower() writes it, "İ" as its first character "i" and "Σ" as "σ": the
    simple lower case (`_lower`), also of the two letters it leaves to their neighbours."""
    cdef Py_UCS4 lowered = _lower(ch)
    if lowered != _NOT_ALONE:
        return lowered
    return u"i" if ch == _DOTTED_CAPITAL_I else Py_UNICODE_TOLOWER(ch)


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
        cdef size_t h = _HASH_START
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
            if ch == _DOTTED_CAPITAL_I:  # its "i" may close a word, and its dot closes it
                dotted += 1
                self._take(&tally, kind, data, i, u"i")
                self._take(&tally, kind, data, i + 1, _COMBINING_DOT)
            else:
                self._take(&tally, kind, data, i, _lowered_alone(ch))
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
                tally.start, tally.hash = i, _HASH_START
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
                    if _lowered_alone(PyUnicode_READ(kind, data, start + k)) != PyUnicode_READ(
                        self.spelled_kind, self.spelled_data, at + k
                    ):
                        break
                else:
                    tally.hits[self.slot_language[slot] - 1] += 1
                    return
            slot = (slot + 1) & (_WORD_SLOTS - 1)
