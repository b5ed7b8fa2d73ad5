# labels.matching's walk of the trie of terms over a text's tokens, and the tuples it makes.

cdef object _UNSEEN = object()
"""A word no state has moved on yet (None is a move that leads nowhere)."""


cdef struct _Move:
    PyObject* word  # NULL for an empty slot; a key of the state's dict, which holds it
    PyObject* state  # the State the word leads to, or None; the dict holds it too


cdef enum:
    _FIRST_MOVES = 16  # slots of a state's first table of moves, a power of two


cdef class State:
    """The trie nodes a walk has reached together, and the keys of the terms ending there.

    A state remembers where each word led it, so a walk costs one look-up per token
    instead of a step of every node (the trie read as an automaton, built as texts need
    it; it grows with the words seen, like any per-word cache).

    The moves are kept twice: in a dict, by the word's letters, and in a table of slots
    keyed by the address of the word the dict holds. The tokens of a text are the very
    words a state has seen (cut makes each distinct word once), so the walk finds nearly
    every move by its address, without reading the word or hashing its letters: half the
    cost of a walk of Chinese was the dict's look-ups. A word of the same letters made
    again (a hyphenated word joined) is found in the dict.
    """

    cdef readonly tuple keys
    cdef readonly tuple nodes
    cdef dict moves
    cdef dict states
    cdef _Move* slots
    cdef Py_ssize_t filled
    cdef Py_ssize_t capacity  # of `slots`: a power of two, at most half of them filled

    def __init__(self, tuple nodes, dict states):
        self.nodes = nodes
        # two stems of one key can match the same word: one hit each is enough
        self.keys = tuple(dict.fromkeys(key for node in nodes for key in node.keys))
        self.moves = {}
        self.states = states  # every state of the matcher, by its nodes
        self._grow()

    def __dealloc__(self):
        PyMem_Free(self.slots)  # the words and states in them are the dict's

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
        self._remember(word, state)
        return state

    cdef inline PyObject* _known_at(self, PyObject* word) noexcept:
        """Where `word` (by its address) leads, or NULL for a word not in the slots."""
        cdef size_t mask = self.capacity - 1
        cdef size_t at = _slot_of(word) & mask
        while self.slots[at].word is not NULL:
            if self.slots[at].word is word:
                return self.slots[at].state
            at = (at + 1) & mask
        return NULL

    cdef int _remember(self, object word, object state) except -1:
        """Put a move the dict has just taken into the slots."""
        if 2 * (self.filled + 1) > self.capacity:
            self._grow()
        self._put(<PyObject*>word, <PyObject*>state)
        self.filled += 1
        return 0

    cdef inline void _put(self, PyObject* word, PyObject* state) noexcept:
        cdef size_t mask = self.capacity - 1
        cdef size_t at = _slot_of(word) & mask
        while self.slots[at].word is not NULL:
            at = (at + 1) & mask
        self.slots[at].word = word
        self.slots[at].state = state

    cdef int _grow(self) except -1:
        """Twice the slots (or the first ones), the moves put in them again."""
        cdef _Move* old = self.slots
        cdef Py_ssize_t old_capacity = self.capacity, i
        cdef Py_ssize_t capacity = 2 * old_capacity if old_capacity else _FIRST_MOVES
        cdef _Move* slots = <_Move*>PyMem_Calloc(capacity, sizeof(_Move))
        if slots is NULL:
            raise MemoryError()
        self.slots = slots
        self.capacity = capacity
        for i in range(old_capacity):
            if old[i].word is not NULL:
                self._put(old[i].word, old[i].state)
        PyMem_Free(old)
        return 0


cdef inline size_t _slot_of(PyObject* word) noexcept:
    """A slot for a word's address: the address scrambled (Fibonacci hashing), as objects
    lie at multiples of 16."""
    return (<size_t>word >> 4) * <size_t>0x9E3779B97F4A7C15 >> 20


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
    """state.move(word): a move made before found by the word's address, or by its letters
    in the state's dict (a word made again), with no method call; else made."""
    cdef PyObject* known = state._known_at(<PyObject*>word)
    if known is NULL:
        known = PyDict_GetItemWithError(state.moves, word)
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
