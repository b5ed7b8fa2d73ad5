# --- labels.detect: the terms of a sentence that a longer term around them hides -----------
#
# Weighing each term against the terms that may hold it was a Python step per pair: a
# twentieth of an extraction of 50 KB of English (py-spy), for some 15 terms dropped.


cdef bint _none_overlap(const Py_ssize_t* starts, const Py_ssize_t* ends, Py_ssize_t n) nogil:
    """Whether each term ends before the next one starts."""
    cdef Py_ssize_t i
    for i in range(n - 1):
        if ends[i] > starts[i + 1]:
            return False
    return True


cdef bint _is_hidden(
    list hits, Py_ssize_t at, const Py_ssize_t* starts, const Py_ssize_t* ends, Py_ssize_t n,
    Py_ssize_t longest, object hides,
) except -1:
    """Whether a longer term of another key, starting at most `longest` before hits[at] and
    ending at or after it, hides it (`hides(outer key, inner key)`)."""
    cdef Py_ssize_t start = starts[at], end = ends[at], j
    cdef object key = (<tuple>hits[at])[0]
    cdef object outer_key
    # bisect_left and bisect_right, step for step: the module's answer for any order
    for j in range(_first_from(starts, 0, n, start - longest), _first_above(starts, 0, n, start)):
        if end <= ends[j] and ends[j] - starts[j] > end - start:
            outer_key = (<tuple>hits[j])[0]
            if outer_key != key and hides(outer_key, key):
                return True
    return False


def without_hidden_terms(list hits, object nestable, object hides):
    """`hits` (Hits, in the order of their starts) without each hit whose key is in
    `nestable` that a longer hit of another key around it hides: `hides(outer key, inner
    key)`, asked only of such pairs. `hits` itself when none is dropped, as for most
    sentences; a list of the others kept otherwise."""
    cdef Py_ssize_t n = len(hits), i, longest = 0, dropped = 0
    if n < 2:
        return hits
    cdef Py_ssize_t* bounds = <Py_ssize_t*>PyMem_Malloc(2 * n * sizeof(Py_ssize_t))
    cdef char* hidden = <char*>PyMem_Calloc(n, 1)
    cdef Py_ssize_t* starts = bounds
    cdef Py_ssize_t* ends = bounds + n
    cdef tuple hit
    try:
        if bounds is NULL or hidden is NULL:
            raise MemoryError()
        for i in range(n):
            hit = <tuple>hits[i]
            starts[i] = hit[1]
            ends[i] = hit[2]
            longest = max(longest, ends[i] - starts[i])
        if _none_overlap(starts, ends, n):
            return hits
        for i in range(n):
            if (<tuple>hits[i])[0] in nestable and _is_hidden(
                hits, i, starts, ends, n, longest, hides
            ):
                hidden[i] = 1
                dropped += 1
        if not dropped:
            return hits
        return [hits[i] for i in range(n) if not hidden[i]]
    finally:
        PyMem_Free(bounds)
        PyMem_Free(hidden)
