# labels.detect's placing of a sentence's negations: which one governs a term of its clause.

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


cdef class NegationPlaces:
    """The negations of one sentence by clause, with their token positions, in C arrays:
    labels.detect asks which one governs each term of a negated clause (`governing`),
    a step of a few C comparisons where Python took several calls per term.

    `boundaries`: the offsets where the sentence's clauses end (a clause is the number of
    them before an offset: bisect_left); `starts`: where each token of the sentence starts;
    `words_before`: how many words precede each token, and all of them (one more than
    `starts`); `negations`: the negation hits in text order, `disposes`: whether each one
    governs the verb at the end of its clause (`reach`: the reach of an action's negation).
    """

    cdef Py_ssize_t* boundaries
    cdef Py_ssize_t boundary_count
    cdef Py_ssize_t* starts
    cdef Py_ssize_t token_count
    cdef Py_ssize_t* words_before
    cdef list negations
    cdef Py_ssize_t* negation_starts
    cdef Py_ssize_t* negation_ends
    cdef Py_ssize_t* firsts  # the word position of each negation's first token
    cdef Py_ssize_t* lasts  # and of its last
    cdef Py_ssize_t* furthest  # the furthest `lasts` of its clause's negations so far
    cdef unsigned char* disposes
    cdef Py_ssize_t* clause_low  # each clause's first negation
    cdef Py_ssize_t* clause_high  # and the one after its last
    cdef Py_ssize_t* first_disposing  # each clause's first negation that disposes, or -1
    cdef Py_ssize_t reach
    cdef readonly frozenset clauses
    """The clauses that hold a negation."""

    def __cinit__(
        self, list boundaries, list starts, object words_before, list negations,
        list disposes, Py_ssize_t reach,
    ):
        cdef Py_ssize_t n = len(negations), clause_count = len(boundaries) + 1, k, clause
        self.boundary_count = len(boundaries)
        self.boundaries = _array_of(boundaries, self.boundary_count)
        self.token_count = len(starts)
        self.starts = _array_of(starts, self.token_count)
        self.words_before = _array_of(words_before, self.token_count + 1)
        self.reach = reach
        clause_of = [self.clause_of(h.start) for h in negations]
        # grouped by clause, in text order within each (a stable sort)
        order = sorted(range(n), key=clause_of.__getitem__)
        self.negations = [negations[k] for k in order]
        self.negation_starts = _array_of([h.start for h in self.negations], n)
        self.negation_ends = _array_of([h.end for h in self.negations], n)
        self.firsts = _array_of([self.token_at(h.start) for h in self.negations], n)
        self.lasts = _array_of([self.token_at(h.end - 1) for h in self.negations], n)
        self.disposes = <unsigned char*>PyMem_Calloc(n if n else 1, 1)
        self.furthest = <Py_ssize_t*>PyMem_Calloc(n if n else 1, sizeof(Py_ssize_t))
        self.clause_low = <Py_ssize_t*>PyMem_Calloc(clause_count, sizeof(Py_ssize_t))
        self.clause_high = <Py_ssize_t*>PyMem_Calloc(clause_count, sizeof(Py_ssize_t))
        self.first_disposing = _array_of([-1] * clause_count, clause_count)
        if (
            self.disposes == NULL or self.furthest == NULL or self.clause_low == NULL
            or self.clause_high == NULL
        ):
            raise MemoryError()
        for k in range(n):
            clause = clause_of[order[k]]
            self.disposes[k] = disposes[order[k]]
            if k == 0 or clause != clause_of[order[k - 1]]:
                self.clause_low[clause] = k
                self.furthest[k] = self.lasts[k]
            else:
                self.furthest[k] = max(self.furthest[k - 1], self.lasts[k])
            self.clause_high[clause] = k + 1
            if self.disposes[k] and self.first_disposing[clause] < 0:
                self.first_disposing[clause] = k
        self.clauses = frozenset(clause_of)

    def __dealloc__(self):
        PyMem_Free(self.boundaries)
        PyMem_Free(self.starts)
        PyMem_Free(self.words_before)
        PyMem_Free(self.negation_starts)
        PyMem_Free(self.negation_ends)
        PyMem_Free(self.firsts)
        PyMem_Free(self.lasts)
        PyMem_Free(self.furthest)
        PyMem_Free(self.disposes)
        PyMem_Free(self.clause_low)
        PyMem_Free(self.clause_high)
        PyMem_Free(self.first_disposing)

    cpdef Py_ssize_t clause_of(self, Py_ssize_t offset):
        """The clause of text[offset]: how many clause ends come before it."""
        return _first_from(self.boundaries, 0, self.boundary_count, offset)

    cpdef Py_ssize_t token_at(self, Py_ssize_t offset):
        """The position of the token that holds text[offset], counted in words (an offset
        before the first token is at the end, as Python's index -1 reads)."""
        cdef Py_ssize_t token = _first_above(self.starts, 0, self.token_count, offset) - 1
        return self.words_before[token if token >= 0 else self.token_count]

    def governing(self, Py_ssize_t start, Py_ssize_t end, Py_ssize_t reach, Py_ssize_t after):
        """The negation of the clause of text[start:end] (a term) that governs it, or None:
        one at most `reach` tokens before it or `after` after it, one inside which the term
        starts, or one before it that disposes (when `reach` is at least an action's)."""
        cdef Py_ssize_t clause = self.clause_of(start)
        cdef Py_ssize_t low = self.clause_low[clause], high = self.clause_high[clause]
        if low == high:  # most clauses: no negation to place
            return None
        cdef Py_ssize_t first = self.token_at(start), last = self.token_at(end - 1), at
        # the negations before `within` end more than `reach` tokens before the term: only
        # one that disposes can govern it from there, and the first such is the first to
        # qualify
        cdef Py_ssize_t within = _first_from(self.furthest, low, high, first - reach)
        cdef Py_ssize_t disposing = self.first_disposing[clause]
        cdef bint of_an_action = reach >= self.reach
        if 0 <= disposing < within and of_an_action:
            return self.negations[disposing]
        for at in range(within, high):
            if self.negation_starts[at] < start < self.negation_ends[at]:
                # the verb inside the negation's term ("不收集", "不获取") or overlapping it
                # ("不会" and "会获得" in "不会获得")
                return self.negations[at]
            if self.negation_ends[at] <= start and (
                first - self.lasts[at] <= reach or (self.disposes[at] and of_an_action)
            ):
                return self.negations[at]
            if 0 < self.firsts[at] - last <= after:
                return self.negations[at]
            if self.firsts[at] - last > after:  # this and every later one stand past its reach
                return None
        return None

    def first_starting_within(self, Py_ssize_t clause, Py_ssize_t low, Py_ssize_t high):
        """The first negation of `clause` whose first token lies after token `low`, at most
        at `high`, or None."""
        cdef Py_ssize_t at
        for at in range(self.clause_low[clause], self.clause_high[clause]):
            if low < self.firsts[at] <= high:
                return self.negations[at]
        return None
