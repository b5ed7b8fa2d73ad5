# labels.structure's sentence splitting: the marks that may end a sentence, tested at every
# character of a block.

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
        self.marks = _joined_characters(marks)
        for ch in range(128):
            self.ascii_marks[ch] = chr(ch) in self.marks
        self.closers = _joined_characters(closers)
        self.enumeration = enumeration
        self.spaces = _joined_characters(spaces)
        self.openers = _joined_characters(openers)
        self.full_width_ends = _joined_characters(full_width_ends)
        self.zh_half_width_ends = _joined_characters(zh_half_width_ends)
        self.zh = zh
        self.abbreviations = frozenset(abbreviations)
        self.longest = longest
        self.is_han = is_han
        self.company_forms = frozenset(company_forms)
        self.has_letter = has_letter
        self.trimmed_first = _joined_characters(trimmed_first)
        self.trimmed_last = _joined_characters(trimmed_last)
        self.trim = trim

    cdef inline bint is_mark(self, Py_UCS4 ch) noexcept:
        if ch < 128:
            return self.ascii_marks[ch]
        return ch in self.marks


def _joined_characters(characters) -> str:
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
    while k < end and _is_ascii(text[k], _ASCII_LETTER):
        k += 1
    if k == start:
        return False
    if k < end and text[k] == u"." and not (
        k + 1 < end and _is_ascii(text[k + 1], _ASCII_LETTER)
    ):
        k += 1
    return text[start:k].lower() in rules.company_forms


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
