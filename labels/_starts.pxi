# labels.values.starts' scan for where a value can begin: a walk of the prefix tree of the
# openings at each word start and each mark, in place of the two regular expressions that
# tried every position of the text.

cdef extern from "Python.h":
    bint Py_UNICODE_ISDECIMAL(Py_UCS4 ch)


cdef enum:
    _OPENS_HERE = 1  # an opening ends at the node, whatever follows
    _ENDS_A_WORD = 2  # an opening ends at the node where no word character follows
    _GAP = 1  # an edge whose character white space may stand before (between Chinese ones)
    _AFTER_NO_DIGIT = 2  # an edge whose character (a digit) opens only after no digit
    _WORDS = 0  # the root of the openings that begin a word
    _MARKS = 1  # the root of the other openings: digits, signs, Chinese characters


cdef inline bint _is_word(Py_UCS4 ch) noexcept:
    """`re`'s \\w: a letter, a digit, the underscore."""
    if ch < 128:
        return _ascii[ch] & _WORD_CHARACTER
    return Py_UNICODE_ISALNUM(ch)


cdef class Starts:
    """The positions where a match can start: where a word opens, or a mark (see
    labels.values.starts, which builds the tree: a node is (ends, edges), an edge
    (characters, kind, node); the roots `words` and `marks`). An opening is found where
    the regular expression of its tree would find it: the edges of a node tried in their
    order, the first way that reaches an end taken, the next opening looked for after it."""

    cdef Py_ssize_t* _node_edges  # node i's edges: _node_edges[i] up to _node_edges[i + 1]
    cdef unsigned char* _node_ends
    cdef Py_ssize_t* _edge_chars  # edge j's characters: from _chars[_edge_chars[j]] on
    cdef Py_UCS4* _chars
    cdef unsigned char* _edge_kinds
    cdef Py_ssize_t* _edge_nodes
    cdef Py_UCS4* _first_chars[2]  # each root's first characters, sorted, with their edges
    cdef Py_ssize_t* _first_edges[2]
    cdef Py_ssize_t _firsts[2]
    cdef unsigned char _ascii_firsts[2][128]  # whether an edge of the root opens with it

    def __cinit__(self, tuple words, tuple marks):
        nodes, ends, edge_starts = [words, marks], [], [0]
        chars, char_starts, kinds, targets = [], [0], [], []
        k = 0
        while k < len(nodes):  # each node's edges together, its children numbered after
            node_ends, edges = nodes[k]
            ends.append(node_ends)
            for characters, kind, child in edges:
                chars.extend(map(ord, characters))
                char_starts.append(len(chars))
                kinds.append(kind)
                targets.append(len(nodes))
                nodes.append(child)
            edge_starts.append(len(kinds))
            k += 1
        self._node_edges = _array_of(edge_starts, len(edge_starts))
        self._node_ends = _bytes(ends)
        self._edge_chars = _array_of(char_starts, len(char_starts))
        self._chars = _code_points(chars)
        self._edge_kinds = _bytes(kinds)
        self._edge_nodes = _array_of(targets, len(targets))
        for root in (_WORDS, _MARKS):
            self._take_firsts(root)

    cdef void _take_firsts(self, int root) except *:
        """The root's first characters, sorted, each with its edges in their order."""
        firsts = sorted(
            (<long>self._chars[k], edge)
            for edge in range(self._node_edges[root], self._node_edges[root + 1])
            for k in range(self._edge_chars[edge], self._edge_chars[edge + 1])
        )
        if root == _WORDS and not all(_is_word(ch) for ch, _ in firsts):
            raise ValueError("a word opens with a word character")
        self._firsts[root] = len(firsts)
        self._first_chars[root] = _code_points([ch for ch, _ in firsts])
        self._first_edges[root] = _array_of([edge for _, edge in firsts], len(firsts))
        for ch in range(128):
            self._ascii_firsts[root][ch] = 0
        for ch, _ in firsts:
            if ch < 128:
                self._ascii_firsts[root][ch] = 1

    def __dealloc__(self):
        PyMem_Free(self._node_edges)
        PyMem_Free(self._node_ends)
        PyMem_Free(self._edge_chars)
        PyMem_Free(self._chars)
        PyMem_Free(self._edge_kinds)
        PyMem_Free(self._edge_nodes)
        for root in (_WORDS, _MARKS):
            PyMem_Free(self._first_chars[root])
            PyMem_Free(self._first_edges[root])

    def positions(self, str text):
        """Every position, in text order."""
        cdef int kind = PyUnicode_KIND(text)
        cdef void* data = PyUnicode_DATA(text)
        cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text)
        words = self._openings(_WORDS, kind, data, n)
        marks = self._openings(_MARKS, kind, data, n)
        return _merged(words, marks) if words and marks else words or marks

    cdef list _openings(self, int root, int kind, void* data, Py_ssize_t n):
        """Where the openings of `root` begin, each looked for after the last one's end: a
        word's only where a word begins."""
        cdef list found = []
        cdef Py_ssize_t at = 0, end
        cdef Py_UCS4 ch
        while at < n:
            ch = PyUnicode_READ(kind, data, at)
            if self._may_open(root, ch) and (
                root == _MARKS or at == 0 or not _is_word(PyUnicode_READ(kind, data, at - 1))
            ):
                end = self._opening_end(root, kind, data, n, at)
                if end >= 0:
                    found.append(at)
                    at = end
                    continue
            at += 1
        return found

    cdef inline bint _may_open(self, int root, Py_UCS4 ch) noexcept:
        """Whether an edge of the root opens with `ch`: a look-up for ASCII."""
        if ch < 128:
            return self._ascii_firsts[root][ch]
        return self._first_at(root, ch) < self._firsts[root]

    cdef Py_ssize_t _first_at(self, int root, Py_UCS4 ch) noexcept:
        """The index of the root's first `ch` (its count if there is none)."""
        cdef Py_UCS4* chars = self._first_chars[root]
        cdef Py_ssize_t low = 0, high = self._firsts[root], middle
        while low < high:
            middle = (low + high) // 2
            if chars[middle] < ch:
                low = middle + 1
            else:
                high = middle
        return low if low < self._firsts[root] and chars[low] == ch else self._firsts[root]

    cdef Py_ssize_t _opening_end(
        self, int root, int kind, void* data, Py_ssize_t n, Py_ssize_t at
    ) noexcept:
        """Where the opening of `root` that begins at text[at] ends; -1 if none does."""
        cdef Py_UCS4 ch = PyUnicode_READ(kind, data, at)
        cdef Py_ssize_t k = self._first_at(root, ch), edge, end
        while k < self._firsts[root] and self._first_chars[root][k] == ch:
            edge = self._first_edges[root][k]
            k += 1
            if self._edge_kinds[edge] & _AFTER_NO_DIGIT and at > 0:
                if Py_UNICODE_ISDECIMAL(PyUnicode_READ(kind, data, at - 1)):
                    continue
            end = self._end(self._edge_nodes[edge], kind, data, n, at + 1)
            if end >= 0:
                return end
        return -1

    cdef Py_ssize_t _end(
        self, Py_ssize_t node, int kind, void* data, Py_ssize_t n, Py_ssize_t at
    ) noexcept:
        """Where the opening that reached `node` before text[at] ends: the first of the
        node's edges that leads to an end, else the node's own end; -1 if none."""
        cdef unsigned char ends = self._node_ends[node]
        cdef Py_ssize_t edge, after, end
        if ends & _OPENS_HERE:
            return at
        for edge in range(self._node_edges[node], self._node_edges[node + 1]):
            after = at
            if self._edge_kinds[edge] & _GAP:
                while after < n and Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, after)):
                    after += 1
            if after < n and self._holds(edge, PyUnicode_READ(kind, data, after)):
                end = self._end(self._edge_nodes[edge], kind, data, n, after + 1)
                if end >= 0:
                    return end
        if ends & _ENDS_A_WORD and (at >= n or not _is_word(PyUnicode_READ(kind, data, at))):
            return at
        return -1

    cdef inline bint _holds(self, Py_ssize_t edge, Py_UCS4 ch) noexcept:
        cdef Py_ssize_t k
        for k in range(self._edge_chars[edge], self._edge_chars[edge + 1]):
            if self._chars[k] == ch:
                return True
        return False


cdef Py_UCS4* _code_points(list values) except NULL:
    cdef Py_UCS4* array = <Py_UCS4*>PyMem_Malloc(max(1, len(values)) * sizeof(Py_UCS4))
    if array is NULL:
        raise MemoryError()
    for k, value in enumerate(values):
        array[k] = value
    return array


cdef unsigned char* _bytes(list values) except NULL:
    cdef unsigned char* array = <unsigned char*>PyMem_Malloc(max(1, len(values)))
    if array is NULL:
        raise MemoryError()
    for k, value in enumerate(values):
        array[k] = value
    return array


cdef list _merged(list first, list second):
    """Two lists of positions in text order, merged into one."""
    cdef list merged = []
    cdef Py_ssize_t i = 0, j = 0, n = len(first), m = len(second)
    while i < n and j < m:
        if <Py_ssize_t>first[i] <= <Py_ssize_t>second[j]:
            merged.append(first[i])
            i += 1
        else:
            merged.append(second[j])
            j += 1
    merged.extend(first[i:])
    merged.extend(second[j:])
    return merged
